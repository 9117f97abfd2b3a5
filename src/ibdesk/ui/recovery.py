"""Showing the recovery key once, and having it typed back from paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ibdesk.services import profile
from ibdesk.ui import theme
from ibdesk.ui.widgets import PageHeader, named, styled_label


def write_it_down() -> str:
    return QCoreApplication.translate(
        "recovery",
        "Schrijf deze herstelsleutel nu met de hand op papier en bewaar dat papier op een veilige "
        "plek, bijvoorbeeld in de kluis of een afgesloten kast van de school. Bewaar hem niet in een "
        "bestand op deze computer. U heeft hem nodig als deze computer stukgaat of als u de "
        "wachtwoordzin kwijt bent. De sleutel wordt maar één keer getoond.",
    )


def type_it_back() -> str:
    return QCoreApplication.translate(
        "recovery",
        "Typ de herstelsleutel over vanaf uw papier, zodat u zeker weet dat hij goed is "
        "opgeschreven. Streepjes en spaties mogen, hoofdletters of kleine letters maakt "
        "niet uit. Plakken werkt hier niet.",
    )


def display_groups(key: str) -> str:
    """The key as two rows of four groups, easy to copy by hand."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])


class RecoveryKeyView(QWidget):
    """The key in large monospace groups, a copy button and the instruction."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(styled_label(write_it_down(), "hint"))
        self.key_label = styled_label("", "recoveryKey", wrap=False, elide=False)
        self.key_label.setFont(theme.monospace_font(22))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self.key_label, QCoreApplication.translate("recovery", "Herstelsleutel"))
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.copy_button = QPushButton(QCoreApplication.translate("recovery", "&Kopiëren"))
        named(self.copy_button, QCoreApplication.translate("recovery", "Herstelsleutel kopiëren"))
        self.copy_button.clicked.connect(self._copy)
        self.copied = styled_label("", "ok", wrap=False)
        row.addWidget(self.copy_button)
        row.addWidget(self.copied)
        row.addStretch(1)
        layout.addLayout(row)

    def set_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(display_groups(key))
        self.copied.setText("")

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.copied.setText(QCoreApplication.translate("recovery", "Gekopieerd. Schrijf hem toch ook op papier."))


class NoPasteLineEdit(QLineEdit):
    """A field that must be typed: paste, drop and middle-click paste are ignored."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            event.ignore()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            event.ignore()
            return
        super().mousePressEvent(event)


class RecoveryConfirmField(QWidget):
    """Typed-back key with a live verdict; `matches` tells whether it equals the shown key."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._expected = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(styled_label(type_it_back(), "hint"))
        label = QLabel(QCoreApplication.translate("recovery", "&Herstelsleutel van uw papier:"))
        self.edit = NoPasteLineEdit()
        self.edit.setFont(theme.monospace_font(15))
        self.edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        named(self.edit, QCoreApplication.translate("recovery", "Herstelsleutel overtypen"))
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        self.verdict = styled_label("", "hint", wrap=False)
        layout.addWidget(self.verdict)
        self.edit.textChanged.connect(self._update)

    def set_expected(self, key: str) -> None:
        self._expected = key
        self.edit.clear()
        self._update()

    def matches(self) -> bool:
        return bool(self._expected) and profile.same_recovery_key(self.edit.text(), self._expected)

    def _update(self) -> None:
        typed = profile.compact_key(self.edit.text())
        full = len(profile.compact_key(self._expected))
        if self.matches():
            self._say(QCoreApplication.translate("recovery", "Klopt: de herstelsleutel is goed overgetypt."), "ok")
        elif len(typed) >= full > 0:
            self._say(
                QCoreApplication.translate(
                    "recovery", "Dit is niet dezelfde sleutel. Controleer uw papier en wat u typte."
                ),
                "error",
            )
        else:
            self._say(
                QCoreApplication.translate("recovery", "{typed} van de {full} tekens getypt.").format(
                    typed=len(typed), full=full
                ),
                "hint",
            )
        self.changed.emit()

    def _say(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("role", role)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)


class RecoveryKeyDialog(QDialog):
    """For a profile whose first-run wizard was stopped before the key was confirmed."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("recovery", "ibdesk — herstelsleutel bevestigen"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("recovery", "Nieuwe herstelsleutel"),
                QCoreApplication.translate(
                    "recovery",
                    "Het instellen van dit profiel is eerder niet afgerond. Hier is een nieuwe "
                    "herstelsleutel; een eerder getoonde sleutel werkt niet meer.",
                ),
            )
        )
        self.view = RecoveryKeyView()
        self.view.set_key(key)
        layout.addWidget(self.view)
        layout.addSpacing(10)
        self.confirm = RecoveryConfirmField()
        self.confirm.set_expected(key)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            QCoreApplication.translate("recovery", "&Bevestigen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        later = buttons.addButton(
            QCoreApplication.translate("recovery", "&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.setProperty("role", "primary")
        named(self.ok_button, QCoreApplication.translate("recovery", "Herstelsleutel bevestigen"))
        named(later, QCoreApplication.translate("recovery", "Later bevestigen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm.changed.connect(lambda: self.ok_button.setEnabled(self.confirm.matches()))
        self.ok_button.setEnabled(False)
