"""Fixtures for the dossier screens: no dialog ever blocks (every message, question and
file choice is recorded and answered from `dialogs`), a demo profile with fixed dates, and
real reportlab, pyHanko and cryptography."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .helpers import TODAY


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@dataclass
class Dialogs:
    shown: list[Shown] = field(default_factory=list)
    answer: bool = True                 # what messages.confirm returns
    save_path: Path | None = None       # what messages.ask_save_path returns (None: cancelled)
    suggested: list[Path] = field(default_factory=list)

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

    def save_path(parent, title, suggested, file_filter):
        log.shown.append(Shown("save", title, str(suggested)))
        log.suggested.append(Path(suggested))
        return log.save_path

    def no_folder_dialog(*args):
        pytest.fail("a folder dialog was opened")

    def no_modal_exec(self):
        pytest.fail(f"{type(self).__name__}.exec() would block; inject the dialog in this test")

    def no_open_dialog(*args):
        pytest.fail("a file-open dialog was opened; pass open_path in this test")

    from ibdesk.ui.dossier import common

    monkeypatch.setattr(common, "ask_open_path", no_open_dialog)
    monkeypatch.setattr(messages, "ask_open_path", no_open_dialog, raising=False)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "ask_save_path", save_path)
    monkeypatch.setattr(messages, "ask_folder", no_folder_dialog)
    monkeypatch.setattr(QDialog, "exec", no_modal_exec)
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
