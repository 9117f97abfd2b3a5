"""Plan an MDO: date, title, place, participants, and the cases on the agenda with the
question for each; cases are found by typing, not picked from a list of every open case."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ibdesk.domain.model import CaseRow, CaseStatus
from ibdesk.errors import InvalidRecord, ValidationError
from ibdesk.ui.forms import DateInput
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.mdo_basis_warning import NoBasisWarning
from ibdesk.ui.pages.parts import discard, panel, scroller
from ibdesk.ui.pickers import case_picker
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, styled_label


def participants_hint() -> str:
    return QCoreApplication.translate(
        "mdo_plan", "Eén deelnemer per regel: naam — rol. Bijvoorbeeld: Anouk Smeets — orthopedagoog SWV"
    )


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
    """One case on the agenda of the meeting being planned, with the question for it."""

    def __init__(
        self, case: CaseRow, on_remove: Callable[[int], None], on_consent: Callable[[int, int], None] | None = None
    ):
        super().__init__()
        self.case_id = case.case_id
        pupil = case.pupil_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.title = styled_label(
            QCoreApplication.translate("mdo_plan", "{pupil} ({group}, casus {case_id})").format(
                pupil=pupil, group=case.group, case_id=case.case_id
            ),
            "strong",
        )
        top.addWidget(self.title, 1)
        self.remove_button = button(
            QCoreApplication.translate("mdo_plan", "Van de agenda"),
            QCoreApplication.translate("mdo_plan", "Casus {case_id} van {pupil} van de agenda halen").format(
                case_id=case.case_id, pupil=pupil
            ),
            lambda: on_remove(self.case_id),
        )
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        self.question = line_edit(
            QCoreApplication.translate("mdo_plan", "Vraag voor het overleg over {pupil}").format(pupil=pupil),
            QCoreApplication.translate("mdo_plan", "Welke vraag moet het overleg beantwoorden?"),
        )
        layout.addWidget(self.question)
        self.error = styled_label("", "error")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.no_basis = NoBasisWarning(case.case_id, pupil, on_consent)
        layout.addWidget(self.no_basis)
        self.consent_button = self.no_basis.consent_button

    def show_basis(self, basis) -> None:
        self.no_basis.show_basis(basis)


class PlanMeetingView(QWidget):
    """Emits nothing itself: `on_done(meeting_id | None)` is called after planning or cancelling."""

    def __init__(
        self,
        context: Context,
        on_done: Callable[[int | None], None],
        parent: QWidget | None = None,
        on_consent: Callable[[int, int], None] | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self._on_done = on_done
        self._on_consent = on_consent  # (case id, organisation id): record the consent for the MDO
        self._basis_timer = QTimer(self)
        self._basis_timer.setSingleShot(True)
        self._basis_timer.setInterval(400)
        self._basis_timer.timeout.connect(self.check_bases)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel(QCoreApplication.translate("mdo_plan", "Nieuw overleg plannen"))
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "mdo_plan",
                    "Een MDO vindt plaats mét ouders en, waar het kan, mét de leerling. Zet de "
                    "casussen op de agenda met de vraag die het overleg moet beantwoorden.",
                ),
                "hint",
            )
        )
        self.fields = FieldSet()
        self.held_on = DateInput(today=context.services.meetings.today)
        self.name = line_edit(
            QCoreApplication.translate("mdo_plan", "Naam van het overleg"),
            QCoreApplication.translate("mdo_plan", "bijvoorbeeld: MDO bovenbouw"),
        )
        self.location = line_edit(
            QCoreApplication.translate("mdo_plan", "Plaats van het overleg"),
            QCoreApplication.translate("mdo_plan", "bijvoorbeeld: kamer IB of online"),
        )
        self.participants = QPlainTextEdit()
        self.participants.setPlaceholderText(
            QCoreApplication.translate(
                "mdo_plan", "Marieke de Wit — intern begeleider\nAnouk Smeets — orthopedagoog SWV"
            )
        )
        self.participants.setFixedHeight(70)
        self.participants.textChanged.connect(self._basis_timer.start)  # who takes part decides what may go
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for key, caption, editor, name, place in (
            (
                "datum",
                QCoreApplication.translate("mdo_plan", "Datum"),
                self.held_on,
                QCoreApplication.translate("mdo_plan", "Datum van het overleg"),
                (0, 0),
            ),
            (
                "titel",
                QCoreApplication.translate("mdo_plan", "Naam"),
                self.name,
                QCoreApplication.translate("mdo_plan", "Naam van het overleg"),
                (0, 1),
            ),
            (
                "plaats",
                QCoreApplication.translate("mdo_plan", "Plaats"),
                self.location,
                QCoreApplication.translate("mdo_plan", "Plaats van het overleg"),
                (0, 2),
            ),
            (
                "deelnemers",
                QCoreApplication.translate("mdo_plan", "Deelnemers"),
                self.participants,
                QCoreApplication.translate("mdo_plan", "Deelnemers, één per regel"),
                (1, 0),
            ),
        ):
            hint = participants_hint() if key == "deelnemers" else ""
            box = self.fields.add(key, FieldBox(caption, editor, name, hint))
            grid.addWidget(box, *place, 1, 3 if key == "deelnemers" else 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        inner.addLayout(grid)
        inner.addLayout(self._build_agenda(), 1)
        self.agenda_error = styled_label("", "error")
        self.agenda_error.setVisible(False)
        inner.addWidget(self.agenda_error)
        self.plan_button = button(
            QCoreApplication.translate("mdo_plan", "Overleg plannen"),
            QCoreApplication.translate("mdo_plan", "Overleg plannen"),
            self.plan,
            primary=True,
        )
        cancel = button(
            QCoreApplication.translate("mdo_plan", "Annuleren"),
            QCoreApplication.translate("mdo_plan", "Plannen annuleren"),
            lambda: self._on_done(None),
        )
        line = QHBoxLayout()
        line.addWidget(self.plan_button)
        line.addWidget(cancel)
        line.addStretch(1)
        inner.addLayout(line)
        self.form_scroll = scroller(frame)
        layout.addWidget(self.form_scroll, 1)  # a small window scrolls the form instead of squeezing it
        self.rows: list[AgendaRow] = []

    def _build_agenda(self) -> QVBoxLayout:
        """Find an open case by typing, put it on the agenda; under it the agenda with its questions."""
        column = QVBoxLayout()
        column.addWidget(styled_label(QCoreApplication.translate("mdo_plan", "Casus zoeken"), "strong"))
        self.picker = case_picker()
        self.picker.chosen.connect(lambda case: case is not None and self.add_case(case.case_id))
        column.addWidget(self.picker)
        self.add_button = button(
            QCoreApplication.translate("mdo_plan", "Op de agenda zetten ↓"),
            QCoreApplication.translate("mdo_plan", "Gekozen casus op de agenda zetten"),
            self._add_current,
        )
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(styled_label(QCoreApplication.translate("mdo_plan", "Casussen op de agenda"), "strong"))
        self.agenda_box = QVBoxLayout()
        self.agenda_box.setSpacing(0)
        column.addLayout(self.agenda_box)
        self.empty_agenda = styled_label(
            QCoreApplication.translate(
                "mdo_plan", "Nog geen casussen. Zoek hierboven een casus en zet die op de agenda."
            ),
            "hint",
        )
        column.addWidget(self.empty_agenda)
        column.addStretch(1)
        return column

    def reset(self) -> None:
        self.fields.clear_errors()
        self.agenda_error.setVisible(False)
        for widget in (self.name, self.location, self.participants, self.held_on):
            widget.clear()
        for row in list(self.rows):
            self._drop(row)
        cases = (
            messages.attempt(
                self,
                QCoreApplication.translate("mdo_plan", "Overleg plannen"),
                self.context.records.case_rows,
                self.context.home,
            )
            or []
        )
        self.picker.set_records([c for c in cases if c.status is not CaseStatus.CLOSED])
        self._agenda_changed()
        self.held_on.setFocus()

    def _on_agenda(self) -> set[int]:
        return {row.case_id for row in self.rows}

    def add_case(self, case_id: int) -> AgendaRow | None:
        """Put an open case on the agenda (once) and move the cursor to its question."""
        if case_id in self._on_agenda():
            return self.row(case_id)
        case = next((c for c in self.picker.model.rows if c.case_id == case_id), None)
        if case is None:
            return None
        row = AgendaRow(case, self.remove_case, self._on_consent)
        self.agenda_box.addWidget(row)
        self.rows.append(row)
        self._agenda_changed()
        self.check_bases([row])
        row.question.setFocus()
        return row

    def remove_case(self, case_id: int) -> None:
        row = next((r for r in self.rows if r.case_id == case_id), None)
        if row is not None:
            self._drop(row)
            self._agenda_changed()
            self.picker.search.setFocus()

    def _add_current(self) -> None:
        current = self.picker.current()
        if current is not None:
            self.add_case(current.case_id)

    def _drop(self, row: AgendaRow) -> None:
        self.rows.remove(row)
        self.agenda_box.removeWidget(row)
        discard(row)

    def _agenda_changed(self) -> None:
        chosen = self._on_agenda()
        self.picker.set_filter("agenda", lambda c: c.case_id not in chosen)
        self.empty_agenda.setVisible(not self.rows)
        if self.rows:
            self.agenda_error.setVisible(False)

    def check_bases(self, rows: list[AgendaRow] | None = None) -> None:
        """Per case on the agenda: may anything be shared with the organisations of the
        participants typed so far? (the same rule the agenda PDF applies)."""
        from ibdesk.services.dossier_content import mdo_basis

        people = parse_participants(self.participants.toPlainText())
        for row in rows if rows is not None else self.rows:
            basis = messages.attempt(
                self,
                QCoreApplication.translate("mdo_plan", "Overleg plannen"),
                partial(mdo_basis, self.context.services, row.case_id, people),
                self.context.home,
            )
            if basis is not None:
                row.show_basis(basis)

    def row(self, case_id: int) -> AgendaRow:
        return next(r for r in self.rows if r.case_id == case_id)

    def plan(self) -> int | None:
        self.fields.clear_errors()
        agenda, missing = [], False
        for row in self.rows:
            row.error.setVisible(False)
            if not row.question.text().strip():
                row.error.setText(QCoreApplication.translate("mdo_plan", "Vul de vraag voor het overleg in."))
                row.error.setVisible(True)
                missing = True
            agenda.append((row.case_id, row.question.text().strip()))
        self.agenda_error.setText(QCoreApplication.translate("mdo_plan", "Zet minstens één casus op de agenda."))
        self.agenda_error.setVisible(not agenda)
        errors = {}
        if self.held_on.problem() or not self.held_on.text().strip():
            errors["datum"] = self.held_on.problem() or QCoreApplication.translate(
                "mdo_plan", "Vul de datum van het overleg in (dd-mm-jjjj)."
            )
        if not self.name.text().strip():
            errors["titel"] = QCoreApplication.translate("mdo_plan", "Geef het overleg een naam.")
        if errors:
            self.fields.show_errors(errors)
        if missing or not agenda or errors:
            return None
        try:
            meeting_id = self.context.services.meetings.plan(
                self.held_on.value() or self.held_on.text(),
                self.name.text(),
                parse_participants(self.participants.toPlainText()),
                agenda,
                self.location.text().strip() or None,
            )
        except InvalidRecord as exc:
            self.fields.show_errors(exc.errors)
            return None
        except ValidationError as exc:
            self.fields.show_errors({exc.field or "datum": str(exc)})
            return None
        except Exception as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("mdo_plan", "Overleg niet gepland"),
                messages.describe(exc, self.context.home),
            )
            return None
        self._on_done(meeting_id)
        return meeting_id
