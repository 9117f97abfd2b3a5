"""Thuiszitters: pupils with an absence status — melding leerplicht, potential thuiszitters,
thuiszitters 2a/2b with the days left to the three-month norm — exempt pupils apart, and
registering absence or an exemption."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from ibdesk.domain.absence import AbsenceState
from ibdesk.services.absence import PupilAbsence
from ibdesk.text.dates import short_or_time
from ibdesk.ui.grouped import GroupedListModel, ListColumn, grouped_view
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.kit.palette import ERROR, WARN
from ibdesk.ui.models import RECORD_ROLE, pupil_order
from ibdesk.ui.pages.absence_forms import AbsenceForm, ExemptionForm
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import panel, scroller
from ibdesk.ui.widgets import styled_label

COLUMNS = ["Leerling", "Status", "Driemaandennorm", "Melding leerplicht"]
GROUPS = (
    ("kalender", "Schoolkalender onbekend", "ibdesk telt hier niets: de schoolkalender dekt deze periode niet"),
    (
        "thuiszitter",
        "Thuiszitters",
        "langer dan 4 schoolweken ongeoorloofd afwezig (2a: tot 3 maanden, 2b: langer), of niet ingeschreven",
    ),
    (
        "potentieel",
        "Potentiële thuiszitters",
        "nog ingeschreven, maar het onderwijs is in gevaar (langer dan een week ziek)",
    ),
    ("melding", "Melding bij leerplicht", "16 uur ongeoorloofd verzuim binnen 4 schoolweken"),
)
STATE_LABELS = {
    AbsenceState.THUISZITTER_2A: "thuiszitter 2a",
    AbsenceState.THUISZITTER_2B: "thuiszitter 2b",
    AbsenceState.POTENTIAL: "potentiële thuiszitter",
    AbsenceState.NONE: "ongeoorloofd verzuim",
    AbsenceState.NOT_COMPULSORY: "niet leerplichtig",
    AbsenceState.EXEMPT: "vrijgesteld",
    AbsenceState.NOT_ENROLLED: "niet ingeschreven (absoluut verzuim)",
    AbsenceState.CALENDAR_MISSING: "schoolkalender onbekend",
}


def group_of(p: PupilAbsence) -> str | None:
    state = p.status.state
    if state is AbsenceState.CALENDAR_MISSING:
        return "kalender"
    if p.status.is_thuiszitter:
        return "thuiszitter"
    if state is AbsenceState.POTENTIAL:
        return "potentieel"
    if p.status.report_due_on is not None and state is not AbsenceState.EXEMPT:
        return "melding"
    return None


def norm_text(p: PupilAbsence) -> tuple[str, str]:
    """('nog 16 schooldagen (09-12-2026)', tone) — tone 'error' past the norm, 'warn' from 8 school weeks."""
    st = p.status
    if st.days_left is None:
        if st.spell_start and st.uncovered:
            return f"onbekend: schoolkalender tot {short_or_time(st.uncovered[0] - timedelta(days=1))}", "warn"
        return "", ""
    if st.days_left < 0:
        return f"{-st.days_left} schooldagen overschreden ({short_or_time(st.norm_deadline)})", "error"
    return f"nog {st.days_left} schooldagen ({short_or_time(st.norm_deadline)})", "warn" if st.warn else ""


@dataclass(frozen=True)
class AbsenceLine:
    """One pupil's line in the list, its texts computed once."""

    pupil_id: int
    pupil: str
    state: str
    norm: str
    tone: str
    report: str
    report_late: bool

    @classmethod
    def of(cls, p: PupilAbsence, today: date) -> AbsenceLine:
        st = p.status
        norm, tone = norm_text(p)
        report = ""
        if st.report_due_on:
            report = f"{short_or_time(st.report_due_on)}" + (" (melden!)" if st.report_due_on <= today else "")
        state = STATE_LABELS.get(st.state, str(st.state))
        if st.spell_start:
            state += f", sinds {short_or_time(st.spell_start)} ({st.school_days} schooldagen)"
        if st.state is AbsenceState.CALENDAR_MISSING and st.uncovered:
            state += f": de kalender dekt {short_or_time(st.uncovered[0])} t/m {short_or_time(st.uncovered[1])} niet"
        return cls(
            p.pupil_id,
            f"{p.name} ({p.group})",
            state,
            norm,
            tone,
            report,
            bool(st.report_due_on and st.report_due_on <= today),
        )


PACT = "Thuiszitterspact: geen kind langer dan drie maanden thuis zonder passend aanbod."
ABSENCE_COLUMNS = [
    ListColumn(COLUMNS[0], lambda line: line.pupil, 230),
    ListColumn(COLUMNS[1], lambda line: line.state, 200),
    ListColumn(
        COLUMNS[2],
        lambda line: line.norm,
        210,
        tooltip=lambda line: PACT,
        colour=lambda line: {"error": ERROR, "warn": WARN}.get(line.tone),
    ),
    ListColumn(COLUMNS[3], lambda line: line.report, 170, colour=lambda line: ERROR if line.report_late else None),
]


class ThuiszittersPage(Page):
    title = "Thuiszitters"
    subtitle = (
        "Geen kind langer dan drie maanden thuis zonder passend aanbod. ibdesk telt de schooldagen "
        "(vakanties tellen niet mee) en waarschuwt vanaf 8 schoolweken."
    )

    def __init__(self, context: Context):
        super().__init__(context)
        self.statuses: list[PupilAbsence] = []
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        self.counts = styled_label("", "hint")
        box.addWidget(self.counts)
        self.calendar_notice = Banner()
        self.calendar_notice.setVisible(False)
        box.addWidget(self.calendar_notice)
        frame, inner = panel("Verzuim en thuiszitters")
        self.model = GroupedListModel(ABSENCE_COLUMNS, self)
        self.tree = grouped_view(self.model, "Leerlingen met verzuim of thuiszitterstatus", stretch=1, wrap=(1, 2, 3))
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _previous: self._pupil_chosen(current))
        self.tree.setMinimumHeight(170)
        inner.addWidget(self.tree, 1)
        self.empty = styled_label("Geen leerlingen met verzuim dat aandacht vraagt.", "hint")
        inner.addWidget(self.empty)
        box.addWidget(frame, 1)
        line = QHBoxLayout()
        line.setSpacing(14)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Registreren")
        self.absence_form = AbsenceForm(context, self._saved)
        self.exemption_form = ExemptionForm(context, self._saved)
        self.tabs.addTab(self.absence_form, "Verzuim registreren")
        self.tabs.addTab(self.exemption_form, "Vrijstelling registreren")
        line.addWidget(self.tabs, 3)
        exempt_frame, exempt = panel("Vrijgesteld")
        exempt.addWidget(styled_label("Leerlingen met een vrijstelling tellen niet mee als thuiszitter.", "hint"))
        self.exempt_list = BulletList()
        exempt.addWidget(self.exempt_list)
        self.no_exempt = styled_label("Geen leerlingen met een vrijstelling.", "hint")
        exempt.addWidget(self.no_exempt)
        exempt.addStretch(1)
        line.addWidget(exempt_frame, 2)
        box.addLayout(line)
        self.body.addWidget(scroller(content), 1)  # a small window scrolls instead of squeezing the form

    def refresh(self) -> None:
        messages.attempt(self, "Thuiszitters", self._load, self.context.home)

    def _load(self) -> None:
        services = self.context.services
        pupils = [
            (p.id, f"{p.full_name} ({p.group})")
            for p in sorted(services.records.pupil_list(), key=pupil_order)
            if p.left_on is None and p.id is not None
        ]
        self.absence_form.set_pupils(pupils)
        self.exemption_form.set_pupils(pupils)
        self.show_calendar(services.absence.calendar_notice(), services.absence.region_choice())
        self.show_statuses(services.absence.statuses(), services.absence.today())

    def show_calendar(self, notice: str | None, choice) -> None:
        """Which calendar ibdesk counts on, and a warning where it does not cover the days."""
        region = f"regio {choice.region} ({choice.how})" if choice.region else "geen vakantieregio"
        if notice:
            self.calendar_notice.show_text("warn", "Schoolkalender: " + region, [notice])
        self.calendar_notice.setVisible(bool(notice))

    def show_statuses(self, statuses: list[PupilAbsence], today: date) -> None:
        self.statuses = statuses
        keep = self.selected_pupil()
        groups = {key: [AbsenceLine.of(p, today) for p in statuses if group_of(p) == key] for key, _, _ in GROUPS}
        shown = [(key, caption, hint) for key, caption, hint in GROUPS if groups[key] or key != "kalender"]
        self.model.set_groups((f"{caption} ({len(groups[key])}) — {hint}", groups[key]) for key, caption, hint in shown)
        counts = [f"{caption}: {len(groups[key])}" for key, caption, _ in shown]
        exempt = [p for p in statuses if p.status.state is AbsenceState.EXEMPT]
        self.exempt_list.set_lines([f"{p.name} ({p.group})" for p in exempt])
        self.no_exempt.setVisible(not exempt)
        counts.append(f"Vrijgesteld: {len(exempt)}")
        self.counts.setText(" · ".join(counts))
        self.empty.setVisible(self.model.rowCount() == 0)
        if keep is not None:
            self.select_pupil(keep)

    def rows(self) -> list[tuple[str, ...]]:
        return [(line.pupil, line.state, line.norm, line.report) for _, line in self.model.records()]

    def index_of(self, pupil_id: int) -> QModelIndex:
        row = self.model.row_of(lambda line: line.pupil_id == pupil_id)
        return self.model.index(row, 0) if row is not None else QModelIndex()

    def selected_pupil(self) -> int | None:
        line = self.tree.currentIndex().data(RECORD_ROLE)
        return line.pupil_id if line is not None else None

    def select_pupil(self, pupil_id: int) -> None:
        index = self.index_of(pupil_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            return
        self.absence_form.select(pupil_id)
        self.exemption_form.select(pupil_id)

    def _pupil_chosen(self, index: QModelIndex) -> None:
        line = index.data(RECORD_ROLE) if index.isValid() else None
        if line is not None:
            self.absence_form.select(line.pupil_id)
            self.exemption_form.select(line.pupil_id)

    def _saved(self, pupil_id: int | None) -> None:
        self.show_statuses(self.context.services.absence.statuses(), self.context.services.absence.today())
        if pupil_id is not None:
            self.select_pupil(pupil_id)
