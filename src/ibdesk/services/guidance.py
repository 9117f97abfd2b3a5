"""Where a case stands: its routekaart timeline, who is aan zet, readiness for the Sociaal
Team, stalled steps with whom to escalate to, and the OPP's deadlines.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from ibdesk.domain import opp as opp_rules
from ibdesk.domain.consent import CONSENT_AGE, self_referral_problem
from ibdesk.domain.lifecycle import Move
from ibdesk.domain.model import Case, CaseStatus, Organisation, Pupil, School
from ibdesk.domain.responsibility import Outcome, responsibility
from ibdesk.domain.route import (
    Escalation,
    Readiness,
    RouteView,
    SocialTeams,
    StepInfo,
    StepProgress,
    StepState,
    check_transition,
    escalation_for,
    readiness,
    route_view,
    social_teams,
)
from ibdesk.domain.validation import age_on
from ibdesk.errors import NotFoundError, UserError
from ibdesk.forms import Catalog, RouteDefinition, step_missing_evidence, step_warnings
from ibdesk.i18n import tr
from ibdesk.services import convert, overview_sql
from ibdesk.services.forms import CONCEPT
from ibdesk.services.lifecycle import add_event, user_name
from ibdesk.store import models as m
from ibdesk.store.profile import Store

DEFAULT_ROUTE = "routekaart-po"
RESPONSIBILITY_FORM = "wie-is-aan-zet"
OPP_FORM = "opp"
AANMELDING_FORM = "aanmelding-sociaal-team"
# A case's sharing check (the consent rules): returns a Dutch problem or None.
SharingCheck = Callable[[int, Organisation | None], str | None]
# Why a case may take the doorbraak path (thuiszitter, spoed), or None.
DoorbraakCheck = Callable[[Case], str | None]


@dataclass(frozen=True)
class Concept:
    """A form saved as concept (incomplete): reopened to finish it, shown as 'Concept'."""

    id: int
    answers: dict
    saved_at: datetime
    saved_by: str


@dataclass
class CaseOverview:
    case: Case
    pupil: Pupil
    school: School | None
    route: RouteDefinition | None
    view: RouteView
    responsibility: Outcome | None
    readiness: Readiness
    teams: SocialTeams
    escalations: list[Escalation] = field(default_factory=list)
    opp: opp_rules.OppStatus | None = None
    forms: dict[tuple[str, str | None], dict] = field(default_factory=dict)  # latest answers per (form, step)
    # concepts newer than the latest final version, per (form, step): never evidence, never exported
    concepts: dict[tuple[str, str | None], Concept] = field(default_factory=dict)

    @property
    def stalled(self) -> bool:
        return bool(self.view.stalled)


def step_infos(route: RouteDefinition) -> list[StepInfo]:
    return [
        StepInfo(
            s.id,
            s.title,
            bool(s.required),
            s.normal_duration_days,
            tuple(s.participants or ()),
            bool(s.allow_not_applicable),
        )
        for s in route.steps
    ]


def views_heard(forms: dict[tuple[str, str | None], dict], pupil: Pupil, today: date) -> bool:
    """The parents' view is on record; for a pupil of 16 or older, who decides himself, his own view
    counts too (issue 12 point 7; UAVG art. 5, Jeugdwet art. 7.3.4: from 16 the pupil decides)."""
    if parents_heard(forms):
        return True
    return age_on(pupil.birth_date, today) >= CONSENT_AGE and pupil_heard(forms)


def pupil_heard(forms: dict[tuple[str, str | None], dict]) -> bool:
    keys = ("visie_kind", "visie_leerling")
    return any(
        str(v).strip()
        for answers in forms.values()
        for k, v in answers.items()
        if k.endswith(keys) and v not in (None, "", [])
    )


def parents_heard(forms: dict[tuple[str, str | None], dict]) -> bool:
    """The parents' view is on record somewhere in the case's forms or step evidence."""
    keys = ("visie_ouders", "zienswijze_ouders")
    return any(
        str(v).strip()
        for answers in forms.values()
        for k, v in answers.items()
        if k.endswith(keys) and v not in (None, "", [])
    )


class Guidance:
    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        today: Callable[[], date] = date.today,
        sharing_check: SharingCheck | None = None,
        doorbraak_check: DoorbraakCheck | None = None,
        default_route: Callable[[School | None], RouteDefinition | None] | None = None,
    ):
        self.store = store
        self.catalog = catalog
        self.today = today
        self.sharing_check = sharing_check
        self.default_route = default_route  # the school's own route (services/school_route.py)
        self.doorbraak_check = doorbraak_check

    def route_of(self, case: Case, school: School | None) -> RouteDefinition | None:
        if not case.route_id and not (school and school.route_id) and self.default_route is not None:
            return self.default_route(school)
        route_id = case.route_id or (school.route_id if school else None) or DEFAULT_ROUTE
        try:
            return self.catalog.route(route_id, case.route_version or None)
        except KeyError:
            return None

    def overview(self, case_id: int, log_view: bool = True) -> CaseOverview:
        with self.store.session() as s:
            row = s.get(m.CaseRow, case_id)
            if row is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            case, pupil = convert.case_from_row(row), convert.pupil_from_row(row.pupil)
            school_row = s.get(m.SchoolRow, pupil.school_id) if pupil.school_id else None
            school = convert.school_from_row(school_row) if school_row else None
            progress = {
                p.step_id: _progress(p)
                for p in s.scalars(select(m.StepProgressRow).where(m.StepProgressRow.case_id == case_id))
            }
            forms, opp_snapshots, concepts = _latest_forms(s, case_id)
            if not opp_snapshots:
                opp_snapshots = _opp_draft(s, [case_id]).get(case_id, [])
            orgs = [convert.organisation_from_row(o) for o in s.scalars(select(m.OrganisationRow))]
            decisions = overview_sql.opp_decisions(overview_sql.raw(s), [case_id]).get(case_id, [])
            if log_view:
                self.store.audit(s, "view", "case", case_id)
        signed = opp_rules.opp_signed(pupil.birth_date, pupil.guardians, decisions, self.today())
        overview = self._compose(case, pupil, school, progress, forms, opp_snapshots, orgs, signed)
        overview.concepts = concepts
        return overview

    def _compose(self, case, pupil, school, progress, forms, opp_snapshots, orgs, signed=None) -> CaseOverview:
        today = self.today()
        route = self.route_of(case, school)
        steps = step_infos(route) if route else []
        missing = (
            {s.id: step_missing_evidence(route, s.id, forms.get((route.id, s.id), {}), today) for s in steps}
            if route
            else {}
        )
        warnings = (
            {s.id: step_warnings(route, s.id, forms.get((route.id, s.id), {}), today) for s in steps} if route else {}
        )
        view = route_view(steps, progress, missing, case.opened_on, today, active=case.is_open, warnings=warnings)
        teams = social_teams(orgs, pupil.municipality, school.municipality if school else pupil.municipality)
        outcome_answers = forms.get((RESPONSIBILITY_FORM, None))
        rules = route.responsibility_rules if route else None
        outcome = responsibility(outcome_answers, rules) if outcome_answers is not None else None
        sharing = self.sharing_check(case.id, teams.residence) if self.sharing_check else None
        doorbraak = self.doorbraak_check(case) if self.doorbraak_check and case.is_open else None
        problem = self_referral_problem(forms.get((AANMELDING_FORM, None)), pupil.birth_date, today)
        ready = readiness(
            view,
            outcome.missing if outcome else None,
            views_heard(forms, pupil, today),
            sharing,
            teams.residence,
            doorbraak,
            (problem,) if problem else (),
        )
        escalations = [e for v in view.stalled for e in escalation_for(v.info, orgs, pupil.municipality)]
        start = next(
            (
                opp_rules.arrangement_start(a)
                for (_form, step), a in forms.items()
                if step and opp_rules.arrangement_start(a)
            ),
            None,
        )
        return CaseOverview(
            case,
            pupil,
            school,
            route,
            view,
            outcome,
            ready,
            teams,
            escalations,
            opp_rules.opp_status(opp_snapshots, today, start, signed),
            forms,
        )

    def set_step(
        self,
        case_id: int,
        step_id: str,
        state: StepState,
        reason: str | None = None,
        participants: tuple[str, ...] = (),
        on: date | None = None,
    ) -> None:
        """Change a step's state; 'afgerond' needs the step's required evidence."""
        overview = self.overview(case_id, log_view=False)
        view = next((v for v in overview.view.steps if v.info.id == step_id), None)
        if view is None:
            raise UserError(tr("Stap '{step_id}' hoort niet bij de routekaart van deze casus.", step_id=step_id))
        try:
            check_transition(view.info, state, list(view.missing_evidence), reason)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        day = on or self.today()
        actor = user_name(self.store)
        with self.store.session() as s:
            row = s.scalars(
                select(m.StepProgressRow).where(
                    m.StepProgressRow.case_id == case_id, m.StepProgressRow.step_id == step_id
                )
            ).first()
            row = row or m.StepProgressRow(case_id=case_id, step_id=step_id, started_on=day)
            row.state, row.reason = str(state), reason if state is StepState.NOT_APPLICABLE else None
            row.done_on = day if state.finished else None
            if participants:
                row.participants = json.dumps(list(participants), ensure_ascii=False)
            s.add(row)
            case_row = s.get(m.CaseRow, case_id)
            if case_row is None:  # deleted meanwhile (overview read it above, in another unit of work)
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            if case_row.status == str(CaseStatus.SIGNAL) and state is not StepState.OPEN:
                case_row.status = str(CaseStatus.RUNNING)
                add_event(
                    s,
                    self.store,
                    case_row,
                    Move.START,
                    day,
                    actor,
                    CaseStatus.SIGNAL,
                    details=_started_details(view.info.title, state),
                )
            if not case_row.route_id and overview.route is not None:
                case_row.route_id, case_row.route_version = overview.route.id, overview.route.version
            self.store.audit(s, "step", "case", case_id, f"step={step_id} state={state}")


def _progress(row: m.StepProgressRow) -> StepProgress:
    participants = tuple(json.loads(row.participants)) if row.participants else ()
    return StepProgress(row.step_id, StepState(row.state), row.started_on, row.done_on, row.reason, participants)


def _opp_draft(session, case_ids: list[int] | None) -> dict[int, list]:
    """An OPP still being drawn up (a draft or a concept, nothing final yet): counts towards
    the six-week deadline. Callers use it only for cases without a final OPP."""
    query = select(m.FormDraftRow).where(m.FormDraftRow.form_id == OPP_FORM, m.FormDraftRow.case_id.is_not(None))
    concepts = select(m.FormAnswerRow).where(
        m.FormAnswerRow.form_id == OPP_FORM, m.FormAnswerRow.status == CONCEPT, m.FormAnswerRow.case_id.is_not(None)
    )
    if case_ids is not None:
        query = query.where(m.FormDraftRow.case_id.in_(case_ids))
        concepts = concepts.where(m.FormAnswerRow.case_id.in_(case_ids))
    found: dict[int, list] = {}
    for row in session.scalars(concepts.order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)):
        found[row.case_id] = [_being_drawn_up(row.saved_at, json.loads(row.answers))]
    for row in session.scalars(query):
        found[row.case_id] = [_being_drawn_up(row.updated_at, json.loads(row.answers))]
    return found


def _being_drawn_up(when: datetime, answers: dict) -> tuple[date, dict]:
    """An OPP not yet final (draft or concept): its deadline runs, but it is neither drawn up
    nor agreed (a concept's instemming is not a vastgesteld OPP)."""
    return when.date(), {**answers, "datum_opgesteld": None, "instemming": None, "instemming_2": None}


def _latest_forms(session, case_id: int) -> tuple[dict, list, dict]:
    """Latest final answers per (form id, step id), every final OPP (oldest first), and the
    concepts saved after the latest final version of their form."""
    rows = session.scalars(
        select(m.FormAnswerRow)
        .where(m.FormAnswerRow.case_id == case_id)
        .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
    )
    latest: dict[tuple[str, str | None], dict] = {}
    concepts: dict[tuple[str, str | None], Concept] = {}
    opp_snapshots = []
    for row in rows:
        key, answers = (row.form_id, row.step_id), json.loads(row.answers)
        if row.status == CONCEPT:
            concepts[key] = Concept(row.id, answers, row.saved_at, row.saved_by)
            continue
        concepts.pop(key, None)
        latest[key] = answers
        if row.form_id == OPP_FORM:
            opp_snapshots.append((row.saved_at.date(), answers))
    return latest, opp_snapshots, concepts


def _started_details(title: str, state: StepState) -> str:
    """The history record (stored, so Dutch) of the first step change that starts a case; a step
    marked not applicable was not begun, and a step finished at once says so."""
    if state is StepState.NOT_APPLICABLE:
        return f"Stap '{title}' van de routekaart is als niet van toepassing gemarkeerd."
    if state is StepState.DONE:
        return f"Stap '{title}' van de routekaart is afgerond."
    return f"Stap '{title}' van de routekaart is begonnen."
