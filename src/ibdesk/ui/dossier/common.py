"""Qt building blocks of the dossier screens: tone banners, the fingerprint and password
displays, the sender's details, and the default (replaceable) file and password prompts.

Signals are connected to methods, never to lambdas that capture `self`: with PySide 6 such
a cycle makes the widget outlive Python and crash Qt's clean-up at exit."""
from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget, QWizardPage)

from ibdesk.dossier.content import Sender
from ibdesk.services import export_plan
from ibdesk.ui.theme import monospace_font
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, named, repolish, styled_label

if TYPE_CHECKING:  # the wizard module imports the pages
    from ibdesk.ui.dossier.export_wizard import ExportWizard

OK, ERROR, WARN, MUTED, BORDER, TEXT = "#1b6b34", "#b00020", "#8a4b00", "#5b6570", "#d5dbe2", "#1d2733"
STYLE = f"""
QFrame[role="banner"] {{ border-radius: 6px; border: 1px solid {BORDER}; background: #f7f9fb; }}
QFrame[role="banner"][tone="ok"] {{ background: #eaf5ee; border-color: #b7dcc3; }}
QFrame[role="banner"][tone="warn"] {{ background: #fdf4e6; border-color: #efd3a6; }}
QFrame[role="banner"][tone="error"] {{ background: #fdecee; border-color: #f3c2c8; }}
QFrame[role="banner"][tone="info"] {{ background: #eef4fa; border-color: #c9dbec; }}
QFrame[role="banner"] QLabel {{ background: transparent; border: none; }}
QFrame[role="row"] {{ background: white; border: 1px solid {BORDER}; border-radius: 5px; }}
QFrame[role="row"] QLabel {{ background: transparent; border: none; }}
QLabel[role="mark"][tone="ok"] {{ color: {OK}; font-weight: 700; font-size: 13pt; }}
QLabel[role="mark"][tone="error"] {{ color: {ERROR}; font-weight: 700; font-size: 13pt; }}
QLabel[role="strong"] {{ font-weight: 600; color: {TEXT}; }}
QLabel[role="status"] {{ font-size: 18pt; font-weight: 700; }}
QLabel[role="status"][tone="ok"] {{ color: {OK}; }}
QLabel[role="status"][tone="error"] {{ color: {ERROR}; }}
QLabel[role="status"][tone="warn"] {{ color: {WARN}; }}
QLabel[role="status"][tone="info"] {{ color: {TEXT}; }}
QFrame[role="banner"] QLabel[role="secret"] {{ background: white; border: 2px solid {WARN}; border-radius: 6px;
    padding: 10px 16px; color: #111; }}
QLabel[role="fingerprint"], QFrame QLabel[role="fingerprint"] {{ background: white; border: 1px solid {BORDER};
    border-radius: 5px; padding: 6px 10px; color: #111; }}
QPushButton:disabled {{ color: #98a2ad; }}
QLabel[role="okText"] {{ color: {OK}; }}
QLabel[role="errorText"] {{ color: {ERROR}; }}
QLabel[role="warnText"] {{ color: {WARN}; }}
"""

AskPassword = Callable[[str], "str | None"]
AskOpenPath = Callable[[QWidget | None, str, Path, str], "Path | None"]


def esc(text: str) -> str:
    return html.escape(text or "", quote=False)


def set_tone(widget: QWidget, tone: str) -> None:
    widget.setProperty("tone", tone)
    repolish(widget)
    for child in widget.findChildren(QLabel):
        repolish(child)


def banner(tone: str, text: str = "") -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A coloured box with a text label (rich text allowed); returns frame, layout, label."""
    frame = QFrame()
    frame.setProperty("role", "banner")
    frame.setProperty("tone", tone)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(6)
    label = styled_label(text, "body")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)
    return frame, layout, label


def bullets(lines: list[str]) -> str:
    """Rich-text list; lines that start with a dash or are indented become sub-items."""
    items: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] | None = None
    for line in lines:
        text = line.strip().lstrip("–-").strip()
        if line.startswith((" ", "\t")) and current is not None:
            current[1].append(text)
        else:
            current = (text, [])
            items.append(current)
    out = []
    for text, subs in items:
        sub = "".join(f"<li>{esc(s)}</li>" for s in subs)
        out.append(f"<li>{esc(text)}" + (f"<ul style='margin-left:-18px'>{sub}</ul>" if sub else "") + "</li>")
    return "<ul style='margin-left:-22px'>" + "".join(out) + "</ul>"


def push_button(text: str, name: str, slot: Callable | None = None, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    named(button, name)
    if primary:
        button.setProperty("role", "primary")
    if slot is not None:
        button.clicked.connect(slot)
    return button


class FingerprintLabel(QLabel):
    """SHA-256 in groups of four, two lines, monospace, selectable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "fingerprint")
        self.setFont(monospace_font(12))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName("Controlecode (vingerafdruk, SHA-256)")
        self.setVisible(False)

    def set_fingerprint(self, fingerprint: str) -> None:
        self.setText(export_plan.fingerprint_lines(fingerprint))
        self.setAccessibleDescription(fingerprint)
        self.setVisible(bool(fingerprint))

    def fingerprint(self) -> str:
        return " ".join(self.text().split())


class SenderFields(QWidget):
    """Name, role, phone and e-mail of whoever sends and signs."""

    changed = Signal()
    LABELS = {"name": ("Naa&m", "Naam van de afzender"), "role": ("Fun&ctie", "Functie van de afzender"),
              "phone": ("Tele&foon", "Telefoonnummer van de afzender"),
              "email": ("&E-mail", "E-mailadres van de afzender")}
    PLACEHOLDERS = {"name": "uw naam", "role": export_plan.DEFAULT_ROLE, "phone": "bijvoorbeeld 026 123 45 67",
                    "email": "naam@school.nl"}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = FieldSet()
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for index, (key, (label, name)) in enumerate(self.LABELS.items()):
            edit = line_edit(name, self.PLACEHOLDERS[key])
            edit.textChanged.connect(self.changed)
            self.edits[key] = edit
            grid.addWidget(self.fields.add(key, FieldBox(label, edit, name)), index // 2, index % 2,
                           Qt.AlignmentFlag.AlignTop)

    def set_sender(self, sender: Sender) -> None:
        values = {"name": sender.name, "role": sender.role, "phone": sender.phone, "email": sender.email}
        for key, edit in self.edits.items():
            edit.setText(values[key] or "")
        self.fields.clear_errors()

    def current_sender(self, school: str = "") -> Sender:
        v = {key: edit.text().strip() for key, edit in self.edits.items()}
        return Sender(v["name"], v["role"], school, v["phone"] or None, v["email"] or None)

    def validate(self) -> bool:
        errors = export_plan.sender_errors(*(self.edits[k].text() for k in ("name", "role", "phone", "email")))
        self.fields.show_errors(errors)
        return not errors


def default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_open_path(parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
    """The default file chooser for opening (tests pass their own function)."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
    return Path(chosen) if chosen else None


def choose_open_path(explicit: AskOpenPath | None, parent: QWidget | None, title: str, start: Path,
              file_filter: str) -> Path | None:
    """Ask which file to open: the injected function, else `messages.ask_open_path` once that
    exists, else `ask_open_path` above. Looked up at call time, so tests can replace either."""
    from ibdesk.ui import messages

    ask = explicit or getattr(messages, "ask_open_path", None) or ask_open_path
    return ask(parent, title, start, file_filter)


def password_asker(parent: QWidget | None) -> AskPassword:
    """The default way to ask for the school certificate's password: a small dialog."""

    def ask(prompt: str) -> str | None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle("Schoolcertificaat")
        dialog.setLabelText(prompt + ":")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText("OK")
        dialog.setCancelButtonText("Annuleren")
        if not dialog.exec():
            return None
        return dialog.textValue() or None

    return ask


@contextmanager
def busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ExportPage(QWizardPage):
    """A page of the export wizard: `wizard()` is the ExportWizard with the case and its choices."""

    def wizard(self) -> ExportWizard:
        return cast("ExportWizard", super().wizard())
