"""The other documents of the same pipeline: warme overdracht, MDO agenda with one
preparation sheet per case, and the inzage. Same look and same rules as the dossier."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepInFrame, PageBreak, Spacer

from ibdesk.dossier import blocks as b
from ibdesk.dossier.content import Withheld
from ibdesk.dossier.document import FRAME_W, PAGE_H, Heading, TableOfContents, body_pages, register_fonts
from ibdesk.dossier.inzage_content import BASIS, InzageDocument
from ibdesk.dossier.other_content import HandoverDocument, MeetingDocument, PreparationSheet
from ibdesk.dossier.story_common import (
    HALF,
    SignatureInfo,
    closing,
    cover_page,
    cover_title,
    files_table,
    fingerprint_note,
    section,
    two_columns,
)
from ibdesk.dossier.story_dossier import consent_tables, goal_table, plain_table, summary_item
from ibdesk.text.dates import long_date


def handover_story(doc: HandoverDocument, sig: SignatureInfo) -> list:
    register_fonts()
    story = cover_page(doc.cover, sig, doc.title, doc.subtitle) + [body_pages(), PageBreak()]
    story += [Heading("Overdracht", "overdracht")] + (
        b.blocks(doc.blocks) or [b.withheld("niet gedeeld — geen grondslag")]
    )
    story += [CondPageBreak(50 * mm), Heading("Wat de school al heeft gedaan", "gedaan")]
    story.append(
        b.withheld(doc.done)
        if isinstance(doc.done, Withheld)
        else b.table(
            ["Wat", "Periode", "Resultaat"], [list(r) for r in doc.done], [66 * mm, 58 * mm, FRAME_W - 124 * mm]
        )
    )
    if doc.goals:
        story += [CondPageBreak(50 * mm), Heading("Doelen uit het OPP", "doelen")] + goal_table(doc.goals)
    if doc.attachments:
        story += [CondPageBreak(50 * mm), Heading("Bijlagen", "bijlagen")] + files_table(doc.attachments)
    if doc.viewpoints:
        story += [Heading("Zienswijze van ouders", "zienswijze")]
        for author, day, text in doc.viewpoints:
            story += [b.markup(f"<b>{escape(author)}</b> · {escape(day)}", "cell"), b.text(f"“{text}”", "quote")]
    story += [CondPageBreak(60 * mm), Heading("Grondslag en toestemming", "grondslag")]
    story += consent_tables(doc.plan, doc.consent_records)
    story += [CondPageBreak(40 * mm), Heading("Niet gedeeld — geen grondslag", "niet-gedeeld")]
    return story + b.excluded_table(doc.plan) + closing(sig)


def meeting_story(doc: MeetingDocument, sig: SignatureInfo) -> list:
    register_fonts()
    story = cover_title(
        doc.school,
        doc.title,
        "Agenda en voorbereiding",
        f"{long_date(doc.day)}{' · ' + doc.location if doc.location else ''}",
    )
    story += [
        b.markup("Deelnemers", "h3"),
        b.table(["Naam", "Rol"], [list(p) for p in doc.participants], [HALF, FRAME_W - HALF]),
    ]
    story += [
        b.markup("Agenda", "h3"),
        b.table(
            ["#", "Leerling", "Vraag voor het overleg", "Grondslag voor delen"],
            [[str(i + 1), *row] for i, row in enumerate(doc.agenda)],
            [10 * mm, 34 * mm, FRAME_W - 92 * mm, 48 * mm],
        ),
        Spacer(0, 4 * mm),
        b.note(
            "Per leerling volgt een voorbereidingsblad. Geef een blad alleen aan wie bij de bespreking "
            "van die leerling aanwezig is, en neem het na afloop weer in. Wat niet mag worden gedeeld "
            "met de deelnemende organisaties, staat er niet op."
        ),
        Spacer(0, 4 * mm),
    ]
    story += fingerprint_note(sig)
    story = [KeepInFrame(FRAME_W, PAGE_H - 60 * mm, story, mode="shrink"), body_pages()]
    for sheet in doc.sheets:
        story += [PageBreak()] + _sheet(sheet)
    return story + closing(sig)


def _sheet(sheet: PreparationSheet) -> list:
    who = sheet.name or "naam niet gedeeld (geen grondslag)"
    out = [
        Heading(f"Voorbereiding: leerling {escape(sheet.initials)}", f"casus-{sheet.case_id}"),
        b.key_values([("Leerling", who), ("Groep", sheet.group), ("Casus", str(sheet.case_id))]),
    ]
    out += [summary_item(label, value) for label, value in sheet.rows]
    out.append(b.markup("Wat de school al heeft gedaan", "h3"))
    out.append(
        b.withheld(sheet.done)
        if isinstance(sheet.done, Withheld)
        else b.table(
            ["Wat", "Periode", "Resultaat"],
            [list(r) for r in sheet.done] or [["—", "", ""]],
            [66 * mm, 58 * mm, FRAME_W - 124 * mm],
        )
    )
    views = [
        [b.text(w, "label"), b.withheld(t) if t.startswith("niet gedeeld") else b.text(t, "quote")]
        for w, t in sheet.views
    ] or [[b.text("—", "cell"), b.text("Nog niet vastgelegd.", "cell")]]
    out += [
        b.markup("Ouders en leerling, in hun eigen woorden", "h3"),
        plain_table(views, [40 * mm, FRAME_W - 40 * mm]),
    ]
    out.append(b.markup("Open actiepunten", "h3"))
    out.append(
        b.withheld(sheet.actions)
        if isinstance(sheet.actions, Withheld)
        else b.table(
            ["Wat", "Wie", "Uiterlijk"],
            [list(a) for a in sheet.actions] or [["Geen.", "", ""]],
            [FRAME_W - 72 * mm, 44 * mm, 28 * mm],
        )
    )
    if sheet.plan.excluded:
        out += [b.markup("Niet op dit blad — geen grondslag", "h3")] + b.excluded_table(sheet.plan)[1:]
    out += [b.markup("Aantekeningen en afspraken", "h3"), _note_lines()]
    return [KeepInFrame(FRAME_W, PAGE_H - 62 * mm, out, mode="shrink")]


def _note_lines():
    lines = b.table(
        ["Afspraak", "Wie", "Uiterlijk"], [["", "", ""] for _ in range(4)], [FRAME_W - 72 * mm, 44 * mm, 28 * mm]
    )
    lines._argH[1:] = [9 * mm] * 4
    return lines


def inzage_story(doc: InzageDocument, sig: SignatureInfo, school: str) -> list:
    register_fonts()
    story = cover_title(
        school,
        "Inzage",
        "Alles wat ibdesk bewaart over uw kind en uw gezin",
        f"Opgesteld op {doc.generated_on} · {BASIS}",
    )
    left = section("Leerling", doc.pupil_rows, HALF)
    right = section("Ouders / verzorgers", doc.guardian_rows, HALF)
    story += [
        two_columns(left, right),
        Spacer(0, 4 * mm),
        b.note(
            "U ontvangt dit overzicht omdat u om inzage heeft gevraagd. Klopt er iets niet, of wilt u "
            "dat iets wordt verwijderd of aangevuld? Neem contact op met de school. U kunt ook een eigen "
            "zienswijze laten toevoegen; die gaat altijd mee als de school iets deelt. Dezelfde gegevens "
            "krijgt u ook als bestand (JSON) dat een computer kan lezen."
        ),
        Spacer(0, 4 * mm),
    ]
    story = [
        KeepInFrame(FRAME_W, PAGE_H - 60 * mm, story + fingerprint_note(sig), mode="shrink"),
        body_pages(),
        PageBreak(),
    ]
    keys = [(f"h{i}", c.title) for i, c in enumerate(doc.chapters)]
    story += [Heading("Inhoud", "inhoud"), TableOfContents(keys), Spacer(0, 6 * mm)]
    for (key, title), chapter in zip(keys, doc.chapters):
        story += [CondPageBreak(50 * mm), Heading(escape(title), key)]
        story += [b.text(chapter.intro, "body")] if chapter.intro else []
        story += [] if chapter.tables or chapter.blocks else [b.text("Hierover is niets vastgelegd.", "body")]
        for header, rows, fractions in chapter.tables:
            story += [b.table(header, rows, [FRAME_W * f for f in fractions], split_rows=True), Spacer(0, 3 * mm)]
        for title_, items in chapter.blocks:
            story += [CondPageBreak(40 * mm), b.markup(escape(title_), "h2")] + b.blocks(items)
    return story + closing(sig)
