"""No dialog may block a GUI test: messages, questions and file choices are recorded and
answered from a `Dialogs` object instead; a modal `exec()`, a static QMessageBox,
QFileDialog or QInputDialog function a test did not replace fails the test."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest


@dataclass
class Shown:
    kind: str
    title: str
    text: str


@dataclass
class Dialogs:
    shown: list[Shown] = field(default_factory=list)
    answer: bool = True  # what messages.confirm returns
    folder: object = None  # what messages.ask_folder returns (None: cancelled)
    save_path: Path | None = None  # what messages.ask_save_path returns (None: cancelled)
    suggested: list[Path] = field(default_factory=list)

    def of(self, kind: str) -> list[Shown]:
        return [s for s in self.shown if s.kind == kind]


def patch_dialogs(monkeypatch: pytest.MonkeyPatch, qapp, *, save: bool = False, folder: bool = True) -> Dialogs:
    """Replace every dialog of `ibdesk.ui.kit.messages`; `save`/`folder` say which file choices
    this group of tests answers (the others fail the test when opened)."""
    from ibdesk.ui import theme
    from ibdesk.ui.kit import messages

    theme.apply_theme(qapp)
    log = Dialogs()
    monkeypatch.setattr(messages, "show_error", lambda p, t, x: log.shown.append(Shown("error", t, x)))
    monkeypatch.setattr(messages, "show_info", lambda p, t, x: log.shown.append(Shown("info", t, x)))

    def confirm(parent, title, text, **_kwargs):
        log.shown.append(Shown("confirm", title, text))
        return log.answer

    def ask_folder(parent, title, start):
        log.shown.append(Shown("folder", title, str(start)))
        return log.folder

    def ask_save_path(parent, title, suggested, file_filter):
        log.shown.append(Shown("save", title, str(suggested)))
        log.suggested.append(Path(suggested))
        return log.save_path

    def refuse(what: str):
        def fail(*_args, **_kwargs):
            pytest.fail(f"a {what} dialog was opened; answer it in this test")

        return fail

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "ask_folder", ask_folder if folder else refuse("folder"))
    monkeypatch.setattr(messages, "ask_save_path", ask_save_path if save else refuse("save-file"))
    monkeypatch.setattr(messages, "ask_open_path", refuse("file-open"), raising=False)
    block_modal_dialogs(monkeypatch)
    return log


QT_STATIC_DIALOGS = {
    "QMessageBox": ("about", "aboutQt", "critical", "information", "question", "warning"),
    "QFileDialog": (
        "getExistingDirectory",
        "getExistingDirectoryUrl",
        "getOpenFileName",
        "getOpenFileNames",
        "getOpenFileUrl",
        "getOpenFileUrls",
        "getSaveFileName",
        "getSaveFileUrl",
    ),
    "QInputDialog": ("getDouble", "getInt", "getItem", "getMultiLineText", "getText"),
}


def block_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every Qt call that would wait for a user fail the test with its name instead of
    hanging: `exec()` of any dialog (QMessageBox, QFileDialog, wizards... all inherit it from
    QDialog) and the static dialog functions, which run their own C++ event loop."""
    from PySide6 import QtWidgets

    def no_modal_exec(self, *_args):
        pytest.fail(f"{type(self).__name__}.exec() would block; inject the dialog in this test")

    def refuse_static(name: str):
        def fail(*_args, **_kwargs):
            pytest.fail(f"{name}() would block; replace it (or the ibdesk.ui.kit.messages function) in this test")

        return staticmethod(fail)

    for attribute in ("exec", "exec_"):
        if hasattr(QtWidgets.QDialog, attribute):
            monkeypatch.setattr(QtWidgets.QDialog, attribute, no_modal_exec)
    for class_name, functions in QT_STATIC_DIALOGS.items():
        cls = getattr(QtWidgets, class_name)
        for function in functions:
            monkeypatch.setattr(cls, function, refuse_static(f"{class_name}.{function}"))
