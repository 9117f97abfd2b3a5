"""What the user sees of the screen lock: the unlock panel (PIN, passphrase or recovery key) and
the fields to choose a PIN. Nothing here shows anything of a pupil, a case or the school."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIntValidator
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ibdesk.errors import UserError, ValidationError, WrongKeyError
from ibdesk.services.screen_lock import PIN_LENGTH, ScreenLockService
from ibdesk.ui import theme
from ibdesk.ui.kit import messages
from ibdesk.ui.widgets import FieldBox, FieldSet, PageHeader, card, named, styled_label


def locked_title() -> str:
    return QCoreApplication.translate("lock", "ibdesk — vergrendeld")


def mode_texts() -> dict[str, tuple[str, str, str]]:
    """mode -> (choice text, field label, help)."""
    return {
        "pin": (
            QCoreApplication.translate("lock", "Pincode"),
            QCoreApplication.translate("lock", "&Pincode"),
            QCoreApplication.translate(
                "lock", "Typ uw pincode. U bent nog aangemeld op deze computer; de pincode bewijst dat u het zelf bent."
            ),
        ),
        "passphrase": (
            QCoreApplication.translate("lock", "Wachtwoordzin"),
            QCoreApplication.translate("lock", "&Wachtwoordzin"),
            QCoreApplication.translate("lock", "Typ de wachtwoordzin van dit profiel."),
        ),
        "recovery": (
            QCoreApplication.translate("lock", "Herstelsleutel (papier)"),
            QCoreApplication.translate("lock", "&Herstelsleutel"),
            QCoreApplication.translate("lock", "Typ de herstelsleutel van papier: 8 groepjes van 4 tekens."),
        ),
    }


def no_pin_hint() -> str:
    return QCoreApplication.translate(
        "lock",
        "Sneller ontgrendelen? Kies onder Instellingen → Schermvergrendeling een pincode (kan alleen waar "
        "de sleutel in het sleutelbeheer van deze computer staat).",
    )


def secret_edit(name: str, digits: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    named(edit, name)
    if digits:
        edit.setValidator(QIntValidator(0, 10 ** PIN_LENGTH[1] - 1, edit))
        edit.setMaxLength(PIN_LENGTH[1])
    return edit


class LockPanel(QWidget):
    """Emits `unlocked` once the PIN, passphrase or recovery key is right."""

    unlocked = Signal()

    def __init__(self, service: ScreenLockService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        box = card()
        box.setMaximumWidth(520)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("lock", "ibdesk is vergrendeld"),
                QCoreApplication.translate("lock", "Er is niets weg: alles staat nog precies zo klaar."),
            )
        )
        self.method = QComboBox()
        named(self.method, QCoreApplication.translate("lock", "Ontgrendelen met"))
        self.method.currentIndexChanged.connect(lambda _i: self._switch())
        self.method_box = FieldBox(
            QCoreApplication.translate("lock", "Ontgrendelen &met"),
            self.method,
            QCoreApplication.translate("lock", "Ontgrendelen met"),
        )
        layout.addWidget(self.method_box)
        self.help = styled_label("", "hint")
        layout.addWidget(self.help)
        self.secret = secret_edit(QCoreApplication.translate("lock", "Pincode"))
        self.field = FieldBox(
            QCoreApplication.translate("lock", "&Pincode"), self.secret, QCoreApplication.translate("lock", "Pincode")
        )
        self.secret.textEdited.connect(lambda _t: self.field.set_error(None))
        self.secret.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.field)
        self.unlock_button = QPushButton(QCoreApplication.translate("lock", "&Ontgrendelen"))
        self.unlock_button.setProperty("role", "primary")
        named(self.unlock_button, QCoreApplication.translate("lock", "Ontgrendelen"))
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.pin_hint = styled_label(no_pin_hint(), "hint")
        layout.addWidget(self.pin_hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def reset(self) -> None:
        """Offer the ways in that work now; the quickest first."""
        modes = [
            m
            for m, ok in (
                ("pin", self.service.pin_usable()),
                ("passphrase", self.service.has_passphrase()),
                ("recovery", True),
            )
            if ok
        ]
        self.method.blockSignals(True)
        self.method.clear()
        for mode in modes:
            self.method.addItem(mode_texts()[mode][0], mode)
        self.method.setCurrentIndex(0)
        self.method.blockSignals(False)
        self.method_box.setVisible(len(modes) > 1)
        self.pin_hint.setVisible("pin" not in modes and self.service.may_set_pin() and not self.service.has_pin())
        self._switch()

    def mode(self) -> str:
        return self.method.currentData() or "recovery"

    def _switch(self) -> None:
        mode = self.mode()
        _text, label, help_text = mode_texts()[mode]
        self.help.setText(help_text)
        self.field.label.setText(label)
        named(self.secret, label.replace("&", ""))
        # Qt takes None to remove the validator; the PySide6 stub does not allow it
        self.secret.setValidator(
            QIntValidator(0, 10 ** PIN_LENGTH[1] - 1, self.secret)  # type: ignore[arg-type]
            if mode == "pin"
            else None
        )
        self.secret.setMaxLength(PIN_LENGTH[1] if mode == "pin" else 32767)
        recovery = mode == "recovery"
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self.secret.setFont(theme.monospace_font(13) if recovery else self.font())
        self.secret.clear()
        self.field.set_error(None)
        self.secret.setFocus()

    def try_unlock(self) -> None:
        mode, text = self.mode(), self.secret.text()
        try:
            if mode == "pin":
                self.service.check_pin(text)
            else:
                self.service.check_secret(text, recovery=mode == "recovery")
        except WrongKeyError as exc:
            self.field.set_error(str(exc))
            if mode == "pin" and not self.service.pin_usable():
                self.reset()
                self.field.set_error(str(exc))
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.secret.clear()
        self.field.set_error(None)
        self.unlocked.emit()


class LockWindow(QWidget):
    """The window the user unlocks in, over the covered windows (modal to the whole app, so it
    also works while a dialog was open when the app locked). It cannot be closed: unlock it."""

    def __init__(self, service: ScreenLockService, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(locked_title())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAccessibleName(QCoreApplication.translate("lock", "ibdesk is vergrendeld"))
        layout = QVBoxLayout(self)
        self.panel = LockPanel(service, self)
        layout.addWidget(self.panel)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class PinFields(QWidget):
    """A new PIN typed twice, with the messages inline; `save()` stores it."""

    saved = Signal()

    def __init__(self, service: ScreenLockService, button_text: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.fields = FieldSet(validate=self._errors)
        low, high = PIN_LENGTH
        self.first = secret_edit(QCoreApplication.translate("lock", "Nieuwe pincode"), digits=True)
        self.second = secret_edit(QCoreApplication.translate("lock", "Pincode herhalen"), digits=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            self.fields.add(
                "pincode",
                FieldBox(
                    QCoreApplication.translate("lock", "Pincode kie&zen"),
                    self.first,
                    QCoreApplication.translate("lock", "Nieuwe pincode"),
                    QCoreApplication.translate("lock", "{low} tot {high} cijfers.").format(low=low, high=high),
                ),
            ),
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        layout.addWidget(
            self.fields.add(
                "herhaling",
                FieldBox(
                    QCoreApplication.translate("lock", "Pincode &herhalen"),
                    self.second,
                    QCoreApplication.translate("lock", "Pincode herhalen"),
                ),
            ),
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        button_text = button_text or QCoreApplication.translate("lock", "Pincode &instellen")
        self.button = QPushButton(button_text)
        named(self.button, button_text.replace("&", ""))
        self.button.clicked.connect(self.save)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.second.returnPressed.connect(self.save)

    def _errors(self) -> dict[str, str]:
        try:
            from ibdesk.services.screen_lock import check_pin_format

            check_pin_format(self.first.text())
        except ValidationError as exc:
            return {"pincode": str(exc)}
        if self.first.text().strip() != self.second.text().strip():
            return {"herhaling": QCoreApplication.translate("lock", "De twee pincodes zijn niet gelijk.")}
        return {}

    def save(self) -> bool:
        errors = self._errors()
        if errors:
            self.fields.show_errors(errors)
            return False
        try:
            self.service.set_pin(self.first.text(), self.second.text())
        except UserError as exc:
            messages.show_error(self, QCoreApplication.translate("lock", "Pincode"), str(exc))
            return False
        self.first.clear()
        self.second.clear()
        self.fields.clear_errors()
        self.saved.emit()
        return True


class PinDialog(QDialog):
    """Offered once per start while the screen lock would otherwise need the paper recovery key."""

    def __init__(self, service: ScreenLockService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("lock", "ibdesk — pincode voor de schermvergrendeling"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("lock", "Kies een pincode"),
                QCoreApplication.translate(
                    "lock", "Voor als ibdesk vergrendelt (na een paar minuten zonder gebruik, of met Ctrl+L)."
                ),
            )
        )
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "lock",
                    "U bent aangemeld op deze computer en de sleutel staat in het sleutelbeheer. "
                    "Met een korte pincode ontgrendelt u ibdesk dan snel weer. "
                    "Zonder pincode ontgrendelt u met de herstelsleutel van papier.",
                ),
                "body",
            )
        )
        self.pin = PinFields(service, None, self)
        self.pin.saved.connect(self.accept)
        layout.addWidget(self.pin)
        later = QPushButton(QCoreApplication.translate("lock", "&Later"))
        named(later, QCoreApplication.translate("lock", "Later een pincode kiezen"))
        later.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(later)
        layout.addLayout(row)
        self.resize(640, 300)


def offer_pin(parent: QWidget | None, service: ScreenLockService) -> PinDialog:
    """Offer to choose a PIN: a dialog over `parent` that does not hold up the app (`open`, not
    `exec`: start-up goes on, and a script that starts the app is never stuck on it)."""
    dialog = PinDialog(service, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
