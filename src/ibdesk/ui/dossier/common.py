"""Qt building blocks of the dossier screens: page and section titles, the fingerprint display,
the sender's details, and the default (replaceable) file and password prompts (banners,
lists, buttons and the look: ui/kit).

Signals are connected to methods, never to lambdas that capture `self`: with PySide 6 such
a cycle makes the widget outlive Python and crash Qt's clean-up at exit."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget, QWizardPage

from ibdesk.dossier.content import Sender
from ibdesk.services import export_plan
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.theme import monospace_font
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, styled_label

if TYPE_CHECKING:  # the wizard module imports the pages
    from ibdesk.ui.dossier.export_wizard import ExportWizard

AskPassword = Callable[[str], "str | None"]
AskOpenPath = Callable[[QWidget | None, str, Path, str], "Path | None"]


def esc(text: str) -> str:
    return html.escape(text or "", quote=False)


def heading(text: str) -> str:
    """A wizard page's title."""
    return f'<span style="font-size:14pt; font-weight:600;">{text}</span>'


def section(text: str) -> QLabel:
    """A section title within a wizard page."""
    return styled_label(text, "sectionTitle", wrap=False)


class FingerprintLabel(QLabel):
    """SHA-256 in groups of four, two lines, monospace, selectable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "fingerprint")
        self.setFont(monospace_font(12))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(QCoreApplication.translate("dossier_common", "Controlecode (vingerafdruk, SHA-256)"))
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
    # marked for translation, translated when built; str(): PySide types QT_TRANSLATE_NOOP as returning object
    LABELS: ClassVar[dict[str, tuple[str, str]]] = {
        "name": (
            str(QT_TRANSLATE_NOOP("dossier_common", "Naa&m")),
            str(QT_TRANSLATE_NOOP("dossier_common", "Naam van de afzender")),
        ),
        "role": (
            str(QT_TRANSLATE_NOOP("dossier_common", "Fun&ctie")),
            str(QT_TRANSLATE_NOOP("dossier_common", "Functie van de afzender")),
        ),
        "phone": (
            str(QT_TRANSLATE_NOOP("dossier_common", "Tele&foon")),
            str(QT_TRANSLATE_NOOP("dossier_common", "Telefoonnummer van de afzender")),
        ),
        "email": (
            str(QT_TRANSLATE_NOOP("dossier_common", "&E-mail")),
            str(QT_TRANSLATE_NOOP("dossier_common", "E-mailadres van de afzender")),
        ),
    }
    PLACEHOLDERS: ClassVar[dict[str, str]] = {
        "name": str(QT_TRANSLATE_NOOP("dossier_common", "uw naam")),
        "role": export_plan.DEFAULT_ROLE,  # a role suggestion: stays Dutch
        "phone": str(QT_TRANSLATE_NOOP("dossier_common", "bijvoorbeeld 026 123 45 67")),
        "email": str(QT_TRANSLATE_NOOP("dossier_common", "naam@school.nl")),
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = FieldSet()
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for index, (key, (label, name)) in enumerate(self.LABELS.items()):
            label, name = translated("dossier_common", label), translated("dossier_common", name)
            placeholder = self.PLACEHOLDERS[key]
            edit = line_edit(name, placeholder if key == "role" else translated("dossier_common", placeholder))
            edit.textChanged.connect(self.changed)
            self.edits[key] = edit
            grid.addWidget(
                self.fields.add(key, FieldBox(label, edit, name)), index // 2, index % 2, Qt.AlignmentFlag.AlignTop
            )

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


def choose_open_path(
    explicit: AskOpenPath | None, parent: QWidget | None, title: str, start: Path, file_filter: str
) -> Path | None:
    """Ask which file to open: the injected function, else `messages.ask_open_path` (looked up
    at call time, so tests can replace it)."""
    return (explicit or messages.ask_open_path)(parent, title, start, file_filter)


def password_asker(parent: QWidget | None) -> AskPassword:
    """The default way to ask for the school certificate's password: `messages.ask_password`."""

    def ask(prompt: str) -> str | None:
        return messages.ask_password(parent, QCoreApplication.translate("dossier_common", "Schoolcertificaat"), prompt)

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
