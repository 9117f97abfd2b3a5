"""Attachments in the signed documents, from an empty profile: an attachment whose category
the recipient may receive is listed and travels inside the PDF as an embedded file (same
bytes); one it may not receive is only counted under its category — its title and its bytes
appear nowhere in the file, not even in a decompressed stream. The inzage lists and carries
every attachment of the pupil. The basis here is the onderwijskundig rapport duty (WPO art.
42; a legal task for the receiving school, domain.md §5), which covers identification, school
results and support history, not health."""

from __future__ import annotations

import io
import shutil
import subprocess
import zlib
from datetime import date

import pytest
from pypdf import PdfReader
from support.new_school import okr_basis_answers, open_first_case, po_vo_answers

from .helpers import full_text

ALLOWED_TITLE = "Brief van de logopedist (fictief) TITEL-MAG-4411"
ALLOWED_BYTES = b"%PDF-1.4\n% brief logopedist INHOUD-MAG-4411 (fictief)\n" + bytes(range(256)) * 8
WITHHELD_TITLE = "Verslag jeugdarts (fictief) TITEL-GEHEIM-9923"
WITHHELD_BYTES = b"verslag jeugdarts INHOUD-GEHEIM-9923 (fictief)\n" * 50


@pytest.fixture
def fresh(store):
    """An empty profile: the school's first case, the PO→VO form, the OKR basis for the VO
    school, and two attachments the way the notes screen adds them."""
    from ibdesk.services.container import Services
    from ibdesk.services.profile import save_user

    services = Services.build(store)
    save_user(store, "Marieke de Wit (fictief)", "intern begeleider")
    school = open_first_case(store)
    form = services.catalog.latest("overdracht-po-vo")
    services.forms.save(
        school.pupil_id, form.id, form.version, po_vo_answers(school, date.today()), case_id=school.case_id
    )
    services.consent.record_from_form(school.case_id, okr_basis_answers(school))
    allowed = services.attachments.add(
        school.pupil_id,
        ALLOWED_BYTES,
        ALLOWED_TITLE,
        "brief",
        "support_history",
        case_id=school.case_id,
        file_name="brief Lotte Veenstra.pdf",
    )
    withheld = services.attachments.add(
        school.pupil_id, WITHHELD_BYTES, WITHHELD_TITLE, "jeugdarts", "health", file_name="jeugdarts.txt"
    )  # pupil-level: part of every case
    return services, school, allowed, withheld


def embedded(path) -> dict[str, bytes]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return {name: data[0] for name, data in reader.attachments.items()}


def every_byte(path) -> bytes:
    """The file as stored plus every stream decompressed (pypdf, and zlib on each raw stream)."""
    raw = path.read_bytes()
    parts = [raw]
    reader = PdfReader(io.BytesIO(raw))
    for number in range(1, len(reader.xref_objStm) + 2000):
        try:
            obj = reader.get_object(number)
        except Exception:
            continue
        if hasattr(obj, "get_data"):
            parts.append(obj.get_data())
    start = 0
    while (start := raw.find(b"stream", start)) != -1:
        start += 6
        try:
            parts.append(zlib.decompressobj().decompress(raw[start:].lstrip(b"\r\n")))
        except zlib.error:
            pass
    return b"\n".join(parts)


def assert_withheld_absent(path):
    text, data = full_text(path), every_byte(path)
    assert "TITEL-GEHEIM-9923" not in text
    assert b"TITEL-GEHEIM-9923" not in data and "TITEL-GEHEIM-9923".encode("utf-16-be") not in data
    assert b"INHOUD-GEHEIM-9923" not in data
    assert b"INHOUD-MAG-4411" in data  # the check itself does see embedded content


def assert_allowed_in(path):
    text = full_text(path)
    assert ALLOWED_TITLE in text and "bijlage-1.pdf" in text and "Marieke de Wit (fictief)" in text
    files = embedded(path)
    assert files == {"bijlage-1.pdf": ALLOWED_BYTES}  # the scan itself, byte for byte
    assert "Veenstra" not in " ".join(files)  # the app names the file, not the user's file name


def test_dossier_lists_and_embeds_what_may_go_and_counts_the_rest(fresh, tmp_path):
    from ibdesk.services.certificates import verify_with_profile
    from ibdesk.services.export_documents import export_case

    services, school, _, _ = fresh
    out = tmp_path / "dossier.pdf"
    result = export_case(services, school.case_id, out, recipient_id=school.vo_school_id, purpose="overdracht")
    assert_allowed_in(out)
    assert_withheld_absent(out)
    text = full_text(out)
    assert "Niet gedeeld — geen grondslag" in text and "Gezondheid 1 onderdeel" in text
    assert any(WITHHELD_TITLE in line for line in result.withheld)  # the log inside the store names it
    assert verify_with_profile(services.store, out).ok


def test_handover_obeys_the_same_filter(fresh, tmp_path):
    from ibdesk.services.certificates import verify_with_profile
    from ibdesk.services.export_documents import export_handover

    services, school, _, _ = fresh
    out = tmp_path / "overdracht.pdf"
    export_handover(services, school.case_id, "po-vo", out)
    assert_allowed_in(out)
    assert_withheld_absent(out)
    assert "Gezondheid 1 onderdeel" in full_text(out)
    assert verify_with_profile(services.store, out).ok


def test_encrypted_dossier_carries_the_file_encrypted(fresh, tmp_path):
    from ibdesk.services.export_documents import export_case

    services, school, _, _ = fresh
    out = tmp_path / "dossier.pdf"
    result = export_case(
        services, school.case_id, out, recipient_id=school.vo_school_id, purpose="overdracht", encrypt=True
    )
    assert b"INHOUD-MAG-4411" not in every_byte(out)  # unreadable without the password
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    reader.decrypt(result.password)
    assert reader.attachments["bijlage-1.pdf"][0] == ALLOWED_BYTES


def test_inzage_lists_and_carries_every_attachment(fresh, tmp_path):
    from ibdesk.services.certificates import verify_with_profile
    from ibdesk.services.export_documents import export_inzage

    services, school, _, _ = fresh
    out = tmp_path / "inzage.pdf"
    export_inzage(services, school.pupil_id, out)
    text = full_text(out)
    assert ALLOWED_TITLE in text and WITHHELD_TITLE in text and "Gezondheid" in text
    names = embedded(out)
    assert sorted(names.values(), key=len) == sorted([ALLOWED_BYTES, WITHHELD_BYTES], key=len)
    assert set(names) == {"bijlage-1.pdf", "bijlage-2.txt"}
    assert verify_with_profile(services.store, out).ok


def test_export_preview_shows_the_same_lists(fresh):
    from ibdesk.services import export_plan

    services, school, _, _ = fresh
    vo = export_plan.organisation(services, school.vo_school_id)
    shown = export_plan.preview(services, school.case_id, vo, "overdracht")
    assert [(a.title, a.category) for a in shown.attachments] == [(ALLOWED_TITLE, "Ondersteuningsgeschiedenis")]
    health = next(g for g in shown.excluded if g.key == "health")
    assert health.count == 1 and "GEHEIM" not in health.category + health.reason


@pytest.mark.skipif(not shutil.which("pdfdetach"), reason="poppler's pdfdetach is not installed")
def test_a_reader_other_than_pypdf_finds_the_file(fresh, tmp_path):
    from ibdesk.services.export_documents import export_case

    services, school, _, _ = fresh
    out = tmp_path / "dossier.pdf"
    export_case(services, school.case_id, out, recipient_id=school.vo_school_id, purpose="overdracht")
    listing = subprocess.run(["pdfdetach", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert "bijlage-1.pdf" in listing and "jeugdarts" not in listing
    subprocess.run(["pdfdetach", "-save", "1", "-o", str(tmp_path / "uit.pdf"), str(out)], check=True)
    assert (tmp_path / "uit.pdf").read_bytes() == ALLOWED_BYTES


def test_sociaal_team_dossier_carries_the_scan_of_its_own_consent_only(store, tmp_path):
    """The dossier for the Sociaal Team (route walked, consent of both parents): a letter
    (support history) and the paper scan of the mother's signature on this very consent go in;
    a report (health) and a consent scan that proves no basis for this recipient stay out."""
    from ibdesk.domain.signatures import SCREEN, Signature
    from ibdesk.services.certificates import verify_with_profile
    from ibdesk.services.export_documents import export_case

    from .test_signatures_in_dossier import _case_with_consent

    services, case, basis_id, *_ = _case_with_consent(store)
    pupil_id = services.guidance.overview(case.id).pupil.id
    mother, father = services.signatures.required(case.id, "consent")
    services.signatures.record_paper(
        case.id,
        Signature("consent", basis_id, mother.key, mother.name, mother.role, date(2026, 11, 20), "getekend_papier"),
        b"%PDF-1.4 scan moeder SCAN-EIGEN-5150 (fictief)",
        "scan.pdf",
    )
    services.signatures.record(
        case.id,
        Signature(
            "consent",
            basis_id,
            father.key,
            father.name,
            father.role,
            date(2026, 11, 20),
            SCREEN,
            statement=services.signatures.consent_statement(case.id, basis_id, father),
            strokes="strokes:[[[0,500],[500,900],[1000,100]]]",
        ),
    )
    services.attachments.add(pupil_id, ALLOWED_BYTES, ALLOWED_TITLE, "brief", case_id=case.id, file_name="b.pdf")
    services.attachments.add(pupil_id, WITHHELD_BYTES, WITHHELD_TITLE, "jeugdarts", case_id=case.id)
    services.attachments.add(
        pupil_id,
        b"losse scan SCAN-LOS-6160 (fictief)",
        "Losse scan TITEL-LOS-6160",
        "scan",
        case_id=case.id,
        file_name="los.pdf",
    )
    result = export_case(services, case.id, tmp_path / "dossier.pdf")
    out = result.path
    files = embedded(out)
    assert sorted(files.values()) == sorted([ALLOWED_BYTES, b"%PDF-1.4 scan moeder SCAN-EIGEN-5150 (fictief)"])
    assert_withheld_absent(out)
    data, text = every_byte(out), full_text(out)
    assert b"SCAN-LOS-6160" not in data and b"TITEL-LOS-6160" not in data and "TITEL-LOS-6160" not in text
    assert "Toestemming en handtekeningen 1 onderdeel" in text and "Gezondheid 1 onderdeel" in text
    assert verify_with_profile(store, out).ok
