"""One organisation: its kind, name, address and phone, and its people; every problem is
shown under its field. Deleting is offered only when no record refers to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.errors import InvalidRecord
from ibdesk.services.organisations import OrganisationService
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import nl_phone
from ibdesk.ui.pages.org_people import PeopleList
from ibdesk.ui.widgets import FieldBox, FieldSet, PageHeader, chain_tab_order, line_edit, named, styled_label

# (key in the validation errors, label with mnemonic, accessible name, placeholder, hint), the texts
# marked for translation in the context `organisation_editor` and translated when the form is built.
ORG_FIELDS = [
    (
        "naam",
        QT_TRANSLATE_NOOP("organisation_editor", "&Naam"),
        QT_TRANSLATE_NOOP("organisation_editor", "Naam van de organisatie"),
        QT_TRANSLATE_NOOP("organisation_editor", "bijvoorbeeld Sociaal Team Renkum"),
        "",
    ),
    (
        "gemeente",
        QT_TRANSLATE_NOOP("organisation_editor", "&Gemeente"),
        QT_TRANSLATE_NOOP("organisation_editor", "Gemeente"),
        "",
        QT_TRANSLATE_NOOP(
            "organisation_editor",
            "Verplicht bij een Sociaal Team: ibdesk kiest het team van de woongemeente van de leerling.",
        ),
    ),
    (
        "adres",
        QT_TRANSLATE_NOOP("organisation_editor", "&Adres"),
        QT_TRANSLATE_NOOP("organisation_editor", "Bezoekadres"),
        QT_TRANSLATE_NOOP("organisation_editor", "straat en huisnummer"),
        "",
    ),
    (
        "postcode",
        QT_TRANSLATE_NOOP("organisation_editor", "&Postcode"),
        QT_TRANSLATE_NOOP("organisation_editor", "Postcode"),
        QT_TRANSLATE_NOOP("organisation_editor", "1234 AB"),
        "",
    ),
    (
        "plaats",
        QT_TRANSLATE_NOOP("organisation_editor", "Plaa&ts"),
        QT_TRANSLATE_NOOP("organisation_editor", "Plaats"),
        "",
        "",
    ),
    (
        "telefoon",
        QT_TRANSLATE_NOOP("organisation_editor", "Tele&foon"),
        QT_TRANSLATE_NOOP("organisation_editor", "Telefoonnummer"),
        QT_TRANSLATE_NOOP("organisation_editor", "026 123 4567, 14 026, 0800 …, +32 …"),
        "",
    ),
    (
        "e-mail",
        QT_TRANSLATE_NOOP("organisation_editor", "&E-mail"),
        QT_TRANSLATE_NOOP("organisation_editor", "E-mailadres"),
        QT_TRANSLATE_NOOP("organisation_editor", "naam@organisatie.nl"),
        "",
    ),
    (
        "brin",
        QT_TRANSLATE_NOOP("organisation_editor", "&BRIN"),
        QT_TRANSLATE_NOOP("organisation_editor", "BRIN-nummer"),
        QT_TRANSLATE_NOOP("organisation_editor", "bijvoorbeeld 12AB"),
        QT_TRANSLATE_NOOP("organisation_editor", "Alleen voor scholen; niet verplicht."),
    ),
]


def _tr(text: str) -> str:
    """A text of ORG_FIELDS in the UI's language ('' stays '')."""
    return translated("organisation_editor", text) if text else ""


class OrganisationEditor(QDialog):
    """Saves through OrganisationService; on problems nothing is saved and nothing typed is lost."""

    def __init__(
        self,
        service: OrganisationService,
        org: Organisation | None = None,
        kind: OrgKind | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service, self.org = service, org
        self.saved: Organisation | None = None
        self.deleted = False
        self.setWindowTitle(
            QCoreApplication.translate("organisation_editor", "Organisatie bewerken")
            if org
            else QCoreApplication.translate("organisation_editor", "Nieuwe organisatie")
        )
        self.resize(820, 720)
        self.setMinimumSize(640, 460)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._build_form())
        outer.addWidget(scroll, 1)
        outer.addLayout(self._build_buttons())
        self._fill(org, kind)
        self.people.changed.connect(self._tab_order)
        self._tab_order()

    def _build_form(self) -> QWidget:
        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(28, 20, 28, 12)
        layout.setSpacing(12)
        layout.addWidget(
            PageHeader(
                self.org.name if self.org else QCoreApplication.translate("organisation_editor", "Nieuwe organisatie"),
                QCoreApplication.translate(
                    "organisation_editor", "Wie u belt, waar ze zitten, en naar wie u opschaalt als het vastloopt."
                ),
            )
        )
        self.general_error = styled_label("", "error")
        self.general_error.setVisible(False)
        layout.addWidget(self.general_error)
        self.fields, self.edits = FieldSet(), {}
        self.kind = QComboBox()
        for kind in OrgKind:
            self.kind.addItem(kind.label, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(
            self.fields.add(
                "soort",
                FieldBox(
                    QCoreApplication.translate("organisation_editor", "&Soort"),
                    self.kind,
                    QCoreApplication.translate("organisation_editor", "Soort organisatie"),
                ),
            ),
            0,
            0,
            top,
        )
        for index, (key, label, name, placeholder, hint) in enumerate(ORG_FIELDS, start=1):
            self.edits[key] = line_edit(_tr(name), _tr(placeholder))
            box = self.fields.add(key, FieldBox(_tr(label), self.edits[key], _tr(name), _tr(hint)))
            grid.addWidget(box, index // 2, index % 2, top)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.active = QCheckBox(
            QCoreApplication.translate(
                "organisation_editor", "Actief: aanbieden in keuzelijsten van formulieren en bij het delen"
            )
        )
        named(self.active, QCoreApplication.translate("organisation_editor", "Organisatie is actief"))
        layout.addWidget(self.active)
        self.key_label = styled_label("", "hint")
        layout.addWidget(self.key_label)
        layout.addWidget(
            styled_label(
                QCoreApplication.translate("organisation_editor", "Contactpersonen"), "sectionTitle", wrap=False
            )
        )
        self.people = PeopleList(self.org.contacts if self.org else [])
        layout.addWidget(self.people)
        self.delete_hint = styled_label("", "hint")
        layout.addWidget(self.delete_hint)
        layout.addStretch(1)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(28, 0, 28, 0)
        self.delete_button = button(
            QCoreApplication.translate("organisation_editor", "Ver&wijderen…"),
            QCoreApplication.translate("organisation_editor", "Organisatie verwijderen"),
            self.delete,
        )
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("organisation_editor", "&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("organisation_editor", "Annu&leren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        named(self.save_button, QCoreApplication.translate("organisation_editor", "Organisatie opslaan"))
        named(self.cancel_button, QCoreApplication.translate("organisation_editor", "Annuleren, niets opslaan"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        return row

    def _fill(self, org: Organisation | None, kind: OrgKind | None) -> None:
        chosen = org.kind if org else (kind or OrgKind.SOCIAAL_TEAM)
        self.kind.setCurrentIndex(self.kind.findData(chosen))
        self._kind_changed()
        self.active.setChecked(org.active if org else True)
        self.delete_button.setVisible(org is not None)
        if org is None:
            self.key_label.setVisible(False)
            return
        values = {
            "naam": org.name,
            "gemeente": org.municipality,
            "adres": org.address,
            "postcode": org.postcode,
            "plaats": org.place,
            "telefoon": nl_phone(org.phone),
            "e-mail": org.email,
            "brin": org.brin,
        }
        for key, value in values.items():
            self.edits[key].setText(value or "")
        self.key_label.setText(
            QCoreApplication.translate(
                "organisation_editor",
                "Sleutel uit het organisatiebestand: {key}. Een nieuwe import werkt deze organisatie bij.",
            ).format(key=org.key)
            if org.key
            else ""
        )
        self.key_label.setVisible(bool(org.key))
        self._explain_delete()

    def _explain_delete(self) -> None:
        org_id = self.org.id if self.org is not None else None
        if org_id is None:  # a new organisation: nothing refers to it
            return
        refs = messages.attempt(
            self,
            QCoreApplication.translate("organisation_editor", "Organisatie"),
            lambda: self.service.references(org_id),
        )
        used = refs is not None and refs.total > 0
        self.delete_button.setEnabled(refs is not None and not used)
        self.delete_hint.setText(
            QCoreApplication.translate(
                "organisation_editor",
                "Verwijderen kan niet: deze organisatie wordt gebruikt ({uses}). "
                "Zet haar op non-actief; wat al is vastgelegd blijft leesbaar.",
            ).format(uses=refs.describe())
            if refs and used
            else ""
        )
        self.delete_hint.setVisible(used)

    def _kind_changed(self) -> None:
        self.fields.boxes["brin"].setVisible(self.kind.currentData() is OrgKind.SCHOOL)

    def _tab_order(self) -> None:
        chain_tab_order(
            [self.kind]
            + [self.edits[key] for key, *_ in ORG_FIELDS]
            + [self.active]
            + self.people.focus_widgets()
            + [self.save_button, self.cancel_button, self.delete_button]
        )

    def typed_organisation(self) -> Organisation:
        """A record from what is on screen (as typed; the service validates and normalises it)."""
        text = {key: edit.text() or None for key, edit in self.edits.items()}
        kind = self.kind.currentData()
        return Organisation(
            kind=kind,
            name=text["naam"] or "",
            municipality=text["gemeente"],
            phone=text["telefoon"],
            email=text["e-mail"],
            contacts=self.people.contacts(),
            address=text["adres"],
            postcode=text["postcode"],
            place=text["plaats"],
            brin=text["brin"] if kind is OrgKind.SCHOOL else None,
            active=self.active.isChecked(),
            key=self.org.key if self.org else None,
            id=self.org.id if self.org else None,
        )

    def save(self) -> None:
        try:
            self.saved = self.service.save(self.typed_organisation())
        except InvalidRecord as exc:
            self.show_errors(exc.errors)
            return
        except Exception as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("organisation_editor", "Organisatie niet opgeslagen"),
                messages.describe(exc, self.service.store.paths.home),
            )
            return
        self.accept()

    def delete(self) -> None:
        org_id = self.org.id if self.org is not None else None
        if (
            self.org is None
            or org_id is None
            or not messages.confirm(
                self,
                QCoreApplication.translate("organisation_editor", "Organisatie verwijderen"),
                QCoreApplication.translate(
                    "organisation_editor", "{name} verwijderen? Dit kan niet ongedaan worden."
                ).format(name=self.org.name),
                yes=QCoreApplication.translate("organisation_editor", "Verwijderen"),
                no=QCoreApplication.translate("organisation_editor", "Niet verwijderen"),
            )
        ):
            return

        def delete() -> bool:
            self.service.delete(org_id)
            return True

        if messages.attempt(
            self,
            QCoreApplication.translate("organisation_editor", "Organisatie niet verwijderd"),
            delete,
            self.service.store.paths.home,
        ):
            self.deleted = True
            self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.people.show_errors(errors)
        rest = self.fields.show_errors(errors)  # second, so focus lands on the first organisation field
        rest = {k: v for k, v in rest.items() if not k.startswith("contact") and k != "opschalen"}
        self.general_error.setText("\n".join(rest.values()))
        self.general_error.setVisible(bool(rest))
