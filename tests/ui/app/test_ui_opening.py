"""Opening without friction in the app (issue 16, point 9): IBDESK_PASSPHRASE is honoured by
the GUI too, a store the command line opened goes straight in, and the unlock screen says how."""

from __future__ import annotations

import pytest

from ibdesk.app import AppController
from ibdesk.store import keyring_access
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.unlock import UnlockWindow

PASSPHRASE = "paarse olifant fietst"


@pytest.fixture
def controller(qtbot, home):
    made: list[AppController] = []

    def make() -> AppController:
        made.append(AppController(home, confirm_recovery=lambda key: True))
        return made[-1]

    yield make
    for c in made:
        if c.window is not None:
            c.window.close()
        c.close_store()


@pytest.fixture
def keyless(make_profile):
    """A profile with a passphrase whose key is not in this computer's keyring."""
    created = make_profile(passphrase=PASSPHRASE)
    created.store.close()
    keyring_access.forget_key(created.store.keyfile.profile_id)
    return created


def test_the_app_opens_with_ibdesk_passphrase_without_asking(controller, keyless, monkeypatch):
    monkeypatch.setenv("IBDESK_PASSPHRASE", PASSPHRASE)
    window = controller().start()
    assert isinstance(window, MainWindow)


def test_a_wrong_ibdesk_passphrase_shows_the_unlock_screen_naming_the_variable(controller, keyless, monkeypatch):
    monkeypatch.setenv("IBDESK_PASSPHRASE", "dit is hem niet")
    window = controller().start()
    assert isinstance(window, UnlockWindow)
    assert window.field.error.isVisibleTo(window)
    assert "IBDESK_PASSPHRASE" in window.field.error.text()


def test_the_unlock_screen_says_how_to_open_without_the_question(controller, keyless):
    window = controller().start()
    assert isinstance(window, UnlockWindow)
    assert "IBDESK_PASSPHRASE" in window.env_tip.text() and window.env_tip.isVisibleTo(window)


def test_a_store_the_command_line_opened_goes_straight_into_the_main_window(controller, keyless):
    """`ibdesk demo` asked once already; the app must not show its unlock screen as well."""
    from ibdesk.store.opening import open_profile
    from ibdesk.store.profile import Credentials

    store = open_profile(keyless.home, Credentials(passphrase=PASSPHRASE))
    c = controller()
    window = c.start(store)
    assert isinstance(window, MainWindow) and c.store is store
