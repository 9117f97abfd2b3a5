"""The first pages of the first-run wizard: welcome, the school (with its type and region: the
routekaart) and the user's own name and role; and the base every page of the wizard shares."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QVBoxLayout, QWizardPage

from ibdesk.domain.model import School
from ibdesk.domain.route_choice import SUPPORT_ROLE, SchoolType
from ibdesk.services import profile, school_route
from ibdesk.ui.school_route_fields import SchoolRouteFields
from ibdesk.ui.widgets import FieldBox, FieldSet, card, line_edit, styled_label

if TYPE_CHECKING:
    from ibdesk.ui.wizard import FirstRunWizard


def welcome_text() -> str:
    return QCoreApplication.translate(
        "wizard",
        "ibdesk helpt u als intern begeleider of zorgcoördinator bij leerlingbesprekingen, "
        "casussen, het MDO en de aanmelding bij het Sociaal Team.",
    )


def welcome_points() -> list[str]:
    return [
        QCoreApplication.translate(
            "wizard", "Alles wat u invoert blijft op deze computer en wordt versleuteld opgeslagen."
        ),
        QCoreApplication.translate("wizard", "Er is geen internet nodig, ook niet tijdens een gesprek met ouders."),
        QCoreApplication.translate(
            "wizard", "U legt zo meteen de gegevens van uw school en uw eigen naam en functie vast."
        ),
        QCoreApplication.translate(
            "wizard", "Daarna krijgt u één keer een herstelsleutel. Houd pen en papier bij de hand."
        ),
    ]


def heading(text: str) -> str:
    """Page titles a little larger than Qt's default wizard header."""
    return f'<span style="font-size:14pt; font-weight:600;">{text}</span>'


class SetupPage(QWizardPage):
    """A page of the first-run wizard: `wizard()` is the FirstRunWizard."""

    def wizard(self) -> FirstRunWizard:
        return cast("FirstRunWizard", super().wizard())


class WelcomePage(SetupPage):
    def __init__(self, home: Path):
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("wizard", "Welkom bij ibdesk")))
        self.setSubTitle(
            QCoreApplication.translate(
                "wizard", "We richten samen uw versleutelde profiel in. Dat duurt een paar minuten."
            )
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(styled_label(welcome_text(), "body"))
        box = card()
        points = QVBoxLayout(box)
        points.setContentsMargins(18, 14, 18, 14)
        points.setSpacing(8)
        for point in welcome_points():
            points.addWidget(styled_label(f"•  {point}", "body"))
        layout.addWidget(box)
        layout.addSpacing(6)
        layout.addWidget(
            styled_label(
                QCoreApplication.translate("wizard", "Het profiel komt in deze map:\n{folder}").format(folder=home),
                "hint",
            )
        )
        layout.addStretch(1)


class SchoolPage(SetupPage):
    def __init__(self, routes=None) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("wizard", "Uw school")))
        self.setSubTitle(
            QCoreApplication.translate(
                "wizard", "Deze gegevens staan straks op verslagen en op het dossier voor het Sociaal Team."
            )
        )
        self.fields = FieldSet()
        self.name = line_edit(
            QCoreApplication.translate("wizard", "Naam van de school"),
            QCoreApplication.translate("wizard", "bijvoorbeeld OBS De Regenboog"),
        )
        self.brin = line_edit(
            QCoreApplication.translate("wizard", "BRIN-nummer"),
            QCoreApplication.translate("wizard", "bijvoorbeeld 12AB"),
        )
        self.municipality = line_edit(
            QCoreApplication.translate("wizard", "Gemeente"),
            QCoreApplication.translate("wizard", "bijvoorbeeld Renkum"),
        )
        self.region = line_edit(
            QCoreApplication.translate("wizard", "Regio of samenwerkingsverband"),
            QCoreApplication.translate("wizard", "bijvoorbeeld SWV Rijn en Heuvel"),
        )
        self.route_fields = SchoolRouteFields(routes or school_route.school_routes(), self.region)
        self.school_type = self.route_fields.type_combo
        grid = QGridLayout(self)
        grid.setVerticalSpacing(10)
        grid.setHorizontalSpacing(18)
        boxes = [
            ("naam", QCoreApplication.translate("wizard", "&Naam van de school"), self.name, ""),
            (
                "brin",
                QCoreApplication.translate("wizard", "&BRIN-nummer"),
                self.brin,
                QCoreApplication.translate("wizard", "Twee cijfers en twee letters; mag leeg blijven."),
            ),
            ("gemeente", QCoreApplication.translate("wizard", "&Gemeente"), self.municipality, ""),
            ("regio", QCoreApplication.translate("wizard", "&Regio / samenwerkingsverband"), self.region, ""),
            ("schooltype", QCoreApplication.translate("wizard", "&Soort school"), self.school_type, ""),
        ]
        for index, (key, label, edit, hint) in enumerate(boxes):
            box = self.fields.add(key, FieldBox(label, edit, edit.accessibleName(), hint))
            grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.route_fields.route_label, 2, 1)
        grid.addWidget(self.route_fields.regions_hint, 3, 0, 1, 2)
        grid.setRowStretch(4, 1)

    def school(self) -> School:
        return School(
            name=self.name.text(),
            municipality=self.municipality.text(),
            brin=self.brin.text() or None,
            region=self.region.text().strip() or None,
            school_type=self.route_fields.school_type(),
        )

    def validatePage(self) -> bool:
        errors = profile.school_errors(self.school())
        self.fields.show_errors(errors)
        return not errors and self.wizard().create_if_commit(self)


class UserPage(SetupPage):
    """The user's own name and role: the sender on documents and the name in the logbook (never
    the computer's login name)."""

    # Stored as written and printed as the sender on Dutch documents, so Dutch in either language.
    ROLES = (
        "intern begeleider",
        "zorgcoördinator",
        "ondersteuningscoördinator",
        "mentor",
        "orthopedagoog",
        "directeur",
    )

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("wizard", "Over uzelf")))
        self.setSubTitle(
            QCoreApplication.translate(
                "wizard",
                "Uw naam en functie staan als afzender op verslagen, overdrachten en het dossier voor "
                "het Sociaal Team, en in het logboek.",
            )
        )
        self.fields = FieldSet()
        self.name = line_edit(
            QCoreApplication.translate("wizard", "Uw naam"),
            QCoreApplication.translate("wizard", "bijvoorbeeld Marieke de Wit"),
        )
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(self.ROLES)
        self.role.setCurrentText("")
        edit = self.role.lineEdit()
        assert edit is not None  # the combo box is editable
        edit.setPlaceholderText(QCoreApplication.translate("wizard", "kies of typ uw functie"))
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        grid.addWidget(
            self.fields.add(
                "naam",
                FieldBox(
                    QCoreApplication.translate("wizard", "Uw &naam"),
                    self.name,
                    QCoreApplication.translate("wizard", "Uw naam"),
                    QCoreApplication.translate("wizard", "Zoals die onder een verslag moet staan."),
                ),
            ),
            0,
            0,
            Qt.AlignmentFlag.AlignTop,
        )
        grid.addWidget(
            self.fields.add(
                "functie",
                FieldBox(
                    QCoreApplication.translate("wizard", "Uw &functie"),
                    self.role,
                    QCoreApplication.translate("wizard", "Uw functie"),
                    QCoreApplication.translate("wizard", "Kies uit de lijst of typ uw eigen functie."),
                ),
            ),
            0,
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

    def initializePage(self) -> None:
        if not self.role.currentText().strip():
            kind = self.wizard().school_page.route_fields.school_type()
            self.role.setCurrentText(SUPPORT_ROLE[SchoolType(kind)])

    def user(self) -> tuple[str, str]:
        return self.name.text().strip(), self.role.currentText().strip()

    def validatePage(self) -> bool:
        errors = profile.user_errors(*self.user())
        self.fields.show_errors(errors)
        return not errors and self.wizard().create_if_commit(self)
