"""Thuiszitters: pupils with an absence status — melding leerplicht, potential thuiszitters,
thuiszitters 2a/2b with the days left to the three-month norm — exempt pupils apart, and
registering absence or an exemption."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from ibdesk.domain.absence import AbsenceState
from ibdesk.services.absence import PupilAbsence
from ibdesk.text.dates import short_or_time
from ibdesk.ui.grouped import GroupedListModel, ListColumn, grouped_view
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.kit.palette import ERROR, WARN
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import RECORD_ROLE, pupil_order
from ibdesk.ui.pages.absence_forms import AbsenceForm, ExemptionForm
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import panel, scroller
from ibdesk.ui.widgets import styled_label

C = "thuiszitters_page"  # the translation context of the labels kept as data below
COLUMNS = [
    QT_TRANSLATE_NOOP("thuiszitters_page", "Leerling"),
    QT_TRANSLATE_NOOP("thuiszitters_page", "Status"),
    QT_TRANSLATE_NOOP("thuiszitters_page", "Driemaandennorm"),
    QT_TRANSLATE_NOOP("thuiszitters_page", "Melding leerplicht"),
]
GROUPS = (  # (key, caption, what it means), the captions and meanings translated where shown
    (
        "kalender",
        QT_TRANSLATE_NOOP("thuiszitters_page", "Schoolkalender onbekend"),
        QT_TRANSLATE_NOOP("thuiszitters_page", "ibdesk telt hier niets: de schoolkalender dekt deze periode niet"),
    ),
    (
        "thuiszitter",
        QT_TRANSLATE_NOOP("thuiszitters_page", "Thuiszitters"),
        QT_TRANSLATE_NOOP(
            "thuiszitters_page",
            "langer dan 4 schoolweken ongeoorloofd afwezig (2a: tot 3 maanden, 2b: langer), of niet ingeschreven",
        ),
    ),
    (
        "potentieel",
        QT_TRANSLATE_NOOP("thuiszitters_page", "Potentiële thuiszitters"),
        QT_TRANSLATE_NOOP(
            "thuiszitters_page", "nog ingeschreven, maar het onderwijs is in gevaar (langer dan een week ziek)"
        ),
    ),
    (
        "melding",
        QT_TRANSLATE_NOOP("thuiszitters_page", "Melding bij leerplicht"),
        QT_TRANSLATE_NOOP("thuiszitters_page", "16 uur ongeoorloofd verzuim binnen 4 schoolweken"),
    ),
)
STATE_LABELS = {
    AbsenceState.THUISZITTER_2A: QT_TRANSLATE_NOOP("thuiszitters_page", "thuiszitter 2a"),
    AbsenceState.THUISZITTER_2B: QT_TRANSLATE_NOOP("thuiszitters_page", "thuiszitter 2b"),
    AbsenceState.POTENTIAL: QT_TRANSLATE_NOOP("thuiszitters_page", "potentiële thuiszitter"),
    AbsenceState.NONE: QT_TRANSLATE_NOOP("thuiszitters_page", "ongeoorloofd verzuim"),
    AbsenceState.NOT_COMPULSORY: QT_TRANSLATE_NOOP("thuiszitters_page", "niet leerplichtig"),
    AbsenceState.EXEMPT: QT_TRANSLATE_NOOP("thuiszitters_page", "vrijgesteld"),
    AbsenceState.NOT_ENROLLED: QT_TRANSLATE_NOOP("thuiszitters_page", "niet ingeschreven (absoluut verzuim)"),
    AbsenceState.CALENDAR_MISSING: QT_TRANSLATE_NOOP("thuiszitters_page", "schoolkalender onbekend"),
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
            until = short_or_time(st.uncovered[0] - timedelta(days=1))
            return QCoreApplication.translate("thuiszitters_page", "onbekend: schoolkalender tot {date}").format(
                date=until
            ), "warn"
        return "", ""
    deadline = short_or_time(st.norm_deadline)
    if st.days_left < 0:
        return QCoreApplication.translate("thuiszitters_page", "{days} schooldagen overschreden ({date})").format(
            days=-st.days_left, date=deadline
        ), "error"
    return QCoreApplication.translate("thuiszitters_page", "nog {days} schooldagen ({date})").format(
        days=st.days_left, date=deadline
    ), "warn" if st.warn else ""


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
            report = short_or_time(st.report_due_on)
            if st.report_due_on <= today:
                report = QCoreApplication.translate("thuiszitters_page", "{date} (melden!)").format(date=report)
        state = translated(C, STATE_LABELS[st.state]) if st.state in STATE_LABELS else str(st.state)
        if st.spell_start:
            state += QCoreApplication.translate("thuiszitters_page", ", sinds {date} ({days} schooldagen)").format(
                date=short_or_time(st.spell_start), days=st.school_days
            )
        if st.state is AbsenceState.CALENDAR_MISSING and st.uncovered:
            state += QCoreApplication.translate(
                "thuiszitters_page", ": de kalender dekt {start} t/m {end} niet"
            ).format(start=short_or_time(st.uncovered[0]), end=short_or_time(st.uncovered[1]))
        return cls(
            p.pupil_id,
            f"{p.name} ({p.group})",
            state,
            norm,
            tone,
            report,
            bool(st.report_due_on and st.report_due_on <= today),
        )


def absence_columns() -> list[ListColumn]:
    """The columns of the list, their titles in the UI's language."""
    pact = QCoreApplication.translate(
        "thuiszitters_page", "Thuiszitterspact: geen kind langer dan drie maanden thuis zonder passend aanbod."
    )
    titles = [translated(C, title) for title in COLUMNS]
    return [
        ListColumn(titles[0], lambda line: line.pupil, 230),
        ListColumn(titles[1], lambda line: line.state, 200),
        ListColumn(
            titles[2],
            lambda line: line.norm,
            210,
            tooltip=lambda line: pact,
            colour=lambda line: {"error": ERROR, "warn": WARN}.get(line.tone),
        ),
        ListColumn(titles[3], lambda line: line.report, 170, colour=lambda line: ERROR if line.report_late else None),
    ]


class ThuiszittersPage(Page):
    tr_context = "thuiszitters_page"
    title = QT_TRANSLATE_NOOP("thuiszitters_page", "Thuiszitters")
    subtitle = QT_TRANSLATE_NOOP(
        "thuiszitters_page",
        "Geen kind langer dan drie maanden thuis zonder passend aanbod. ibdesk telt de schooldagen "
        "(vakanties tellen niet mee) en waarschuwt vanaf 8 schoolweken.",
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
        frame, inner = panel(QCoreApplication.translate("thuiszitters_page", "Verzuim en thuiszitters"))
        self.model = GroupedListModel(absence_columns(), self)
        self.tree = grouped_view(
            self.model,
            QCoreApplication.translate("thuiszitters_page", "Leerlingen met verzuim of thuiszitterstatus"),
            stretch=1,
            wrap=(1, 2, 3),
        )
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _previous: self._pupil_chosen(current))
        self.tree.setMinimumHeight(170)
        inner.addWidget(self.tree, 1)
        self.empty = styled_label(
            QCoreApplication.translate("thuiszitters_page", "Geen leerlingen met verzuim dat aandacht vraagt."), "hint"
        )
        inner.addWidget(self.empty)
        box.addWidget(frame, 1)
        line = QHBoxLayout()
        line.setSpacing(14)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("thuiszitters_page", "Registreren"))
        self.absence_form = AbsenceForm(context, self._saved)
        self.exemption_form = ExemptionForm(context, self._saved)
        self.tabs.addTab(self.absence_form, QCoreApplication.translate("thuiszitters_page", "Verzuim registreren"))
        self.tabs.addTab(
            self.exemption_form, QCoreApplication.translate("thuiszitters_page", "Vrijstelling registreren")
        )
        line.addWidget(self.tabs, 3)
        exempt_frame, exempt = panel(QCoreApplication.translate("thuiszitters_page", "Vrijgesteld"))
        exempt.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "thuiszitters_page", "Leerlingen met een vrijstelling tellen niet mee als thuiszitter."
                ),
                "hint",
            )
        )
        self.exempt_list = BulletList()
        exempt.addWidget(self.exempt_list)
        self.no_exempt = styled_label(
            QCoreApplication.translate("thuiszitters_page", "Geen leerlingen met een vrijstelling."), "hint"
        )
        exempt.addWidget(self.no_exempt)
        exempt.addStretch(1)
        line.addWidget(exempt_frame, 2)
        box.addLayout(line)
        self.body.addWidget(scroller(content), 1)  # a small window scrolls instead of squeezing the form

    def refresh(self) -> None:
        messages.attempt(
            self, QCoreApplication.translate("thuiszitters_page", "Thuiszitters"), self._load, self.context.home
        )

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
        region = (
            QCoreApplication.translate("thuiszitters_page", "regio {region} ({how})").format(
                region=choice.region, how=choice.how
            )
            if choice.region
            else QCoreApplication.translate("thuiszitters_page", "geen vakantieregio")
        )
        if notice:
            headline = QCoreApplication.translate("thuiszitters_page", "Schoolkalender: {region}").format(region=region)
            self.calendar_notice.show_text("warn", headline, [notice])
        self.calendar_notice.setVisible(bool(notice))

    def show_statuses(self, statuses: list[PupilAbsence], today: date) -> None:
        self.statuses = statuses
        keep = self.selected_pupil()
        groups = {key: [AbsenceLine.of(p, today) for p in statuses if group_of(p) == key] for key, _, _ in GROUPS}
        shown = [
            (key, translated(C, caption), translated(C, hint))
            for key, caption, hint in GROUPS
            if groups[key] or key != "kalender"
        ]
        self.model.set_groups((f"{caption} ({len(groups[key])}) — {hint}", groups[key]) for key, caption, hint in shown)
        counts = [f"{caption}: {len(groups[key])}" for key, caption, _ in shown]
        exempt = [p for p in statuses if p.status.state is AbsenceState.EXEMPT]
        self.exempt_list.set_lines([f"{p.name} ({p.group})" for p in exempt])
        self.no_exempt.setVisible(not exempt)
        counts.append(QCoreApplication.translate("thuiszitters_page", "Vrijgesteld: {count}").format(count=len(exempt)))
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
