"""The 'Ondertekenen' section of Instellingen: the sender's details (user.name, user.role,
user.phone, user.email), which certificate signs, and the own certificate to hand to a
receiver — or someone else's to trust.

    section = SignerSettings(context)       # a card, like the other sections of Instellingen
    section.refresh()                       # when the page is shown
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ibdesk.domain.certificate_names import cert_fingerprint, common_name
from ibdesk.services import certificates, export_plan
from ibdesk.ui.dossier.common import AskOpenPath, FingerprintLabel, SenderFields, choose_open_path, default_folder
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.base import Context
from ibdesk.ui.widgets import styled_label

CTX = "dossier_signer_settings"
CERT_FILTER = str(
    QT_TRANSLATE_NOOP("dossier_signer_settings", "Certificaat (*.pem *.cer *.der *.crt);;Alle bestanden (*)")
)
CERT_SAVE_FILTER = str(QT_TRANSLATE_NOOP("dossier_signer_settings", "Certificaat (*.pem);;Certificaat, binair (*.cer)"))
TECHNICAL = str(
    QT_TRANSLATE_NOOP("dossier_signer_settings", "Technisch: de vingerafdruk (SHA-256) van het certificaat.")
)


class SignerSettings(QFrame):
    """Sender details and certificates; saves the details to the settings on request."""

    saved = Signal()  # the sender's details were written to the settings
    certificate_changed = Signal()  # own certificate made/exported, or another one trusted

    def __init__(self, context: Context, parent: QWidget | None = None, open_path: AskOpenPath | None = None):
        super().__init__(parent)
        self.context = context
        self.open_path = open_path
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(
            styled_label(QCoreApplication.translate("dossier_signer_settings", "Ondertekenen"), "cardTitle", wrap=False)
        )
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "dossier_signer_settings",
                    "Uw gegevens als afzender op dossiers en overdrachten die u ondertekent. "
                    "De ontvanger gebruikt ze om u te bereiken.",
                ),
                "hint",
            )
        )
        self.sender_fields = SenderFields()
        layout.addWidget(self.sender_fields)
        row = QHBoxLayout()
        self.save_button = button(
            QCoreApplication.translate("dossier_signer_settings", "Afzendergegevens &opslaan"),
            QCoreApplication.translate("dossier_signer_settings", "Afzendergegevens opslaan"),
            self.save,
        )
        self.saved_label = styled_label("", "okText", wrap=False)
        self.sender_fields.changed.connect(self.saved_label.clear)
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(6)
        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(6)
        facts.setColumnMinimumWidth(0, 230)
        facts.setColumnStretch(1, 1)
        self.school_label = self._fact(
            facts, QCoreApplication.translate("dossier_signer_settings", "Certificaat van de school:")
        )
        self.ca_label = self._fact(
            facts,
            QCoreApplication.translate(
                "dossier_signer_settings", "Wie de school vertrouwt:\nTechnisch: CA-certificaat van de school"
            ),
        )
        self.own_label = self._fact(
            facts, QCoreApplication.translate("dossier_signer_settings", "Uw persoonlijke certificaat:")
        )
        self.fingerprint = FingerprintLabel()
        facts.addWidget(self.fingerprint, facts.rowCount(), 1, Qt.AlignmentFlag.AlignLeft)
        self.trusted_label = self._fact(
            facts, QCoreApplication.translate("dossier_signer_settings", "Certificaten van anderen:")
        )
        layout.addLayout(facts)
        row = QHBoxLayout()
        self.export_button = button(
            QCoreApplication.translate("dossier_signer_settings", "Mijn certificaat e&xporteren…"),
            QCoreApplication.translate("dossier_signer_settings", "Mijn certificaat exporteren"),
            self.export_certificate,
        )
        self.trust_button = button(
            QCoreApplication.translate("dossier_signer_settings", "Certificaat van een ander &vertrouwen…"),
            QCoreApplication.translate("dossier_signer_settings", "Certificaat van een ander vertrouwen"),
            self.trust_certificate,
        )
        self.renew_button = button(
            QCoreApplication.translate("dossier_signer_settings", "Certificaat ve&rvangen…"),
            QCoreApplication.translate("dossier_signer_settings", "Mijn persoonlijke certificaat vervangen"),
            self.renew_certificate,
        )
        row.addWidget(self.export_button)
        row.addWidget(self.renew_button)
        row.addWidget(self.trust_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "dossier_signer_settings",
                    "Geef uw certificaat vooraf aan het Sociaal Team, zodat zij uw documenten als vertrouwd zien. "
                    "Lees bij twijfel de controlecode telefonisch voor.",
                ),
                "hint",
            )
        )

    @staticmethod
    def _fact(grid: QGridLayout, caption: str) -> QLabel:
        row = grid.rowCount()
        detail = "\n" in caption  # a 'Technisch:' detail line goes under the caption
        grid.addWidget(styled_label(caption, "hint", wrap=False, elide=not detail), row, 0, Qt.AlignmentFlag.AlignTop)
        value = styled_label("", "body")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
        return value

    @property
    def store(self):
        return self.context.store

    def _school_name(self) -> str:
        school = self.context.records.school()
        return school.name if school else ""

    def refresh(self) -> None:
        messages.attempt(
            self, QCoreApplication.translate("dossier_signer_settings", "Ondertekenen"), self._load, self.context.home
        )

    def _load(self) -> None:
        self.sender_fields.set_sender(export_plan.stored_sender(self.store))
        self.saved_label.setText("")
        self._load_certificates()

    def _load_certificates(self) -> None:
        state = export_plan.certificate_state(self.store)
        if state.kind == "school":
            found = state.school_p12 is not None and state.school_p12.is_file()
            self.school_label.setText(
                QCoreApplication.translate(
                    "dossier_signer_settings",
                    "ingesteld: {path}. U ondertekent hiermee; het wachtwoord wordt één keer gevraagd.",
                ).format(path=state.school_p12)
                if found
                else QCoreApplication.translate(
                    "dossier_signer_settings",
                    "ingesteld, maar niet gevonden: {path}. Vraag de ICT-beheerder het pad te controleren.",
                ).format(path=state.school_p12)
            )
            self.school_label.setProperty("role", "body" if found else "errorText")
        else:
            self.school_label.setText(
                QCoreApplication.translate(
                    "dossier_signer_settings", "niet ingesteld — u ondertekent met uw persoonlijke certificaat."
                )
            )
            self.school_label.setProperty("role", "body")
        ca = export_plan.school_ca(self.store)
        self.ca_label.setText(
            str(ca) if ca else QCoreApplication.translate("dossier_signer_settings", "niet ingesteld")
        )
        own = certificates.own_certificate(self.store)
        holder = certificates.needs_renewal(self.store, self.store.get_setting("user.name") or "")
        self.own_label.setText(
            QCoreApplication.translate(
                "dossier_signer_settings",
                "op naam van {holder} — niet uw naam. Vervang het: een document zou anders '{holder}' als "
                "ondertekenaar noemen.",
            ).format(holder=holder)
            if holder
            else f"{common_name(own)}"
            if own
            else QCoreApplication.translate(
                "dossier_signer_settings", "nog niet gemaakt; dat gebeurt bij de eerste export of als u het exporteert."
            )
        )
        self.own_label.setProperty("role", "errorText" if holder else "body")
        self.own_label.style().polish(self.own_label)
        self.renew_button.setVisible(own is not None and state.kind != "school")
        self.fingerprint.set_fingerprint(cert_fingerprint(own) if own else "")
        count = len(json.loads(self.store.get_setting(certificates.TRUSTED) or "[]"))
        self.trusted_label.setText(
            QCoreApplication.translate("dossier_signer_settings", "geen vertrouwd")
            if not count
            else QCoreApplication.translate("dossier_signer_settings", "{count} vertrouwd").format(count=count)
        )

    def save(self) -> bool:
        if not self.sender_fields.validate():
            return False
        sender = self.sender_fields.current_sender()

        def save() -> bool:
            export_plan.save_sender(self.store, sender)
            return True

        done = messages.attempt(
            self,
            QCoreApplication.translate("dossier_signer_settings", "Afzendergegevens niet opgeslagen"),
            save,
            self.context.home,
        )
        if done:
            self.saved_label.setText(QCoreApplication.translate("dossier_signer_settings", "Opgeslagen."))
            self.saved.emit()
        return bool(done)

    def export_certificate(self) -> Path | None:
        suggested = default_folder() / "mijn-ibdesk-certificaat.pem"  # a file name: stays as it is
        file_filter = translated(CTX, CERT_SAVE_FILTER)
        path = messages.ask_save_path(
            self,
            QCoreApplication.translate("dossier_signer_settings", "Mijn certificaat opslaan"),
            suggested,
            file_filter,
        )
        if path is None:
            return None
        name = self.sender_fields.current_sender().name or self.store.get_setting("user.name") or ""
        written = messages.attempt(
            self,
            QCoreApplication.translate("dossier_signer_settings", "Certificaat niet geëxporteerd"),
            lambda: certificates.export_certificate(self.store, Path(path), name, self._school_name()),
            self.context.home,
        )
        if written is None:
            return None
        own = certificates.own_certificate(self.store)
        assert own is not None  # export_certificate just wrote it
        messages.show_info(
            self,
            QCoreApplication.translate("dossier_signer_settings", "Certificaat geëxporteerd"),
            QCoreApplication.translate(
                "dossier_signer_settings",
                "Uw certificaat staat in:\n{path}\n\nControlecode:\n{fingerprint}\n{technical}\n\n"
                "Stuur het bestand naar de ontvanger (bijvoorbeeld het Sociaal Team). Het bevat geen "
                "geheime sleutel. Lees de controlecode telefonisch voor, zodat de ontvanger kan nagaan "
                "dat het echt van u is.",
            ).format(
                path=written,
                fingerprint=export_plan.fingerprint_lines(cert_fingerprint(own)),
                technical=translated(CTX, TECHNICAL),
            ),
        )
        self._load_certificates()
        self.certificate_changed.emit()
        return written

    def renew_certificate(self) -> bool:
        """A new personal certificate on the profile's name; the old one stays trusted for what it signed."""
        name = (self.store.get_setting("user.name") or "").strip()
        own = certificates.own_certificate(self.store)
        if not name:
            messages.show_error(
                self,
                QCoreApplication.translate("dossier_signer_settings", "Certificaat vervangen"),
                certificates.no_name_message(),
            )
            return False
        question = (
            QCoreApplication.translate(
                "dossier_signer_settings", "Een nieuw persoonlijk certificaat maken op naam van {name}?"
            ).format(name=name)
            + "\n\n"
            + (
                QCoreApplication.translate("dossier_signer_settings", "Het huidige staat op naam van {holder}.").format(
                    holder=common_name(own)
                )
                + " "
                if own
                else ""
            )
            + QCoreApplication.translate(
                "dossier_signer_settings",
                "Documenten die u al ondertekende, blijven controleerbaar. Geef ontvangers daarna het nieuwe "
                "certificaat (Mijn certificaat exporteren…).",
            )
        )
        title, yes, no = (
            QCoreApplication.translate("dossier_signer_settings", "Certificaat vervangen"),
            QCoreApplication.translate("dossier_signer_settings", "Vervangen"),
            QCoreApplication.translate("dossier_signer_settings", "Annuleren"),
        )
        if not messages.confirm(self, title, question, yes=yes, no=no):
            return False
        new = messages.attempt(
            self,
            QCoreApplication.translate("dossier_signer_settings", "Certificaat niet vervangen"),
            lambda: certificates.renew_personal(self.store, name, self._school_name()),
            self.context.home,
        )
        if new is None:
            return False
        messages.show_info(
            self,
            QCoreApplication.translate("dossier_signer_settings", "Certificaat vervangen"),
            QCoreApplication.translate(
                "dossier_signer_settings",
                "Nieuw certificaat op naam van {name}.\nControlecode:\n{fingerprint}\n{technical}",
            ).format(
                name=new.common_name,
                fingerprint=export_plan.fingerprint_lines(new.fingerprint),
                technical=translated(CTX, TECHNICAL),
            ),
        )
        self._load_certificates()
        self.certificate_changed.emit()
        return True

    def trust_certificate(self) -> None:
        title, file_filter = (
            QCoreApplication.translate("dossier_signer_settings", "Certificaat kiezen om te vertrouwen"),
            translated(CTX, CERT_FILTER),
        )
        path = choose_open_path(self.open_path, self, title, default_folder(), file_filter)
        if path is None:
            return
        refused = QCoreApplication.translate("dossier_signer_settings", "Certificaat niet vertrouwd")
        found = messages.attempt(self, refused, lambda: certificates.load_certificate(Path(path)), self.context.home)
        if found is None:
            return
        question = QCoreApplication.translate(
            "dossier_signer_settings",
            "Wilt u dit certificaat voortaan vertrouwen?\n\n{name}\nControlecode:\n{fingerprint}\n{technical}\n\n"
            "Doe dit alleen als u de controlecode telefonisch met de eigenaar hebt vergeleken.",
        ).format(
            name=common_name(found),
            fingerprint=export_plan.fingerprint_lines(cert_fingerprint(found)),
            technical=translated(CTX, TECHNICAL),
        )
        title, yes, no = (
            QCoreApplication.translate("dossier_signer_settings", "Certificaat vertrouwen"),
            QCoreApplication.translate("dossier_signer_settings", "Vertrouwen"),
            QCoreApplication.translate("dossier_signer_settings", "Annuleren"),
        )
        if not messages.confirm(self, title, question, yes=yes, no=no):
            return
        cert = messages.attempt(self, refused, lambda: certificates.trust(self.store, Path(path)), self.context.home)
        if cert is None:
            return
        messages.show_info(
            self,
            QCoreApplication.translate("dossier_signer_settings", "Certificaat vertrouwd"),
            QCoreApplication.translate(
                "dossier_signer_settings",
                "Vertrouwd: {name}\nControlecode:\n{fingerprint}\n{technical}\n\n"
                "Documenten die hiermee ondertekend zijn, ziet u voortaan als vertrouwd.",
            ).format(
                name=common_name(cert),
                fingerprint=export_plan.fingerprint_lines(cert_fingerprint(cert)),
                technical=translated(CTX, TECHNICAL),
            ),
        )
        self._load_certificates()
        self.certificate_changed.emit()
