"""Fixtures for every UI test (app, dossier, forms, pages).

No dialog may ever block: messages, questions and file choices are recorded in `dialogs`
(`shown` is its list of messages), and any modal dialog a test did not answer fails the
test with its name instead of hanging. The demo school is built once per session and each
test gets its own copy of the profile folder and of its keyring entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.demo_copy import DemoTemplate, build_template, open_copy
from support.dialogs import Dialogs, Shown, patch_dialogs
from support.ui_language import catalog_dir, english  # noqa: F401 (fixtures for every UI test: English chosen, catalog built)


@pytest.fixture
def dialog_choices() -> dict[str, bool]:
    """Which file choices this group of tests answers from `dialogs` (the others fail the
    test when opened); a group's conftest overrides this."""
    return {"save": False, "folder": False}


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, qapp, dialog_choices) -> Dialogs:
    """The one guard against blocking dialogs (see support/dialogs.py)."""
    from ibdesk.ui import lock_panel

    log = patch_dialogs(monkeypatch, qapp, **dialog_choices)  # a file-open dialog fails the test too
    monkeypatch.setattr(lock_panel, "offer_pin", lambda parent, service: None)  # as if "Later"
    return log


@pytest.fixture
def shown(dialogs) -> list[Shown]:
    """Messages the UI showed, in order."""
    return dialogs.shown


# --- the demo school, built once ------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> DemoTemplate:
    return build_template(tmp_path_factory.mktemp("demo-template"))


@pytest.fixture
def make_profile(home: Path, demo_template: DemoTemplate):
    """As tests/conftest.py's `make_profile`, but the standard demo (30 pupils, keyring only)
    is a copy of the session's template instead of being filled again."""
    from support.profiles import CreatedProfile

    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile

    made: list[CreatedProfile] = []

    def make(passphrase: str | None = None, demo: bool = False, pupils: int = 30) -> CreatedProfile:
        if demo and passphrase is None and pupils == 30 and demo_template.fits():
            store = open_copy(demo_template, home)
            made.append(CreatedProfile(home, store, demo_template.recovery_key, None))
            return made[-1]
        store, recovery_key = create_profile(home, passphrase)
        if demo:
            fill_demo(store, pupils=pupils)
        made.append(CreatedProfile(home, store, recovery_key, passphrase))
        return made[-1]

    yield make
    for created in made:
        created.store.close()


@pytest.fixture
def demo_store(make_profile):
    """A copy of the fictional demo school (30 pupils)."""
    return make_profile(demo=True).store


@pytest.fixture
def store(request, make_profile):
    """An open, empty profile whose key is in the (test) keyring; in a test that also uses a
    demo profile, that same store (as when `demo_store` filled `store`)."""
    for demo in ("demo_store", "dated_demo_store"):
        if demo in request.fixturenames:
            return request.getfixturevalue(demo)
    return make_profile().store


@pytest.fixture
def records(demo_store):
    from ibdesk.services.records import Records

    return Records(demo_store)


@pytest.fixture
def main_window(qtbot, demo_store):
    """The main window on the demo school, 1200×800 and shown."""
    from support.windows import shown_main_window

    return shown_main_window(qtbot, demo_store)
