"""The preparation sheet of one case for an MDO, and the open action points across cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ibdesk.domain.route import StepState
from ibdesk.services.meetings import ActionPoint, PreparationSheet
from ibdesk.text.dates import short_or_time
from ibdesk.ui.grouped import GroupedListModel, ListColumn, grouped_view
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.kit.palette import ERROR
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import styled_label

SHEET_ROWS = (  # (key, caption) of the facts on the sheet
    ("route", QT_TRANSLATE_NOOP("mdo_prep", "Waar de route staat")),
    ("regie", QT_TRANSLATE_NOOP("mdo_prep", "Regie")),
    ("aan_zet", QT_TRANSLATE_NOOP("mdo_prep", "Wie is aan zet")),
    ("klaar", QT_TRANSLATE_NOOP("mdo_prep", "Sociaal Team")),
    ("ouders", QT_TRANSLATE_NOOP("mdo_prep", "Visie van ouders")),
    ("leerling", QT_TRANSLATE_NOOP("mdo_prep", "Visie van de leerling")),
)


class PreparationView(QWidget):
    """One page per case: the question, where the route stands, what was tried, the views."""

    def __init__(
        self,
        on_back: Callable[[], None],
        on_open_case: Callable[[int], None],
        on_outcome: Callable[[int], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = styled_label("", "big")
        back = button(
            QCoreApplication.translate("mdo_prep", "← Terug"),
            QCoreApplication.translate("mdo_prep", "Terug naar de overleggen"),
            on_back,
        )
        self.case_button = button(
            QCoreApplication.translate("mdo_prep", "Casus openen"),
            QCoreApplication.translate("mdo_prep", "Casus openen"),
            self._with_case(on_open_case),
        )
        self.outcome_button = button(
            QCoreApplication.translate("mdo_prep", "Uitkomst vastleggen"),
            QCoreApplication.translate("mdo_prep", "Uitkomst van het overleg vastleggen"),
            self._with_case(on_outcome),
            primary=True,
        )
        top = row(back, stretch_at_end=False)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        frame, inner = panel()
        self.question = Banner()
        inner.addWidget(self.question)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        for index, (key, caption) in enumerate(SHEET_ROWS):
            shown = translated("mdo_prep", caption) + ":"
            grid.addWidget(styled_label(shown, "hint", wrap=False), index, 0, Qt.AlignmentFlag.AlignTop)
            value = styled_label("", "body")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, index, 1)
            self.values[key] = value
        inner.addLayout(grid)
        inner.addWidget(styled_label(QCoreApplication.translate("mdo_prep", "Wat de school al heeft gedaan"), "strong"))
        self.tried = BulletList()
        inner.addWidget(self.tried)
        self.nothing_tried = styled_label(QCoreApplication.translate("mdo_prep", "Nog geen stappen afgerond."), "hint")
        inner.addWidget(self.nothing_tried)
        layout.addWidget(frame)
        layout.addLayout(row(self.case_button, self.outcome_button))
        layout.addStretch(1)

    def _with_case(self, action: Callable[[int], None]) -> Callable[[], None]:
        """`action(case_id)` for the case shown; nothing before one is shown."""

        def run() -> None:
            if self.case_id is not None:
                action(self.case_id)

        return run

    def show_sheet(self, sheet: PreparationSheet, meeting_title: str, held_on: date) -> None:
        ov = sheet.overview
        self.case_id = ov.case.id
        self.title.setText(
            QCoreApplication.translate("mdo_prep", "Voorbereiding: {pupil} ({group}) — {meeting}, {date}").format(
                pupil=ov.pupil.full_name, group=ov.pupil.group, meeting=meeting_title, date=short_or_time(held_on)
            )
        )
        self.question.show_text(
            "info",
            QCoreApplication.translate("mdo_prep", "Vraag voor het overleg: {question}").format(
                question=sheet.question
            ),
            [
                QCoreApplication.translate("mdo_prep", "Hulpvraag van de casus: {question}").format(
                    question=ov.case.help_question
                )
            ],
        )
        self.values["route"].setText(route_text(ov.view))
        self.values["regie"].setText(f"{ov.case.lead_name} ({ov.case.lead_role})")
        self.values["aan_zet"].setText(
            ov.responsibility.party.label
            if ov.responsibility
            else QCoreApplication.translate("mdo_prep", "nog niet ingevuld")
        )
        missing = sum(1 for m in ov.readiness.missing if not m.startswith(" "))
        self.values["klaar"].setText(
            QCoreApplication.translate("mdo_prep", "klaar voor aanmelding")
            if ov.readiness.ready
            else QCoreApplication.translate("mdo_prep", "nog niet klaar ({count} punten ontbreken)").format(
                count=missing
            )
        )
        self.values["ouders"].setText(
            sheet.parents_view
            or QCoreApplication.translate("mdo_prep", "nog niet vastgelegd — vraag ouders om hun visie")
        )
        self.values["leerling"].setText(
            sheet.pupil_view or QCoreApplication.translate("mdo_prep", "nog niet vastgelegd — vraag de leerling zelf")
        )
        self.tried.set_lines(sheet.tried)
        self.nothing_tried.setVisible(not sheet.tried)


def route_text(view) -> str:
    """'2 van 9 stappen afgerond. Nu: … (gestart).' for the route of the case (a CaseView)."""
    done = sum(v.progress.state is StepState.DONE for v in view.steps)  # 'niet van toepassing' is not done
    skipped = len(view.done) - done
    if skipped:
        where = QCoreApplication.translate(
            "mdo_prep", "{done} van {total} stappen afgerond, {skipped} niet van toepassing."
        ).format(done=done, total=len(view.steps), skipped=skipped)
    else:
        where = QCoreApplication.translate("mdo_prep", "{done} van {total} stappen afgerond.").format(
            done=done, total=len(view.steps)
        )
    if view.current is not None:
        where += " " + QCoreApplication.translate("mdo_prep", "Nu: {step} ({state}).").format(
            step=view.current.info.title, state=view.current.progress.state.label.lower()
        )
        if view.current.stalled:
            late = (
                QCoreApplication.translate("mdo_prep", "Loopt 1 dag over de normale duur.")
                if view.current.stalled_days == 1
                else QCoreApplication.translate("mdo_prep", "Loopt {days} dagen over de normale duur.")
            )
            where += " " + late.format(days=view.current.stalled_days)
    return where


@dataclass(frozen=True)
class ActionLine:
    point: ActionPoint
    due: str
    late: bool

    @classmethod
    def of(cls, point: ActionPoint, today: date) -> ActionLine:
        late = point.overdue(today)
        due = short_or_time(point.due_on)
        if late:
            due = QCoreApplication.translate("mdo_prep", "{date} (te laat)").format(date=due)
        return cls(point, due, late)


def _late(line: ActionLine) -> str | None:
    return ERROR if line.late else None


def action_columns() -> list[ListColumn]:
    """The columns of the action points, their titles in the UI's language."""
    return [
        ListColumn(QCoreApplication.translate("mdo_prep", "Leerling"), lambda line: line.point.pupil_name, 170),
        ListColumn(QCoreApplication.translate("mdo_prep", "Actiepunt"), lambda line: line.point.what, 380),
        ListColumn(QCoreApplication.translate("mdo_prep", "Wie"), lambda line: line.point.owner, 150, colour=_late),
        ListColumn(QCoreApplication.translate("mdo_prep", "Uiterlijk"), lambda line: line.due, 150, colour=_late),
    ]


class ActionPointsPanel(QWidget):
    """Open action points of every case: owner, deadline (overdue in red), 'Afgerond'."""

    def __init__(
        self, on_complete: Callable[[int], None], on_open_case: Callable[[int], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.points: list[ActionPoint] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame, inner = panel(QCoreApplication.translate("mdo_prep", "Open actiepunten"))
        self.model = GroupedListModel(action_columns(), self)
        self.table = grouped_view(self.model, QCoreApplication.translate("mdo_prep", "Open actiepunten"), wrap=(1,))
        self.table.activated.connect(lambda index: self._open(index.row()))
        inner.addWidget(self.table, 1)
        self.empty = styled_label(QCoreApplication.translate("mdo_prep", "Geen open actiepunten."), "hint")
        inner.addWidget(self.empty)
        self.done_button = button(
            QCoreApplication.translate("mdo_prep", "Afgerond"),
            QCoreApplication.translate("mdo_prep", "Geselecteerd actiepunt afronden"),
            lambda: self._complete(self.table.currentIndex().row()),
        )
        self.case_button = button(
            QCoreApplication.translate("mdo_prep", "Casus openen"),
            QCoreApplication.translate("mdo_prep", "Casus van het actiepunt openen"),
            lambda: self._open(self.table.currentIndex().row()),
        )
        inner.addLayout(row(self.done_button, self.case_button))
        layout.addWidget(frame)
        self._on_complete, self._on_open = on_complete, on_open_case

    def show_points(self, points: list[ActionPoint], today: date) -> None:
        self.points = points
        self.model.set_records(ActionLine.of(p, today) for p in points)
        self.empty.setVisible(not points)
        self.done_button.setEnabled(bool(points))
        self.case_button.setEnabled(bool(points))

    def lines(self) -> list[ActionLine]:
        return [line for _, line in self.model.records()]

    def select(self, row_index: int) -> None:
        self.table.setCurrentIndex(self.model.index(row_index, 0))

    def _complete(self, r: int) -> None:
        if 0 <= r < len(self.points):
            self._on_complete(self.points[r].id)

    def _open(self, r: int) -> None:
        if 0 <= r < len(self.points):
            self._on_open(self.points[r].case_id)
