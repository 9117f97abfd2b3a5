"""One case: who it is about and who holds regie, the route as a timeline, readiness for the
Sociaal Team, 'Wie is aan zet?', the OPP, consent, parents' views, saved forms and the audit
trail. Forms open in place (the page's content is swapped for the form editor)."""

from __future__ import annotations

from functools import partial
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QMenu, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ibdesk.domain.consent import SOCIAL_TEAM_PURPOSE
from ibdesk.domain.lifecycle import summary
from ibdesk.domain.model import CaseStatus
from ibdesk.domain.route import StepState, border_text
from ibdesk.errors import UserError
from ibdesk.services import absence, audit, consent_forms, form_entry, forms
from ibdesk.services.form_entry import step_participants
from ibdesk.services.guidance import OPP_FORM, RESPONSIBILITY_FORM, CaseOverview
from ibdesk.text.dates import short_date, short_date_time
from ibdesk.ui.flow import flow_row
from ibdesk.ui.forms import FormEditor, FormView
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import set_tone
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages import case_handover
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.case_consent import ConsentPanel, ViewpointsPanel
from ibdesk.ui.pages.case_lifecycle import MOVE_BUTTONS, STATUS_TONES, LifecyclePanel, StatusForm
from ibdesk.ui.pages.case_notes import NotesPanel
from ibdesk.ui.pages.case_opp import OppPanel
from ibdesk.ui.pages.case_readiness import OutcomePreview, ReadinessPanel, ResponsibilityPanel
from ibdesk.ui.pages.case_records import AuditPanel, FormsPanel
from ibdesk.ui.pages.case_timeline import RouteTimeline
from ibdesk.ui.pages.parts import EditorHost, badge, panel, scroller
from ibdesk.ui.widgets import styled_label

CONSENT_FORM = "toestemming"
Shown = TypeVar("Shown", bound=QWidget)
HANDOVER_KINDS = {
    "po-vo": "PO → VO (onderwijskundig rapport en warme overdracht)",
    "school": "Naar een andere school (ook SBO/SO)",
    "sociaal-team": "Aanmelding bij het Sociaal Team",
}


def ask(parent, title: str, text: str) -> bool:
    return messages.confirm(parent, title, text)


class CasePage(Page):
    title = "Casus"
    subtitle = "Waar de casus staat op de routekaart, wat nog nodig is en wie aan zet is."
    back_requested = Signal()

    def __init__(self, context: Context):
        super().__init__(context)
        self.case_id: int | None = None
        self.overview: CaseOverview | None = None
        self.back_button = button(
            "← Terug", "Terug naar de vorige pagina", self.back_requested.emit, tooltip="Terug (Alt+←)"
        )
        self.ready_badge = badge("")
        self.status_badge = badge("")
        self.export_button = button(
            "&Dossier exporteren…",
            "Dossier exporteren voor het Sociaal Team",
            self.open_export_wizard,
            tooltip="Ondertekend dossier maken (alleen wat de ontvanger mag ontvangen)",
        )
        self.handover_button = button(
            "&Warme overdracht…",
            "Warme overdracht: formulier en PDF",
            None,
            tooltip="Het overdrachtsformulier invullen; daarna het ondertekende "
            "document (alleen wat de ontvanger mag zien)",
        )
        menu = QMenu(self.handover_button)
        for kind, label in HANDOVER_KINDS.items():
            menu.addAction(label, partial(self.open_handover, kind))
        self.handover_button.setMenu(menu)
        self.status_button = button(
            "Status wijzigen",
            "Status van de casus wijzigen",
            None,
            tooltip="Aanmelden, besluit van het Sociaal Team, sluiten of heropenen",
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
        main.addWidget(self._facts())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Onderdelen van de casus")
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
    def _facts(self) -> QWidget:
        frame, layout = panel(margins=(18, 12, 18, 12))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fact_labels: dict[str, QLabel] = {}
        places = {"leerling": (0, 0), "regie": (0, 2), "hulpvraag": (1, 0), "team": (1, 2), "status": (2, 0)}
        captions = {
            "leerling": "Leerling",
            "regie": "Regie",
            "hulpvraag": "Hulpvraag",
            "team": "Sociaal Team",
            "status": "Status",
        }
        for key, (r, c) in places.items():
            caption = styled_label(captions[key] + ":", "hint", wrap=False)
            value = styled_label("", "body")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, r, c, Qt.AlignmentFlag.AlignTop)
            if key == "status":  # the badges, then where the case stands (spans the row)
                line = QHBoxLayout()
                line.setSpacing(8)
                line.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(self.ready_badge, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(value, 1)
                grid.addLayout(line, r, c + 1, 1, 3)
            else:
                grid.addWidget(value, r, c + 1, Qt.AlignmentFlag.AlignTop)
            self.fact_labels[key] = value
        layout.addLayout(grid)
        self.border_note = styled_label("", "caption")
        self.border_note.setVisible(False)
        layout.addWidget(self.border_note)
        return frame

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
            (route_tab, "Route"),
            (self.responsibility, "Wie is aan zet?"),
            (self.opp, "OPP"),
            (self.consent, "Toestemming"),
            (self.viewpoints, "Zienswijzen"),
            (self.notes, "Notities en bijlagen"),
            (self.forms, "Formulieren"),
            (self.audit, "Logboek"),
            (self.lifecycle, "Status"),
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
            self, "Dossier exporteren", lambda: ExportWizard(self.context, case_id, self), self.context.home
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
        done = messages.attempt(self, "Casus openen", self._load, self.context.home)
        return bool(done)

    def _load(self) -> bool:
        services = self.context.services
        assert self.case_id is not None  # refresh() loads only an open case
        case_id = self.case_id
        ov = self.overview = services.guidance.overview(case_id)
        pupil, case = ov.pupil, ov.case
        self.header.title.setText(f"Casus {case.id} · {pupil.full_name}")
        self.header.subtitle.setText(
            f"{pupil.group} · geopend op {short_date(case.opened_on)}"
            + (f" · gesloten op {short_date(case.closed_on)}" if case.closed_on else "")
        )
        self.status_badge.setText(case.status.label)
        set_tone(self.status_badge, STATUS_TONES.get(str(case.status), ""))
        ready = ov.readiness.ready
        self.ready_badge.setText("Klaar voor aanmelding" if ready else "Nog niet klaar voor aanmelding")
        set_tone(self.ready_badge, "ok" if ready else "warn")
        self.ready_badge.setVisible(case.status in (CaseStatus.SIGNAL, CaseStatus.RUNNING))
        self._show_facts(ov)
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

    def _show_facts(self, ov: CaseOverview) -> None:
        pupil, case, teams = ov.pupil, ov.case, ov.teams
        self.fact_labels["leerling"].setText(f"{pupil.full_name}, {pupil.group}, woont in {pupil.municipality}")
        self.fact_labels["regie"].setText(f"{case.lead_name} ({case.lead_role})")
        self.fact_labels["hulpvraag"].setText(case.help_question)
        residence = teams.residence.name if teams.residence else f"geen Sociaal Team bekend in {pupil.municipality}"
        if teams.crosses_border:
            school_team = (
                teams.school.name if teams.school else f"geen Sociaal Team bekend in {teams.school_municipality}"
            )
            self.fact_labels["team"].setText(
                f"{residence} (woonplaats): betaalt de jeugdhulp\n"
                f"{school_team} (gemeente van de school): regie over jeugdhulp op school"
            )
            self.border_note.setText(
                "Grensverkeer: "
                + border_text(teams.residence_municipality, teams.school_municipality)
                + " De aanmelding gaat naar het Sociaal Team van de woonplaats."
            )
        else:
            self.fact_labels["team"].setText(residence)
        self.border_note.setVisible(teams.crosses_border)

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
            menu.addAction(MOVE_BUTTONS[move], partial(self.open_status_form, word))

    def open_status_form(self, word: str) -> StatusForm | None:
        """The change `word` (lopend, aangemeld, opvolging, gesloten, heropend) as a form in place."""
        ov, case_id = self.overview, self.case_id
        if ov is None or case_id is None:
            return None
        services = self.context.services
        move = services.lifecycle.allowed(case_id).get(word)
        if move is None:
            return None
        organisations = messages.attempt(self, "Status", services.records.organisations, self.context.home) or []
        form = StatusForm(services.lifecycle, case_id, word, move, organisations, ov.teams.residence)
        form.saved.connect(lambda _event: self.close_editor())
        form.cancelled.connect(self.close_editor)
        self.status_form = form
        return self._show_editor(MOVE_BUTTONS[move].rstrip("…"), form)

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

    def _editor(
        self, definition, service=None, step_id: str | None = None, fresh: dict | None = None, **kwargs
    ) -> FormEditor:
        """An editor that opens with the form's concept, else its saved answers, else `fresh` or a new
        form prefilled from what the case already holds (each prefilled field says where from)."""
        services, ov = self.context.services, self.overview
        assert ov is not None  # forms open from a loaded case
        begun = form_entry.start(services, ov, definition, step_id)
        answers, origins = begun.answers, begun.origins
        if fresh is not None and begun.concept is None:
            answers, origins = fresh, {}
        return FormEditor(
            service or services.forms,
            definition,
            pupil_id=ov.case.pupil_id,
            case_id=ov.case.id,
            step_id=step_id,
            choices_provider=forms.form_choices(services.records, ov.pupil),
            ask=ask,
            answers=answers,
            origins=origins,
            concept_note=begun.note(),
            **kwargs,
        )

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
            f"Bewijs: {step.title}",
            editor,
            "Elke keer opslaan bewaart een nieuwe versie; eerdere versies blijven zichtbaar onder Formulieren.",
        )

    def _evidence_saved(self, step_id: str) -> None:
        case_id, ov = self.case_id, self.overview
        assert case_id is not None and ov is not None  # evidence is saved from a loaded case
        messages.attempt(
            self,
            "Stap",
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
            "Wie is aan zet?",
            editor,
            "De uitkomst volgens de regels van uw routekaart staat boven de vraag of u het ermee eens bent.",
        )

    def open_opp_editor(self) -> FormEditor:
        editor = self._editor(self._latest_definition(OPP_FORM), context=f"case:{self.case_id}:opp")
        return self._show_editor("OPP", editor, "Wat u typt wordt tussentijds bewaard tot u opslaat.")

    def open_consent_editor(self, purpose: str = SOCIAL_TEAM_PURPOSE, recipient_id: int | None = None) -> FormEditor:
        """The consent form, for the Sociaal Team or (from MDO planning) for `purpose` and `recipient_id`."""
        services, ov, case_id = self.context.services, self.overview, self.case_id
        assert ov is not None and case_id is not None  # consent is recorded for a loaded case
        self.tabs.setCurrentWidget(self.consent)  # after saving, the user sees the consent just recorded
        facade = consent_forms.ConsentForms(services.forms, services.consent, case_id)
        team = ov.teams.residence
        sixteen = consent_forms.pupil_age(ov.pupil, services.consent.today()) >= 16
        start: dict[str, object] = {
            "grondslag": "toestemming",
            "doel_soort": purpose,
            "gegeven_door": "leerling" if sixteen else "ouders",
            "beslissing": "gegeven",
            "datum": services.consent.today().isoformat(),
            "wijze": "getekend_scherm",
        }
        if recipient_id is not None:
            start["ontvanger"] = recipient_id
        elif team is not None:
            start["ontvanger"] = team.id
        gezag = [g.id for g in ov.pupil.guardians if g.has_gezag]
        if not sixteen and gezag:
            start.update(zip(("ouder", "tweede_ouder"), gezag))
        editor = self._editor(self._latest_definition(CONSENT_FORM), service=facade, fresh=start)
        note = (
            "Vanaf 16 jaar tekent de leerling zelf."
            if sixteen
            else "Onder 16 jaar tekenen de ouders met gezag; bij gezamenlijk gezag beide ouders."
        )
        return self._show_editor(
            "Toestemming vastleggen",
            editor,
            note + " Laat de ouder of leerling op het scherm tekenen, of kies 'getekend op papier'.",
        )

    def open_saved(self, answer_id: int) -> FormView | None:
        saved = next((f for f in self.forms.saved if f.id == answer_id), None)
        assert self.overview is not None  # saved forms are listed for a loaded case
        loaded = messages.attempt(
            self, "Formulier openen", lambda: self.context.services.forms.load(answer_id), self.context.home
        )
        if loaded is None or saved is None:
            return None
        definition, answers = loaded
        view = FormView(
            definition,
            step_id=saved.step_id,
            answers=answers,
            read_only=True,
            choices_provider=forms.form_choices(self.context.records, self.overview.pupil),
            today=self.context.services.forms.today,
        )
        state = "Concept (nog niet afgerond), opgeslagen" if saved.concept else "Opgeslagen"
        self._show_editor(saved.title, view, f"{state} op {short_date_time(saved.saved_at)} door {saved.saved_by}.")
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
