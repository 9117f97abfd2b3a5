"""The first-run wizard's pages about the key: the passphrase (only without keyring), the
recovery key shown once, and the recovery key typed back from paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from ibdesk.services import profile
from ibdesk.ui.recovery import RecoveryConfirmField, RecoveryKeyView
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, styled_label
from ibdesk.ui.wizard_pages import SetupPage, heading


class PassphrasePage(SetupPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("wizard", "Wachtwoordzin")))
        self.setSubTitle(
            QCoreApplication.translate(
                "wizard",
                "Deze computer heeft geen sleutelbeheer (keyring) dat ibdesk kan gebruiken. "
                "Daarom opent u ibdesk met een wachtwoordzin.",
            )
        )
        self.fields = FieldSet()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.first = self._secret(QCoreApplication.translate("wizard", "Wachtwoordzin"))
        self.second = self._secret(QCoreApplication.translate("wizard", "Wachtwoordzin herhalen"))
        hint = QCoreApplication.translate(
            "wizard", "Minstens {count} tekens. Een zin van een paar woorden is sterk én goed te onthouden."
        ).format(count=profile.MIN_PASSPHRASE_LENGTH)
        layout.addWidget(
            self.fields.add(
                "wachtwoordzin",
                FieldBox(
                    QCoreApplication.translate("wizard", "&Wachtwoordzin"),
                    self.first,
                    self.first.accessibleName(),
                    hint,
                ),
            )
        )
        self.strength = styled_label("", "hint")
        self.strength.setAccessibleName(QCoreApplication.translate("wizard", "Sterkte van de wachtwoordzin"))
        layout.addWidget(self.strength)
        self.first.textChanged.connect(self._show_strength)
        layout.addWidget(
            self.fields.add(
                "herhaling",
                FieldBox(
                    QCoreApplication.translate("wizard", "Wachtwoordzin &herhalen"),
                    self.second,
                    self.second.accessibleName(),
                ),
            )
        )
        layout.addStretch(1)

    @staticmethod
    def _secret(name: str) -> QLineEdit:
        edit = line_edit(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def passphrase(self) -> str:
        return self.first.text()

    def _show_strength(self, text: str) -> None:
        self.fields.boxes["wachtwoordzin"].set_error(None)  # an earlier verdict no longer holds
        strong, verdict = profile.passphrase_strength(text)
        self.strength.setText(verdict)
        self.strength.setProperty("role", "ok" if strong else "hint")
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)

    def validatePage(self) -> bool:
        errors = profile.passphrase_errors(self.first.text(), self.second.text())
        self.fields.show_errors(errors)
        if "wachtwoordzin" in errors:
            self.strength.setText("")  # the error under the field says it all
        return not errors and self.wizard().create_if_commit(self)


class RecoveryShowPage(SetupPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("wizard", "Uw herstelsleutel")))
        self.setSubTitle(
            QCoreApplication.translate(
                "wizard", "Het profiel is aangemaakt. Met deze sleutel komt u altijd weer bij uw gegevens."
            )
        )
        layout = QVBoxLayout(self)
        self.view = RecoveryKeyView()
        layout.addWidget(self.view)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.view.set_key(self.wizard().recovery_key or "")


class RecoveryConfirmPage(SetupPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("wizard", "Herstelsleutel controleren")))
        self.setSubTitle(QCoreApplication.translate("wizard", "U kunt pas verder als de overgetypte sleutel klopt."))
        layout = QVBoxLayout(self)
        self.confirm = RecoveryConfirmField()
        self.confirm.changed.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.confirm.set_expected(self.wizard().recovery_key or "")

    def isComplete(self) -> bool:
        return self.confirm.matches()
