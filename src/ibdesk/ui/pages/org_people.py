"""The people of one organisation in its editor: a small card per person, with who is the
primary contact and to whom the school escalates (and that person's mandate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ibdesk.domain.model import Contact
from ibdesk.ui.models import nl_phone
from ibdesk.ui.widgets import FieldBox, FieldSet, card, line_edit, named, styled_label


class PersonCard(QWidget):
    """One person. The two role boxes are exclusive across the list (the list enforces it)."""

    remove_requested = Signal(object)
    role_toggled = Signal(object, str)  # (card, "primary" | "escalation") when ticked

    def __init__(self, number: int, contact: Contact | None = None):
        super().__init__()
        self._original = contact
        self.fields = FieldSet()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card()
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 10, 16, 12)
        top = QHBoxLayout()
        self.heading = styled_label("", "cardTitle", wrap=False)
        top.addWidget(self.heading)
        top.addStretch(1)
        self.remove_button = QPushButton(QCoreApplication.translate("org_people", "Verwijderen"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        self.name = line_edit("", QCoreApplication.translate("org_people", "voor- en achternaam"))
        self.role = line_edit("", QCoreApplication.translate("org_people", "bijvoorbeeld jeugdconsulent"))
        self.phone = line_edit("", QCoreApplication.translate("org_people", "026 123 4567, 06 …, 14 026"))
        self.email = line_edit("", QCoreApplication.translate("org_people", "naam@organisatie.nl"))
        self.primary = QCheckBox(QCoreApplication.translate("org_people", "Vaste contactpersoon"))
        self.escalation = QCheckBox(QCoreApplication.translate("org_people", "Opschalen naar deze persoon"))
        self.mandate = line_edit(
            "", QCoreApplication.translate("org_people", "wat mag deze persoon beslissen als het vastloopt?")
        )
        self.primary.toggled.connect(self._primary_toggled)
        self.escalation.toggled.connect(self._escalation_toggled)
        self._build_grid(layout)
        self._fill(contact)
        self.set_number(number)

    def _build_grid(self, layout: QVBoxLayout) -> None:
        boxes = {
            "naam": FieldBox(QCoreApplication.translate("org_people", "Naam"), self.name, ""),
            "functie": FieldBox(QCoreApplication.translate("org_people", "Functie"), self.role, ""),
            "telefoon": FieldBox(QCoreApplication.translate("org_people", "Telefoon"), self.phone, ""),
            "e-mail": FieldBox(QCoreApplication.translate("org_people", "E-mail"), self.email, ""),
            "mandaat": FieldBox(QCoreApplication.translate("org_people", "Mandaat bij opschaling"), self.mandate, ""),
        }
        for key, box in boxes.items():
            self.fields.add(key, box)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(boxes["naam"], 0, 0, top)
        grid.addWidget(boxes["functie"], 0, 1, top)
        grid.addWidget(boxes["telefoon"], 1, 0, top)
        grid.addWidget(boxes["e-mail"], 1, 1, top)
        roles = QHBoxLayout()
        roles.addWidget(self.primary)
        roles.addSpacing(18)
        roles.addWidget(self.escalation)
        roles.addStretch(1)
        grid.addLayout(roles, 2, 0, 1, 2)
        grid.addWidget(boxes["mandaat"], 3, 0, 1, 2, top)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.other_errors = styled_label("", "error")
        self.other_errors.setVisible(False)
        layout.addWidget(self.other_errors)

    def _fill(self, contact: Contact | None) -> None:
        c = contact or Contact(name="", role="")
        self.name.setText(c.name)
        self.role.setText(c.role or "")
        self.phone.setText(nl_phone(c.phone))
        self.email.setText(c.email or "")
        self.primary.setChecked(c.is_primary)
        self.escalation.setChecked(c.is_escalation)
        self.mandate.setText(c.mandate or "")
        self._show_mandate()

    def _primary_toggled(self, on: bool) -> None:
        if on:
            self.role_toggled.emit(self, "primary")

    def _escalation_toggled(self, on: bool) -> None:
        self._show_mandate()
        if on:
            self.role_toggled.emit(self, "escalation")
            self.mandate.setFocus()

    def _show_mandate(self) -> None:
        self.fields.boxes["mandaat"].setVisible(self.escalation.isChecked())

    def set_number(self, number: int) -> None:
        self.heading.setText(QCoreApplication.translate("org_people", "Contactpersoon {number}").format(number=number))
        named(self.name, QCoreApplication.translate("org_people", "Naam contactpersoon {number}").format(number=number))
        named(
            self.role, QCoreApplication.translate("org_people", "Functie contactpersoon {number}").format(number=number)
        )
        named(
            self.phone,
            QCoreApplication.translate("org_people", "Telefoon contactpersoon {number}").format(number=number),
        )
        named(
            self.email, QCoreApplication.translate("org_people", "E-mail contactpersoon {number}").format(number=number)
        )
        named(
            self.mandate,
            QCoreApplication.translate("org_people", "Mandaat contactpersoon {number}").format(number=number),
        )
        named(
            self.primary,
            QCoreApplication.translate("org_people", "Contactpersoon {number} is de vaste contactpersoon").format(
                number=number
            ),
        )
        named(
            self.escalation,
            QCoreApplication.translate("org_people", "Opschalen naar contactpersoon {number}").format(number=number),
        )
        named(
            self.remove_button,
            QCoreApplication.translate("org_people", "Contactpersoon {number} verwijderen").format(number=number),
        )

    def contact(self) -> Contact:
        o = self._original
        escalates = self.escalation.isChecked()
        return Contact(
            name=self.name.text(),
            role=self.role.text(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            is_primary=self.primary.isChecked(),
            is_escalation=escalates,
            mandate=self.mandate.text() if escalates else None,
            id=o.id if o else None,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = self.fields.show_errors(errors)
        self.other_errors.setText("\n".join(rest.values()))
        self.other_errors.setVisible(bool(rest))

    def focus_widgets(self) -> list[QWidget]:
        """In reading order: the remove button stands in the card's heading row, above the fields."""
        return [
            self.remove_button,
            self.name,
            self.role,
            self.phone,
            self.email,
            self.primary,
            self.escalation,
            self.mandate,
        ]


class PeopleList(QWidget):
    """The cards plus an add button; errors keyed 'contact1.telefoon' land on the right card."""

    changed = Signal()

    def __init__(self, contacts: list[Contact]):
        super().__init__()
        self.cards: list[PersonCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.error = styled_label("", "error")
        self.error.setVisible(False)
        self._layout.addWidget(self.error)
        self.empty = styled_label(
            QCoreApplication.translate(
                "org_people",
                "Nog geen contactpersonen. Voeg de vaste contactpersoon toe, en de persoon "
                "naar wie u opschaalt als het vastloopt (met diens mandaat).",
            ),
            "hint",
        )
        self._layout.addWidget(self.empty)
        for contact in contacts:
            self.add(contact)
        self.add_button = QPushButton(QCoreApplication.translate("org_people", "&Contactpersoon toevoegen"))
        self.add_button.setAutoDefault(False)
        named(self.add_button, QCoreApplication.translate("org_people", "Contactpersoon toevoegen"))
        self.add_button.clicked.connect(lambda: self.add(focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self._update_empty()

    def add(self, contact: Contact | None = None, focus: bool = False) -> PersonCard:
        person = PersonCard(len(self.cards) + 1, contact)
        if contact is None and not any(c.primary.isChecked() for c in self.cards):
            person.primary.setChecked(True)  # the first person added is the primary contact
        person.remove_requested.connect(self.remove)
        person.role_toggled.connect(self._exclusive)
        self._layout.insertWidget(len(self.cards) + 2, person)
        self.cards.append(person)
        self._update_empty()
        if focus:
            person.name.setFocus()
        self.changed.emit()
        return person

    def _exclusive(self, chosen: PersonCard, role: str) -> None:
        for other in self.cards:
            if other is not chosen:
                (other.primary if role == "primary" else other.escalation).setChecked(False)

    def remove(self, person: PersonCard) -> None:
        self.cards.remove(person)
        person.setParent(None)
        person.deleteLater()
        for number, other in enumerate(self.cards, start=1):
            other.set_number(number)
        self._update_empty()
        self.add_button.setFocus()
        self.changed.emit()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.cards)

    def contacts(self) -> list[Contact]:
        return [person.contact() for person in self.cards]

    def show_errors(self, errors: dict[str, str]) -> None:
        for number, person in enumerate(self.cards, start=1):
            prefix = f"contact{number}."
            person.show_errors({k[len(prefix) :]: v for k, v in errors.items() if k.startswith(prefix)})
        general = [errors[k] for k in ("contactpersoon", "opschalen") if k in errors]
        self.error.setText("\n".join(general))
        self.error.setVisible(bool(general))

    def focus_widgets(self) -> list[QWidget]:
        return [w for person in self.cards for w in person.focus_widgets()] + [self.add_button]
