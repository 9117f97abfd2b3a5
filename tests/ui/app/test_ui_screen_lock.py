"""The screen lock (issue 16, point 1): Ctrl+L and idle minutes; nothing of a case on the
locked screen, no name in any title; unlock with the passphrase, or with the OS session plus a
PIN kept only as a slow salted hash; unsaved input survives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from support.focus import activate
from support.new_school import open_first_case
from support.pixels import grab, settle

from ibdesk.errors import WrongKeyError
from ibdesk.services.screen_lock import MAX_PIN_FAILURES, PIN_SETTING, ScreenLockService
from ibdesk.store import keyring_access
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.pages.base import Context

PIN = "2580"
PASSPHRASE = "paarse olifant fietst"


@pytest.fixture
def first_day(make_profile):
    """A new, empty profile with what a school creates on its first day (one pupil, one case)."""

    def make(passphrase: str | None = None):
        created = make_profile(passphrase=passphrase)
        return created, open_first_case(created.store)

    return make


@pytest.fixture
def window(qtbot):
    def make(store) -> MainWindow:
        main = MainWindow(Context.for_store(store))
        qtbot.addWidget(main)
        main.resize(1366, 768)
        main.show()
        qtbot.waitExposed(main)
        activate(main)
        return main

    return make


def visible_texts(widget) -> list[str]:
    """What can be read in this window (not in windows it owns, like the unlock window)."""
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.isVisible() and label.text() and label.window() is widget.window()
    ]


def test_ctrl_l_locks_and_the_locked_window_shows_nothing_of_the_case(qtbot, first_day, window):
    created, school = first_day()
    main = window(created.store)
    main.open_case(school.case_id)
    settle()
    name = Records_name(created.store, school.pupil_id)
    assert any(name in t for t in visible_texts(main))
    activate(main)
    qtbot.keyClick(main.case_page.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert main.screen_lock.locked
    assert main.windowTitle() == "ibdesk — vergrendeld"
    assert main.screen_lock.lock_window.windowTitle() == "ibdesk — vergrendeld"
    assert visible_texts(main) == ["ibdesk is vergrendeld"]
    for text in visible_texts(main.screen_lock.lock_window):
        assert name not in text and "Linde" not in text and "Veenstra" not in text
    with_case = grab(main)

    main.screen_lock.unlock()
    main.show_page(0)  # the Overzicht instead of the case: a lock must look exactly the same
    main.screen_lock.lock()
    assert grab(main).tobytes() == with_case.tobytes(), "something of what was on screen shows through the lock"


def Records_name(store, pupil_id: int) -> str:
    from ibdesk.services.records import Records

    return Records(store).pupil(pupil_id).last_name


def test_unsaved_form_input_survives_the_lock(qtbot, first_day, window):
    created, school = first_day()
    main = window(created.store)
    ScreenLockService(created.store).set_pin(PIN, PIN)
    main.open_case(school.case_id)
    editor = main.case_page.open_opp_editor()
    field = editor.view.row("uitstroom_moment").input.widget
    field.setFocus()
    qtbot.keyClicks(field, "na groep 8, nog niet opgeslagen")
    main.screen_lock.lock()
    panel = main.screen_lock.lock_window.panel
    assert panel.mode() == "pin"
    qtbot.keyClicks(panel.secret, "1111")
    qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    assert main.screen_lock.locked and "Onjuiste pincode" in panel.field.error.text()
    qtbot.keyClicks(panel.secret, PIN)
    qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    settle()
    assert not main.screen_lock.locked
    assert main.windowTitle() == "ibdesk — OBS De Linde (fictief)"
    assert field.isVisible() and field.text() == "na groep 8, nog niet opgeslagen"
    assert main.case_page.host.editor is editor
    assert QApplication.focusWidget() is field


def test_a_dialog_open_at_the_lock_is_covered_and_keeps_its_input(qtbot, first_day, window):
    from ibdesk.services.records import Records
    from ibdesk.ui.pages.pupil_editor import PupilEditor

    created, school = first_day()
    main = window(created.store)
    records = Records(created.store)
    editor = PupilEditor(records, records.pupil(school.pupil_id), main)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    edit = editor.edits["voornaam"]
    edit.setText("Lotta")  # a change not yet saved
    main.screen_lock.lock()
    assert editor.isVisible() and editor.windowTitle() == "ibdesk — vergrendeld"
    assert visible_texts(editor) == ["ibdesk is vergrendeld"]
    assert not edit.isVisible()
    main.screen_lock.unlock()
    assert edit.isVisible() and edit.text() == "Lotta"
    assert editor.windowTitle() == "Leerling bewerken"


def test_idle_minutes_lock_and_any_input_keeps_it_open(qtbot, first_day, window):
    created, _school = first_day()
    main = window(created.store)
    lock = main.screen_lock
    now = [1000.0]
    lock.idle.clock = lambda: now[0]
    lock.idle.last = now[0]
    assert lock.minutes == 5
    now[0] += 4 * 60
    qtbot.keyClick(main.nav, Qt.Key.Key_Down)  # the user is still there
    now[0] += 4 * 60
    lock.check_idle()
    assert not lock.locked
    now[0] += 60
    lock.check_idle()
    assert lock.locked


def test_the_minutes_are_set_in_instellingen_unless_the_policy_fixes_them(
    qtbot, first_day, window, tmp_path, monkeypatch, shown
):
    created, _school = first_day()
    main = window(created.store)
    main.show_page(6)
    section = main.settings_page.lock_section
    section.minutes.setValue(12)
    section.save_minutes()
    assert main.screen_lock.minutes == 12 and ScreenLockService(created.store).timing().minutes == 12

    policy = tmp_path / "policy.yaml"
    policy.write_text("lock_minutes: 3\n", encoding="utf-8")
    monkeypatch.setenv("IBDESK_POLICY", str(policy))
    fixed = ScreenLockService(created.store)
    assert fixed.timing().minutes == 3 and fixed.timing().fixed_by_policy
    with pytest.raises(Exception, match="ICT-beheerder"):
        fixed.set_minutes(10)
    second = window(created.store)
    second.show_page(6)
    assert second.screen_lock.minutes == 3
    assert not second.settings_page.lock_section.minutes.isEnabled()
    assert "ICT-beheerder" in second.settings_page.lock_section.minutes_box.hint.text()


def test_the_pin_is_stored_only_as_a_slow_salted_hash(first_day):
    created, _school = first_day()
    service = ScreenLockService(created.store)
    service.set_pin(PIN, PIN)
    stored = created.store.get_setting(PIN_SETTING)
    assert stored.startswith("scrypt$") and PIN not in stored
    service.set_pin(PIN, PIN)
    assert created.store.get_setting(PIN_SETTING) != stored, "a new salt every time"
    with pytest.raises(Exception, match="makkelijk"):
        service.set_pin("1234", "1234")
    with pytest.raises(Exception, match="niet gelijk"):
        service.set_pin("2580", "2581")


def test_five_wrong_pins_leave_only_the_passphrase_or_recovery_key(qtbot, first_day, window):
    created, _school = first_day(passphrase=PASSPHRASE)
    main = window(created.store)
    main.screen_lock.service.set_pin(PIN, PIN)
    main.screen_lock.lock()
    panel = main.screen_lock.lock_window.panel
    for _ in range(MAX_PIN_FAILURES):
        panel.secret.setText("9999")
        panel.try_unlock()
    assert main.screen_lock.locked
    assert panel.mode() == "passphrase" and "Vijf keer" in panel.field.error.text()
    assert [panel.method.itemData(i) for i in range(panel.method.count())] == ["passphrase", "recovery"]
    panel.secret.setText(PASSPHRASE)
    panel.try_unlock()
    assert not main.screen_lock.locked


def test_without_the_key_in_this_sessions_keyring_the_pin_does_not_open(qtbot, first_day, window):
    """The PIN is the second factor next to the OS session: another session has no key, so no PIN."""
    created, _school = first_day(passphrase=PASSPHRASE)
    main = window(created.store)
    service = main.screen_lock.service
    service.set_pin(PIN, PIN)
    keyring_access.forget_key(created.store.keyfile.profile_id)
    with pytest.raises(WrongKeyError):
        service.check_pin(PIN)
    main.screen_lock.lock()
    panel = main.screen_lock.lock_window.panel
    assert panel.mode() == "passphrase"
    panel.secret.setText("verkeerde zin")
    panel.try_unlock()
    assert main.screen_lock.locked and panel.field.error.text()
    panel.secret.setText(PASSPHRASE)
    panel.try_unlock()
    assert not main.screen_lock.locked


def test_the_recovery_key_always_unlocks(qtbot, first_day, window):
    created, _school = first_day()
    main = window(created.store)
    main.screen_lock.lock()
    panel = main.screen_lock.lock_window.panel
    assert panel.mode() == "recovery", "no PIN and no passphrase: only the paper key is left"
    assert panel.pin_hint.isVisibleTo(panel)
    panel.secret.setText(created.recovery_key.lower())
    panel.try_unlock()
    assert not main.screen_lock.locked


def test_a_pin_is_offered_at_start_while_only_the_recovery_key_would_unlock(qtbot, make_profile, monkeypatch):
    from ibdesk.app import AppController
    from ibdesk.ui import lock_panel

    offered = []
    monkeypatch.setattr(lock_panel, "offer_pin", lambda parent, service: offered.append(service))
    created = make_profile()
    created.store.close()
    controller = AppController(created.home, confirm_recovery=lambda key: True)
    main = controller.start()
    assert isinstance(main, MainWindow) and len(offered) == 1
    offered[0].set_pin(PIN, PIN)
    main.close()
    controller.close_store()
    again = AppController(created.home, confirm_recovery=lambda key: True)
    second = again.start()
    assert len(offered) == 1, "not asked again once there is a PIN"
    second.close()
    again.close_store()


def test_the_lock_screen_and_pin_fields_are_named_for_screen_readers(qtbot, first_day, window):
    from support.qt_checks import mnemonic_clashes, unnamed_inputs

    created, _school = first_day()
    main = window(created.store)
    main.show_page(6)
    assert unnamed_inputs(main.settings_page, visible_only=True) == []
    assert mnemonic_clashes(main) == []
    main.screen_lock.lock()
    lock_window = main.screen_lock.lock_window
    assert unnamed_inputs(lock_window) == [] and mnemonic_clashes(lock_window) == []
    assert isinstance(lock_window.panel.secret, QLineEdit)
    assert lock_window.panel.secret.echoMode() == QLineEdit.EchoMode.Normal  # the recovery key is typed visibly


def test_closing_the_app_while_locked_is_no_way_in(qtbot, make_profile, monkeypatch):
    """A restart opens from the keyring without asking: so an app closed (or killed) while
    locked starts locked, and offers no PIN to choose while it is."""
    from ibdesk.app import AppController
    from ibdesk.ui import lock_panel

    offered = []
    monkeypatch.setattr(lock_panel, "offer_pin", lambda parent, service: offered.append(service))
    created = make_profile()
    school = open_first_case(created.store)
    created.store.close()
    controller = AppController(created.home, confirm_recovery=lambda key: True)
    main = controller.start()
    assert not main.screen_lock.locked and len(offered) == 1
    main.open_case(school.case_id)
    main.screen_lock.lock()
    main.close()
    controller.close_store()

    again = AppController(created.home, confirm_recovery=lambda key: True)
    second = again.start()
    assert isinstance(second, MainWindow) and second.screen_lock.locked
    assert second.windowTitle() == "ibdesk — vergrendeld"
    assert visible_texts(second) == ["ibdesk is vergrendeld"]
    assert len(offered) == 1, "no new PIN can be chosen past the lock"
    panel = second.screen_lock.lock_window.panel
    panel.secret.setText(created.recovery_key)
    panel.try_unlock()
    assert not second.screen_lock.locked
    second.close()
    again.close_store()

    third = AppController(created.home, confirm_recovery=lambda key: True)
    window = third.start()
    assert not window.screen_lock.locked, "unlocked once: the next start is not locked"
    window.close()
    third.close_store()


def test_the_idle_check_after_the_profile_closed_stops_quietly(qtbot, first_day, window):
    """The window can outlive its store for a moment while the app closes: the idle timer
    then must not read settings from a closed database (it raised AttributeError)."""
    created, _school = first_day()
    main = window(created.store)
    main.screen_lock.minutes = 0  # idle long enough: it would lock now
    created.store.close()
    main.screen_lock.check_idle()
    assert not main.screen_lock.locked and not main.screen_lock.timer.isActive()
