"""Fixtures for the guidance and privacy screens: no dialog ever blocks; every message and
question is recorded; `answers` decides what a yes/no question returns."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@dataclass
class Dialogs:
    shown: list[Shown] = field(default_factory=list)
    answer: bool = True            # what messages.confirm returns
    folder: object = None          # what messages.ask_folder returns

    def of(self, kind: str) -> list[Shown]:
        return [s for s in self.shown if s.kind == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, qapp) -> Dialogs:
    from PySide6.QtWidgets import QDialog

    from ibdesk.ui import messages, theme

    theme.apply_theme(qapp)
    log = Dialogs()
    monkeypatch.setattr(messages, "show_error", lambda p, t, x: log.shown.append(Shown("error", t, x)))
    monkeypatch.setattr(messages, "show_info", lambda p, t, x: log.shown.append(Shown("info", t, x)))

    def confirm(parent, title, text, **_kwargs):
        log.shown.append(Shown("confirm", title, text))
        return log.answer

    def folder(parent, title, start):
        log.shown.append(Shown("folder", title, str(start)))
        return log.folder

    def no_file_dialog(*args):
        pytest.fail("a file dialog was opened; replace messages.ask_save_path in this test")

    def no_modal_exec(self):
        pytest.fail(f"{type(self).__name__}.exec() would block; inject the dialog in this test")

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "ask_folder", folder)
    monkeypatch.setattr(messages, "ask_save_path", no_file_dialog)
    monkeypatch.setattr(QDialog, "exec", no_modal_exec)
    return log


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
