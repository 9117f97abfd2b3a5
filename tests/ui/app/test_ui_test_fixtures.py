"""The UI suite's own guards (tests/ui/conftest.py): a blocking dialog fails the test instead
of hanging, and the shared demo school is a private copy per test (folder and keyring entry)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from support.demo_copy import open_copy

BLOCKING = {
    "QDialog.exec": lambda: QDialog().exec(),
    "QMessageBox.exec": lambda: QMessageBox().exec(),
    "QMessageBox.question": lambda: QMessageBox.question(None, "Vraag", "Doorgaan?"),
    "QMessageBox.information": lambda: QMessageBox.information(None, "Info", "Klaar."),
    "QFileDialog.getOpenFileName": lambda: QFileDialog.getOpenFileName(None, "Open"),
    "QFileDialog.getExistingDirectory": lambda: QFileDialog.getExistingDirectory(None, "Map"),
    "QInputDialog.getText": lambda: QInputDialog.getText(None, "Naam", "Naam:"),
}


@pytest.mark.parametrize("name", BLOCKING)
def test_a_modal_dialog_fails_the_test_instead_of_blocking(name):
    with pytest.raises(pytest.fail.Exception, match="would block"):
        BLOCKING[name]()


def test_messages_are_recorded_and_unanswered_file_choices_fail(shown):
    from ibdesk.ui.kit import messages

    messages.show_error(None, "Fout", "Er ging iets mis.")
    messages.show_info(None, "Klaar", "Opgeslagen.")
    assert [(s.kind, s.title) for s in shown] == [("error", "Fout"), ("info", "Klaar")]
    with pytest.raises(pytest.fail.Exception, match="save-file dialog"):
        messages.ask_save_path(None, "Opslaan", "x.pdf", "*.pdf")
    with pytest.raises(pytest.fail.Exception, match="folder dialog"):
        messages.ask_folder(None, "Map", "/tmp")


def test_each_test_gets_its_own_copy_of_the_demo_school(demo_store, demo_template, home, tmp_path):
    from ibdesk.services.records import Records
    from ibdesk.store import keyring_access

    assert demo_store.paths.home == home != demo_template.home
    assert Records(demo_store).counts()["pupils"] == 30
    demo_store.set_setting("user.name", "Anders (fictief)")
    keyring_access.forget_key(demo_store.keyfile.profile_id)  # as a test that rekeys might

    other = open_copy(demo_template, tmp_path / "other")
    try:
        assert other.get_setting("user.name") == "Marieke de Wit"
        assert Records(other).counts()["pupils"] == 30
    finally:
        other.close()
