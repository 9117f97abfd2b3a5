"""Editing a pupil's parents/guardians: one small card per person, add and remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ibdesk.domain.model import Guardian
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import nl_phone
from ibdesk.ui.widgets import FieldBox, FieldSet, card, line_edit, named, styled_label

# Stored in Dutch (the dossier and its PDFs are Dutch); shown in the UI's language.
RELATIONS = [
    QT_TRANSLATE_NOOP("guardians", "moeder"),
    QT_TRANSLATE_NOOP("guardians", "vader"),
    QT_TRANSLATE_NOOP("guardians", "ouder"),
    QT_TRANSLATE_NOOP("guardians", "verzorger"),
    QT_TRANSLATE_NOOP("guardians", "pleegouder"),
    QT_TRANSLATE_NOOP("guardians", "voogd"),
]


def shown_relation(stored: str) -> str:
    """A stored relation as the list shows it (one typed by the user stays as typed)."""
    return translated("guardians", stored) if stored in RELATIONS else stored


def stored_relation(shown: str) -> str:
    """The Dutch relation to store for what the list shows (typed text is stored as typed)."""
    return next((r for r in RELATIONS if translated("guardians", r) == shown), shown)


class GuardianRow(QWidget):
    """One parent or guardian. Keeps fields the form does not show (address, id) untouched."""

    remove_requested = Signal(object)

    def __init__(self, number: int, guardian: Guardian | None = None):
        super().__init__()
        self._original = guardian
        self.fields = FieldSet()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card()
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.heading = styled_label("", "cardTitle", wrap=False)
        top.addWidget(self.heading)
        top.addStretch(1)
        self.remove_button = QPushButton(QCoreApplication.translate("guardians", "Verwijderen"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        self.name = line_edit("", QCoreApplication.translate("guardians", "voor- en achternaam"))
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems([shown_relation(r) for r in RELATIONS])
        self.gezag = QCheckBox(QCoreApplication.translate("guardians", "Ja, heeft gezag"))
        self.phone = line_edit("", QCoreApplication.translate("guardians", "bijvoorbeeld 06 1234 5678"))
        self.email = line_edit("", QCoreApplication.translate("guardians", "naam@voorbeeld.nl"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self._boxes = {
            "naam": FieldBox(QCoreApplication.translate("guardians", "Naam"), self.name, ""),
            "relatie": FieldBox(QCoreApplication.translate("guardians", "Relatie"), self.relation, ""),
            "telefoon": FieldBox(QCoreApplication.translate("guardians", "Telefoon"), self.phone, ""),
            "e-mail": FieldBox(QCoreApplication.translate("guardians", "E-mail"), self.email, ""),
            "gezag": FieldBox(QCoreApplication.translate("guardians", "Gezag"), self.gezag, ""),
        }
        for key, box in self._boxes.items():
            self.fields.add(key, box)
        top_aligned = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self._boxes["naam"], 0, 0, top_aligned)
        grid.addWidget(self._boxes["relatie"], 0, 1, top_aligned)
        grid.addWidget(self._boxes["gezag"], 0, 2, top_aligned)
        grid.addWidget(self._boxes["telefoon"], 1, 0, top_aligned)
        grid.addWidget(self._boxes["e-mail"], 1, 1, 1, 2, top_aligned)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        self.other_errors = styled_label("", "error")
        self.other_errors.setVisible(False)
        layout.addWidget(self.other_errors)
        self._fill(guardian)
        self.set_number(number)

    def _fill(self, guardian: Guardian | None) -> None:
        g = guardian or Guardian(name="", relation="moeder", has_gezag=True)
        self.name.setText(g.name)
        self.relation.setCurrentText(shown_relation(g.relation))
        self.gezag.setChecked(g.has_gezag)
        self.phone.setText(nl_phone(g.phone))
        self.email.setText(g.email or "")

    def set_number(self, number: int) -> None:
        """Numbers follow the order on screen; accessible names say which person is meant."""
        self.number = number
        self.heading.setText(QCoreApplication.translate("guardians", "Ouder/verzorger {number}").format(number=number))
        named(self.name, QCoreApplication.translate("guardians", "Naam ouder/verzorger {number}").format(number=number))
        named(
            self.relation,
            QCoreApplication.translate("guardians", "Relatie ouder/verzorger {number}").format(number=number),
        )
        named(
            self.phone,
            QCoreApplication.translate("guardians", "Telefoon ouder/verzorger {number}").format(number=number),
        )
        named(
            self.email, QCoreApplication.translate("guardians", "E-mail ouder/verzorger {number}").format(number=number)
        )
        named(
            self.gezag,
            QCoreApplication.translate("guardians", "ouder/verzorger {number} heeft gezag").format(number=number),
        )
        named(
            self.remove_button,
            QCoreApplication.translate("guardians", "Ouder/verzorger {number} verwijderen").format(number=number),
        )

    def guardian(self) -> Guardian:
        o = self._original
        return Guardian(
            name=self.name.text(),
            relation=stored_relation(self.relation.currentText().strip()) or "ouder",
            has_gezag=self.gezag.isChecked(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            address=o.address if o else None,
            postcode=o.postcode if o else None,
            id=o.id if o else None,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = self.fields.show_errors(errors)
        self.other_errors.setText("\n".join(rest.values()))
        self.other_errors.setVisible(bool(rest))

    def focus_widgets(self) -> list[QWidget]:
        """In reading order: the remove button stands in the card's heading row, above the fields."""
        return [self.remove_button, self.name, self.relation, self.gezag, self.phone, self.email]


class GuardianList(QWidget):
    """The cards plus an add button; errors keyed 'ouder1.telefoon' land on the right card."""

    changed = Signal()

    def __init__(self, guardians: list[Guardian]):
        super().__init__()
        self.rows: list[GuardianRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.empty = styled_label(
            QCoreApplication.translate("guardians", "Nog geen ouders of verzorgers ingevoerd."), "hint"
        )
        self._layout.addWidget(self.empty)
        for guardian in guardians:
            self.add(guardian)
        self.add_button = QPushButton(QCoreApplication.translate("guardians", "Ouder/verzorger &toevoegen"))
        named(self.add_button, QCoreApplication.translate("guardians", "Ouder of verzorger toevoegen"))
        self.add_button.clicked.connect(lambda: self.add(focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self._update_empty()

    def add(self, guardian: Guardian | None = None, focus: bool = False) -> GuardianRow:
        row = GuardianRow(len(self.rows) + 1, guardian)
        row.remove_requested.connect(self.remove)
        self._layout.insertWidget(len(self.rows) + 1, row)
        self.rows.append(row)
        self._update_empty()
        if focus:
            row.name.setFocus()
        self.changed.emit()
        return row

    def remove(self, row: GuardianRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        self._update_empty()
        self.add_button.setFocus()
        self.changed.emit()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def guardians(self) -> list[Guardian]:
        return [row.guardian() for row in self.rows]

    def show_errors(self, errors: dict[str, str]) -> None:
        for number, row in enumerate(self.rows, start=1):
            prefix = f"ouder{number}."
            row.show_errors({k[len(prefix) :]: v for k, v in errors.items() if k.startswith(prefix)})

    def focus_widgets(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.focus_widgets()] + [self.add_button]
