"""The first-run wizard: school, passphrase only without keyring, the recovery key typed back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWizard

from ibdesk.errors import StoreLockedError
from ibdesk.paths import ProfilePaths
from ibdesk.services import profile
from ibdesk.services.records import Records
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import load_keyfile
from ibdesk.ui.wizard import FirstRunWizard

SCHOOL = "Basisschool Het Çelikpad (fictief)"


@pytest.fixture
def wizard(qtbot, home):
    made: list[FirstRunWizard] = []

    def make(**kwargs) -> FirstRunWizard:
        w = FirstRunWizard(home, **kwargs)
        qtbot.addWidget(w)
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        if w.store is not None:
            w.store.close()


def fill_school(w: FirstRunWizard, brin: str = "99ZZ") -> None:
    page = w.school_page
    page.name.setText(SCHOOL)
    page.brin.setText(brin)
    page.municipality.setText("Renkum")
    page.region.setText("SWV Rijn en Heuvel (fictief)")


def fill_user(w: FirstRunWizard) -> None:
    assert w.currentPage() is w.user_page
    w.user_page.name.setText("Marieke de Wit (fictief)")
    w.user_page.role.setCurrentText("intern begeleider")


def test_finishes_only_after_the_recovery_key_is_retyped(qtbot, wizard, home):
    w = wizard()
    assert w.passphrase_page is None
    w.next()
    fill_school(w)
    w.next()
    fill_user(w)
    w.next()
    assert w.currentPage() is w.show_page
    key = w.recovery_key
    assert ProfilePaths(home).exists()
    assert key.split("-")[0] in w.show_page.view.key_label.text()
    w.next()
    finish = w.button(QWizard.WizardButton.FinishButton)
    edit = w.confirm_page.confirm.edit
    wrong = key[:-1] + ("B" if key[-1] != "B" else "C")
    qtbot.keyClicks(edit, wrong)
    assert not finish.isEnabled()
    assert "niet dezelfde" in w.confirm_page.confirm.verdict.text()
    w.accept()
    assert w.isVisible() and w.result() != QWizard.DialogCode.Accepted

    edit.clear()
    qtbot.keyClicks(edit, key.lower().replace("-", " "))
    assert finish.isEnabled()
    with qtbot.waitSignal(w.created, timeout=2000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    created = w.store
    assert profile.recovery_confirmed(created)
    created.close()

    store = open_profile(home)  # key from the (test) keyring
    try:
        assert Records(store).school().name == SCHOOL
        assert load_keyfile(ProfilePaths(home)).unlock("recovery", key) == store.key
    finally:
        store.close()


def test_recovery_key_cannot_be_pasted_into_the_check(qtbot, wizard):
    w = wizard(create=lambda home, school, passphrase: (None, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"))
    w.next()
    fill_school(w)
    w.next()
    fill_user(w)
    w.next()
    w.store = None  # nothing real was created by the fake
    w.next()
    QGuiApplication.clipboard().setText(w.recovery_key)
    control = QLineEdit()
    qtbot.addWidget(control)
    qtbot.keyClick(control, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert control.text() == w.recovery_key  # paste works in an ordinary field
    edit = w.confirm_page.confirm.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == ""
    assert not w.confirm_page.isComplete()


def test_no_passphrase_page_when_the_keyring_works(wizard):
    w = wizard()
    assert w.passphrase_page is None
    assert w.commit_page is w.user_page


def test_passphrase_page_only_without_keyring(qtbot, wizard, home, no_keyring):
    w = wizard()
    assert w.passphrase_page is not None
    assert w.commit_page is w.passphrase_page
    w.next()
    fill_school(w)
    w.next()
    fill_user(w)
    w.next()
    assert w.currentPage() is w.passphrase_page
    page = w.passphrase_page
    qtbot.keyClicks(page.first, "kort")
    qtbot.keyClicks(page.second, "anders")
    w.next()
    assert w.currentPage() is page
    assert "minstens 10" in page.fields.boxes["wachtwoordzin"].error.text()
    assert "niet gelijk" in page.fields.boxes["herhaling"].error.text()
    assert not ProfilePaths(home).exists()

    passphrase = "paarse olifant fietst"
    page.first.setText(passphrase)
    page.second.setText(passphrase)
    w.next()
    assert w.currentPage() is w.show_page
    w.store.close()
    with pytest.raises(StoreLockedError):
        open_profile(home)
    profile.unlock(home, passphrase=passphrase).close()


def test_school_problems_show_under_their_fields(qtbot, wizard, home):
    w = wizard()
    w.next()
    fill_school(w, brin="1A")
    w.school_page.name.clear()
    w.next()
    assert w.currentPage() is w.school_page
    boxes = w.school_page.fields.boxes
    assert "BRIN" in boxes["brin"].error.text() and boxes["brin"].error.isVisible()
    assert "verplicht" in boxes["naam"].error.text()
    assert boxes["gemeente"].error.text() == ""
    assert w.school_page.brin.text() == "1A"  # what was typed stays
    assert not ProfilePaths(home).exists()


def test_creation_failure_is_shown_and_wizard_stays(qtbot, wizard, home, shown):
    home.mkdir(parents=True)
    (home / "keys.json").write_text("{}")  # someone else's profile appeared meanwhile
    w = wizard()
    w.next()
    fill_school(w)
    w.next()
    fill_user(w)
    w.next()
    assert w.currentPage() is w.user_page
    assert shown and "profiel" in shown[-1].text.lower()
