"""The unlock screen: passphrase, or the recovery key from paper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ibdesk.errors import CorruptStoreError, StorageError, UserError, WrongKeyError
from ibdesk.services import profile
from ibdesk.services.profile import Store
from ibdesk.ui import theme
from ibdesk.ui.kit import messages
from ibdesk.ui.widgets import FieldBox, PageHeader, card, named, styled_label

UnlockFn = Callable[..., Store]


def passphrase_help() -> str:
    return QCoreApplication.translate("unlock", "Voer de wachtwoordzin van dit profiel in.")


def recovery_help() -> str:
    return QCoreApplication.translate(
        "unlock",
        "Typ de herstelsleutel over die u bij het aanmaken van het profiel op papier heeft gezet: "
        "8 groepjes van 4 tekens.",
    )


def env_tip() -> str:
    return QCoreApplication.translate(
        "unlock",
        "Zonder deze vraag openen (snelkoppeling, script): zet de wachtwoordzin in de omgevingsvariabele "
        "IBDESK_PASSPHRASE.",
    )


def no_passphrase_help() -> str:
    return QCoreApplication.translate(
        "unlock",
        "Voor dit profiel is geen wachtwoordzin ingesteld en de sleutel staat niet "
        "(meer) in het sleutelbeheer van deze computer. Open het met de herstelsleutel.",
    )


class UnlockWindow(QWidget):
    """Emits `unlocked(store)` once a passphrase or recovery key opens the profile."""

    unlocked = Signal(object)

    def __init__(self, home: Path, has_passphrase: bool = True, unlock: UnlockFn = profile.unlock):
        super().__init__()
        self.home = home
        self._unlock = unlock
        self._has_passphrase = has_passphrase
        self.setWindowTitle(QCoreApplication.translate("unlock", "ibdesk — ontgrendelen"))
        self.resize(1200, 800)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._build_card())
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.use_recovery.setChecked(not has_passphrase)
        self.use_recovery.setEnabled(has_passphrase)
        self._switch_mode()

    def _build_card(self) -> QWidget:
        box = card()
        box.setFixedWidth(560)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("unlock", "ibdesk ontgrendelen"),
                QCoreApplication.translate("unlock", "Uw gegevens zijn versleuteld opgeslagen."),
            )
        )
        self.help = styled_label("", "body")
        layout.addWidget(self.help)
        self.secret = QLineEdit()
        self.field = FieldBox(
            QCoreApplication.translate("unlock", "&Wachtwoordzin"),
            self.secret,
            QCoreApplication.translate("unlock", "Wachtwoordzin"),
        )
        layout.addWidget(self.field)
        self.use_recovery = QCheckBox(QCoreApplication.translate("unlock", "Herstelsleutel &gebruiken"))
        named(
            self.use_recovery,
            QCoreApplication.translate("unlock", "Herstelsleutel gebruiken in plaats van de wachtwoordzin"),
        )
        self.use_recovery.toggled.connect(self._switch_mode)
        layout.addWidget(self.use_recovery)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(QCoreApplication.translate("unlock", "&Openen"))
        self.open_button.setProperty("role", "primary")
        self.open_button.setDefault(True)
        self.open_button.setAutoDefault(True)
        named(self.open_button, QCoreApplication.translate("unlock", "Profiel openen"))
        self.open_button.clicked.connect(self.try_unlock)
        self.secret.returnPressed.connect(self.try_unlock)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.env_tip = styled_label(env_tip(), "hint")
        layout.addWidget(self.env_tip)
        layout.addWidget(
            styled_label(QCoreApplication.translate("unlock", "Profielmap: {folder}").format(folder=self.home), "hint")
        )
        return box

    def recovery_mode(self) -> bool:
        return self.use_recovery.isChecked()

    def _switch_mode(self) -> None:
        recovery = self.recovery_mode()
        self.secret.clear()
        self.field.set_error(None)
        if recovery:
            self.help.setText(recovery_help() if self._has_passphrase else no_passphrase_help())
            self.field.label.setText(QCoreApplication.translate("unlock", "&Herstelsleutel"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setFont(theme.monospace_font(13))
            self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            named(self.secret, QCoreApplication.translate("unlock", "Herstelsleutel"))
        else:
            self.help.setText(passphrase_help())
            self.field.label.setText(QCoreApplication.translate("unlock", "&Wachtwoordzin"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setFont(self.font())
            self.secret.setPlaceholderText("")
            named(self.secret, QCoreApplication.translate("unlock", "Wachtwoordzin"))
        self.secret.setFocus()

    def try_unlock(self) -> None:
        text = self.secret.text()
        if not text.strip():
            self.field.set_error(
                QCoreApplication.translate("unlock", "Vul de herstelsleutel in.")
                if self.recovery_mode()
                else QCoreApplication.translate("unlock", "Vul de wachtwoordzin in.")
            )
            return
        store = self._attempt(text)
        if store is not None:
            self.field.set_error(None)
            if not self.recovery_mode():
                store.passphrase_advice = profile.passphrase_advice(text)
            self.unlocked.emit(store)

    def _attempt(self, text: str) -> Store | None:
        kwargs = {"recovery_key": text} if self.recovery_mode() else {"passphrase": text}
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            return self._unlock(self.home, **kwargs)
        except WrongKeyError as exc:
            self._wrong(str(exc))
        except CorruptStoreError as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("unlock", "Database beschadigd"),
                profile.corrupt_store_text(self.home, exc),
            )
        except StorageError as exc:
            messages.show_error(self, QCoreApplication.translate("unlock", "Profielmap niet bruikbaar"), str(exc))
        except UserError as exc:
            self.field.set_error(str(exc))
        except Exception as exc:
            messages.show_error(
                self, QCoreApplication.translate("unlock", "Openen mislukt"), messages.describe(exc, self.home)
            )
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def _wrong(self, message: str) -> None:
        """Say what is wrong; keep the typed text selected so it can be retyped at once."""
        self.field.set_error(
            QCoreApplication.translate("unlock", "{problem} Probeer het opnieuw.").format(problem=message)
        )
        self.secret.selectAll()
        self.secret.setFocus()
