"""The dossier as a story of flowables: cover, one-page summary, contents, then the
chapters, the list of what was left out, and the signature block."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepInFrame, KeepTogether, PageBreak, Spacer, TableStyle

from ibdesk.dossier import blocks as b
from ibdesk.dossier import categories as cat
from ibdesk.dossier.case_content import CaseDocument, StepEntry, Summary
from ibdesk.dossier.content import Withheld
from ibdesk.dossier.document import (
    ACCENT,
    FRAME_W,
    LIGHTS,
    MUTED,
    PAGE_H,
    RULE,
    SOFT,
    Grid,
    Heading,
    TableOfContents,
    body_pages,
    register_fonts,
)
from ibdesk.dossier.story_common import SignatureInfo, closing, cover_page, files_table
from ibdesk.text.dates import long_date, short_date

STATE_COLORS = {"Afgerond": LIGHTS["groen"], "Bezig": ACCENT, "Open": RULE, "Niet van toepassing": MUTED}


def dossier_story(doc: CaseDocument, sig: SignatureInfo) -> list:
    """The flowables of the dossier (cover first)."""
    register_fonts()
    chapters = _chapters(doc)
    story = cover_page(doc.cover, sig, "Dossier") + [body_pages(), PageBreak()] + _summary(doc.summary) + [PageBreak()]
    story += [Heading("Inhoud", "inhoud"), TableOfContents([(k, t) for k, t, _ in chapters]), Spacer(0, 6 * mm)]
    for key, title, build in chapters:
        story += [b.section_gap(60 * mm), Heading(title, key)] + build()
        story.append(Spacer(0, 4 * mm))
    return story + closing(sig)


def _chapters(doc: CaseDocument) -> list:
    found = [("route", "Routekaart: wat is er gedaan", lambda: _timeline(doc))]
    if doc.opp_blocks or doc.opp_status or isinstance(doc.goals, Withheld) or doc.goals or doc.opp_signatures:
        found.append(("opp", "Ontwikkelingsperspectiefplan (OPP)", lambda: _opp(doc)))
    if doc.meetings or doc.actions:
        found.append(("mdo", "MDO: uitkomsten en afspraken", lambda: _meetings(doc)))
    if doc.handover:
        found.append(("overdracht", "Aanmelding en overdracht", lambda: _handover(doc)))
    if doc.absence:
        found.append(("verzuim", "Verzuim", lambda: _absence(doc)))
    if doc.attachments:
        found.append(("bijlagen", "Bijlagen", lambda: files_table(doc.attachments)))
    if doc.viewpoints or doc.view_signatures:
        found.append(("zienswijze", "Zienswijze van ouders en leerling", lambda: _viewpoints(doc)))
    found.append(("grondslag", "Grondslag en toestemming", lambda: _consent(doc)))
    found.append(("niet-gedeeld", "Niet gedeeld — geen grondslag", lambda: b.excluded_table(doc.plan)))
    return found


# -- summary -----------------------------------------------------------------------------------
def _summary(summary: Summary) -> list:
    parts = [Heading("Samenvatting", "samenvatting"), summary_item("Hulpvraag", summary.help_question)]
    if summary.responsibility is not None:
        parts.append(summary_item("Wie is aan zet?", summary.responsibility))
    parts.append(summary_item("Waar staat de route?", summary.route))
    parts += done_list("Wat de school al heeft gedaan, en hoe lang", summary.done)
    parts.append(
        summary_item(
            "Wat wordt gevraagd van de ontvanger?",
            summary.asked
            if summary.asked is not None
            else "Nog niet vastgelegd (formulier 'Aanmelding bij het Sociaal Team').",
        )
    )
    views = [
        [b.text(who, "label"), b.text(text, "quote") if not text.startswith("niet gedeeld") else b.withheld(text)]
        for who, text in summary.views
    ] or [[b.text("—", "cell"), b.text("Nog niet vastgelegd.", "cell")]]
    parts += [
        b.markup("Ouders en leerling, in hun eigen woorden", "h3"),
        plain_table(views, [40 * mm, FRAME_W - 40 * mm]),
    ]
    return [KeepInFrame(FRAME_W, PAGE_H - 62 * mm, parts, mode="shrink")]


def summary_item(title: str, value) -> Grid:
    if isinstance(value, Withheld):
        body = [b.withheld(value)]
    elif isinstance(value, tuple):
        party, reasons, disagreement = value
        body = [b.markup(f"<b>{escape(party)}</b>", "cell")] + [b.text(f"• {r}", "cell") for r in reasons]
        body += [b.text(f"Afwijkende visie van de school: {disagreement}", "cell")] if disagreement else []
    elif isinstance(value, list):
        body = [b.text(line, "cell") for line in value] or [b.text("—", "cell")]
    else:
        body = [b.text(value or "—", "cell")]
    return plain_table([[b.text(title, "label"), body]], [40 * mm, FRAME_W - 40 * mm])


def done_list(title: str, value) -> list:
    if isinstance(value, Withheld) or not value:
        return [summary_item(title, value if value else "Nog niets vastgelegd.")]
    rows = [list(v) for v in value]
    return [
        b.markup(escape(title), "h3"),
        b.table(["Wat", "Periode", "Resultaat"], rows, [66 * mm, 58 * mm, FRAME_W - 124 * mm]),
    ]


def plain_table(rows, widths) -> Grid:
    table = Grid(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


# -- chapters ----------------------------------------------------------------------------------
def _timeline(doc: CaseDocument) -> list:
    out = [
        b.text(
            "De stappen van de routekaart, met wat er per stap is gedaan, wanneer, met wie en met welk resultaat.",
            "body",
        )
    ]
    for entry in doc.timeline:
        out += _step(entry)
    if doc.history:
        rows = [[d, t, "ja" if shared else "niet gedeeld"] for d, t, shared in doc.history]
        out += [
            b.markup("Verloop: alle vastgelegde formulieren", "h2"),
            b.table(["Datum", "Formulier", "Inhoud gedeeld"], rows, [24 * mm, FRAME_W - 56 * mm, 32 * mm]),
        ]
    return out


def _step(entry: StepEntry) -> list:
    color = STATE_COLORS.get(entry.state, RULE)
    head = Grid(
        [
            [
                b.text(entry.when or "—", "small"),
                [
                    b.markup(f"<b>{escape(entry.title)}</b>", "cell"),
                    b.text(
                        f"{entry.state}{' · nu aan de beurt' if entry.current else ''}"
                        f"{' · ' + entry.participants if entry.participants else ''}",
                        "small",
                    ),
                ],
            ]
        ],
        colWidths=[36 * mm, FRAME_W - 36 * mm],
        hAlign="LEFT",
    )
    head.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 3.2, color),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), SOFT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    body = b.field_rows(entry.rows, FRAME_W - 6 * mm) if entry.rows else []
    if entry.missing and not entry.finished:
        body.append(b.text("Nog niet vastgelegd: " + ", ".join(entry.missing), "small"))
    body += [b.text("Afwijking: " + warning, "small") for warning in entry.warnings]
    indented = [
        Grid(
            [[part]],
            colWidths=[FRAME_W - 6 * mm],
            hAlign="RIGHT",
            style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)],
        )
        for part in body
    ]
    return [CondPageBreak(45 * mm), Spacer(0, 3 * mm), head] + indented


def _opp(doc: CaseDocument) -> list:
    out = [b.key_values(doc.opp_status)] if doc.opp_status else []
    if isinstance(doc.opp_signatures, Withheld):
        out.append(b.withheld(doc.opp_signatures))
    elif doc.opp_signatures:
        out += [
            b.markup("Handtekeningen: ieder voor zich", "h2"),
            b.table(
                ["Waarvoor", "Wie, wanneer en hoe", "Handtekening"],
                b.signature_cells(doc.opp_signatures),
                [FRAME_W * 0.26, FRAME_W * 0.46, FRAME_W * 0.28],
            ),
        ]
    out.append(b.markup("Doelen en stoplichten", "h2"))
    return out + goal_table(doc.goals) + b.blocks(doc.opp_blocks)


def goal_table(goals) -> list:
    if isinstance(goals, Withheld):
        return [b.withheld(goals)]
    if not goals:
        return [b.text("Geen doelen vastgelegd.", "body")]
    rows = [
        [
            [b.markup(f"<b>{escape(g.goal)}</b>", "cell"), b.text(g.area, "small"), b.text(g.smart, "cell")],
            _lights(g.lights),
            b.light(g.lights[-1][1] if g.lights else None),
        ]
        for g in goals
    ]
    return [b.table(["Doel", "Verloop per evaluatie", "Nu"], rows, [FRAME_W - 90 * mm, 58 * mm, 32 * mm])]


def _lights(lights) -> Grid:
    if not lights:
        return b.text("nog niet geëvalueerd", "small")
    rows = [[b.text(short_date(day), "small"), b.light(value)] for day, value in lights]
    table = Grid(rows, colWidths=[22 * mm, 26 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _meetings(doc: CaseDocument) -> list:
    out = []
    for title, items in doc.meetings:
        out += [b.markup(escape(title), "h2")] + (b.blocks(items) or [b.withheld("niet gedeeld — geen grondslag")])
    out.append(b.markup("Actiepunten", "h2"))
    if isinstance(doc.actions, Withheld):
        return out + [b.withheld(doc.actions)]
    rows = [list(a) for a in doc.actions]
    return out + (
        [b.table(["Wat", "Wie", "Uiterlijk", "Stand"], rows, [FRAME_W - 100 * mm, 44 * mm, 28 * mm, 28 * mm])]
        if rows
        else [b.text("Geen actiepunten vastgelegd.", "body")]
    )


def _handover(doc: CaseDocument) -> list:
    out = []
    for title, items in doc.handover:
        out += [b.markup(escape(title), "h2")] + (b.blocks(items) or [b.withheld("niet gedeeld — geen grondslag")])
    return out


def _absence(doc: CaseDocument) -> list:
    rows = [list(r) for r in doc.absence]
    return [b.table(["Periode", "Uren", "Soort", "Reden"], rows, [62 * mm, 20 * mm, 30 * mm, FRAME_W - 112 * mm])]


def _viewpoints(doc: CaseDocument) -> list:
    out = [
        b.text(
            "Ouders kunnen hun eigen visie toevoegen aan wat de school deelt. Die gaat altijd mee, ongewijzigd.", "body"
        )
    ]
    for author, day, text in doc.viewpoints:
        out += [b.markup(f"<b>{escape(author)}</b> · {escape(day)}", "cell"), b.text(f"“{text}”", "quote")]
    if isinstance(doc.view_signatures, Withheld):
        out.append(b.withheld(doc.view_signatures.text))
    elif doc.view_signatures:
        out.append(
            b.text(
                "De leerling heeft zelf getekend voor zijn of haar eigen woorden in de aanmelding "
                "(‘Hoe denk jij erover?’):",
                "body",
            )
        )
        out += [b.text(line, "cell") for line in doc.view_signatures]
    return out


def _consent(doc: CaseDocument) -> list:
    return consent_tables(doc.plan, doc.consent_records)


def consent_tables(plan, records) -> list:
    matrix = [
        [
            cat.label(c),
            "gedeeld" if plan.allows(c) else "niet gedeeld",
            plan.basis_text(c) if plan.allows(c) else (plan.decisions[c].reason or "geen grondslag"),
        ]
        for c in cat.CATEGORIES
    ]
    out = [
        b.text(
            f"Per soort gegevens: mag {plan.recipient.name if plan.recipient else 'de ontvanger'} deze "
            f"ontvangen voor '{plan.purpose_label}', op {long_date(plan.day)}?",
            "body",
        ),
        b.table(["Soort gegevens", "Stand", "Grondslag of reden"], matrix, [58 * mm, 24 * mm, FRAME_W - 82 * mm]),
    ]
    heading = b.markup("Vastgelegde grondslagen voor deze ontvanger en dit doel", "h2")
    if records:
        body = b.table(
            ["Grondslag", "Soorten gegevens", "Stand", "Handtekening"],
            b.signature_cells(records),
            [FRAME_W * 0.30, FRAME_W * 0.25, FRAME_W * 0.15, FRAME_W * 0.30],
        )
    else:
        body = b.text("Geen.", "body")
    out.append(KeepTogether([heading, body]))  # never a heading alone at the foot of a page
    return out
