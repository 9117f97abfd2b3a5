"""'Controleer dossier' on real exports: in orde, gewijzigd, versleuteld, onbekende ondertekenaar."""

from __future__ import annotations

import pytest
from support.tasks import settle

from ibdesk.services.export_documents import export_case

from .helpers import READY_CASE, flip_byte_in_content


@pytest.fixture
def exported(services, out):
    return export_case(services, READY_CASE, out / "dossier.pdf")


@pytest.fixture
def make_dialog(qtbot, context):
    from ibdesk.ui.dossier import VerifyDialog

    def make(open_path=None, with_profile=True):
        dialog = VerifyDialog(context if with_profile else None, open_path=open_path)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_exported_file_is_in_orde_and_trusted(make_dialog, exported):
    chosen = []

    def open_path(parent, title, start, file_filter):
        chosen.append(title)
        return exported.path

    dialog = make_dialog(open_path)
    settle(dialog.choose_file())
    assert chosen and dialog.result is not None and dialog.result.ok
    assert dialog.status.text() == "In orde" and dialog.status.property("tone") == "ok"
    assert dialog.values["signer"].text().startswith("Marieke de Wit")
    assert dialog.values["intact"].text() == "ja" and dialog.values["whole"].text() == "ja"
    assert dialog.values["trusted"].text() == "Ja — uw eigen persoonlijke certificaat"
    assert dialog.values["fingerprint"].fingerprint() == exported.fingerprint
    assert "november 2026" in dialog.values["signed_at"].text() or dialog.values["signed_at"].text()


def test_one_changed_byte_is_niet_in_orde(make_dialog, exported, out):
    tampered = out / "gewijzigd.pdf"
    tampered.write_bytes(flip_byte_in_content(exported.path.read_bytes()))
    dialog = make_dialog()
    settle(dialog.check(tampered))
    assert dialog.status.text().startswith("Niet in orde:") and dialog.status.property("tone") == "error"
    assert "gewijzigd" in dialog.status.text()
    assert dialog.values["intact"].text().startswith("NEE")
    assert "vertrouwen via" not in dialog.values["trusted"].text()  # never suggest trusting a broken file


def test_appended_bytes_are_not_covered(make_dialog, exported, out):
    longer = out / "aangevuld.pdf"
    longer.write_bytes(exported.path.read_bytes() + b"\n%%extra\n")
    dialog = make_dialog()
    settle(dialog.check(longer))
    assert dialog.status.text() == "Niet in orde: iets toegevoegd na de handtekening"
    assert dialog.values["whole"].text().startswith("NEE")


def test_unsigned_or_damaged_file(make_dialog, out):
    junk = out / "geen.pdf"
    junk.write_bytes(b"%PDF-1.7\nkapot")
    dialog = make_dialog()
    settle(dialog.check(junk))
    assert dialog.status.text().startswith("Niet in orde") and not dialog.details.isVisibleTo(dialog)


def test_encrypted_file_needs_its_password(make_dialog, services, out):
    result = export_case(services, READY_CASE, out / "versleuteld.pdf", encrypt=True)
    dialog = make_dialog()
    settle(dialog.check(result.path))
    assert dialog.status.text() == "Wachtwoord nodig" and dialog.result is None
    dialog.password_edit.setText("fout-fout")
    settle(dialog.check())
    assert dialog.status.text() == "Wachtwoord klopt niet" and dialog.result is None
    dialog.password_edit.setText(result.password)
    settle(dialog.check())
    assert dialog.status.text() == "In orde" and dialog.result.encrypted


def test_unknown_signer_says_what_to_do(make_dialog, exported):
    dialog = make_dialog(with_profile=False)
    settle(dialog.check(exported.path))
    assert dialog.status.text() == "Niet in orde: onbekende ondertekenaar"  # issue 13.8
    trust = dialog.values["trusted"].text()
    assert trust.startswith("Onbekend") and "controlecode" in trust and "Bel de afzender" in trust


def test_missing_file_is_reported_not_crashed(make_dialog, out):
    dialog = make_dialog()
    settle(dialog.check(out / "bestaat-niet.pdf"))
    assert dialog.status.text() == "Niet gecontroleerd" and "kan niet worden gelezen" in dialog.status_detail.text()


def test_cancelled_file_choice_changes_nothing(make_dialog):
    dialog = make_dialog(lambda *args: None)
    settle(dialog.choose_file())
    assert dialog.path_edit.text() == "" and dialog.result is None


def test_checking_runs_off_the_ui_thread_and_the_dialog_shows_it_is_busy(make_dialog, exported):
    dialog = make_dialog()
    task = dialog.check(exported.path)
    assert task is not None and not task.settled  # the call returns before the check is done
    assert not dialog.check_button.isEnabled() and not dialog.choose_button.isEnabled()
    assert "Bezig met controleren" in dialog.status_detail.text()
    assert dialog.check() is None  # a second check waits for the first
    settle(task)
    assert dialog.status.text() == "In orde" and dialog.check_button.isEnabled()
