"""Fixtures for the dossier screens: no dialog ever blocks (every message, question and
file choice is recorded and answered from `dialogs`), a demo profile with fixed dates, and
real reportlab, pyHanko and cryptography."""
from __future__ import annotations

from pathlib import Path

import pytest

from support.dialogs import Dialogs, Shown, patch_dialogs  # noqa: F401 - Shown is used by the tests

from .helpers import TODAY


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, qapp) -> Dialogs:
    from ibdesk.ui.dossier import common

    log = patch_dialogs(monkeypatch, qapp, save=True, folder=False)

    def no_open_dialog(*args):
        pytest.fail("a file-open dialog was opened; pass open_path in this test")

    monkeypatch.setattr(common, "ask_open_path", no_open_dialog)
    return log


@pytest.fixture
def services(store):
    """Services on a demo profile whose dates are relative to TODAY."""
    from ibdesk.services.container import Services
    from ibdesk.services.demo import fill_demo

    fill_demo(store, pupils=30, today=TODAY)
    return Services.build(store, today=lambda: TODAY)


@pytest.fixture
def context(services):
    from ibdesk.ui.pages.base import Context

    return Context(services)


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder the user chose for exports."""
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


@pytest.fixture
def make_wizard(qtbot, context):
    """make_wizard(case_id, ask_password=None): a shown ExportWizard of 1000×700."""
    from ibdesk.ui.dossier import ExportWizard

    def make(case_id: int, ask_password=None) -> ExportWizard:
        wizard = ExportWizard(context, case_id, ask_password=ask_password or _no_password)
        qtbot.addWidget(wizard)
        wizard.resize(1000, 700)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def _no_password(prompt: str):
    pytest.fail(f"a password was asked ({prompt}); pass ask_password in this test")
