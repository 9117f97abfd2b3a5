"""The 'Ondertekenen' section of Instellingen: the sender's details (user.name, user.role,
user.phone, user.email), which certificate signs, and the own certificate to hand to a
receiver — or someone else's to trust.

    section = SignerSettings(context)       # a card, like the other sections of Instellingen
    section.refresh()                       # when the page is shown
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ibdesk.domain.certificate_names import cert_fingerprint, common_name
from ibdesk.services import certificates, export_plan
from ibdesk.ui.dossier.common import AskOpenPath, FingerprintLabel, SenderFields, choose_open_path, default_folder
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.base import Context
from ibdesk.ui.widgets import styled_label

CERT_FILTER = "Certificaat (*.pem *.cer *.der *.crt);;Alle bestanden (*)"
CERT_SAVE_FILTER = "Certificaat (*.pem);;Certificaat, binair (*.cer)"

TECHNICAL = "Technisch: de vingerafdruk (SHA-256) van het certificaat."


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
        layout.addWidget(styled_label("Ondertekenen", "cardTitle", wrap=False))
        layout.addWidget(
            styled_label(
                "Uw gegevens als afzender op dossiers en overdrachten die u ondertekent. "
                "De ontvanger gebruikt ze om u te bereiken.",
                "hint",
            )
        )
        self.sender_fields = SenderFields()
        layout.addWidget(self.sender_fields)
        row = QHBoxLayout()
        self.save_button = button("Afzendergegevens &opslaan", "Afzendergegevens opslaan", self.save)
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
        self.school_label = self._fact(facts, "Certificaat van de school")
        self.ca_label = self._fact(facts, "Wie de school vertrouwt\nTechnisch: CA-certificaat van de school")
        self.own_label = self._fact(facts, "Uw persoonlijke certificaat")
        self.fingerprint = FingerprintLabel()
        facts.addWidget(self.fingerprint, facts.rowCount(), 1, Qt.AlignmentFlag.AlignLeft)
        self.trusted_label = self._fact(facts, "Certificaten van anderen")
        layout.addLayout(facts)
        row = QHBoxLayout()
        self.export_button = button(
            "Mijn certificaat e&xporteren…", "Mijn certificaat exporteren", self.export_certificate
        )
        self.trust_button = button(
            "Certificaat van een ander &vertrouwen…", "Certificaat van een ander vertrouwen", self.trust_certificate
        )
        self.renew_button = button(
            "Certificaat ve&rvangen…", "Mijn persoonlijke certificaat vervangen", self.renew_certificate
        )
        row.addWidget(self.export_button)
        row.addWidget(self.renew_button)
        row.addWidget(self.trust_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            styled_label(
                "Geef uw certificaat vooraf aan het Sociaal Team, zodat zij uw documenten als vertrouwd zien. Lees bij "
                "twijfel de controlecode telefonisch voor.",
                "hint",
            )
        )

    @staticmethod
    def _fact(grid: QGridLayout, caption: str) -> QLabel:
        row = grid.rowCount()
        first, *detail = caption.split("\n")  # a 'Technisch:' detail line goes under the caption
        grid.addWidget(
            styled_label("\n".join([first + ":", *detail]), "hint", wrap=False, elide=not detail),
            row,
            0,
            Qt.AlignmentFlag.AlignTop,
        )
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
        messages.attempt(self, "Ondertekenen", self._load, self.context.home)

    def _load(self) -> None:
        self.sender_fields.set_sender(export_plan.stored_sender(self.store))
        self.saved_label.setText("")
        self._load_certificates()

    def _load_certificates(self) -> None:
        state = export_plan.certificate_state(self.store)
        if state.kind == "school":
            found = state.school_p12 is not None and state.school_p12.is_file()
            self.school_label.setText(
                f"ingesteld: {state.school_p12}. U ondertekent hiermee; het wachtwoord wordt één keer gevraagd."
                if found
                else f"ingesteld, maar niet gevonden: {state.school_p12}. Vraag de ICT-beheerder "
                "het pad te controleren."
            )
            self.school_label.setProperty("role", "body" if found else "errorText")
        else:
            self.school_label.setText("niet ingesteld — u ondertekent met uw persoonlijke certificaat.")
            self.school_label.setProperty("role", "body")
        ca = export_plan.school_ca(self.store)
        self.ca_label.setText(str(ca) if ca else "niet ingesteld")
        own = certificates.own_certificate(self.store)
        holder = certificates.needs_renewal(self.store, self.store.get_setting("user.name") or "")
        self.own_label.setText(
            f"op naam van {holder} — niet uw naam. Vervang het: een document zou anders '{holder}' als "
            "ondertekenaar noemen."
            if holder
            else f"{common_name(own)}"
            if own
            else "nog niet gemaakt; dat gebeurt bij de eerste export of als u het exporteert."
        )
        self.own_label.setProperty("role", "errorText" if holder else "body")
        self.own_label.style().polish(self.own_label)
        self.renew_button.setVisible(own is not None and state.kind != "school")
        self.fingerprint.set_fingerprint(cert_fingerprint(own) if own else "")
        count = len(json.loads(self.store.get_setting(certificates.TRUSTED) or "[]"))
        self.trusted_label.setText("geen vertrouwd" if not count else f"{count} vertrouwd")

    def save(self) -> bool:
        if not self.sender_fields.validate():
            return False
        sender = self.sender_fields.current_sender()

        def save() -> bool:
            export_plan.save_sender(self.store, sender)
            return True

        done = messages.attempt(self, "Afzendergegevens niet opgeslagen", save, self.context.home)
        if done:
            self.saved_label.setText("Opgeslagen.")
            self.saved.emit()
        return bool(done)

    def export_certificate(self) -> Path | None:
        suggested = default_folder() / "mijn-ibdesk-certificaat.pem"
        path = messages.ask_save_path(self, "Mijn certificaat opslaan", suggested, CERT_SAVE_FILTER)
        if path is None:
            return None
        name = self.sender_fields.current_sender().name or self.store.get_setting("user.name") or ""
        written = messages.attempt(
            self,
            "Certificaat niet geëxporteerd",
            lambda: certificates.export_certificate(self.store, Path(path), name, self._school_name()),
            self.context.home,
        )
        if written is None:
            return None
        own = certificates.own_certificate(self.store)
        assert own is not None  # export_certificate just wrote it
        messages.show_info(
            self,
            "Certificaat geëxporteerd",
            f"Uw certificaat staat in:\n{written}\n\nControlecode:\n"
            f"{export_plan.fingerprint_lines(cert_fingerprint(own))}\n{TECHNICAL}\n\n"
            "Stuur het bestand naar de ontvanger (bijvoorbeeld het Sociaal Team). Het bevat geen "
            "geheime sleutel. Lees de controlecode telefonisch voor, zodat de ontvanger kan nagaan "
            "dat het echt van u is.",
        )
        self._load_certificates()
        self.certificate_changed.emit()
        return written

    def renew_certificate(self) -> bool:
        """A new personal certificate on the profile's name; the old one stays trusted for what it signed."""
        name = (self.store.get_setting("user.name") or "").strip()
        own = certificates.own_certificate(self.store)
        if not name:
            messages.show_error(self, "Certificaat vervangen", certificates.NO_NAME)
            return False
        question = (
            f"Een nieuw persoonlijk certificaat maken op naam van {name}?\n\n"
            + (f"Het huidige staat op naam van {common_name(own)}. " if own else "")
            + "Documenten die u al ondertekende, blijven controleerbaar. Geef ontvangers daarna het nieuwe "
            "certificaat (Mijn certificaat exporteren…)."
        )
        if not messages.confirm(self, "Certificaat vervangen", question, yes="Vervangen", no="Annuleren"):
            return False
        new = messages.attempt(
            self,
            "Certificaat niet vervangen",
            lambda: certificates.renew_personal(self.store, name, self._school_name()),
            self.context.home,
        )
        if new is None:
            return False
        messages.show_info(
            self,
            "Certificaat vervangen",
            f"Nieuw certificaat op naam van {new.common_name}.\nControlecode:\n"
            f"{export_plan.fingerprint_lines(new.fingerprint)}\n{TECHNICAL}",
        )
        self._load_certificates()
        self.certificate_changed.emit()
        return True

    def trust_certificate(self) -> None:
        path = choose_open_path(
            self.open_path, self, "Certificaat kiezen om te vertrouwen", default_folder(), CERT_FILTER
        )
        if path is None:
            return
        found = messages.attempt(
            self, "Certificaat niet vertrouwd", lambda: certificates.load_certificate(Path(path)), self.context.home
        )
        if found is None:
            return
        question = (
            f"Wilt u dit certificaat voortaan vertrouwen?\n\n{common_name(found)}\n"
            f"Controlecode:\n{export_plan.fingerprint_lines(cert_fingerprint(found))}\n{TECHNICAL}\n\n"
            "Doe dit alleen als u de controlecode telefonisch met de eigenaar hebt vergeleken."
        )
        if not messages.confirm(self, "Certificaat vertrouwen", question, yes="Vertrouwen", no="Annuleren"):
            return
        cert = messages.attempt(
            self, "Certificaat niet vertrouwd", lambda: certificates.trust(self.store, Path(path)), self.context.home
        )
        if cert is None:
            return
        messages.show_info(
            self,
            "Certificaat vertrouwd",
            f"Vertrouwd: {common_name(cert)}\nControlecode:\n"
            f"{export_plan.fingerprint_lines(cert_fingerprint(cert))}\n{TECHNICAL}\n\n"
            "Documenten die hiermee "
            "ondertekend zijn, ziet u voortaan als vertrouwd.",
        )
        self._load_certificates()
        self.certificate_changed.emit()
