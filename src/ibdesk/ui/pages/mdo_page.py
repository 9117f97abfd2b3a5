"""MDO: the meetings (upcoming and past), planning one, a preparation sheet per case on the
agenda, recording the outcome with the MDO form, and the open action points across cases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ibdesk.services import forms
from ibdesk.services.dossier_content import mdo_basis
from ibdesk.services.meetings import MDO_FORM, Meeting, MeetingOutcomeForms, meeting_reports
from ibdesk.text.dates import short_or_time
from ibdesk.ui.empty_state import show_when_empty
from ibdesk.ui.flow import flow_row
from ibdesk.ui.forms import FormEditor
from ibdesk.ui.grouped import GroupedListModel, ListColumn, grouped_view
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.models import RECORD_ROLE
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.mdo_plan import NoBasisWarning, PlanMeetingView
from ibdesk.ui.pages.mdo_prep import ActionPointsPanel, PreparationView
from ibdesk.ui.pages.parts import EditorHost, badge, discard, panel, row, scroller
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import styled_label

MEETING_COLUMNS = [
    ListColumn("Datum", lambda m: short_or_time(m.held_on), 100),
    ListColumn("Overleg", lambda m: m.title, 200),
    ListColumn("Aantal", lambda m: str(len(m.agenda)), 60, tooltip=lambda m: f"{len(m.agenda)} casussen op de agenda"),
]


class AgendaItem(QFrame):
    def __init__(self, page: MdoPage, meeting: Meeting, case_id: int, pupil: str, question: str, reported: bool):
        super().__init__()
        self.case_id = case_id
        self.setProperty("role", "agendaItem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(3)
        top = QHBoxLayout()
        top.addWidget(styled_label(f"{pupil} (casus {case_id})", "strong"), 1)
        if reported:
            top.addWidget(badge("Uitkomst vastgelegd", "ok"))
        layout.addLayout(top)
        layout.addWidget(styled_label(f"Vraag: {question}", "body"))
        self.prep_button = button(
            "Voorbereiding", f"Voorbereiding bekijken voor {pupil}", lambda: page.show_preparation(meeting.id, case_id)
        )
        self.outcome_button = button(
            "Uitkomst vastleggen" if not reported else "Nieuwe uitkomst vastleggen",
            f"Uitkomst vastleggen voor {pupil}",
            lambda: page.open_outcome(meeting.id, case_id),
        )
        if meeting.held_on > page.context.services.meetings.today():
            self.outcome_button.setEnabled(False)
            self.outcome_button.setToolTip("De uitkomst legt u vast na het overleg.")
        self.case_button = button("Casus openen", f"Casus van {pupil} openen", lambda: page.case_opened.emit(case_id))
        layout.addWidget(flow_row([self.prep_button, self.outcome_button, self.case_button]))  # wraps when narrow
        self.no_basis = NoBasisWarning(case_id, pupil, page.consent_requested.emit)
        layout.addWidget(self.no_basis)
        if meeting.held_on >= page.context.services.meetings.today():  # still to come: there is time to ask
            basis = messages.attempt(
                page, "MDO", lambda: mdo_basis(page.context.services, case_id, meeting.participants), page.context.home
            )
            if basis is not None:
                self.no_basis.show_basis(basis)


class MdoPage(Page):
    title = "MDO"
    subtitle = "Multidisciplinair overleg: plannen, voorbereiden, de uitkomst vastleggen en de afspraken volgen."
    case_opened = Signal(int)
    consent_requested = Signal(int, int)  # case id, organisation id: record the consent for an MDO

    def __init__(self, context: Context):
        super().__init__(context)
        self.meetings: list[Meeting] = []
        self.current: Meeting | None = None
        self.stack = QStackedWidget()
        self.main = QWidget()
        self._build_main()
        self.plan_view = PlanMeetingView(context, self._planned, on_consent=self.consent_requested.emit)
        self.prep_view = PreparationView(self.show_main, self.case_opened.emit, self._outcome_for_prep)
        self.host = EditorHost()
        self.host.closed.connect(self._editor_closed)
        for widget in (self.main, self.plan_view, self.prep_view, self.host):
            self.stack.addWidget(widget)
        self.body.addWidget(self.stack, 1)

    def _build_main(self) -> None:
        layout = QVBoxLayout(self.main)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.plan_button = button("Nieuw overleg plannen…", "Nieuw overleg plannen", self.start_plan, primary=True)
        self.pdf_button = button(
            "Agenda en voorbereiding als PDF…",
            "Agenda en voorbereidingsbladen als PDF",
            self.export_agenda,
            tooltip="Ondertekende PDF met per casus alleen wat de deelnemers mogen zien",
        )
        layout.addLayout(row(self.plan_button, self.pdf_button))
        upper = QHBoxLayout()
        upper.setSpacing(12)
        list_frame, list_box = panel("Overleggen")
        self.meeting_model = GroupedListModel(MEETING_COLUMNS, self)
        self.tree = grouped_view(self.meeting_model, "Overleggen", "Gepland en geweest", stretch=1)
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _previous: self._select(current))
        show_when_empty(
            self.tree, "Nog geen overleg. Plan er een met ‘Nieuw overleg plannen…’ en zet de casussen op de agenda."
        )
        list_box.addWidget(self.tree, 1)
        upper.addWidget(list_frame, 5)
        detail_frame, self.detail = panel()
        self.detail_title = styled_label("", "big")
        self.detail_facts = styled_label("", "hint")
        self.detail_people = styled_label("", "body")
        holder = QWidget()  # the meeting's facts scroll with its agenda: a long list of people is never squeezed
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        for widget in (self.detail_title, self.detail_facts, self.detail_people, styled_label("Agenda", "strong")):
            outer.addWidget(widget)
        self.agenda = QVBoxLayout()
        self.agenda.setSpacing(0)
        outer.addLayout(self.agenda)
        outer.addStretch(1)
        self.detail.addWidget(scroller(holder), 1)
        upper.addWidget(detail_frame, 7)
        layout.addLayout(upper, 3)
        self.action_points = ActionPointsPanel(self.complete_action, self.case_opened.emit)
        layout.addWidget(self.action_points, 2)

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.stack.currentWidget() is self.main:
            messages.attempt(self, "MDO", self._load, self.context.home)
        elif self.stack.currentWidget() is self.plan_view:  # back from recording a consent
            self.plan_view.check_bases()

    def _load(self) -> None:
        services = self.context.services
        today = services.meetings.today()
        self.meetings = services.meetings.meetings()
        keep = self.current.id if self.current else None
        upcoming = sorted((m for m in self.meetings if m.held_on >= today), key=lambda m: m.held_on)
        past = [m for m in self.meetings if m.held_on < today]
        self.meeting_model.set_groups([(f"Gepland ({len(upcoming)})", upcoming), (f"Geweest ({len(past)})", past)])
        row = self.meeting_model.row_of(lambda m: m.id == keep) if keep is not None else None
        row = row if row is not None else self.meeting_model.row_of(lambda m: True)
        if row is not None:
            self.tree.setCurrentIndex(self.meeting_model.index(row, 0))
        else:
            self._show_meeting(None)
        self.action_points.show_points(services.meetings.action_points(), today)

    def _select(self, index: QModelIndex) -> None:
        meeting = index.data(RECORD_ROLE) if index.isValid() else None
        if meeting is not None:
            self._show_meeting(meeting)

    def select_meeting(self, meeting_id: int) -> None:
        row = self.meeting_model.row_of(lambda m: m.id == meeting_id)
        if row is not None:
            self.tree.setCurrentIndex(self.meeting_model.index(row, 0))

    def _show_meeting(self, meeting: Meeting | None) -> None:
        self.current = meeting
        while self.agenda.count():
            item = self.agenda.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        if meeting is None:
            self.detail_title.setText("Nog geen overleg gepland")
            self.detail_facts.setText("Plan een overleg en zet de casussen op de agenda.")
            self.detail_people.setText("")
            return
        today = self.context.services.meetings.today()
        when = "gepland" if meeting.held_on >= today else "geweest"
        self.detail_title.setText(meeting.title)
        place = f" · {meeting.location}" if meeting.location else ""
        self.detail_facts.setText(f"{short_or_time(meeting.held_on)} ({when}){place}")
        people = [
            f"{p.get('naam', '')} ({p.get('rol', '')})" if p.get("rol") else p.get("naam", "")
            for p in meeting.participants
        ]
        self.detail_people.setText("Deelnemers: " + (", ".join(people) if people else "nog niet ingevuld"))
        reports = meeting_reports(self.context.store, meeting.id)
        for case_id, pupil, question in meeting.agenda:
            self.agenda.addWidget(AgendaItem(self, meeting, case_id, pupil, question, case_id in reports))

    def export_agenda(self) -> Task | None:
        """The signed agenda with a preparation sheet per case, written where the user chooses,
        off the UI thread (the Task's value is the ExportResult)."""
        from ibdesk.services.export_documents import export_meeting

        meeting = self.current
        if meeting is None:
            messages.show_info(self, "Agenda als PDF", "Kies eerst een overleg.")
            return None
        suggested = Path.home() / f"mdo-agenda-{meeting.held_on.isoformat()}.pdf"
        target = messages.ask_save_path(self, "Agenda opslaan als", suggested, "PDF-document (*.pdf)")
        if target is None:
            return None
        services, home = self.context.services, self.context.home
        return run_busy(
            lambda _report: export_meeting(services, meeting.id, Path(target)),
            lambda result: messages.show_info(self, "Agenda gemaakt", result.message()),
            lambda exc: messages.show_error(self, "Agenda niet gemaakt", messages.describe(exc, home)),
            busy=[self.pdf_button],
            text="Bezig met de agenda…",
            owner=self,
        )

    def agenda_items(self) -> list[AgendaItem]:
        items = (self.agenda.itemAt(i) for i in range(self.agenda.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), AgendaItem)]

    # -- views ------------------------------------------------------------------------------------
    def show_main(self) -> None:
        self.host.release()
        self.stack.setCurrentWidget(self.main)
        self.refresh()

    def start_plan(self) -> None:
        self.plan_view.reset()
        self.stack.setCurrentWidget(self.plan_view)

    def _planned(self, meeting_id: int | None) -> None:
        self.stack.setCurrentWidget(self.main)
        self.refresh()
        if meeting_id is not None:
            self.select_meeting(meeting_id)

    def show_preparation(self, meeting_id: int, case_id: int) -> None:
        meetings = self.context.services.meetings
        sheet = messages.attempt(
            self, "Voorbereiding", lambda: meetings.preparation(meeting_id, case_id), self.context.home
        )
        if sheet is None:
            return
        meeting = meetings.meeting(meeting_id)
        self.prep_view.show_sheet(sheet, meeting.title, meeting.held_on)
        self._prep_meeting = meeting_id
        self.stack.setCurrentWidget(self.prep_view)

    def _outcome_for_prep(self, case_id: int) -> None:
        self.open_outcome(self._prep_meeting, case_id)

    def open_outcome(self, meeting_id: int, case_id: int) -> FormEditor | None:
        services = self.context.services
        meeting = services.meetings.meeting(meeting_id)
        ov = messages.attempt(
            self, "Uitkomst", lambda: services.guidance.overview(case_id, log_view=False), self.context.home
        )
        if ov is None:
            return None
        question = next((q for c, _, q in meeting.agenda if c == case_id), "")
        start = {
            "soort_overleg": "mdo",
            "aanleiding": question,
            "deelnemers": [{"naam": p.get("naam", ""), "aanwezig": True} for p in meeting.participants] or None,
        }
        if meeting.held_on <= services.meetings.today():
            start["datum"] = meeting.held_on.isoformat()
        facade = MeetingOutcomeForms(services.forms, services.meetings, meeting_id)
        editor = FormEditor(
            facade,
            services.catalog.latest(MDO_FORM),
            pupil_id=ov.case.pupil_id,
            case_id=case_id,
            context=facade.context(meeting_id, case_id),
            answers={k: v for k, v in start.items() if v},
            choices_provider=forms.form_choices(services.records, ov.pupil),
            ask=lambda parent, title, text: messages.confirm(parent, title, text),
        )
        self.host.show_widget(
            f"Uitkomst {meeting.title} — {ov.pupil.full_name}",
            editor,
            "Elke afspraak (wat, wie, uiterlijk) wordt een actiepunt in de casus.",
        )
        self.stack.setCurrentWidget(self.host)
        return editor

    def _editor_closed(self) -> None:
        self.show_main()

    def complete_action(self, action_id: int) -> None:
        def complete() -> bool:
            self.context.services.meetings.complete(action_id)
            return True

        if messages.attempt(self, "Actiepunt", complete, self.context.home):
            self.refresh()
