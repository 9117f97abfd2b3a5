"""Registering absence (from, to, hours, geoorloofd or not, reason) and an exemption, with
inline Dutch validation messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QVBoxLayout, QWidget

from ibdesk.errors import InvalidRecord, UserError, ValidationError
from ibdesk.i18n import tr_marked
from ibdesk.services.absence import EXEMPTION_KINDS
from ibdesk.text.dates import parse_date
from ibdesk.ui.forms import DateInput
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.parts import row
from ibdesk.ui.pickers import choice_combo, set_choices
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, styled_label


def pupil_combo(name: str) -> QComboBox:
    return choice_combo(name)


def date_text(edit: DateInput) -> str:
    return edit.value() or edit.text()


class _Form(QWidget):
    pupil: QComboBox  # each form makes its own pupil choice

    def __init__(self, context: Context, on_saved: Callable[[int], None]):
        super().__init__()
        self.context, self._on_saved = context, on_saved
        self.fields = FieldSet()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 12)
        self.layout_.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(4)
        self.layout_.addLayout(self.grid)
        self.done = styled_label("", "ok")
        self.done.setVisible(False)

    def add(
        self, key: str, caption: str, editor: QWidget, name: str, place: tuple[int, int, int, int], hint: str = ""
    ) -> None:
        if isinstance(editor, QComboBox):  # long names must not make the form wider than a small window
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(12)
        self.grid.addWidget(
            self.fields.add(key, FieldBox(caption, editor, name, hint)), *place, Qt.AlignmentFlag.AlignTop
        )

    def finish(self, save_text: str, slot: Callable[[], object]) -> None:
        self.save_button = button(save_text, save_text, slot, primary=True)
        self.layout_.addLayout(row(self.save_button))
        self.layout_.addWidget(self.done)
        self.layout_.addStretch(1)

    def set_pupils(self, pupils: list[tuple[int, str]]) -> None:
        set_choices(
            self.pupil,
            [(None, QCoreApplication.translate("absence_forms", "— kies een leerling —")), *pupils],
            keep=self.pupil.currentData(),
        )

    def select(self, pupil_id: int | None) -> None:
        index = self.pupil.findData(pupil_id)
        self.pupil.setCurrentIndex(max(0, index))

    def saved(self, text: str) -> None:
        self.fields.clear_errors()
        self.done.setText(text)
        self.done.setVisible(True)
        self._on_saved(self.pupil.currentData())


class AbsenceForm(_Form):
    def __init__(self, context: Context, on_saved: Callable[[int], None]):
        super().__init__(context, on_saved)
        today = context.services.absence.today
        self.pupil = pupil_combo(QCoreApplication.translate("absence_forms", "Leerling voor het verzuim"))
        self.first, self.last = DateInput(today=today), DateInput(today=today)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 2080)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(1)
        self.hours.setSuffix(QCoreApplication.translate("absence_forms", " uur"))
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("absence_forms", "Ongeoorloofd (zonder geldige reden)"), False)
        self.kind.addItem(QCoreApplication.translate("absence_forms", "Geoorloofd (bijvoorbeeld ziek)"), True)
        self.reason = line_edit(
            QCoreApplication.translate("absence_forms", "Reden van het verzuim"),
            QCoreApplication.translate("absence_forms", "bijvoorbeeld: ziek, weigert naar school te gaan"),
        )
        self.add(
            "leerling",
            QCoreApplication.translate("absence_forms", "Leerling"),
            self.pupil,
            QCoreApplication.translate("absence_forms", "Leerling voor het verzuim"),
            (0, 0, 1, 3),
        )
        self.add(
            "van",
            QCoreApplication.translate("absence_forms", "Van"),
            self.first,
            QCoreApplication.translate("absence_forms", "Verzuim vanaf"),
            (1, 0, 1, 1),
        )
        self.add(
            "tot",
            QCoreApplication.translate("absence_forms", "Tot en met"),
            self.last,
            QCoreApplication.translate("absence_forms", "Verzuim tot en met"),
            (1, 1, 1, 1),
            QCoreApplication.translate("absence_forms", "Leeg: nog afwezig."),
        )
        self.add(
            "uren",
            QCoreApplication.translate("absence_forms", "Gemiste lesuren"),
            self.hours,
            QCoreApplication.translate("absence_forms", "Gemiste lesuren in deze periode"),
            (1, 2, 1, 1),
        )
        self.add(
            "soort",
            QCoreApplication.translate("absence_forms", "Soort verzuim"),
            self.kind,
            QCoreApplication.translate("absence_forms", "Geoorloofd of ongeoorloofd verzuim"),
            (2, 0, 1, 2),  # two columns: its choices are long, and a cut choice reads wrong
        )
        self.add(
            "reden",
            QCoreApplication.translate("absence_forms", "Reden"),
            self.reason,
            QCoreApplication.translate("absence_forms", "Reden van het verzuim"),
            (3, 0, 1, 3),
        )
        self.finish(QCoreApplication.translate("absence_forms", "Verzuim vastleggen"), self.register)

    def register(self) -> int | None:
        self.done.setVisible(False)
        pupil_id = self.pupil.currentData()
        errors = (
            {}
            if pupil_id is not None
            else {"leerling": QCoreApplication.translate("absence_forms", "Kies de leerling.")}
        )
        for key, edit in (("van", self.first), ("tot", self.last)):
            if problem := edit.problem():
                errors[key] = problem
        if errors:
            self.fields.show_errors(errors)
            return None
        try:
            absence_id = self.context.services.absence.register(
                pupil_id,
                date_text(self.first),
                date_text(self.last) or None,
                self.hours.value(),
                bool(self.kind.currentData()),
                self.reason.text().strip(),
            )
        except InvalidRecord as exc:
            self.fields.show_errors(exc.errors)
            return None
        except Exception as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("absence_forms", "Verzuim niet vastgelegd"),
                messages.describe(exc, self.context.home),
            )
            return None
        self.saved(
            QCoreApplication.translate("absence_forms", "Verzuim van {name} vastgelegd.").format(
                name=self.pupil.currentText()
            )
        )
        for widget in (self.first, self.last, self.reason):
            widget.clear()
        self.hours.setValue(0)
        return absence_id


class ExemptionForm(_Form):
    def __init__(self, context: Context, on_saved: Callable[[int], None]):
        super().__init__(context, on_saved)
        today = context.services.absence.today
        self.pupil = pupil_combo(QCoreApplication.translate("absence_forms", "Leerling voor de vrijstelling"))
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate("absence_forms", "— kies de vrijstelling —"), None)
        for key, text in EXEMPTION_KINDS.items():
            self.kind.addItem(tr_marked(text), key)
        self.kind.setMinimumContentsLength(24)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.first, self.last = DateInput(today=today), DateInput(today=today)
        self.add(
            "leerling",
            QCoreApplication.translate("absence_forms", "Leerling"),
            self.pupil,
            QCoreApplication.translate("absence_forms", "Leerling voor de vrijstelling"),
            (0, 0, 1, 1),
        )
        self.add(
            "soort",
            QCoreApplication.translate("absence_forms", "Vrijstelling"),
            self.kind,
            QCoreApplication.translate("absence_forms", "Soort vrijstelling"),
            (0, 1, 1, 2),
            QCoreApplication.translate(
                "absence_forms",
                "5 onder a: ongeschikt (verklaring van een arts, psycholoog of orthopedagoog die de gemeente "
                "aanwijst, Leerplichtwet art. 7); 5 onder b: bezwaar tegen de richting van de scholen; "
                "5a: trekkend bestaan.",
            ),
        )
        self.add(
            "van",
            QCoreApplication.translate("absence_forms", "Ingangsdatum"),
            self.first,
            QCoreApplication.translate("absence_forms", "Vrijstelling vanaf"),
            (1, 0, 1, 1),
        )
        self.add(
            "tot",
            QCoreApplication.translate("absence_forms", "Einddatum"),
            self.last,
            QCoreApplication.translate("absence_forms", "Vrijstelling tot en met"),
            (1, 1, 1, 1),
            QCoreApplication.translate("absence_forms", "Leeg: geen einddatum."),
        )
        self.finish(QCoreApplication.translate("absence_forms", "Vrijstelling vastleggen"), self.register)

    def register(self) -> bool:
        self.done.setVisible(False)
        errors: dict[str, str] = {}
        pupil_id, kind = self.pupil.currentData(), self.kind.currentData()
        if pupil_id is None:
            errors["leerling"] = QCoreApplication.translate("absence_forms", "Kies de leerling.")
        if kind is None:
            errors["soort"] = QCoreApplication.translate("absence_forms", "Kies welke vrijstelling de leerling heeft.")
        start = end = None
        for key, edit, required in (("van", self.first, True), ("tot", self.last, False)):
            try:
                value = parse_date(date_text(edit), key, required=required)
            except ValidationError as exc:
                errors[key] = str(exc)
                continue
            start, end = (value, end) if key == "van" else (start, value)
        if start and end and end < start:
            errors["tot"] = QCoreApplication.translate("absence_forms", "De einddatum ligt vóór de ingangsdatum.")
        if errors:
            self.fields.show_errors(errors)
            return False
        assert start is not None  # 'van' is required: parse_date reported it otherwise
        try:
            self.context.services.absence.add_exemption(pupil_id, kind, start, end)
        except UserError as exc:
            self.fields.show_errors({getattr(exc, "field", None) or "soort": str(exc)})
            return False
        self.saved(
            QCoreApplication.translate(
                "absence_forms", "Vrijstelling voor {name} vastgelegd; de leerling telt niet mee als thuiszitter."
            ).format(name=self.pupil.currentText())
        )
        self.first.clear()
        self.last.clear()
        self.kind.setCurrentIndex(0)
        return True
