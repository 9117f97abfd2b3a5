"""MDO: the meetings (upcoming and past), planning one, a preparation sheet per case on the
agenda, recording the outcome with the MDO form, and the open action points across cases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
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
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP
from ibdesk.ui.models import RECORD_ROLE
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.mdo_basis_warning import NoBasisWarning
from ibdesk.ui.pages.mdo_plan import PlanMeetingView
from ibdesk.ui.pages.mdo_prep import ActionPointsPanel, PreparationView
from ibdesk.ui.pages.parts import EditorHost, badge, discard, panel, row, scroller
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import styled_label


def on_the_agenda(meeting: Meeting) -> str:
    if len(meeting.agenda) == 1:
        return QCoreApplication.translate("mdo_page", "1 casus op de agenda")
    return QCoreApplication.translate("mdo_page", "{count} casussen op de agenda").format(count=len(meeting.agenda))


def meeting_columns() -> list[ListColumn]:
    """The columns of the meeting list, their titles in the UI's language."""
    return [
        ListColumn(QCoreApplication.translate("mdo_page", "Datum"), lambda m: short_or_time(m.held_on), 100),
        ListColumn(QCoreApplication.translate("mdo_page", "Overleg"), lambda m: m.title, 200),
        ListColumn(
            QCoreApplication.translate("mdo_page", "Aantal"), lambda m: str(len(m.agenda)), 60, tooltip=on_the_agenda
        ),
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
        title = QCoreApplication.translate("mdo_page", "{pupil} (casus {case_id})").format(pupil=pupil, case_id=case_id)
        top.addWidget(styled_label(title, "strong"), 1)
        if reported:
            top.addWidget(badge(QCoreApplication.translate("mdo_page", "Uitkomst vastgelegd"), "ok"))
        layout.addLayout(top)
        layout.addWidget(
            styled_label(QCoreApplication.translate("mdo_page", "Vraag: {question}").format(question=question), "body")
        )
        self.prep_button = button(
            QCoreApplication.translate("mdo_page", "Voorbereiding"),
            QCoreApplication.translate("mdo_page", "Voorbereiding bekijken voor {pupil}").format(pupil=pupil),
            lambda: page.show_preparation(meeting.id, case_id),
        )
        self.outcome_button = button(
            QCoreApplication.translate("mdo_page", "Uitkomst vastleggen")
            if not reported
            else QCoreApplication.translate("mdo_page", "Nieuwe uitkomst vastleggen"),
            QCoreApplication.translate("mdo_page", "Uitkomst vastleggen voor {pupil}").format(pupil=pupil),
            lambda: page.open_outcome(meeting.id, case_id),
        )
        if meeting.held_on > page.context.services.meetings.today():
            self.outcome_button.setEnabled(False)
            self.outcome_button.setToolTip(
                QCoreApplication.translate("mdo_page", "De uitkomst legt u vast na het overleg.")
            )
        self.case_button = button(
            QCoreApplication.translate("mdo_page", "Casus openen"),
            QCoreApplication.translate("mdo_page", "Casus van {pupil} openen").format(pupil=pupil),
            lambda: page.case_opened.emit(case_id),
        )
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
    tr_context = "mdo_page"
    title = QT_TRANSLATE_NOOP("mdo_page", "MDO")
    subtitle = QT_TRANSLATE_NOOP(
        "mdo_page", "Multidisciplinair overleg: plannen, voorbereiden, de uitkomst vastleggen en de afspraken volgen."
    )
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
        self.plan_button = button(
            QCoreApplication.translate("mdo_page", "Nieuw overleg plannen…"),
            QCoreApplication.translate("mdo_page", "Nieuw overleg plannen"),
            self.start_plan,
            primary=True,
        )
        self.pdf_button = button(
            QCoreApplication.translate("mdo_page", "Agenda en voorbereiding als PDF…"),
            QCoreApplication.translate("mdo_page", "Agenda en voorbereidingsbladen als PDF"),
            self.export_agenda,
            tooltip=QCoreApplication.translate(
                "mdo_page", "Ondertekende PDF met per casus alleen wat de deelnemers mogen zien"
            ),
        )
        layout.addLayout(row(self.plan_button, self.pdf_button))
        upper = QHBoxLayout()
        upper.setSpacing(12)
        list_frame, list_box = panel(QCoreApplication.translate("mdo_page", "Overleggen"))
        self.meeting_model = GroupedListModel(meeting_columns(), self)
        self.tree = grouped_view(
            self.meeting_model,
            QCoreApplication.translate("mdo_page", "Overleggen"),
            QCoreApplication.translate("mdo_page", "Gepland en geweest"),
            stretch=1,
        )
        self.tree.selectionModel().currentRowChanged.connect(lambda current, _previous: self._select(current))
        show_when_empty(
            self.tree,
            QCoreApplication.translate(
                "mdo_page",
                "Nog geen overleg. Plan er een met ‘Nieuw overleg plannen…’ en zet de casussen op de agenda.",
            ),
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
        for widget in (self.detail_title, self.detail_facts, self.detail_people, self._agenda_heading()):
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

    @staticmethod
    def _agenda_heading() -> QWidget:
        return styled_label(QCoreApplication.translate("mdo_page", "Agenda"), "strong")

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
        self.meeting_model.set_groups(
            [
                (QCoreApplication.translate("mdo_page", "Gepland ({count})").format(count=len(upcoming)), upcoming),
                (QCoreApplication.translate("mdo_page", "Geweest ({count})").format(count=len(past)), past),
            ]
        )
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
            self.detail_title.setText(QCoreApplication.translate("mdo_page", "Nog geen overleg gepland"))
            self.detail_facts.setText(
                QCoreApplication.translate("mdo_page", "Plan een overleg en zet de casussen op de agenda.")
            )
            self.detail_people.setText("")
            return
        today = self.context.services.meetings.today()
        held = short_or_time(meeting.held_on)
        when = (
            QCoreApplication.translate("mdo_page", "{date} (gepland)")
            if meeting.held_on >= today
            else QCoreApplication.translate("mdo_page", "{date} (geweest)")
        ).format(date=held)
        self.detail_title.setText(meeting.title)
        place = f" · {meeting.location}" if meeting.location else ""
        self.detail_facts.setText(when + place)
        people = [
            f"{p.get('naam', '')} ({p.get('rol', '')})" if p.get("rol") else p.get("naam", "")
            for p in meeting.participants
        ]
        self.detail_people.setText(
            QCoreApplication.translate("mdo_page", "Deelnemers: {people}").format(
                people=", ".join(people) if people else QCoreApplication.translate("mdo_page", "nog niet ingevuld")
            )
        )
        reports = meeting_reports(self.context.store, meeting.id)
        for case_id, pupil, question in meeting.agenda:
            self.agenda.addWidget(AgendaItem(self, meeting, case_id, pupil, question, case_id in reports))

    def export_agenda(self) -> Task | None:
        """The signed agenda with a preparation sheet per case, written where the user chooses,
        off the UI thread (the Task's value is the ExportResult)."""
        from ibdesk.services.export_documents import export_meeting

        meeting = self.current
        if meeting is None:
            messages.show_info(
                self,
                QCoreApplication.translate("mdo_page", "Agenda als PDF"),
                QCoreApplication.translate("mdo_page", "Kies eerst een overleg."),
            )
            return None
        suggested = Path.home() / f"mdo-agenda-{meeting.held_on.isoformat()}.pdf"
        target = messages.ask_save_path(
            self,
            QCoreApplication.translate("mdo_page", "Agenda opslaan als"),
            suggested,
            QCoreApplication.translate("mdo_page", "PDF-document (*.pdf)"),
        )
        if target is None:
            return None
        services, home = self.context.services, self.context.home
        return run_busy(
            lambda _report: export_meeting(services, meeting.id, Path(target)),
            lambda result: messages.show_info(
                self, QCoreApplication.translate("mdo_page", "Agenda gemaakt"), result.message()
            ),
            lambda exc: messages.show_error(
                self, QCoreApplication.translate("mdo_page", "Agenda niet gemaakt"), messages.describe(exc, home)
            ),
            busy=[self.pdf_button],
            text=QCoreApplication.translate("mdo_page", "Bezig met de agenda…"),
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
            self,
            QCoreApplication.translate("mdo_page", "Voorbereiding"),
            lambda: meetings.preparation(meeting_id, case_id),
            self.context.home,
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
            self,
            QCoreApplication.translate("mdo_page", "Uitkomst"),
            lambda: services.guidance.overview(case_id, log_view=False),
            self.context.home,
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
            QCoreApplication.translate("mdo_page", "Uitkomst {meeting} — {pupil}").format(
                meeting=meeting.title, pupil=ov.pupil.full_name
            ),
            editor,
            QCoreApplication.translate(
                "mdo_page", "Elke afspraak (wat, wie, uiterlijk) wordt een actiepunt in de casus."
            ),
        )
        self.stack.setCurrentWidget(self.host)
        return editor

    def _editor_closed(self) -> None:
        self.show_main()

    def complete_action(self, action_id: int) -> None:
        def complete() -> bool:
            self.context.services.meetings.complete(action_id)
            return True

        if messages.attempt(self, QCoreApplication.translate("mdo_page", "Actiepunt"), complete, self.context.home):
            self.refresh()
