"""Plan an MDO: date, title, place, participants, and the cases on the agenda with the
question for each."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ibdesk.domain.model import CaseStatus
from ibdesk.errors import InvalidRecord, ValidationError
from ibdesk.ui import messages
from ibdesk.ui.forms import DateInput
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.parts import button, discard, panel, scroller
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, named, styled_label

PARTICIPANTS_HINT = "Eén deelnemer per regel: naam — rol. Bijvoorbeeld: Anouk Smeets — orthopedagoog SWV"


def parse_participants(text: str) -> list[dict]:
    people = []
    for line in text.splitlines():
        if not line.strip():
            continue
        for sep in (" — ", " - ", ",", "("):
            if sep in line:
                name, role = line.split(sep, 1)
                people.append({"naam": name.strip(), "rol": role.strip(" )")})
                break
        else:
            people.append({"naam": line.strip(), "rol": ""})
    return people


class AgendaRow(QWidget):
    def __init__(self, case_id: int, pupil: str, group: str):
        super().__init__()
        self.case_id = case_id
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 2, 0, 2)
        self.check = QCheckBox(f"{pupil} ({group}, casus {case_id})")
        named(self.check, f"Casus {case_id} van {pupil} op de agenda")
        self.check.setMinimumWidth(300)
        self.question = line_edit(f"Vraag voor het overleg over {pupil}", "Welke vraag moet het overleg beantwoorden?")
        self.question.setEnabled(False)
        self.check.toggled.connect(self.question.setEnabled)
        self.check.toggled.connect(lambda on: on and self.question.setFocus())
        self.error = styled_label("", "error")
        self.error.setVisible(False)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.question)
        column.addWidget(self.error)
        line.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        line.addLayout(column, 1)


class PlanMeetingView(QWidget):
    """Emits nothing itself: `on_done(meeting_id | None)` is called after planning or cancelling."""

    def __init__(self, context: Context, on_done: Callable[[int | None], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._on_done = on_done
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel("Nieuw overleg plannen")
        inner.addWidget(styled_label("Een MDO vindt plaats mét ouders en, waar het kan, mét de leerling. Zet de "
                                     "casussen op de agenda met de vraag die het overleg moet beantwoorden.", "hint"))
        self.fields = FieldSet()
        self.held_on = DateInput(today=context.services.meetings.today)
        self.name = line_edit("Naam van het overleg", "bijvoorbeeld: MDO bovenbouw")
        self.location = line_edit("Plaats van het overleg", "bijvoorbeeld: kamer IB of online")
        self.participants = QPlainTextEdit()
        self.participants.setPlaceholderText("Marieke de Wit — intern begeleider\nAnouk Smeets — orthopedagoog SWV")
        self.participants.setFixedHeight(70)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for key, caption, editor, name, place in (
                ("datum", "Datum", self.held_on, "Datum van het overleg", (0, 0)),
                ("titel", "Naam", self.name, "Naam van het overleg", (0, 1)),
                ("plaats", "Plaats", self.location, "Plaats van het overleg", (0, 2)),
                ("deelnemers", "Deelnemers", self.participants, "Deelnemers, één per regel", (1, 0))):
            hint = PARTICIPANTS_HINT if key == "deelnemers" else ""
            box = self.fields.add(key, FieldBox(caption, editor, name, hint))
            grid.addWidget(box, *place, 1, 3 if key == "deelnemers" else 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        inner.addLayout(grid)
        inner.addWidget(styled_label("Casussen op de agenda", "strong"))
        self.agenda_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.agenda_box)
        area = scroller(holder)
        area.setMinimumHeight(180)
        inner.addWidget(area, 1)
        self.agenda_error = styled_label("", "error")
        self.agenda_error.setVisible(False)
        inner.addWidget(self.agenda_error)
        self.plan_button = button("Overleg plannen", "Overleg plannen", self.plan, primary=True)
        cancel = button("Annuleren", "Plannen annuleren", lambda: self._on_done(None))
        line = QHBoxLayout()
        line.addWidget(self.plan_button)
        line.addWidget(cancel)
        line.addStretch(1)
        inner.addLayout(line)
        layout.addWidget(frame, 1)
        self.rows: list[AgendaRow] = []

    def reset(self) -> None:
        self.fields.clear_errors()
        self.agenda_error.setVisible(False)
        for widget in (self.name, self.location, self.participants, self.held_on):
            widget.clear()
        while self.agenda_box.count():
            item = self.agenda_box.takeAt(0)
            if item.widget() is not None:
                discard(item.widget())
        self.rows = []
        cases = self.context.records.case_rows()
        for c in cases:
            if c.status is CaseStatus.CLOSED:
                continue
            row = AgendaRow(c.case_id, c.pupil_name, c.group)
            self.agenda_box.addWidget(row)
            self.rows.append(row)
        self.agenda_box.addStretch(1)
        self.held_on.setFocus()

    def row(self, case_id: int) -> AgendaRow:
        return next(r for r in self.rows if r.case_id == case_id)

    def plan(self) -> int | None:
        self.fields.clear_errors()
        agenda, missing = [], False
        for row in self.rows:
            row.error.setVisible(False)
            if row.check.isChecked():
                if not row.question.text().strip():
                    row.error.setText("Vul de vraag voor het overleg in.")
                    row.error.setVisible(True)
                    missing = True
                agenda.append((row.case_id, row.question.text().strip()))
        self.agenda_error.setText("Zet minstens één casus op de agenda.")
        self.agenda_error.setVisible(not agenda)
        errors = {}
        if self.held_on.problem() or not self.held_on.text().strip():
            errors["datum"] = self.held_on.problem() or "Vul de datum van het overleg in (dd-mm-jjjj)."
        if not self.name.text().strip():
            errors["titel"] = "Geef het overleg een naam."
        if errors:
            self.fields.show_errors(errors)
        if missing or not agenda or errors:
            return None
        try:
            meeting_id = self.context.services.meetings.plan(
                self.held_on.value() or self.held_on.text(), self.name.text(),
                parse_participants(self.participants.toPlainText()), agenda, self.location.text().strip() or None)
        except InvalidRecord as exc:
            self.fields.show_errors(exc.errors)
            return None
        except ValidationError as exc:
            self.fields.show_errors({exc.field or "datum": str(exc)})
            return None
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, "Overleg niet gepland", messages.describe(exc, self.context.home))
            return None
        self._on_done(meeting_id)
        return meeting_id

