"""The rendering pipeline shared by every document: embedded fonts, one style sheet, page
templates with a header that names the pupil by initials only, a footer with 'pagina X van
Y', a table of contents, PDF bookmarks, and the place of the visible signature block.

Built in a single layout pass: the page total and the TOC page numbers are PDF form
XObjects that pages refer to while they are drawn and that are defined when the canvas is
saved, when every number is known. That keeps a 30-page dossier fast.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ibdesk.errors import UserError
from ibdesk.paths import bundled_data, resources_dir

FONT, BOLD, ITALIC, BOLD_ITALIC = "IbSans", "IbSans-Bold", "IbSans-Oblique", "IbSans-BoldOblique"
FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
INK, MUTED, RULE, ACCENT, SOFT = (colors.HexColor(c) for c in ("#1d2733", "#5b6673", "#c9d1da", "#1f4e79", "#eef2f6"))
WARN = colors.HexColor("#8a5a00")
LIGHTS = {
    "rood": colors.HexColor("#c62828"),
    "oranje": colors.HexColor("#ef8f00"),
    "groen": colors.HexColor("#43a047"),
    "donkergroen": colors.HexColor("#1b5e20"),
}
PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN


def register_fonts(resources: Path | None = None) -> None:
    """Register the DejaVu fonts once (full Latin coverage, embedded as subsets): from
    `resources` (the machine policy's folder, `Services.resources`) when it has them, else the
    bundled ones. The first call in a process decides; exports call it with the policy's folder."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir(resources) / "fonts"
    if not folder.is_dir():  # a policy's resources folder that only adds holidays: the bundled fonts
        folder = bundled_data("resources") / "fonts"
    for name, filename in FONT_FILES.items():
        path = folder / filename
        if not path.is_file():
            raise UserError(f"Het lettertype {filename} ontbreekt in {folder}; installeer ibdesk opnieuw.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=FONT, fontSize=9.2, leading=13, textColor=INK, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "body": _style("body", spaceAfter=4),
    "small": _style("small", fontSize=8, leading=10.5, textColor=MUTED),
    "label": _style("label", fontName=BOLD, fontSize=8.4, leading=11.5, textColor=MUTED),
    "cell": _style("cell", fontSize=8.6, leading=11.8),
    "cellbold": _style("cellbold", fontName=BOLD, fontSize=8.6, leading=11.8),
    "quote": _style("quote", fontName=ITALIC, leftIndent=8, textColor=INK, spaceAfter=4),
    "withheld": _style("withheld", fontName=ITALIC, fontSize=8.6, leading=11.8, textColor=MUTED),
    "title": _style("title", fontName=BOLD, fontSize=24, leading=29, textColor=ACCENT, spaceAfter=4),
    "subtitle": _style("subtitle", fontSize=12.5, leading=17, textColor=INK, spaceAfter=2),
    "h1": _style("h1", fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceBefore=2, spaceAfter=8),
    "h2": _style("h2", fontName=BOLD, fontSize=11.2, leading=15, textColor=INK, spaceBefore=10, spaceAfter=5),
    "h3": _style("h3", fontName=BOLD, fontSize=9.6, leading=13, textColor=ACCENT, spaceBefore=6, spaceAfter=3),
    "toc": _style("toc", fontSize=10, leading=18),
}


@dataclass
class DocMeta:
    """What every page says, and the PDF's own metadata (never a pupil's name)."""

    title: str  # e.g. "Dossier leerling E.Ç. — Sociaal Team Renkum"
    author: str  # the school
    subject: str  # the purpose
    header_left: str  # e.g. "Dossier E.Ç. · Sociaal Team Renkum"
    header_right: str  # the school
    footer_left: str  # e.g. "Vertrouwelijk · 23 november 2026"


@dataclass
class Rendered:
    pdf: bytes
    pages: int
    signature_page: int | None = None  # 0-based
    signature_box: tuple[float, float, float, float] | None = None


@dataclass
class _State:
    toc: dict[str, int] = field(default_factory=dict)
    signature: tuple[int, tuple[float, float, float, float]] | None = None
    pages: int = 0


class _Canvas(rl_canvas.Canvas):
    """Defines the deferred numbers (page total, TOC page numbers) just before saving."""

    state: _State

    def save(self):
        total = self.getPageNumber() - (0 if self._code else 1)  # the last page may not be shown yet
        self.state.pages = total
        self._number_form("ib-total", str(total), right=False)
        for key, page in self.state.toc.items():
            self._number_form(f"ib-toc-{key}", str(page), right=True)
        for key in getattr(self, "_ib_toc_keys", ()):
            if key not in self.state.toc:
                self._number_form(f"ib-toc-{key}", "", right=True)
        super().save()

    def _number_form(self, name: str, text: str, right: bool) -> None:
        self.beginForm(name, lowerx=-60, lowery=-4, upperx=60, uppery=14)
        self.setFont(FONT, 8 if not right else 10)
        self.setFillColor(MUTED if not right else INK)
        (self.drawRightString if right else self.drawString)(0, 0, text)
        self.endForm()


class Grid(Table):
    """A reportlab Table that never falls back to the (unembedded) Helvetica."""

    def __init__(self, data, *args, style=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)] + list(style or [])))


class Heading(Flowable):
    """A chapter heading: starts a TOC entry and a PDF bookmark."""

    def __init__(self, text: str, key: str, level: int = 0):
        super().__init__()
        self.text, self.key, self.level = text, key, level
        self.para = Paragraph(text, STYLES["h1" if level == 0 else "h2"])

    def wrap(self, aw, ah):
        self.width, self.height = self.para.wrap(aw, ah)
        return self.width, self.height

    def getSpaceBefore(self):
        return self.para.getSpaceBefore()

    def getSpaceAfter(self):
        return self.para.getSpaceAfter()

    def draw(self):
        self.para.drawOn(self.canv, 0, 0)
        if self.level == 0:
            self.canv.setStrokeColor(RULE)
            self.canv.setLineWidth(0.8)
            self.canv.line(0, -3, self.width, -3)


class TableOfContents(Flowable):
    """The chapters with their page numbers (filled in when the document is saved)."""

    LINE = 19

    def __init__(self, entries: list[tuple[str, str]]):
        super().__init__()
        self.entries = entries

    def wrap(self, aw, ah):
        self.width, self.height = aw, self.LINE * len(self.entries) + 4
        return self.width, self.height

    def draw(self):
        c = self.canv
        c._ib_toc_keys = [key for key, _ in self.entries]
        for i, (key, title) in enumerate(self.entries):
            y = self.height - (i + 1) * self.LINE + 5
            c.setFont(FONT, 10)
            c.setFillColor(INK)
            c.drawString(0, y, title)
            start = c.stringWidth(title, FONT, 10) + 6
            c.setStrokeColor(RULE)
            c.setDash(1, 2)
            c.line(start, y + 1, self.width - 28, y + 1)
            c.setDash()
            c.saveState()
            c.translate(self.width, y)
            c.doForm(f"ib-toc-{key}")
            c.restoreState()
            c.linkRect("", key, (0, y - 3, self.width, y + 12), relative=1, thickness=0)


class SignatureSpot(Flowable):
    """Reserves the visible signature box and records where it landed."""

    def __init__(self, inner: Flowable, height: float):
        super().__init__()
        self.inner, self.box_height = inner, height

    def wrap(self, aw, ah):
        self.width = aw
        self.inner.wrap(aw, self.box_height)
        return aw, self.box_height

    def draw(self):
        self.inner.drawOn(self.canv, 0, 0)
        x, y = self.canv.absolutePosition(0, 0)
        self.canv.state.signature = (self.canv.getPageNumber() - 1, (x, y, x + self.width, y + self.box_height))


class _DocTemplate(BaseDocTemplate):
    def __init__(self, buffer, meta: DocMeta, state: _State):
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="ibdesk",
            producer="ibdesk (reportlab)",
            initialFontName=FONT,
            initialFontSize=9,
            lang="nl-NL",
        )
        self.meta, self.state = meta, state
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            page = self.canv.getPageNumber()
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(_plain(flowable.text), flowable.key, level=flowable.level)
            if flowable.level == 0:
                self.state.toc[flowable.key] = page

    def _cover_page(self, c, doc):
        c.saveState()
        c.setFillColor(ACCENT)
        c.rect(0, PAGE_H - 9 * mm, PAGE_W, 9 * mm, stroke=0, fill=1)
        c.restoreState()
        self._footer(c)

    def _body_page(self, c, doc):
        c.saveState()
        c.setFont(FONT, 7.8)
        c.setFillColor(MUTED)
        top = PAGE_H - MARGIN + 2 * mm
        c.drawString(MARGIN, top, self.meta.header_left)
        c.drawRightString(PAGE_W - MARGIN, top, self.meta.header_right)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN, top - 2.5 * mm, PAGE_W - MARGIN, top - 2.5 * mm)
        c.restoreState()
        self._footer(c)

    def _footer(self, c):
        c.saveState()
        y = MARGIN - 9 * mm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN, y + 4 * mm, PAGE_W - MARGIN, y + 4 * mm)
        c.setFont(FONT, 7.8)
        c.setFillColor(MUTED)
        c.drawString(MARGIN, y, self.meta.footer_left)
        label = f"pagina {c.getPageNumber()} van "
        x = PAGE_W - MARGIN - 14 - c.stringWidth(label, FONT, 7.8)
        c.drawString(x, y, label)
        c.translate(x + c.stringWidth(label, FONT, 7.8), y)
        c.doForm("ib-total")
        c.restoreState()


def _plain(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def render(story: list, meta: DocMeta) -> Rendered:
    """Lay out `story` (cover first) and return the PDF with its page count and signature spot."""
    register_fonts()
    state = _State()
    buffer = io.BytesIO()
    doc = _DocTemplate(buffer, meta, state)

    def canvasmaker(*args, **kwargs):
        c = _Canvas(*args, **kwargs)
        c.state = state
        return c

    doc.build(story, canvasmaker=canvasmaker)
    spot = state.signature
    return Rendered(buffer.getvalue(), state.pages, spot[0] if spot else None, spot[1] if spot else None)


def body_pages() -> Flowable:
    """Switch to the page template with header (use right after the cover)."""
    return NextPageTemplate("body")
