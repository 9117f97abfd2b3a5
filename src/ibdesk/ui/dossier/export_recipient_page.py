"""The first page of the export wizard: the recipient (by default the Sociaal Team of the
pupil's residence; with grensverkeer both teams, explained) and the purpose of sharing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QVBoxLayout

from ibdesk.domain.model import Organisation
from ibdesk.services import export_plan
from ibdesk.ui.dossier.common import ExportPage, esc, heading, section
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.widgets import FieldBox, named, styled_label


class RecipientPage(ExportPage):
    """Default: the Sociaal Team of residence; with grensverkeer both teams, explained."""

    def __init__(self, choices: export_plan.Recipients, pupil_name: str):
        super().__init__()
        self.choices = choices
        self.setTitle(heading(QCoreApplication.translate("dossier_export_recipient_page", "Ontvanger en doel")))
        self.setSubTitle(
            QCoreApplication.translate(
                "dossier_export_recipient_page",
                "Dossier van {name}. Alleen wat deze ontvanger voor dit doel mag ontvangen, komt erin.",
            ).format(name=pupil_name)
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        border = QCoreApplication.translate(
            "dossier_export_recipient_page", "<b>Grensverkeer.</b> {explanation}"
        ).format(explanation=esc(choices.explanation()))
        self.border_box = Banner("info", border)
        self.border_label = self.border_box.body
        self.border_box.setVisible(choices.crosses_border)
        layout.addWidget(self.border_box)
        layout.addWidget(section(QCoreApplication.translate("dossier_export_recipient_page", "Ontvanger")))
        self.group = QButtonGroup(self)
        residence, municipality = choices.residence, choices.residence_municipality
        text = (
            QCoreApplication.translate(
                "dossier_export_recipient_page", "Sociaal Team van de &woongemeente ({municipality}): {name}"
            ).format(municipality=municipality, name=residence.name)
            if residence
            else QCoreApplication.translate(
                "dossier_export_recipient_page",
                "Geen Sociaal Team bekend voor de woongemeente ({municipality}); voeg het toe bij Contacten",
            ).format(municipality=municipality)
        )
        self.residence_radio = self._radio(
            layout,
            text,
            QCoreApplication.translate("dossier_export_recipient_page", "Sociaal Team van de woongemeente"),
            QCoreApplication.translate(
                "dossier_export_recipient_page",
                "Standaard. De woongemeente betaalt individuele jeugdhulp (woonplaatsbeginsel).",
            ),
        )
        self.residence_radio.setEnabled(residence is not None)
        self.school_radio = None
        if choices.school is not None:
            self.school_radio = self._radio(
                layout,
                QCoreApplication.translate(
                    "dossier_export_recipient_page",
                    "Sociaal Team van de gemeente van de &school ({municipality}): {name}",
                ).format(municipality=choices.school_municipality, name=choices.school.name),
                QCoreApplication.translate(
                    "dossier_export_recipient_page", "Sociaal Team van de gemeente van de school"
                ),
                QCoreApplication.translate("dossier_export_recipient_page", "Heeft de regie over jeugdhulp op school."),
            )
        row = QHBoxLayout()
        self.other_radio = QRadioButton(
            QCoreApplication.translate("dossier_export_recipient_page", "Een andere &organisatie:")
        )
        named(self.other_radio, QCoreApplication.translate("dossier_export_recipient_page", "Een andere organisatie"))
        self.group.addButton(self.other_radio)
        self.other_combo = QComboBox()
        named(
            self.other_combo,
            QCoreApplication.translate("dossier_export_recipient_page", "Andere ontvanger"),
            QCoreApplication.translate("dossier_export_recipient_page", "Een organisatie uit Contacten"),
        )
        for org in choices.others:
            self.other_combo.addItem(f"{org.name} ({org.kind.label})", org.id)
        self.other_combo.setMinimumContentsLength(30)
        row.addWidget(self.other_radio)
        row.addWidget(self.other_combo, 1)
        layout.addLayout(row)
        self.other_radio.setEnabled(bool(choices.others))
        self.other_combo.setEnabled(False)
        self.other_radio.toggled.connect(self.other_combo.setEnabled)
        self.group.buttonToggled.connect(self._choice_changed)
        (self.residence_radio if residence else self.other_radio).setChecked(True)
        layout.addSpacing(8)
        self.purpose_combo = QComboBox()
        for key, label in export_plan.purposes().items():
            self.purpose_combo.addItem(label, key)
        layout.addWidget(
            FieldBox(
                QCoreApplication.translate("dossier_export_recipient_page", "&Doel van het delen"),
                self.purpose_combo,
                QCoreApplication.translate("dossier_export_recipient_page", "Doel van het delen"),
                QCoreApplication.translate(
                    "dossier_export_recipient_page", "Toestemming geldt per ontvanger, per doel en per soort gegevens."
                ),
            )
        )
        layout.addStretch(1)

    def _choice_changed(self, *_args) -> None:
        self.completeChanged.emit()

    def _radio(self, layout: QVBoxLayout, text: str, name: str, hint: str) -> QRadioButton:
        radio = QRadioButton(text)
        named(radio, name, hint)
        self.group.addButton(radio)
        layout.addWidget(radio)
        note = styled_label(hint, "hint")
        note.setContentsMargins(24, 0, 0, 4)
        layout.addWidget(note)
        return radio

    def recipient(self) -> Organisation | None:
        if self.residence_radio.isChecked():
            return self.choices.residence
        if self.school_radio is not None and self.school_radio.isChecked():
            return self.choices.school
        org_id = self.other_combo.currentData()
        return next((o for o in self.choices.others if o.id == org_id), None)

    def choose_other(self, org_id: int) -> None:
        self.other_radio.setChecked(True)
        self.other_combo.setCurrentIndex(self.other_combo.findData(org_id))

    def purpose(self) -> str:
        return self.purpose_combo.currentData()

    def isComplete(self) -> bool:
        return self.recipient() is not None
