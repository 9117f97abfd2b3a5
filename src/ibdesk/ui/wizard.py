"""The first-run wizard: welcome, school (with its type and region: the routekaart), the user's
own name and role, passphrase (only without keyring), recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from ibdesk.domain.model import School
from ibdesk.domain.route_choice import SUPPORT_ROLE, SchoolType
from ibdesk.services import profile, school_route
from ibdesk.services.profile import Store
from ibdesk.ui.kit import messages
from ibdesk.ui.recovery import RecoveryConfirmField, RecoveryKeyView
from ibdesk.ui.school_route_fields import SchoolRouteFields
from ibdesk.ui.widgets import FieldBox, FieldSet, card, line_edit, styled_label

CreateFn = Callable[[Path, School, str | None], tuple[Store, str]]
WELCOME_TEXT = (
    "ibdesk helpt u als intern begeleider of zorgcoördinator bij leerlingbesprekingen, "
    "casussen, het MDO en de aanmelding bij het Sociaal Team."
)
WELCOME_POINTS = [
    "Alles wat u invoert blijft op deze computer en wordt versleuteld opgeslagen.",
    "Er is geen internet nodig, ook niet tijdens een gesprek met ouders.",
    "U legt zo meteen de gegevens van uw school en uw eigen naam en functie vast.",
    "Daarna krijgt u één keer een herstelsleutel. Houd pen en papier bij de hand.",
]


def heading(text: str) -> str:
    """Page titles a little larger than Qt's default wizard header."""
    return f'<span style="font-size:14pt; font-weight:600;">{text}</span>'


class _SetupPage(QWizardPage):
    """A page of the first-run wizard: `wizard()` is the FirstRunWizard."""

    def wizard(self) -> FirstRunWizard:
        return cast("FirstRunWizard", super().wizard())


class WelcomePage(_SetupPage):
    def __init__(self, home: Path):
        super().__init__()
        self.setTitle(heading("Welkom bij ibdesk"))
        self.setSubTitle("We richten samen uw versleutelde profiel in. Dat duurt een paar minuten.")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(styled_label(WELCOME_TEXT, "body"))
        box = card()
        points = QVBoxLayout(box)
        points.setContentsMargins(18, 14, 18, 14)
        points.setSpacing(8)
        for point in WELCOME_POINTS:
            points.addWidget(styled_label(f"•  {point}", "body"))
        layout.addWidget(box)
        layout.addSpacing(6)
        layout.addWidget(styled_label(f"Het profiel komt in deze map:\n{home}", "hint"))
        layout.addStretch(1)


class SchoolPage(_SetupPage):
    def __init__(self, routes=None) -> None:
        super().__init__()
        self.setTitle(heading("Uw school"))
        self.setSubTitle("Deze gegevens staan straks op verslagen en op het dossier voor het Sociaal Team.")
        self.fields = FieldSet()
        self.name = line_edit("Naam van de school", "bijvoorbeeld OBS De Regenboog")
        self.brin = line_edit("BRIN-nummer", "bijvoorbeeld 12AB")
        self.municipality = line_edit("Gemeente", "bijvoorbeeld Renkum")
        self.region = line_edit("Regio of samenwerkingsverband", "bijvoorbeeld SWV Rijn en Heuvel")
        self.route_fields = SchoolRouteFields(routes or school_route.school_routes(), self.region)
        self.school_type = self.route_fields.type_combo
        grid = QGridLayout(self)
        grid.setVerticalSpacing(10)
        grid.setHorizontalSpacing(18)
        boxes = [
            ("naam", "&Naam van de school", self.name, ""),
            ("brin", "&BRIN-nummer", self.brin, "Twee cijfers en twee letters; mag leeg blijven."),
            ("gemeente", "&Gemeente", self.municipality, ""),
            ("regio", "&Regio / samenwerkingsverband", self.region, ""),
            ("schooltype", "&Soort school", self.school_type, ""),
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


class UserPage(_SetupPage):
    """The user's own name and role: the sender on documents and the name in the logbook (never
    the computer's login name)."""

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
        self.setTitle(heading("Over uzelf"))
        self.setSubTitle(
            "Uw naam en functie staan als afzender op verslagen, overdrachten en het dossier voor "
            "het Sociaal Team, en in het logboek."
        )
        self.fields = FieldSet()
        self.name = line_edit("Uw naam", "bijvoorbeeld Marieke de Wit")
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(self.ROLES)
        self.role.setCurrentText("")
        edit = self.role.lineEdit()
        assert edit is not None  # the combo box is editable
        edit.setPlaceholderText("kies of typ uw functie")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        grid.addWidget(
            self.fields.add(
                "naam", FieldBox("Uw &naam", self.name, "Uw naam", "Zoals die onder een verslag moet staan.")
            ),
            0,
            0,
            Qt.AlignmentFlag.AlignTop,
        )
        grid.addWidget(
            self.fields.add(
                "functie",
                FieldBox("Uw &functie", self.role, "Uw functie", "Kies uit de lijst of typ uw eigen functie."),
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


class PassphrasePage(_SetupPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading("Wachtwoordzin"))
        self.setSubTitle(
            "Deze computer heeft geen sleutelbeheer (keyring) dat ibdesk kan gebruiken. "
            "Daarom opent u ibdesk met een wachtwoordzin."
        )
        self.fields = FieldSet()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.first = self._secret("Wachtwoordzin")
        self.second = self._secret("Wachtwoordzin herhalen")
        hint = (
            f"Minstens {profile.MIN_PASSPHRASE_LENGTH} tekens. Een zin van een paar woorden "
            "is sterk én goed te onthouden."
        )
        layout.addWidget(
            self.fields.add("wachtwoordzin", FieldBox("&Wachtwoordzin", self.first, "Wachtwoordzin", hint))
        )
        self.strength = styled_label("", "hint")
        self.strength.setAccessibleName("Sterkte van de wachtwoordzin")
        layout.addWidget(self.strength)
        self.first.textChanged.connect(self._show_strength)
        layout.addWidget(
            self.fields.add("herhaling", FieldBox("Wachtwoordzin &herhalen", self.second, "Wachtwoordzin herhalen"))
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


class RecoveryShowPage(_SetupPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading("Uw herstelsleutel"))
        self.setSubTitle("Het profiel is aangemaakt. Met deze sleutel komt u altijd weer bij uw gegevens.")
        layout = QVBoxLayout(self)
        self.view = RecoveryKeyView()
        layout.addWidget(self.view)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.view.set_key(self.wizard().recovery_key or "")


class RecoveryConfirmPage(_SetupPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading("Herstelsleutel controleren"))
        self.setSubTitle("U kunt pas verder als de overgetypte sleutel klopt.")
        layout = QVBoxLayout(self)
        self.confirm = RecoveryConfirmField()
        self.confirm.changed.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.confirm.set_expected(self.wizard().recovery_key or "")

    def isComplete(self) -> bool:
        return self.confirm.matches()


class FirstRunWizard(QWizard):
    """Creates the profile when the last input page is confirmed; `created` carries the store."""

    created = Signal(object)

    def __init__(
        self, home: Path, keyring_available: bool | None = None, create: CreateFn = profile.create_profile, routes=None
    ):
        super().__init__()
        self.home = home
        self._create = create
        self.store: Store | None = None
        self.recovery_key: str | None = None
        self.setWindowTitle("ibdesk — nieuw profiel")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(760, 560)
        self._dutch_buttons()
        if keyring_available is None:
            keyring_available = profile.keyring_available()
        self.welcome_page, self.school_page = WelcomePage(home), SchoolPage(routes)
        self.user_page = UserPage()
        self.passphrase_page = None if keyring_available else PassphrasePage()
        self.show_page, self.confirm_page = RecoveryShowPage(), RecoveryConfirmPage()
        for page in (
            self.welcome_page,
            self.school_page,
            self.user_page,
            self.passphrase_page,
            self.show_page,
            self.confirm_page,
        ):
            if page is not None:
                self.addPage(page)
        self.commit_page = self.passphrase_page or self.user_page
        self.commit_page.setCommitPage(True)

    def _dutch_buttons(self) -> None:
        texts = {
            QWizard.WizardButton.BackButton: "< &Terug",
            QWizard.WizardButton.NextButton: "&Volgende >",
            QWizard.WizardButton.CommitButton: "&Profiel aanmaken",
            QWizard.WizardButton.FinishButton: "&Voltooien",
            QWizard.WizardButton.CancelButton: "&Annuleren",
        }
        for which, text in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", "").strip("<> "))

    def create_if_commit(self, page: QWizardPage) -> bool:
        """On the commit page: create the profile now (so the key can be shown)."""
        if page is not self.commit_page or self.store is not None:
            return True
        passphrase = self.passphrase_page.passphrase() if self.passphrase_page else None
        try:
            self.store, self.recovery_key = self._create(self.home, self.school_page.school(), passphrase)
            if self.store is not None:
                profile.save_user(self.store, *self.user_page.user())
        except Exception as exc:
            messages.show_error(self, "Profiel niet aangemaakt", messages.describe(exc, self.home))
            return False
        return True

    def accept(self) -> None:
        if self.store is None or not self.confirm_page.isComplete():
            return
        try:
            profile.mark_recovery_confirmed(self.store)
        except Exception as exc:
            messages.show_error(self, "Herstelsleutel", messages.describe(exc, self.home))
            return
        self.created.emit(self.store)  # the main window opens before this one closes
        super().accept()
