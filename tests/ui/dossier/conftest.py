"""Dossier screens: save-file choices are answered from `dialogs` (folder choices fail the
test), the demo school has fixed dates (TODAY); real reportlab, pyHanko and cryptography.
The dialog guard and the shared fixtures are in tests/ui/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.demo_copy import DemoTemplate, build_template, open_copy

from .helpers import TODAY


@pytest.fixture
def dialog_choices() -> dict[str, bool]:
    return {"save": True, "folder": False}


@pytest.fixture(scope="session")
def dated_demo_template(tmp_path_factory) -> DemoTemplate:
    return build_template(tmp_path_factory.mktemp("dated-demo-template"), today=TODAY)


@pytest.fixture
def dated_demo_store(home, dated_demo_template):
    """A copy of the demo school whose dates are relative to TODAY."""
    store = open_copy(dated_demo_template, home)
    yield store
    store.close()


@pytest.fixture
def services(dated_demo_store):
    """Services on a demo profile whose dates are relative to TODAY."""
    from ibdesk.services.container import Services

    return Services.build(dated_demo_store, today=lambda: TODAY)


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
