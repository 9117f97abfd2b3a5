"""Every modal question and message of the UI goes through here (the kit's dialogs).

Tests replace these functions (monkeypatch `ibdesk.ui.kit.messages.show_error` etc.), so no
test ever blocks on a dialog. Callers must use `messages.show_error(...)`, not a
`from … import show_error` copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ibdesk.errors import UserError

log = logging.getLogger(__name__)
T = TypeVar("T")


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """The file the user chose to write, or None when they cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
    """The existing file the user chose to read, or None when they cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
    return Path(chosen) if chosen else None


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str | None = None,
    no: str | None = None,
    default_yes: bool = False,
) -> bool:
    """A yes/no question; True only when the user chose `yes` (Escape means no). Enter means
    no, unless `default_yes` (a question whose yes loses nothing, such as restoring a draft)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("messages", "Ja"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or QCoreApplication.translate("messages", "Nee"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_password(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A password typed into a small dialog (hidden as it is typed); None when cancelled or empty."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt + ":")
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("messages", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("messages", "Annuleren"))
    if not dialog.exec():
        return None
    return dialog.textValue() or None


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """The folder the user chose, or None when they cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def describe(exc: BaseException, home: Path | None = None) -> str:
    """A Dutch sentence for any exception; never a traceback."""
    if isinstance(exc, UserError):
        return str(exc)
    if home is not None:
        from ibdesk.services.profile import friendly_error

        friendly = friendly_error(exc, home)
        if friendly:
            return friendly
    from ibdesk.errors import unexpected_detail

    detail = unexpected_detail(exc)
    log.error("unexpected error in the UI: %s", detail)
    return QCoreApplication.translate(
        "messages",
        "Er ging iets onverwachts mis ({detail}). Wat al was opgeslagen is bewaard; meld dit bij de beheerder.",
    ).format(detail=detail)


def attempt(parent: QWidget | None, title: str, action: Callable[[], T], home: Path | None = None) -> T | None:
    """`action()`, or None after showing its error."""
    try:
        return action()
    except Exception as exc:
        show_error(parent, title, describe(exc, home))
        return None
