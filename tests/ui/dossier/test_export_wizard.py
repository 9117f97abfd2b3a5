"""The export wizard on the demo school: real plan, real PDF, real signature."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from support.tasks import settle

from ibdesk.dossier.verify import verify_pdf
from ibdesk.errors import UserError

from .helpers import BORDER_CASE, HEALTH_TITLE, READY_CASE, TODAY, WITHDRAWN_CASE, school_p12, texts, walk_to

FINGERPRINT = re.compile(r"^([0-9A-F]{4} ){15}[0-9A-F]{4}$")


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_default_recipient_is_the_team_of_residence(make_wizard):
    wizard = make_wizard(READY_CASE)
    page = wizard.recipient_page
    assert page.residence_radio.isChecked()
    assert wizard.recipient().name == "Sociaal Team Renkum (fictief)"
    assert wizard.purpose() == "aanmelding_sociaal_team"
    assert page.school_radio is None and not page.border_box.isVisibleTo(wizard)
    assert page.other_combo.count() >= 4 and not page.other_combo.isEnabled()


def test_grensverkeer_shows_both_teams_and_explains(make_wizard):
    wizard = make_wizard(BORDER_CASE)
    page = wizard.recipient_page
    shown = texts(page)
    assert page.border_box.isVisibleTo(wizard)
    assert "BRP ingeschreven in Arnhem" in shown and "Woonplaatsbeginsel" in shown and "regie" in shown
    assert "Sociaal Team Arnhem (fictief)" in page.residence_radio.text()
    assert "Sociaal Team Renkum (fictief)" in page.school_radio.text()
    assert wizard.recipient().name == "Sociaal Team Arnhem (fictief)"
    page.school_radio.setChecked(True)
    assert wizard.recipient().name == "Sociaal Team Renkum (fictief)"
    page.choose_other(page.choices.others[0].id)
    assert page.other_combo.isEnabled() and wizard.recipient() == page.choices.others[0]


def test_inclusion_page_lists_basis_and_the_excluded_part(make_wizard):
    wizard = make_wizard(READY_CASE)
    wizard.next()
    page = wizard.content_page
    assert wizard.currentPage() is page and page.isComplete() and next_enabled(wizard)
    shown = texts(page.content)
    assert "Het dossier kan worden gemaakt" in shown
    assert "Identificerende gegevens" in shown and "Toestemming van" in shown
    assert "Gezondheid" in shown and "geen grondslag" in shown
    assert "nog toestemming nodig van" in shown  # who still must consent
    # issue 11.7: what is left out is named by category and count, never by title
    assert HEALTH_TITLE not in shown
    health = next(e for e in page.plan.excluded if e.category == "Gezondheid")
    assert f"{health.parts} niet gedeeld — geen grondslag" in shown and "geen grondslag" not in health.reason


def test_case_not_ready_cannot_proceed_and_says_why(make_wizard, dialogs):
    wizard = make_wizard(WITHDRAWN_CASE)
    wizard.next()
    page = wizard.content_page
    assert wizard.currentPage() is page
    assert not page.isComplete() and not next_enabled(wizard)
    shown = texts(page.content)
    assert "nog niet klaar voor aanmelding" in shown and "Stap '" in shown and "bewijs ontbreekt" in shown
    assert "geweigerd of ingetrokken door" in shown
    assert "Er mag niets naar deze ontvanger" in shown
    wizard.next()  # even a forced Next stays here
    assert wizard.currentPage() is page


def test_other_purpose_without_basis_is_refused_before_saving(make_wizard):
    wizard = make_wizard(READY_CASE)
    combo = wizard.recipient_page.purpose_combo
    combo.setCurrentIndex(combo.findData("tlv_swv"))
    wizard.next()
    assert not wizard.content_page.isComplete()
    assert "Er mag niets worden gedeeld" in texts(wizard.content_page.content)


def test_walking_the_wizard_writes_a_signed_pdf_exactly_where_chosen(make_wizard, dialogs, services, out, tmp_path):
    before = files_under(tmp_path)
    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.save_page)
    assert files_under(tmp_path) == before  # nothing written on the way
    dialogs.save_path = out / "gekozen naam.pdf"
    exported = []
    wizard.exported.connect(exported.append)
    settle(wizard.save_page.save())
    assert files_under(tmp_path) - before == {out / "gekozen naam.pdf"}
    assert list(out.iterdir()) == [out / "gekozen naam.pdf"]
    assert dialogs.suggested[-1].name == f"dossier-sociaal-team-{TODAY.isoformat()}.pdf"
    result = verify_pdf(out / "gekozen naam.pdf")
    assert result.sound and result.signer == "Marieke de Wit"
    assert exported and exported[0].path == out / "gekozen naam.pdf" and exported[0].password is None
    page = wizard.save_page
    assert page.isComplete() and not page.save_button.isEnabled() and not page.password_box.isVisibleTo(wizard)
    assert "Ondertekend document geschreven" in page.result_label.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert dialogs.of("error") == []


def test_suggested_name_identifies_no_pupil(make_wizard, dialogs, services):
    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.save_page)
    settle(wizard.save_page.save())  # cancelled (save_path None)
    pupil = services.guidance.overview(READY_CASE, log_view=False).pupil
    name = dialogs.suggested[-1].name
    assert pupil.first_name not in name and pupil.last_name not in name and pupil.initials not in name
    assert re.fullmatch(r"dossier-[a-z-]+-\d{4}-\d{2}-\d{2}\.pdf", name)


def test_cancelling_the_save_dialog_writes_and_logs_nothing(make_wizard, dialogs, services, tmp_path):
    pupil = services.guidance.overview(READY_CASE, log_view=False).pupil
    logged = len(services.consent.sharing_log(pupil.id))
    before = files_under(tmp_path)
    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.save_page)
    dialogs.save_path = None
    settle(wizard.save_page.save())
    assert files_under(tmp_path) == before
    assert len(services.consent.sharing_log(pupil.id)) == logged
    assert "Niets opgeslagen" in wizard.save_page.status.text()
    assert not wizard.save_page.isComplete() and wizard.save_page.save_button.isEnabled()


def test_encryption_shows_the_password_and_only_it_opens_the_file(make_wizard, dialogs, out):
    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.save_page)
    dialogs.save_path = out / "versleuteld.pdf"
    wizard.save_page.encrypt.setChecked(True)
    settle(wizard.save_page.save())
    password = wizard.result.password
    page = wizard.save_page
    assert password and page.password.text() == password and page.password_box.isVisibleTo(wizard)
    intro = page.password_intro.text()
    assert "telefonisch of per sms" in intro and "nooit in dezelfde e-mail" in intro
    assert password not in page.result_label.text()  # shown once, in its own box
    with pytest.raises(UserError, match="versleuteld"):
        verify_pdf(out / "versleuteld.pdf")
    with pytest.raises(UserError, match="klopt niet"):
        verify_pdf(out / "versleuteld.pdf", "fout-fout-fout")
    assert verify_pdf(out / "versleuteld.pdf", password).sound


def test_refusal_at_export_is_shown_in_dutch_and_writes_nothing(make_wizard, dialogs, services, out, monkeypatch):
    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.save_page)
    dialogs.save_path = out / "dossier.pdf"
    from ibdesk.ui.dossier import export_wizard

    def refuse(*args, **kwargs):
        raise UserError("Casus 2 is nog niet klaar voor aanmelding bij het Sociaal Team.")

    monkeypatch.setattr(export_wizard, "sign_prepared", refuse)
    settle(wizard.save_page.save())
    assert [s.title for s in dialogs.of("error")] == ["Dossier niet gemaakt"]
    assert "nog niet klaar" in dialogs.of("error")[0].text
    assert list(out.iterdir()) == [] and not wizard.save_page.isComplete()


def test_sender_is_prefilled_editable_and_saved_back(make_wizard, dialogs, services, out):
    store = services.store
    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.sign_page)
    fields = wizard.sign_page.sender_fields
    assert fields.edits["name"].text() == "Marieke de Wit"  # the case lead: settings are empty
    fields.edits["email"].setText("geen-adres")
    wizard.next()
    assert wizard.currentPage() is wizard.sign_page  # invalid e-mail: shown inline
    assert fields.fields.boxes["email"].error.isVisibleTo(wizard)
    fields.edits["name"].setText("Marieke de Wit-Jansen")
    fields.edits["role"].setText("zorgcoördinator")
    fields.edits["phone"].setText("026 123 45 67")
    fields.edits["email"].setText("m.dewit@vlinderboom.example")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    settle(wizard.preview_page.prepare_task)
    assert store.get_setting("user.name") == "Marieke de Wit-Jansen"
    assert store.get_setting("user.role") == "zorgcoördinator"
    assert store.get_setting("user.phone") == "026 123 45 67"
    assert store.get_setting("user.email") == "m.dewit@vlinderboom.example"
    again = make_wizard(READY_CASE)
    walk_to(again, again.sign_page)
    assert again.sign_page.sender_fields.edits["role"].text() == "zorgcoördinator"


def test_personal_certificate_fingerprint_in_groups_of_four(make_wizard, services):
    from ibdesk.dossier import credentials as certs
    from ibdesk.services import certificates

    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.sign_page)
    page = wizard.sign_page
    assert "nog niet gemaakt" in page.cert_title.text() and page.make_button.isVisibleTo(wizard)
    assert certificates.own_certificate(services.store) is None  # nothing made just by looking
    page.make_certificate()
    own = certificates.own_certificate(services.store)
    assert page.fingerprint.fingerprint() == certs.cert_fingerprint(own)
    assert FINGERPRINT.match(page.fingerprint.fingerprint())
    assert page.fingerprint.text().count("\n") == 1  # two lines of eight groups
    assert "Marieke de Wit" in page.cert_title.text()


def test_school_certificate_asks_its_password_once_and_signs(make_wizard, dialogs, services, out, tmp_path):
    from ibdesk.services import certificates

    p12, ca = school_p12(tmp_path / "beleid", "geheim-123")
    services.store.set_setting(certificates.SCHOOL_P12, str(p12))
    services.store.set_setting(certificates.SCHOOL_CA, str(ca))
    asked = []
    wizard = make_wizard(READY_CASE, ask_password=lambda prompt: asked.append(prompt) or "geheim-123")
    walk_to(wizard, wizard.sign_page)
    page = wizard.sign_page
    assert len(asked) == 1 and "Certificaat van de school" in page.cert_title.text()
    assert page.fingerprint.fingerprint() == wizard.credentials.fingerprint
    wizard.back()
    walk_to(wizard, wizard.save_page)
    assert len(asked) == 1  # not asked again
    dialogs.save_path = out / "school.pdf"
    settle(wizard.save_page.save())
    result = verify_pdf(out / "school.pdf", trusted=certificates.trusted_certificates(services.store))
    assert result.ok and result.trusted and "CA" in result.trust_source
    assert result.fingerprint == wizard.credentials.fingerprint


def test_wrong_school_password_blocks_signing(make_wizard, services, tmp_path):
    from ibdesk.services import certificates

    p12, _ = school_p12(tmp_path / "beleid", "geheim-123")
    services.store.set_setting(certificates.SCHOOL_P12, str(p12))
    answers = iter(["fout", "geheim-123"])
    wizard = make_wizard(READY_CASE, ask_password=lambda prompt: next(answers))
    walk_to(wizard, wizard.sign_page)
    page = wizard.sign_page
    assert "klopt niet" in page.cert_error.text() and not page.isComplete() and not next_enabled(wizard)
    page.retry_button.click()
    assert page.isComplete() and next_enabled(wizard) and page.fingerprint.isVisibleTo(wizard)


def test_the_previewed_pages_are_exactly_the_bytes_that_are_signed(
    make_wizard, dialogs, services, out, qtbot, home, capsys
):
    """Issue 11.4: the wizard shows the rendered pages of the unsigned dossier, then signs those
    very bytes (an incremental signature: the signed file starts with them, and the signature's
    byte range covers them); the verification passes and one changed byte fails it."""
    import hashlib
    import re

    wizard = make_wizard(READY_CASE)
    walk_to(wizard, wizard.preview_page)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: len(page.pages) == page.prepared.pages, timeout=20000)
    assert all(not label.pixmap().isNull() and label.pixmap().width() > 400 for label in page.pages)
    previewed = page.previewed
    walk_to(wizard, wizard.save_page)
    dialogs.save_path = out / "dossier.pdf"
    settle(wizard.save_page.save())
    signed = (out / "dossier.pdf").read_bytes()
    assert signed.startswith(previewed) and hashlib.sha256(signed[: len(previewed)]).hexdigest() == page.digest()
    start, covered, _, _ = map(int, re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", signed).groups())
    assert start == 0 and covered >= len(previewed)  # the signature covers every previewed byte
    from ibdesk import cli

    capsys.readouterr()
    assert cli.main(["--home", str(home), "verify", str(out / "dossier.pdf")]) == 0  # `ibdesk verify`
    assert "IN ORDE" in capsys.readouterr().out
    at = previewed.index(b"/Producer") if b"/Producer" in previewed else len(previewed) // 2
    (out / "gewijzigd.pdf").write_bytes(signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :])
    assert cli.main(["--home", str(home), "verify", str(out / "gewijzigd.pdf")]) == 1  # one changed byte fails
    assert "NIET IN ORDE" in capsys.readouterr().out
