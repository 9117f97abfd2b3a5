"""UI test fixtures: no dialog may ever block, every message is recorded instead."""
from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@pytest.fixture(autouse=True)
def shown(monkeypatch, qapp) -> list[Shown]:
    """Messages the UI showed, in order. File dialogs and `exec()` fail the test unless replaced."""
    from PySide6.QtWidgets import QDialog

    from ibdesk.ui import messages, theme

    theme.apply_theme(qapp)
    log: list[Shown] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: log.append(Shown("error", title, text)))
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: log.append(Shown("info", title, text)))

    def no_file_dialog(*args):
        pytest.fail("a file dialog was opened; replace messages.ask_save_path in this test")

    def no_modal_exec(self):
        pytest.fail(f"{type(self).__name__}.exec() would block; inject the dialog in this test")

    monkeypatch.setattr(messages, "ask_save_path", no_file_dialog)
    from ibdesk.ui import lock_panel

    monkeypatch.setattr(lock_panel, "offer_pin", lambda parent, service: None)  # as if "Later"
    monkeypatch.setattr(QDialog, "exec", no_modal_exec)
    return log


@pytest.fixture
def records(demo_store):
    from ibdesk.services.records import Records

    return Records(demo_store)


@pytest.fixture
def main_window(qtbot, demo_store, records):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    window = MainWindow(Context.for_store(demo_store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
