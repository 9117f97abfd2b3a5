"""The dossier end to end: real reportlab, real pyHanko, real crypto."""

from __future__ import annotations

import re

import pytest

from ibdesk.dossier.verify import verify_pdf
from ibdesk.errors import UserError
from ibdesk.services import certificates as certs
from ibdesk.services.export_documents import export_case

from .helpers import (
    HEALTH_SECRET,
    HEALTH_TITLE,
    READY_CASE,
    WITHDRAWN_CASE,
    flip_byte_in_content,
    font_problems,
    full_text,
    nonblank_pages,
    page_texts,
    reader,
    save_health_note,
)


@pytest.fixture
def exported(services, out):
    save_health_note(services)
    result = export_case(services, READY_CASE, out / "dossier.pdf")
    return result


def pupil(services):
    return services.guidance.overview(READY_CASE, log_view=False).pupil


def test_dossier_has_its_parts_in_dutch(services, exported):
    text = full_text(exported.path)
    for part in (
        "Dossier",
        "Samenvatting",
        "Hulpvraag",
        "Wie is aan zet?",
        "Inhoud",
        "Routekaart: wat is er gedaan",
        "Ontwikkelingsperspectiefplan (OPP)",
        "Doelen en stoplichten",
        "MDO: uitkomsten en afspraken",
        "Grondslag en toestemming",
        "Niet gedeeld — geen grondslag",
        "Digitaal ondertekend",
        "23 november 2026",
        "pagina 1 van",
        "Sociaal Team Renkum (fictief)",
    ):
        assert part in text, part
    assert exported.fingerprint.replace(" ", "")[:16] in text.replace(" ", "")


def test_piece_without_basis_is_left_out_and_counted_by_category(services, exported):
    """Issue 11.7: 'Onderzoeks- en verslaggegevens — Gezondheid' would tell the receiver that
    health reports exist; the document names only the category and how many parts."""
    text = full_text(exported.path)
    assert HEALTH_SECRET not in text and "GEHEIM-7731" not in text
    assert HEALTH_TITLE not in text and "niet gedeeld" in text.lower()
    assert re.search(r"Gezondheid \d+ onderde(el|len)", text)
    assert any(HEALTH_TITLE in w for w in exported.withheld), "the sharing log (inside the store) keeps the detail"


def test_name_only_on_cover_and_summary_initials_in_headers(services, exported):
    name = pupil(services).full_name
    pages = page_texts(exported.path)
    assert name in pages[0]
    assert all(name not in page for page in pages[2:])
    assert all("Dossier E.Ç." in page for page in pages[1:])


def test_metadata_carries_no_pupil_name(services, exported):
    info = reader(exported.path).metadata
    values = " ".join(str(v) for v in info.values())
    p = pupil(services)
    assert p.first_name not in values and p.last_name not in values
    assert "E.Ç." in info.title and "Sociaal Team Renkum" in info.title
    assert info.author == "OBS De Vlinderboom (fictief)"
    assert exported.path.name == "dossier.pdf"


def test_fonts_embedded_and_pages_not_blank(services, exported, tmp_path):
    assert font_problems(exported.path) == []
    assert exported.pages >= 8
    shown = nonblank_pages(exported.path, tmp_path)
    assert len(shown) == exported.pages and all(shown)


def test_signature_is_intact_trusted_and_covers_the_file(services, exported):
    result = verify_pdf(exported.path, trusted=certs.trusted_certificates(services.store))
    assert result.ok and result.intact and result.whole_file
    assert result.trusted and result.trust_source == "uw eigen persoonlijke certificaat"
    assert result.signer == "Marieke de Wit" and result.organisation == "OBS De Vlinderboom (fictief)"
    assert "IN ORDE" in result.summary()
    untrusted = verify_pdf(exported.path)
    assert untrusted.sound and not untrusted.trusted and not untrusted.ok
    assert "NIET IN ORDE" in untrusted.summary() and exported.fingerprint in untrusted.summary()


def test_one_changed_byte_fails(exported):
    tampered = flip_byte_in_content(exported.path.read_bytes())
    result = verify_pdf(tampered)
    assert not result.ok
    assert "NIET IN ORDE" in result.summary()


def test_appended_bytes_and_incremental_update_do_not_cover_the_file(exported, tmp_path):
    data = exported.path.read_bytes()
    appended = verify_pdf(data + b"\n%%ibdesk-test\n")
    assert appended.intact and not appended.whole_file and not appended.ok
    from pypdf import PdfWriter

    writer = PdfWriter(exported.path, incremental=True)
    writer.add_metadata({"/Subject": "gewijzigd"})
    updated = tmp_path / "bijgewerkt.pdf"
    with updated.open("wb") as handle:
        writer.write(handle)
    result = verify_pdf(updated)
    assert not result.whole_file and not result.ok


def test_encrypted_export_opens_only_with_the_password(services, out):
    result = export_case(services, READY_CASE, out / "versleuteld.pdf", encrypt=True)
    assert result.password and len(result.password) >= 20 and "WACHTWOORD" in result.message()
    locked = reader(result.path)
    assert locked.is_encrypted and locked.decrypt("fout-wachtwoord") == 0
    assert "Samenvatting" in full_text(result.path, result.password)
    with pytest.raises(UserError, match="versleuteld"):
        verify_pdf(result.path)
    assert verify_pdf(result.path, result.password).sound


def test_export_is_logged_with_basis_and_what_was_withheld(services, exported):
    p = pupil(services)
    entry = services.consent.sharing_log(p.id)[-1]
    assert entry["document"] == "dossier" and entry["purpose"] == "aanmelding_sociaal_team"
    assert {"identification", "support_history", "opp"} <= set(entry["shared"])
    assert any(HEALTH_TITLE in w for w in entry["withheld"])
    from ibdesk.store import audit

    with services.store.session() as s:
        actions = [e.action for e in audit.entries(s, "case", READY_CASE)]
    assert "export" in actions


def test_case_not_ready_is_refused_with_reasons(services, out):
    with pytest.raises(UserError) as refused:
        export_case(services, WITHDRAWN_CASE, out / "x.pdf")
    message = str(refused.value)
    assert "nog niet klaar" in message and "Stap '" in message
    assert "Geen geldige grondslag" in message
    assert not (out / "x.pdf").exists()


def test_withdrawn_consent_refused_even_for_another_purpose(services, out):
    with pytest.raises(UserError, match="Er mag niets worden gedeeld"):
        export_case(services, WITHDRAWN_CASE, out / "x.pdf", purpose="arrangement_swv")
    assert list(out.iterdir()) == []


def test_signature_field_lies_over_the_visible_block(exported):
    last = reader(exported.path).pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", []) if a.get_object().get("/FT") == "/Sig"]
    assert len(widgets) == 1
    x0, y0, x1, y1 = (float(v) for v in widgets[0]["/Rect"])
    assert x1 - x0 > 400 and 80 < y1 - y0 < 110  # the full-width block, 34 mm high
    assert "Digitaal ondertekend" in last.extract_text()


def test_summary_of_a_changed_file_does_not_invite_trust(services, out):
    from ibdesk.dossier.verify import verify_pdf

    from .helpers import flip_byte_in_content

    result = export_case(services, 2, out / "d.pdf")
    check = verify_pdf(flip_byte_in_content(result.path.read_bytes()))
    text = check.summary()
    assert not check.ok and "NIET IN ORDE" in text
    assert "vergelijk de vingerafdruk" not in text and "vertrouw de inhoud niet" in text
