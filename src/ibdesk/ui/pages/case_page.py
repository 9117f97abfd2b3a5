"""One case: who it is about and who holds regie, the route as a timeline, readiness for the
Sociaal Team, 'Wie is aan zet?', the OPP, consent, parents' views, saved forms and the audit
trail. Forms open in place (the page's content is swapped for the form editor)."""

from __future__ import annotations

from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMenu, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ibdesk.domain.consent import SOCIAL_TEAM_PURPOSE
from ibdesk.domain.lifecycle import summary
from ibdesk.domain.route import StepState
from ibdesk.errors import UserError
from ibdesk.services import absence, audit, form_entry
from ibdesk.services.form_entry import step_participants
from ibdesk.services.guidance import OPP_FORM, RESPONSIBILITY_FORM, CaseOverview
from ibdesk.text.dates import short_date
from ibdesk.ui.flow import flow_row
from ibdesk.ui.forms import FormEditor, FormView
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.pages import case_editors, case_handover
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.case_consent import ConsentPanel, ViewpointsPanel
from ibdesk.ui.pages.case_facts import CaseFacts
from ibdesk.ui.pages.case_lifecycle import MOVE_BUTTONS, LifecyclePanel, StatusForm
from ibdesk.ui.pages.case_notes import NotesPanel
from ibdesk.ui.pages.case_opp import OppPanel
from ibdesk.ui.pages.case_readiness import OutcomePreview, ReadinessPanel, ResponsibilityPanel
from ibdesk.ui.pages.case_records import AuditPanel, FormsPanel
from ibdesk.ui.pages.case_timeline import RouteTimeline
from ibdesk.ui.pages.parts import EditorHost, scroller

Shown = TypeVar("Shown", bound=QWidget)
HANDOVER_KINDS = {
    "po-vo": QT_TRANSLATE_NOOP("case_page", "PO → VO (onderwijskundig rapport en warme overdracht)"),
    "school": QT_TRANSLATE_NOOP("case_page", "Naar een andere school (ook SBO/SO)"),
    "sociaal-team": QT_TRANSLATE_NOOP("case_page", "Aanmelding bij het Sociaal Team"),
}


class CasePage(Page):
    tr_context = "case_page"
    title = QT_TRANSLATE_NOOP("case_page", "Casus")
    subtitle = QT_TRANSLATE_NOOP(
        "case_page", "Waar de casus staat op de routekaart, wat nog nodig is en wie aan zet is."
    )
    back_requested = Signal()

    def __init__(self, context: Context):
        super().__init__(context)
        self.case_id: int | None = None
        self.overview: CaseOverview | None = None
        self.back_button = button(
            QCoreApplication.translate("case_page", "← Terug"),
            QCoreApplication.translate("case_page", "Terug naar de vorige pagina"),
            self.back_requested.emit,
            tooltip=QCoreApplication.translate("case_page", "Terug (Alt+←)"),
        )
        self.facts = CaseFacts()
        self.ready_badge, self.status_badge = self.facts.ready_badge, self.facts.status_badge
        self.fact_labels, self.border_note = self.facts.labels, self.facts.border_note
        self.export_button = button(
            QCoreApplication.translate("case_page", "&Dossier exporteren…"),
            QCoreApplication.translate("case_page", "Dossier exporteren voor het Sociaal Team"),
            self.open_export_wizard,
            tooltip=QCoreApplication.translate(
                "case_page", "Ondertekend dossier maken (alleen wat de ontvanger mag ontvangen)"
            ),
        )
        self.handover_button = button(
            QCoreApplication.translate("case_page", "&Warme overdracht…"),
            QCoreApplication.translate("case_page", "Warme overdracht: formulier en PDF"),
            None,
            tooltip=QCoreApplication.translate(
                "case_page",
                "Het overdrachtsformulier invullen; daarna het ondertekende "
                "document (alleen wat de ontvanger mag zien)",
            ),
        )
        menu = QMenu(self.handover_button)
        for kind, label in HANDOVER_KINDS.items():
            menu.addAction(translated("case_page", label), partial(self.open_handover, kind))
        self.handover_button.setMenu(menu)
        self.status_button = button(
            QCoreApplication.translate("case_page", "Status wijzigen"),
            QCoreApplication.translate("case_page", "Status van de casus wijzigen"),
            None,
            tooltip=QCoreApplication.translate(
                "case_page", "Aanmelden, besluit van het Sociaal Team, sluiten of heropenen"
            ),
        )
        self.status_button.setMenu(QMenu(self.status_button))
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(flow_row([self.status_button, self.handover_button, self.export_button], align_right=True), 1)
        self.body.insertLayout(0, top)
        self.stack = QStackedWidget()
        self.main = QWidget()
        main = QVBoxLayout(self.main)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(10)
        main.addWidget(self.facts.frame)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("case_page", "Onderdelen van de casus"))
        self._build_tabs()
        main.addWidget(self.tabs, 1)
        self.host = EditorHost()
        self.host.closed.connect(self.close_editor)
        self.stack.addWidget(self.main)
        self.stack.addWidget(self.host)
        self.body.addWidget(self.stack, 1)
        for keys in ("Alt+Left", "Escape"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._escape)

    # -- building -------------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        route_tab = QWidget()
        line = QHBoxLayout(route_tab)
        line.setContentsMargins(12, 12, 12, 12)
        line.setSpacing(14)
        self.timeline = RouteTimeline(self.open_step_editor, self.set_step_state)
        line.addWidget(scroller(self.timeline), 3)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 4, 0)
        self.readiness = ReadinessPanel(self.context, self.refresh)
        side_box.addWidget(self.readiness)
        side_box.addStretch(1)
        line.addWidget(scroller(side), 2)
        self.lifecycle = LifecyclePanel(self.open_status_form)
        self.responsibility = ResponsibilityPanel(self.open_responsibility_editor)
        self.opp = OppPanel(self.open_opp_editor, context=self.context, on_changed=self.refresh)
        self.consent = ConsentPanel(self.context, lambda: self.open_consent_editor(), self.refresh)
        self.viewpoints = ViewpointsPanel(self.context)
        self.forms = FormsPanel(self.open_saved)
        self.audit = AuditPanel()
        self.notes = NotesPanel(self.context)
        for widget, label in (
            (route_tab, QCoreApplication.translate("case_page", "Route")),
            (self.responsibility, QCoreApplication.translate("case_page", "Wie is aan zet?")),
            (self.opp, QCoreApplication.translate("case_page", "OPP")),
            (self.consent, QCoreApplication.translate("case_page", "Toestemming")),
            (self.viewpoints, QCoreApplication.translate("case_page", "Zienswijzen")),
            (self.notes, QCoreApplication.translate("case_page", "Notities en bijlagen")),
            (self.forms, QCoreApplication.translate("case_page", "Formulieren")),
            (self.audit, QCoreApplication.translate("case_page", "Logboek")),
            (self.lifecycle, QCoreApplication.translate("case_page", "Status")),
        ):
            if widget is not route_tab:
                widget = self._padded(widget)
            self.tabs.addTab(widget, label)

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        outer = QWidget()
        box = QVBoxLayout(outer)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(widget)
        return scroller(outer)

    # -- loading --------------------------------------------------------------------------------
    def open_export_wizard(self) -> None:
        """The export wizard for this case; it writes only where the user chooses."""
        from ibdesk.ui.dossier import ExportWizard

        if self.case_id is None:
            return
        case_id = self.case_id
        wizard = messages.attempt(
            self,
            QCoreApplication.translate("case_page", "Dossier exporteren"),
            lambda: ExportWizard(self.context, case_id, self),
            self.context.home,
        )
        if wizard is None:
            return
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.exported.connect(self._after_export)
        self.export_wizard = wizard
        wizard.show()

    def export_handover(self, kind: str):
        """The signed warme overdracht document of this case from its saved form; asks where
        to save only when it can be made."""
        return case_handover.export(self, kind)

    def open_handover(self, kind: str) -> FormEditor | None:
        """The handover form: the concept to finish, the saved version, or a new prefilled one."""
        if self.overview is None:
            return None
        definition = self._latest_definition(case_handover.form_of(kind))
        editor = self._editor(definition)
        case_handover.add_export_action(self, editor, kind)
        return self._show_editor(definition.title, editor)

    def _after_export(self, _result) -> None:
        if self.case_id is not None:
            self.open_case(self.case_id)

    def open_case(self, case_id: int) -> bool:
        self.host.release()
        self.stack.setCurrentWidget(self.main)
        self.back_button.setVisible(True)
        self.case_id = case_id
        self.tabs.setCurrentIndex(0)
        return self.refresh()

    def refresh(self) -> bool:
        if self.case_id is None:
            return False
        done = messages.attempt(
            self, QCoreApplication.translate("case_page", "Casus openen"), self._load, self.context.home
        )
        return bool(done)

    def _load(self) -> bool:
        services = self.context.services
        assert self.case_id is not None  # refresh() loads only an open case
        case_id = self.case_id
        ov = self.overview = services.guidance.overview(case_id)
        pupil, case = ov.pupil, ov.case
        self.header.title.setText(
            QCoreApplication.translate("case_page", "Casus {number} · {name}").format(
                number=case.id, name=pupil.full_name
            )
        )
        opened = QCoreApplication.translate("case_page", "{group} · geopend op {date}").format(
            group=pupil.group, date=short_date(case.opened_on)
        )
        closed = (
            QCoreApplication.translate("case_page", " · gesloten op {date}").format(date=short_date(case.closed_on))
            if case.closed_on
            else ""
        )
        self.header.subtitle.setText(opened + closed)
        self.facts.show_overview(ov)
        self._show_lifecycle(case)
        self.timeline.show_overview(ov, absence.calendar_or_none(services))
        self.readiness.show_overview(ov)
        self.responsibility.show_overview(ov)
        self.opp.show_overview(ov)
        self.consent.show_overview(ov)
        self.viewpoints.show_case(case_id)
        self.viewpoints.pupil_view.show_overview(ov)
        self.notes.show_case(case.pupil_id, case_id)
        self.forms.show_forms(ov, services.forms.saved_forms(case_id=case.id))
        self.audit.show_entries(audit.case_audit(self.context.store, case_id))
        return True

    # -- status -----------------------------------------------------------------------------------
    def _show_lifecycle(self, case) -> None:
        lifecycle = self.context.services.lifecycle
        state, events = lifecycle.follow_up(case.id), lifecycle.history(case.id)
        allowed = lifecycle.allowed(case.id)
        today = lifecycle.today()
        self.lifecycle.show_state(state, events, allowed, today)
        self.fact_labels["status"].setText(" ".join(summary(state, today)[-1:]))  # what is due; more in 'Status'
        menu = self.status_button.menu()
        menu.clear()
        for word, move in allowed.items():
            menu.addAction(translated("case_lifecycle", MOVE_BUTTONS[move]), partial(self.open_status_form, word))

    def open_status_form(self, word: str) -> StatusForm | None:
        """The change `word` (lopend, aangemeld, opvolging, gesloten, heropend) as a form in place."""
        ov, case_id = self.overview, self.case_id
        if ov is None or case_id is None:
            return None
        services = self.context.services
        move = services.lifecycle.allowed(case_id).get(word)
        if move is None:
            return None
        organisations = (
            messages.attempt(
                self,
                QCoreApplication.translate("case_page", "Status"),
                services.records.organisations,
                self.context.home,
            )
            or []
        )
        form = StatusForm(services.lifecycle, case_id, word, move, organisations, ov.teams.residence)
        form.saved.connect(lambda _event: self.close_editor())
        form.cancelled.connect(self.close_editor)
        self.status_form = form
        return self._show_editor(translated("case_lifecycle", MOVE_BUTTONS[move]).rstrip("…"), form)

    # -- route steps ----------------------------------------------------------------------------
    def set_step_state(self, step_id: str, state: StepState, reason: str | None) -> str | None:
        """Change a step's state; the Dutch refusal message when the route does not allow it."""
        ov, case_id = self.overview, self.case_id
        assert ov is not None and case_id is not None  # the timeline shows steps of a loaded case
        view = next(v for v in ov.view.steps if v.info.id == step_id)
        answers = ov.forms.get((ov.route.id, step_id), {}) if ov.route else {}
        participants = step_participants(answers, view.info.participants) if state is StepState.DONE else ()
        try:
            self.context.services.guidance.set_step(case_id, step_id, state, reason, participants)
        except UserError as exc:
            return str(exc)
        except Exception as exc:
            return messages.describe(exc, self.context.home)
        self.refresh()
        return None

    def _editor(self, definition, **kwargs) -> FormEditor:
        return case_editors.form_editor(self, definition, **kwargs)

    def _show_editor(self, title: str, editor: Shown, note: str = "") -> Shown:
        assert self.overview is not None  # editors open from a loaded case
        self.host.show_widget(f"{title} — {self.overview.pupil.full_name}", editor, note)
        self.stack.setCurrentWidget(self.host)
        self.back_button.setVisible(False)  # the form has its own way back
        return editor

    def open_step_editor(self, step_id: str) -> FormEditor | None:
        ov = self.overview
        if ov is None or ov.route is None:
            return None
        step = ov.route.step(step_id)
        editor = self._editor(ov.route, step_id=step_id)
        editor.saved.connect(lambda _id, s=step_id: self._evidence_saved(s))
        return self._show_editor(
            QCoreApplication.translate("case_page", "Bewijs: {step}").format(step=step.title),
            editor,
            QCoreApplication.translate(
                "case_page",
                "Elke keer opslaan bewaart een nieuwe versie; eerdere versies blijven zichtbaar onder Formulieren.",
            ),
        )

    def _evidence_saved(self, step_id: str) -> None:
        case_id, ov = self.case_id, self.overview
        assert case_id is not None and ov is not None  # evidence is saved from a loaded case
        messages.attempt(
            self,
            QCoreApplication.translate("case_page", "Stap"),
            lambda: form_entry.mark_started(self.context.services.guidance, case_id, ov, step_id),
            self.context.home,
        )

    def _latest_definition(self, form_id: str):
        return self.context.services.catalog.latest(form_id)

    def open_responsibility_editor(self) -> FormEditor:
        editor = self._editor(self._latest_definition(RESPONSIBILITY_FORM))
        route = self.overview.route if self.overview else None
        editor.outcome = OutcomePreview(editor.view, route.responsibility_rules if route else None)
        return self._show_editor(
            QCoreApplication.translate("case_page", "Wie is aan zet?"),
            editor,
            QCoreApplication.translate(
                "case_page",
                "De uitkomst volgens de regels van uw routekaart staat boven de vraag of u het ermee eens bent.",
            ),
        )

    def open_opp_editor(self) -> FormEditor:
        editor = self._editor(self._latest_definition(OPP_FORM), context=f"case:{self.case_id}:opp")
        return self._show_editor(
            QCoreApplication.translate("case_page", "OPP"),
            editor,
            QCoreApplication.translate("case_page", "Wat u typt wordt tussentijds bewaard tot u opslaat."),
        )

    def open_consent_editor(self, purpose: str = SOCIAL_TEAM_PURPOSE, recipient_id: int | None = None) -> FormEditor:
        """The consent form, for the Sociaal Team or (from MDO planning) for `purpose` and `recipient_id`."""
        self.tabs.setCurrentWidget(self.consent)  # after saving, the user sees the consent just recorded
        editor, note = case_editors.consent_editor(self, purpose, recipient_id)
        return self._show_editor(QCoreApplication.translate("case_page", "Toestemming vastleggen"), editor, note)

    def open_saved(self, answer_id: int) -> FormView | None:
        shown = case_editors.saved_form_view(self, answer_id)
        if shown is None:
            return None
        view, title, note = shown
        self._show_editor(title, view, note)
        return view

    def close_editor(self) -> None:
        self.host.release()
        self.stack.setCurrentWidget(self.main)
        self.back_button.setVisible(True)
        self.refresh()

    def _escape(self) -> None:
        if self.stack.currentWidget() is self.host:
            self.host._back()
        else:
            self.back_requested.emit()
