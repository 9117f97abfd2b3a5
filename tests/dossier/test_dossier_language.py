"""A document states what is stored, in Dutch, whatever the language of the screen (issue 16.8):
the inzage exported while ibdesk speaks English still names the case's status with its Dutch
label and its history with the Dutch words, while the same status on screen is English. From an empty profile."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from support.new_school import NewSchool, okr_basis_answers, open_first_case, po_vo_answers

from ibdesk import i18n
from ibdesk.domain.consent import PURPOSES
from ibdesk.domain.legal_bases import LEGAL_BASES
from ibdesk.domain.lifecycle import Move
from ibdesk.domain.model import CaseStatus

from .helpers import full_text, page_texts


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def test_the_inzage_exported_in_english_keeps_the_dutch_labels(store, english, tmp_path):
    from ibdesk.services.container import Services
    from ibdesk.services.export_documents import export_inzage
    from ibdesk.services.profile import save_user

    services = Services.build(store)
    save_user(store, "Marieke de Wit (fictief)", "intern begeleider")
    school = open_first_case(store)
    assert CaseStatus.SIGNAL.label == "Concern raised"  # the screen's language is English
    assert Move.OPEN.label == "Case opened"

    result, _ = export_inzage(services, school.pupil_id, tmp_path / "inzage.pdf")
    text = full_text(result.path)
    assert "Signaal" in text and "Concern raised" not in text
    assert "Casus geopend" in text and "Case opened" not in text  # the status history
    assert CaseStatus.SIGNAL.document_label == "Signaal"
    assert "Hoe kan Lotte met vertrouwen de overstap naar het VO maken?" in text  # stored text, as typed
    for english_word in ("does not exist", "In progress", "Referred to"):
        assert english_word not in text


def first_case_with_handover(services) -> NewSchool:
    """From an empty profile, through the services as the screens save: the user, the school's
    first case, its PO→VO form, the onderwijskundig rapport as basis for the VO school (WPO
    art. 42) and a jeugdarts report the VO school may not receive (health: no basis)."""
    from ibdesk.services.profile import save_user

    save_user(services.store, "Marieke de Wit (fictief)", "intern begeleider")
    school = open_first_case(services.store)
    form = services.catalog.latest("overdracht-po-vo")
    answers = po_vo_answers(school, date.today())
    services.forms.save(school.pupil_id, form.id, form.version, answers, case_id=school.case_id)
    services.consent.record_from_form(school.case_id, okr_basis_answers(school))
    services.attachments.add(
        school.pupil_id, b"verslag (fictief)", "Verslag jeugdarts (fictief)", "jeugdarts", "health", file_name="j.txt"
    )
    return school


def test_ibdesk_export_says_its_result_in_english_and_the_pdf_stays_dutch(store, tmp_path):
    """`ibdesk export` with IBDESK_LANG=en: the printed result (and `ibdesk verify`) in English,
    the signed PDF with the Dutch purpose, kinds of data and legal basis; Dutch by default."""
    from support.ui_language import dutch_left

    from ibdesk.services.container import Services
    from tests.cli.test_cli_language_messages import ibdesk

    school = first_case_with_handover(Services.build(store))
    store.close()  # the commands below open the profile themselves
    out = tmp_path / "dossier.pdf"
    args = ("export", str(school.case_id), "--to", str(school.vo_school_id), "--purpose", "overdracht")
    done = ibdesk("en", *args, "--encrypt", "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    password = lines[-2].removeprefix("PASSWORD: ")
    pages = len(page_texts(out, password))
    assert lines[0] == f"Signed document written: {out} ({pages} pages)."
    assert lines[1].startswith("Check code of the certificate: ") and len(lines[1].split(": ")[1].split()) == 16
    assert lines[2:4] == [
        "Technical: Personal certificate, fingerprint (SHA-256).",
        "1 item not shared (no legal basis); the document mentions it, without its content.",
    ]
    assert lines[-1].startswith("The document is encrypted (AES-256). Pass this password on by another channel")
    assert dutch_left(lines, allowed=[str(out), password]) == []  # a random password may spell "nu"

    text = full_text(out, password)  # what the document states stays Dutch
    for dutch in (PURPOSES["overdracht"], "Identificerende gegevens", "Gezondheid", LEGAL_BASES["okr"].label):
        assert dutch in text, dutch
    for english in ("Warm handover", "Identifying details", "Health", "educational report", "Signed document"):
        assert english not in text, english

    refused = ibdesk("en", "verify", str(out))  # no terminal to ask the password in
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "This document is encrypted. Give the password you received from the sender." in refused.stderr
    verified = ibdesk("en", "verify", str(out), "--password", password)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.startswith("ALL IN ORDER: the document has not changed since it was signed")
    assert "Trusted:          yes — your own personal certificate" in verified.stdout
    report = verified.stdout.splitlines()
    signed_on = next(line for line in report if line.startswith("Signed on:        "))
    moment = signed_on.removeprefix("Signed on:        ")  # as text/dates.py writes a moment (its own task)
    assert dutch_left(report, allowed=["Marieke de Wit (fictief)", "OBS De Linde (fictief)", moment]) == []

    dutch = ibdesk(None, *args, "--out", str(tmp_path / "nl.pdf"))
    assert dutch.returncode == 0, dutch.stderr
    assert dutch.stdout.startswith(f"Ondertekend document geschreven: {tmp_path / 'nl.pdf'} (")
    assert "1 onderdeel niet gedeeld (geen grondslag); het document noemt het, zonder de inhoud." in dutch.stdout


def test_a_certificate_in_another_name_is_refused_in_english(store, tmp_path):
    """The profile's name changed after the certificate was made: no document would name the wrong
    signer (services/certificates.py); said in English, with what to do."""
    from ibdesk.services.container import Services
    from tests.cli.test_cli_language_messages import ibdesk

    school = first_case_with_handover(Services.build(store))
    store.close()
    args = ("export", str(school.case_id), "--to", str(school.vo_school_id), "--purpose", "overdracht")
    assert ibdesk("en", *args, "--out", str(tmp_path / "a.pdf")).returncode == 0
    assert ibdesk("en", "user", "--name", "Marieke de Wit-Jansen (fictief)", "--role", "IB'er").returncode == 0
    refused = ibdesk("en", *args, "--out", str(tmp_path / "b.pdf"))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert (
        "Your personal certificate is in the name of 'Marieke de Wit (fictief)', your profile in the name of "
        "'Marieke de Wit-Jansen (fictief)'." in refused.stderr
    )
    assert (
        "Replace the certificate (Settings › Signing › Replace certificate, or 'ibdesk cert renew')" in refused.stderr
    )
    assert not (tmp_path / "b.pdf").exists()


def test_the_basis_on_the_export_screen_in_english_and_in_the_document_in_dutch(english):
    """A consent basis as the export wizard says it (services/export_plan_words.py) and as the PDF's
    overview of legal bases says it (SharingPlan.basis_text): the same facts, the screen in English."""
    from ibdesk.domain.consent import Basis, Decision
    from ibdesk.dossier.content import SharingPlan
    from ibdesk.services import export_plan_words as words
    from ibdesk.services.export_plan import CategoryLine
    from ibdesk.text.dates import short_date

    given, until = date(2026, 11, 20), date(2027, 7, 31)
    consent = Basis("consent", 1, "overdracht", frozenset({"health"}), given, frozenset({"guardian:1", "pupil"}))
    consent = dataclasses.replace(consent, valid_until=until)
    plan = SharingPlan(None, "overdracht", date(2026, 11, 23), {"health": Decision(True, [consent])})
    plan.names = {"guardian:1": "Anna Veenstra (fictief)"}
    assert words.basis_shown(plan, "health") == (
        f"Consent from Anna Veenstra (fictief) and the pupil themselves (16 or older) on {short_date(given)}, "
        f"valid up to and including {short_date(until)}"
    )
    assert plan.basis_text("health") == (
        f"Toestemming van Anna Veenstra (fictief) en de leerling zelf (16 jaar of ouder) op {short_date(given)}, "
        f"geldig tot en met {short_date(until)}"
    )
    assert words.category_shown("Gezondheid") == "Health" and words.category_shown("Zienswijze van ouders") == (
        "Parents' view"
    )
    refused = CategoryLine("health", "Health", False, reason="toestemming geweigerd of ingetrokken")
    refused.refused_by = ["Anna Veenstra (fictief)"]
    assert refused.detail() == "Consent refused or withdrawn; refused or withdrawn by Anna Veenstra (fictief)."


def test_the_school_certificate_asks_and_refuses_in_english(english, tmp_path):
    """The school's PKCS#12 (services/certificates.py): the password prompt and the refusals in English."""
    from ibdesk.errors import UserError
    from ibdesk.services import certificates
    from tests.ui.dossier.helpers import school_p12

    p12, _ca = school_p12(tmp_path, "geheim")
    asked: list[str] = []
    with pytest.raises(UserError) as wrong:
        certificates.open_school_certificate(p12, lambda prompt: asked.append(prompt) or "niet-geheim")
    assert asked == ["Password of the school certificate"]
    assert str(wrong.value) == "The password of the school certificate is wrong (or the file is not a PKCS#12 file)."
    with pytest.raises(UserError) as none:
        certificates.open_school_certificate(p12, lambda prompt: None)
    assert str(none.value) == "Without the password of the school certificate nothing can be signed."
    assert certificates.open_school_certificate(p12, lambda prompt: "geheim").kind_label == "Certificaat van de school"
