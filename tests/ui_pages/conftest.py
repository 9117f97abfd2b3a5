"""Fixtures for the guidance and privacy screens: no dialog ever blocks; every message and
question is recorded; `answers` decides what a yes/no question returns."""
from __future__ import annotations

import pytest

from support.dialogs import Dialogs, Shown, patch_dialogs  # noqa: F401 - Shown is used by the tests


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, qapp) -> Dialogs:
    return patch_dialogs(monkeypatch, qapp, save=False, folder=True)


@pytest.fixture
def services(demo_store):
    from ibdesk.services.container import Services

    return Services.build(demo_store)


@pytest.fixture
def main_window(qtbot, demo_store):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    window = MainWindow(Context.for_store(demo_store))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def demo_case(services):
    """demo_case(n): the id of the demo's n-th case (1-based, see services/demo_guidance.py)."""
    ids = [r.case_id for r in services.records.case_rows()]
    return lambda n: ids[n - 1]
