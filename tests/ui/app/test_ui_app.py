"""Start-up: which window comes first, unlocking, and damaged or unusable profiles."""

from __future__ import annotations

import os
import shutil
import sys

import pytest
from PySide6.QtCore import Qt

from ibdesk.app import AppController, run_gui
from ibdesk.domain.model import School
from ibdesk.errors import StorageError, WrongKeyError
from ibdesk.paths import ProfilePaths, bundled_forms_dir
from ibdesk.services import profile
from ibdesk.services.records import Records
from ibdesk.store import keyring_access
from ibdesk.store.backup import automatic_backup
from ibdesk.store.profile import load_keyfile
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.unlock import UnlockWindow
from ibdesk.ui.wizard import FirstRunWizard

PASSPHRASE = "paarse olifant fietst"
SCHOOL = School(name="SBO De Ŋieuwe Wind (fictief)", municipality="Arnhem", brin="98YY")


@pytest.fixture
def controller(qtbot, home):
    made: list[AppController] = []

    def make(**kwargs) -> AppController:
        made.append(AppController(home, **kwargs))
        return made[-1]

    yield make
    for c in made:
        if c.window is not None:
            c.window.close()
        c.close_store()


def locked_profile(make_profile, passphrase: str | None = PASSPHRASE):
    """A profile whose key is not in this computer's keyring."""
    created = make_profile(passphrase=passphrase)
    Records(created.store).save_school(School(**vars(SCHOOL)))
    created.store.close()
    keyring_access.forget_key(created.store.keyfile.profile_id)
    return created


def corrupt(db, how: str) -> None:
    data = bytearray(db.read_bytes())
    if how == "middle":
        middle = len(data) // 2
        data[middle : middle + 4096] = os.urandom(4096)
    else:
        data = data[: len(data) // 2]
    db.write_bytes(bytes(data))


def test_no_profile_starts_the_wizard(controller, home):
    assert isinstance(controller().start(), FirstRunWizard)


def test_profile_with_key_in_keyring_opens_directly(controller, make_profile):
    created = make_profile(demo=True)
    created.store.close()
    window = controller().start()
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.windowTitle() == "ibdesk — OBS De Vlinderboom (fictief)"


def test_wrong_passphrase_keeps_it_locked_then_right_one_opens(qtbot, controller, make_profile, shown):
    locked_profile(make_profile)
    c = controller()
    unlock = c.start()
    assert isinstance(unlock, UnlockWindow) and not unlock.recovery_mode()
    qtbot.keyClicks(unlock.secret, "dit is het niet")
    qtbot.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    error = unlock.field.error
    assert error.isVisible() and "past niet bij dit profiel" in error.text()
    assert c.store is None and c.window is unlock and unlock.isVisible()
    assert unlock.secret.selectedText() == "dit is het niet"  # ready to retype
    assert shown == []

    unlock.secret.clear()
    qtbot.keyClicks(unlock.secret, PASSPHRASE)
    qtbot.keyClick(unlock.secret, Qt.Key.Key_Return)
    assert isinstance(c.window, MainWindow) and c.window.isVisible()
    assert c.window.windowTitle() == f"ibdesk — {SCHOOL.name}"
    assert c.store is not None
    qtbot.waitUntil(lambda: not unlock.isVisible())


def test_empty_passphrase_is_asked_for(qtbot, controller, make_profile):
    locked_profile(make_profile)
    unlock = controller().start()
    qtbot.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    assert unlock.field.error.text() == "Vul de wachtwoordzin in."


def test_recovery_key_toggle_unlocks(qtbot, controller, make_profile):
    created = locked_profile(make_profile)
    c = controller()
    unlock = c.start()
    unlock.use_recovery.setChecked(True)
    assert unlock.secret.accessibleName() == "Herstelsleutel"
    qtbot.keyClicks(unlock.secret, created.recovery_key.lower())
    qtbot.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    assert isinstance(c.window, MainWindow)


def test_without_passphrase_only_the_recovery_key_is_offered(controller, make_profile):
    locked_profile(make_profile, passphrase=None)
    unlock = controller().start()
    assert unlock.recovery_mode() and not unlock.use_recovery.isEnabled()
    assert "herstelsleutel" in unlock.help.text()


@pytest.mark.parametrize("how", ["middle", "truncate"])
def test_corrupt_database_points_to_backups_and_is_left_alone(controller, make_profile, shown, how):
    created = make_profile(demo=True)
    created.store.close()
    paths = ProfilePaths(created.home)
    corrupt(paths.database, how)
    before = paths.database.read_bytes()
    assert controller().start() is None
    assert [s.kind for s in shown] == ["error"]
    assert str(paths.backups) in shown[0].text
    assert "niet aangeraakt" in shown[0].text
    assert paths.database.read_bytes() == before


def test_corrupt_database_names_the_latest_backup(controller, make_profile, shown):
    created = make_profile(demo=True)
    backup = automatic_backup(created.store, reason="test")
    created.store.close()
    corrupt(ProfilePaths(created.home).database, "middle")
    made = controller()
    window = made.start()
    if window is not None:  # a page the quick check at open does not read: the background check finds it
        try:
            assert made.background_check.wait(timeout=60)
        finally:
            window.close()
            made.close_store()
    errors = [s for s in shown if s.kind == "error"]
    assert errors and str(backup) in errors[0].text


def test_corrupt_database_found_while_unlocking(qtbot, controller, make_profile, shown):
    created = locked_profile(make_profile)
    db = ProfilePaths(created.home).database
    corrupt(db, "middle")
    before = db.read_bytes()
    c = controller()
    unlock = c.start()
    qtbot.keyClicks(unlock.secret, PASSPHRASE)
    qtbot.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    assert shown and shown[-1].title == "Database beschadigd"
    assert "backups" in shown[-1].text
    assert c.store is None and db.read_bytes() == before


def test_storage_error_is_explained(controller, make_profile, shown, monkeypatch):
    make_profile().store.close()

    def read_only(home):
        raise StorageError(f"De profielmap {home} is alleen-lezen: er kan niets worden opgeslagen.")

    monkeypatch.setattr(profile, "open_with_keyring", read_only)
    assert controller().start() is None
    assert shown[0].title == "Profielmap niet bruikbaar" and "alleen-lezen" in shown[0].text


def test_database_without_key_file_is_not_overwritten(controller, home, shown):
    home.mkdir(parents=True)
    (home / "ibdesk.db").write_bytes(b"oude gegevens")
    assert controller().start() is None
    assert "keys.json" in shown[0].text
    assert (home / "ibdesk.db").read_bytes() == b"oude gegevens"


def test_wizard_leads_to_main_window(qtbot, controller, home):
    c = controller()
    wizard = c.start()
    wizard.next()
    wizard.school_page.name.setText(SCHOOL.name)
    wizard.school_page.municipality.setText("Arnhem")
    wizard.next()
    wizard.user_page.name.setText("Marieke de Wit (fictief)")
    wizard.next()
    wizard.next()
    qtbot.keyClicks(wizard.confirm_page.confirm.edit, wizard.recovery_key)
    wizard.accept()
    assert isinstance(c.window, MainWindow) and c.window.isVisible()
    assert c.window.windowTitle() == f"ibdesk — {SCHOOL.name}"
    assert not wizard.isVisible() and c.store is wizard.store


def test_unconfirmed_recovery_key_is_replaced_and_confirmed_next_start(qtbot, controller, home):
    wizard = controller().start()
    wizard.next()
    wizard.school_page.name.setText(SCHOOL.name)
    wizard.school_page.municipality.setText("Arnhem")
    wizard.next()
    wizard.user_page.name.setText("Marieke de Wit (fictief)")
    wizard.next()
    first_key = wizard.recovery_key
    wizard.reject()  # stopped before typing the key back

    asked: list[str] = []
    c = controller(confirm_recovery=lambda key: asked.append(key) or True)
    assert isinstance(c.start(), MainWindow)
    assert len(asked) == 1 and asked[0] != first_key
    assert profile.recovery_confirmed(c.store)
    keyfile = load_keyfile(ProfilePaths(home))
    assert keyfile.unlock("recovery", asked[0]) == c.store.key
    with pytest.raises(WrongKeyError):
        keyfile.unlock("recovery", first_key)


def test_closing_the_main_window_closes_the_store(controller, make_profile):
    make_profile().store.close()
    c = controller()
    window = c.start()
    window.close()
    assert c.store is None


def test_run_gui_returns_1_when_the_profile_cannot_open(make_profile, shown, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    created = make_profile()
    created.store.close()
    corrupt(ProfilePaths(created.home).database, "truncate")
    assert run_gui(created.home) == 1
    assert shown and shown[0].title == "Database beschadigd"


# --- a broken form definition never takes the app down -------------------------------


def test_broken_definition_is_reported_and_the_app_opens(controller, make_profile, shown, monkeypatch, tmp_path):
    forms = tmp_path / "forms"
    shutil.copytree(bundled_forms_dir(), forms)
    opp = forms / "opp.yaml"
    opp.write_text(opp.read_text(encoding="utf-8").replace("type: longtext", "type: langetekst", 1), encoding="utf-8")
    monkeypatch.setenv("IBDESK_FORMS_DIR", str(forms))
    created = make_profile(demo=True)
    created.store.close()
    window = controller().start()
    assert isinstance(window, MainWindow) and window.isVisible()
    info = [m for m in shown if m.title == "Formulieren niet beschikbaar"]
    assert len(info) == 1 and "opp.yaml" in info[0].text and "regel" in info[0].text
    catalog = window.context.services.catalog
    assert ("opp", 4) not in catalog and ("mdo-verslag", 1) in catalog
    assert ("opp", 1) in catalog, "the archived version still loads, so old answers still show"
