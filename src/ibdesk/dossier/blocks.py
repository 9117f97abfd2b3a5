"""Small reportlab building blocks shared by the document builders: label/value tables,
form answers, notes, 'niet gedeeld' markers, traffic lights and the signature box."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle

from ibdesk.dossier.answers import Block, FieldRow, GroupTable
from ibdesk.dossier.content import WITHHELD, Withheld
from ibdesk.dossier.document import ACCENT, FRAME_W, LIGHTS, RULE, SOFT, STYLES, WARN, Grid, SignatureSpot

LABEL_W = 52 * mm
LIGHT_TEXT = {"rood": "rood", "oranje": "oranje", "groen": "groen", "donkergroen": "donkergroen"}


def text(value: str, style: str = "body") -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept."""
    return Paragraph(escape(str(value)).replace("\n", "<br/>"), STYLES[style])


def markup(value: str, style: str = "body") -> Paragraph:
    """A paragraph of our own (trusted) markup."""
    return Paragraph(value, STYLES[style])


def withheld(value: Withheld | str) -> Paragraph:
    shown = value.text if isinstance(value, Withheld) else value
    return Paragraph(f"<i>{escape(shown)}</i>", STYLES["withheld"])


def _grid(data, widths, header: bool = False, zebra: bool = False, extra=(), split_rows: bool = False) -> Grid:
    """`split_rows` lets one tall row (long user text) continue on the next page."""
    table = Grid(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0, splitInRow=int(split_rows))
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SOFT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        style += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f8fafc")])]
    table.setStyle(TableStyle(style + list(extra)))
    return table


def key_values(rows: list[tuple[str, str]], label_width: float = LABEL_W, width: float = FRAME_W) -> Grid | Spacer:
    """Two columns: a muted label and its value."""
    if not rows:
        return Spacer(0, 0)
    data = [[text(k, "label"), text(v, "cell")] for k, v in rows]
    return _grid(data, [label_width, width - label_width], split_rows=True)


def table(header: list[str], rows: list[list], widths: list[float], split_rows: bool = False) -> Grid:
    """A table with a header row; cells may be text or flowables. Columns are widened where a
    single word would not fit (a date or a long Dutch word is never broken across lines); when
    the longest words of all columns together do not fit the width, each row becomes a small
    block of label and value instead (`stacked`), so no word is ever cut in two."""
    needs = word_widths([header] + rows, len(widths))
    if sum(needs) > sum(widths) + 0.01:
        return stacked(header, rows, sum(widths))
    widths = fit_widths(needs, widths)
    data = [[text(h, "label") for h in header]]
    data += [[c if not isinstance(c, str) else text(c, "cell") for c in row] for row in rows]
    return _grid(data, widths, header=True, zebra=True, split_rows=split_rows)


def stacked(header: list[str], rows: list[list], width: float) -> Grid:
    """One block per row: the column names as labels beside their values (for tables with more
    columns of long words than a page is wide, such as the inzage's sharing log)."""
    label_width = min(LABEL_W, max(word_widths([[h] for h in header], 1)[0], 30 * mm))
    cards = []
    for row in rows:
        pairs = [(h, c) for h, c in zip(header, row) if not (isinstance(c, str) and not c.strip())]
        data = [[text(h, "label"), c if not isinstance(c, str) else text(c, "cell")] for h, c in pairs]
        cards.append([_grid(data, [label_width, width - label_width - 4]) if data else Spacer(0, 0)])
    grid = Grid(cards or [[Spacer(0, 0)]], colWidths=[width], hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    return grid


CELL_PADDING = 10.5  # left + right padding of a cell, plus a little air


def word_widths(rows: list[list], columns: int) -> list[float]:
    """Per column, the width its longest word needs (text cells, bold header font, padding)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ibdesk.dossier.document import BOLD, FONT

    need = [0.0] * columns
    for r, row in enumerate(rows):
        font, size = (BOLD, 8.4) if r == 0 else (FONT, 8.6)
        for c, cell in enumerate(row[:columns]):
            if isinstance(cell, str):
                longest = max((stringWidth(w, font, size) for w in cell.split()), default=0.0)
                need[c] = max(need[c], longest + CELL_PADDING)
    return need


def fit_widths(need: list[float], widths: list[float]) -> list[float]:
    """Widen each column to its longest word (`need`, from `word_widths`), taking the room from
    the columns with the most to spare; the total width stays the same."""
    widths = list(widths)
    for c in range(len(widths)):
        short = need[c] - widths[c]
        while short > 0.01:
            spare = [(widths[i] - need[i], i) for i in range(len(widths)) if i != c and widths[i] > need[i]]
            if not spare:
                break
            room, donor = max(spare)
            take = min(short, room)
            widths[donor] -= take
            widths[c] += take
            short -= take
    return widths


def field_rows(rows: list, width: float = FRAME_W) -> list:
    """Form answers: a label/value table; a repeatable group becomes a small table of its own."""
    out, pending = [], []
    for row in rows:
        if isinstance(row, FieldRow):
            pending.append((row.label, row.text))
            continue
        if pending:
            out.append(key_values(pending, width=width))
            pending = []
        out += group_table(row, width)
    if pending:
        out.append(key_values(pending, width=width))
    return out


def group_table(group: GroupTable, width: float = FRAME_W) -> list:
    cols = max(1, len(group.columns))
    return [
        Spacer(0, 3),
        text(group.label, "label"),
        table(list(group.columns), [list(i) for i in group.items], [width / cols] * cols, split_rows=True),
    ]


def blocks(items: list[Block], level: str = "h3") -> list:
    out = []
    for block in items:
        title = escape(block.title) + (
            f"  <font color='#5b6673' size='8'>{escape(block.subtitle)}</font>" if block.subtitle else ""
        )
        out += [CondPageBreak(35 * mm), markup(title, level)] + field_rows(block.rows)
    return out


def note(body: str, tone: str = "info", width: float = FRAME_W) -> Grid:
    """A boxed remark: 'info' (accent) or 'warn' (amber)."""
    edge = ACCENT if tone == "info" else WARN
    cell = Paragraph(body, STYLES["cell"])
    box = Grid([[cell]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SOFT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.4, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def light(value: str | None) -> Grid | Paragraph:
    """A traffic light as a coloured chip with its name."""
    if value not in LIGHTS:
        return text("—", "cell")
    chip = Grid(
        [[Paragraph(f"<font color='white' size='7'><b>{LIGHT_TEXT[value]}</b></font>", STYLES["small"])]],
        colWidths=[23 * mm],
        rowHeights=[4.6 * mm],
    )
    chip.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHTS[value]),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("ROUNDEDCORNERS", [2, 2, 2, 2]),
            ]
        )
    )
    return chip


def section_gap(height: float = 70 * mm) -> CondPageBreak:
    return CondPageBreak(height)


def signature_box(name: str, role: str, school: str, when: str, fingerprint: str, kind: str) -> list:
    """The visible signature block (the PDF signature field is placed exactly over it)."""
    left = [
        markup("<b>Digitaal ondertekend</b>", "cellbold"),
        text(f"{name}", "cell"),
        text(role, "cell"),
        text(school, "cell"),
        text(when, "cell"),
    ]
    right = [
        text(
            "Ondertekend met een digitale handtekening (PAdES). Controleer de handtekening met "
            "'ibdesk verify' of een PDF-lezer, en vergelijk de vingerafdruk van het certificaat "
            "telefonisch met de afzender.",
            "small",
        ),
        Spacer(0, 3),
        text(f"{kind} — SHA-256:", "small"),
        text(fingerprint, "small"),
    ]
    inner = Grid([[left, right]], colWidths=[62 * mm, FRAME_W - 62 * mm], rowHeights=[34 * mm])
    inner.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.9, ACCENT),
                ("LINEAFTER", (0, 0), (0, 0), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BACKGROUND", (0, 0), (0, 0), SOFT),
            ]
        )
    )
    return [CondPageBreak(48 * mm), Spacer(0, 6 * mm), SignatureSpot(inner, 34 * mm)]


def excluded_table(plan) -> list:
    """What was left out: per category, how many parts and why — never their titles."""
    groups = plan.withheld_summary()
    if not groups:
        return [text("Er is niets weggelaten: voor alle onderdelen van dit dossier is een grondslag.", "body")]
    rows = [[g.category, g.parts, g.reason] for g in groups]
    return [
        text(
            f"Van deze soorten gegevens is iets {WITHHELD}. Hier staat alleen om welke soort het gaat en "
            "hoeveel onderdelen, niet wat erin staat. Ouders (of de leerling vanaf 16 jaar) kunnen alsnog "
            "toestemming geven.",
            "body",
        ),
        table(["Soort gegevens", "Aantal", "Reden"], rows, [FRAME_W * 0.4, FRAME_W * 0.2, FRAME_W * 0.4]),
    ]


class SignatureFlowable(Flowable):
    """A signature drawn on screen, as vector lines (no font resources, so every font in
    the PDF stays embedded)."""

    def __init__(self, strokes: list, width: float, height: float):
        super().__init__()
        self.strokes, self.width, self.height = strokes, width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.HexColor("#1f2a44"))
        canvas.setLineWidth(0.9)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            points = [(x / 1000 * self.width, self.height - y / 1000 * self.height) for x, y in stroke]
            if len(points) < 2:
                continue
            path = canvas.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            canvas.drawPath(path, stroke=1, fill=0)


def signature_drawing(value: str, width: float = 38 * mm, height: float = 13 * mm) -> Flowable:
    """'strokes:' + JSON with coordinates 0-1000, as stored by the signature pad."""
    import json

    try:
        strokes = json.loads(value[len("strokes:") :])
    except ValueError:
        return text("getekend", "cell")
    return SignatureFlowable(strokes, width, height)


def signature_cells(rows: list[list]) -> list[list]:
    """Turn 'strokes:' cells of a table into drawings; a cell may be a list (one person per line)."""

    def cell(value):
        if isinstance(value, list):
            return [
                signature_drawing(v, 30 * mm, 11 * mm)
                if isinstance(v, str) and v.startswith("strokes:")
                else text(v, "small")
                for v in value
            ]
        return signature_drawing(value) if isinstance(value, str) and value.startswith("strokes:") else value

    return [[cell(c) for c in row] for row in rows]
