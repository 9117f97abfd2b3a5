"""Pieces every document shares: the signer's details, the cover header, the closing
signature block, and the metadata that never names the pupil."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer, TableStyle

from ibdesk.dossier import blocks as b
from ibdesk.dossier import categories as cat
from ibdesk.dossier.cover import Cover
from ibdesk.dossier.document import FRAME_W, PAGE_H, DocMeta, Grid
from ibdesk.text.dates import long_date
from ibdesk.text.numbers import plural


@dataclass(frozen=True)
class SignatureInfo:
    """Who signs, with which certificate (known before the PDF is built)."""

    name: str
    role: str
    school: str
    day: object
    fingerprint: str
    kind: str  # "Certificaat van de school" | "Persoonlijk certificaat"


def meta(kind: str, initials: str, recipient: str | None, school: str, subject: str, day) -> DocMeta:
    """PDF metadata and page header: initials only, never the pupil's name."""
    to = f" — {recipient}" if recipient else ""
    return DocMeta(
        title=f"{kind} leerling {initials}{to}",
        author=school,
        subject=subject,
        header_left=f"{kind} {initials}{' · ' + recipient if recipient else ''}",
        header_right=school,
        footer_left=f"Vertrouwelijk · {long_date(day)}",
    )


def files_table(files) -> list:
    """The attachments that travel inside this PDF (dossier/attachment_content.py)."""
    from ibdesk.dossier.attachment_content import HEADER, WIDTHS

    intro = (
        "Deze bestanden zitten in dit PDF-document zelf (als bijlage van de PDF; in Adobe Reader onder "
        "'Bijlagen', de paperclip). Elk bestand staat onder de naam in de laatste kolom."
    )
    return [b.text(intro, "body"), b.table(HEADER, [f.row() for f in files], [FRAME_W * w for w in WIDTHS])]


def cover_title(school: str, title: str, subtitle: str, line: str) -> list:
    return [
        Spacer(0, 8 * mm),
        b.markup(f"<font color='#5b6673'>{escape(school.upper())}</font>", "label"),
        Spacer(0, 3 * mm),
        b.markup(escape(title), "title"),
        b.markup(escape(subtitle), "subtitle"),
        b.text(line, "small"),
        Spacer(0, 7 * mm),
    ]


def fingerprint_note(sig: SignatureInfo) -> list:
    return [
        b.note(
            f"<b>Echtheid controleren.</b> Dit document is digitaal ondertekend door "
            f"{escape(sig.name)} ({escape(sig.role)}, {escape(sig.school)}). {escape(sig.kind)}, "
            f"vingerafdruk (SHA-256):<br/><font size='8.4'>{sig.fingerprint}</font><br/>"
            "Vergelijk deze vingerafdruk telefonisch met de afzender voordat u de inhoud vertrouwt."
        )
    ]


def closing(sig: SignatureInfo) -> list:
    return b.signature_box(sig.name, sig.role, sig.school, long_date(sig.day), sig.fingerprint, sig.kind)


def section(title: str, rows: list[tuple[str, str]], width: float, label_width: float = 30 * mm) -> list:
    return [b.markup(escape(title), "h3"), b.key_values(rows, label_width=label_width, width=width)]


HALF = (FRAME_W - 8 * mm) / 2


def cover_page(cover: Cover, sig: SignatureInfo, title: str, subtitle: str | None = None) -> list:
    """The first page: who, to whom, why, on which basis, and how to check it is genuine."""
    plan = cover.plan
    to = plan.recipient.name if plan.recipient else "—"
    story = cover_title(
        cover.sender.school, title, subtitle or plan.purpose_label, f"Voor {to} · opgesteld op {long_date(plan.day)}"
    )
    s = cover.sender
    sender = [("Naam", s.name), ("Functie", s.role), ("School", s.school)]
    sender += [("Telefoon", s.phone)] if s.phone else []
    sender += [("E-mail", s.email)] if s.email else []
    left = section("Leerling", cover.pupil_rows, HALF)
    left += section("Ouders / verzorgers", cover.guardian_rows, HALF) if cover.guardian_rows else []
    right = section("Ontvanger", cover.recipient_rows, HALF) + section("Afzender", sender, HALF)
    story.append(two_columns(left, right))
    story += section("School", cover.school_rows, FRAME_W, label_width=46 * mm)
    if cover.border_note:
        story += [Spacer(0, 3 * mm), b.note(escape(cover.border_note))]
    left_out = len(plan.excluded)
    story += [
        b.markup("Wat dit document bevat, en op welke grondslag", "h3"),
        basis_table(plan),
        b.text(
            f"{plural(left_out, 'onderdeel', 'onderdelen')} zonder grondslag weggelaten; "
            "zie 'Niet gedeeld — geen grondslag'."
            if left_out
            else "Er is niets weggelaten: voor alles in dit document is een grondslag.",
            "small",
        ),
        Spacer(0, 4 * mm),
    ]
    return [KeepInFrame(FRAME_W, PAGE_H - 60 * mm, story + fingerprint_note(sig), mode="shrink")]


def two_columns(left: list, right: list) -> Grid:
    table = Grid([[left, right]], colWidths=[HALF + 4 * mm, HALF + 4 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def basis_table(plan) -> Grid:
    if plan.open_basis:
        rows = [["Alle gegevens", plan.open_basis]]
    else:
        rows = [[cat.label(c), plan.basis_text(c)] for c in sorted(plan.used, key=list(cat.CATEGORIES).index)]
        rows.append([cat.label(None), "Altijd opgenomen: het overzicht van de vastgelegde grondslagen."])
    return b.table(["Soort gegevens", "Grondslag"], rows, [58 * mm, FRAME_W - 58 * mm])
