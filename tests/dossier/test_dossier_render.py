"""The rendering pipeline itself: fonts with full Latin coverage, page numbers, TOC,
the signature spot, and no pupil name in the metadata."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from ibdesk.dossier import blocks as b
from ibdesk.dossier.document import STYLES, DocMeta, Heading, TableOfContents, body_pages, register_fonts, render

NAMES = ["Zeynep Çelik", "Minh Nguyễn", "Luuk Ďurović", "Noor Ødegaard", "Aylin Yılmaz"]


def _meta() -> DocMeta:
    return DocMeta(
        "Dossier leerling Z.Ç. — Sociaal Team Renkum",
        "OBS De Vlinderboom (fictief)",
        "test",
        "Dossier Z.Ç. · Sociaal Team Renkum",
        "OBS De Vlinderboom (fictief)",
        "Vertrouwelijk · 23 november 2026",
    )


def _story() -> list:
    register_fonts()
    story = [
        Paragraph("Omslag", STYLES["title"]),
        body_pages(),
        PageBreak(),
        Heading("Inhoud", "inhoud"),
        TableOfContents([("een", "Eerste hoofdstuk"), ("twee", "Tweede hoofdstuk")]),
        PageBreak(),
        Heading("Eerste hoofdstuk", "een"),
    ]
    story += [b.text(name, "body") for name in NAMES]
    story += [PageBreak(), b.text("Tussenpagina", "body"), PageBreak(), Heading("Tweede hoofdstuk", "twee")]
    story += b.signature_box(
        "Marieke de Wit",
        "intern begeleider",
        "OBS De Vlinderboom (fictief)",
        "23 november 2026",
        "ABCD " * 16,
        "Persoonlijk certificaat",
    )
    return story


def test_names_with_diacritics_render_as_text():
    rendered = render(_story(), _meta())
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(rendered.pdf)).pages)
    for name in NAMES:
        assert name in text


def test_page_total_toc_numbers_and_signature_spot():
    rendered = render(_story(), _meta())
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(rendered.pdf)).pages]
    assert rendered.pages == len(pages) == 5
    assert all(re.search(rf"pagina {i + 1} van\s*5", page) for i, page in enumerate(pages))
    toc = pages[1]
    assert re.search(r"Eerste hoofdstuk.*?3", toc, re.S) and re.search(r"Tweede hoofdstuk.*?5", toc, re.S)
    assert "Tweede hoofdstuk" in pages[4] and "Digitaal ondertekend" in pages[4]
    assert rendered.signature_page == 4
    x0, y0, x1, y1 = rendered.signature_box
    assert 0 < x0 < x1 <= 595.3 and 0 < y0 < y1 < 842


def test_header_on_body_pages_only_and_outline():
    rendered = render(_story(), _meta())
    reader = PdfReader(io.BytesIO(rendered.pdf))
    pages = [p.extract_text() for p in reader.pages]
    assert "Dossier Z.Ç." not in pages[0] and all("Dossier Z.Ç." in p for p in pages[1:])
    assert [o.title for o in reader.outline] == ["Inhoud", "Eerste hoofdstuk", "Tweede hoofdstuk"]
    assert reader.metadata.title == "Dossier leerling Z.Ç. — Sociaal Team Renkum"


def test_consent_signed_on_screen_is_drawn_in_the_dossier(services, out):
    """The parents' drawn signature travels with the consent overview (issue: privacy)."""
    import pypdf

    from ibdesk.dossier.blocks import SignatureFlowable, signature_cells
    from ibdesk.dossier.case_content import consent_records
    from ibdesk.services import dossier_sources as sources
    from ibdesk.services.export_documents import export_case

    team = services.guidance.overview(2).teams.residence
    plan = sources.plan_for(services, 2, [team], "aanmelding_sociaal_team")
    rows = consent_records(plan, services.consent.case_consent(2).bases)
    assert rows and rows[0][3].startswith("strokes:")
    assert isinstance(signature_cells(rows)[0][3], SignatureFlowable)
    result = export_case(services, 2, out / "dossier.pdf")
    reader = pypdf.PdfReader(str(result.path))
    page = next(p for p in reader.pages if "Handtekening" in p.extract_text())
    content = page.get_contents().get_data()
    assert content.count(b" l\n") + content.count(b" l ") >= 7, "the signature's line segments are drawn"
