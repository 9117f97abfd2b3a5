"""The third page of the export wizard: who signs (saved back to the settings) and with
which certificate — the school's, or a personal one made, shown or replaced here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ibdesk.errors import UserError
from ibdesk.services import certificates, export_plan
from ibdesk.ui.dossier.common import ExportPage, FingerprintLabel, SenderFields, busy, heading, section
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.widgets import card, styled_label


class SignPage(ExportPage):
    """Who signs (saved back to the settings) and with which certificate."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("dossier_export_sign_page", "Ondertekenen")))
        self.setSubTitle(
            QCoreApplication.translate(
                "dossier_export_sign_page",
                "Het dossier wordt digitaal ondertekend: de ontvanger ziet dat het van u komt en dat er "
                "niets aan is veranderd.",
            )
        )
        self._filled = False
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(section(QCoreApplication.translate("dossier_export_sign_page", "Afzender")))
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "dossier_export_sign_page",
                    "Deze gegevens staan op het dossier, zodat de ontvanger u kan bereiken. ibdesk "
                    "onthoudt ze voor een volgende keer.",
                ),
                "hint",
            )
        )
        self.sender_fields = SenderFields()
        layout.addWidget(self.sender_fields)
        layout.addWidget(section(QCoreApplication.translate("dossier_export_sign_page", "Certificaat")))
        box = card()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 10, 16, 12)
        inner.setSpacing(5)
        self.cert_title = styled_label("", "strong")
        self.cert_text = styled_label("", "body")
        self.fingerprint = FingerprintLabel()
        self.fingerprint_hint = styled_label(
            QCoreApplication.translate(
                "dossier_export_sign_page",
                "Controlecode — lees deze desgevraagd telefonisch voor, zodat de ontvanger kan controleren dat het "
                "document echt van u komt:\nTechnisch: vingerafdruk (SHA-256) van het certificaat",
            ),
            "hint",
        )
        self.cert_error = styled_label("", "errorText")
        buttons = QHBoxLayout()
        self.retry_button = button(
            QCoreApplication.translate("dossier_export_sign_page", "Opnieuw &proberen"),
            QCoreApplication.translate("dossier_export_sign_page", "Schoolcertificaat opnieuw openen"),
            self.load_certificate,
        )
        self.make_button = button(
            QCoreApplication.translate("dossier_export_sign_page", "Certificaat nu ma&ken"),
            QCoreApplication.translate("dossier_export_sign_page", "Persoonlijk certificaat nu maken"),
            self.make_certificate,
        )
        self.renew_button = button(
            QCoreApplication.translate("dossier_export_sign_page", "Certificaat ve&rvangen"),
            QCoreApplication.translate("dossier_export_sign_page", "Persoonlijk certificaat vervangen"),
            self.renew_certificate,
        )
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.renew_button)
        buttons.addStretch(1)
        for widget in (self.cert_title, self.cert_text, self.fingerprint_hint, self.cert_error):
            inner.addWidget(widget)
        inner.insertWidget(3, self.fingerprint, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addLayout(buttons)
        layout.addWidget(box)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if not self._filled:
            self.sender_fields.set_sender(self.wizard().export_sender)
            self._filled = True
        self.load_certificate()

    def load_certificate(self) -> None:
        wizard = self.wizard()
        store = wizard.services.store
        state = export_plan.certificate_state(store)
        self.state = state
        self.cert_error.setText("")
        self.cert_error.setVisible(False)
        self.retry_button.setVisible(False)
        self.make_button.setVisible(False)
        self.renew_button.setVisible(False)
        self.wrong_name = False
        if state.kind == "school":
            if wizard.credentials is None:
                try:
                    with busy():
                        wizard.credentials = export_plan.school_credentials(store, wizard.ask_password)
                except UserError as exc:
                    self.cert_error.setText(str(exc))
                    self.cert_error.setVisible(True)
                    self.retry_button.setVisible(True)
            creds = wizard.credentials
            self.cert_title.setText(
                QCoreApplication.translate("dossier_export_sign_page", "Certificaat van de school: {name}").format(
                    name=creds.common_name
                )
                if creds
                else QCoreApplication.translate("dossier_export_sign_page", "Certificaat van de school")
            )
            self.cert_text.setText(
                QCoreApplication.translate(
                    "dossier_export_sign_page",
                    "Ingesteld door de beheerder ({path}). Ontvangers die de "
                    "certificaatautoriteit van de school vertrouwen, zien het document direct als "
                    "vertrouwd.",
                ).format(path=state.school_p12)
            )
            self._show_fingerprint(creds.fingerprint if creds else "")
        elif state.fingerprint:
            self.cert_title.setText(
                QCoreApplication.translate(
                    "dossier_export_sign_page", "Persoonlijk certificaat op naam van {holder}"
                ).format(holder=state.holder)
            )
            name = self.sender_fields.current_sender().name.strip() or wizard.export_sender.name
            self.wrong_name = state.holder != name
            self.cert_text.setText(
                QCoreApplication.translate(
                    "dossier_export_sign_page",
                    "Er is geen certificaat van de school ingesteld. De ontvanger vertrouwt uw "
                    "persoonlijke certificaat als u het eerst geeft (Instellingen › Mijn certificaat "
                    "exporteren…) of de controlecode telefonisch bevestigt.",
                )
            )
            if self.wrong_name:
                self.cert_error.setText(
                    QCoreApplication.translate(
                        "dossier_export_sign_page",
                        "Dit certificaat staat op naam van {holder}, niet van {name}. Het "
                        "dossier zou dan zeggen dat iemand anders het ondertekende. Vervang het "
                        "certificaat; wat u eerder ondertekende, blijft controleerbaar.",
                    ).format(holder=state.holder, name=name)
                )
                self.cert_error.setVisible(True)
                self.renew_button.setVisible(True)
            self._show_fingerprint(state.fingerprint)
        else:
            self.cert_title.setText(
                QCoreApplication.translate("dossier_export_sign_page", "Persoonlijk certificaat (nog niet gemaakt)")
            )
            self.cert_text.setText(
                QCoreApplication.translate(
                    "dossier_export_sign_page",
                    "Er is geen certificaat van de school ingesteld. ibdesk maakt bij het ondertekenen "
                    "een persoonlijk certificaat op de naam hierboven. Wilt u de controlecode nu al "
                    "zien, kies dan ‘Certificaat nu maken’.",
                )
            )
            self.make_button.setVisible(True)
            self._show_fingerprint("")
        self.completeChanged.emit()

    def _show_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint.set_fingerprint(fingerprint)
        self.fingerprint_hint.setVisible(bool(fingerprint))

    def make_certificate(self) -> None:
        wizard = self.wizard()
        name = self.sender_fields.current_sender().name or wizard.export_sender.name
        messages.attempt(
            self,
            QCoreApplication.translate("dossier_export_sign_page", "Certificaat"),
            lambda: certificates.personal_credentials(wizard.services.store, name, wizard.school_name),
            wizard.home,
        )
        self.load_certificate()

    def renew_certificate(self) -> None:
        wizard = self.wizard()
        sender = self.sender_fields.current_sender(wizard.school_name)
        if not self.sender_fields.validate():
            return

        def renew() -> None:
            export_plan.save_sender(wizard.services.store, sender)
            certificates.renew_personal(wizard.services.store, sender.name, wizard.school_name)

        messages.attempt(
            self, QCoreApplication.translate("dossier_export_sign_page", "Certificaat"), renew, wizard.home
        )
        wizard.export_sender = sender
        self.load_certificate()

    def isComplete(self) -> bool:
        state = getattr(self, "state", None)
        return (
            state is not None
            and not getattr(self, "wrong_name", False)
            and (state.kind != "school" or self.wizard().credentials is not None)
        )

    def validatePage(self) -> bool:
        if not self.sender_fields.validate():
            return False
        self.load_certificate()  # the name typed above must be the certificate's (issue 11.8)
        if not self.isComplete():
            return False
        wizard = self.wizard()
        sender = self.sender_fields.current_sender(wizard.school_name)

        def save() -> bool:
            export_plan.save_sender(wizard.services.store, sender)
            return True

        saved = messages.attempt(
            self, QCoreApplication.translate("dossier_export_sign_page", "Afzender niet opgeslagen"), save, wizard.home
        )
        if saved:
            wizard.export_sender = sender
        return bool(saved)
