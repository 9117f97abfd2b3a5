"""The open cases the start page looks at, read in bulk: a handful of plain SQL queries for all
open cases (services/overview_sql.py) so it stays fast with tens of thousands of cases. Each case
that needs attention becomes a light summary (stalled steps, OPP dates and signatures, and
whether it is ready for the Sociaal Team); the rules are those of the case page (route, OPP,
readiness), and tests/services/test_attention_fast.py holds the per-case path these results
must equal."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from ibdesk.domain.consent import CONSENT_AGE, self_referral_problem
from ibdesk.domain.model import Case, CaseStatus, Pupil, stored_id
from ibdesk.domain.opp import OppSigned, OppStatus, opp_signed, opp_status
from ibdesk.domain.responsibility import responsibility
from ibdesk.domain.route import Escalation, RouteView, StepInfo, escalation_for, readiness, social_teams, stall_summary
from ibdesk.domain.validation import age_on
from ibdesk.services import convert, overview_sql
from ibdesk.services.consent import bases_of_pupils, sharing_problem_for
from ibdesk.services.forms import FINAL
from ibdesk.services.guidance import AANMELDING_FORM, RESPONSIBILITY_FORM, Guidance, step_infos, views_heard
from ibdesk.store import models as m

REFERRED = (CaseStatus.REFERRED.value, CaseStatus.FOLLOW_UP.value)  # past "aanmelden kan"


@dataclass(frozen=True)
class CaseSummary:
    """What the overview needs of one open case."""

    case: Case
    pupil: Pupil
    stalled: list[tuple[StepInfo, int, date]]
    opp: OppStatus | None
    escalations: list[Escalation]
    ready: bool
    rules: str | None = None  # the route's 'wie is aan zet' rule set (domain/responsibility.py)

    @property
    def case_id(self) -> int:
        return stored_id(self.case.id)

    @property
    def pupil_id(self) -> int:
        return stored_id(self.pupil.id)


PARENT_VIEW_KEYS = ('visie_ouders"', 'zienswijze_ouders"')  # as they appear in the stored JSON
PUPIL_VIEW_KEYS = ('visie_kind"', 'visie_leerling"')
SELF_REFERRAL = '"leerling_zelf"'
NO_STEPS = RouteView((), None, None)
NO_PROGRESS: dict = {}
STATUSES = {str(s): s for s in CaseStatus}
_STEPS: dict[tuple[str, int], list[StepInfo]] = {}


def _steps(route) -> list[StepInfo]:
    """Step descriptions per route version (definitions are immutable, so cache them)."""
    if route is None:
        return []
    key = (route.id, route.version)
    if key not in _STEPS:
        _STEPS[key] = step_infos(route)
    return _STEPS[key]


class OpenCaseSummaries:
    """Reads the open cases into summaries, with the routes and escalations it has looked up kept
    for the next read (the start page's service resets them when everything is read anew)."""

    def __init__(self, guidance: Guidance, today: Callable[[], date] = date.today):
        self.guidance, self.today = guidance, today
        self._routes: dict = {}
        self._escalations: dict = {}

    def _open_cases(self, only: list[int] | None = None) -> tuple[list[CaseSummary], dict[str, int]]:
        """Light summaries of all open cases (or the open ones among `only`): stalled steps and OPP
        dates for all of them; the full readiness check (evidence, consent) only where every
        required step is done."""
        guidance, today = self.guidance, self.today()
        with guidance.store.session() as s:
            schools = {r.id: convert.school_from_row(r) for r in s.scalars(select(m.SchoolRow))}
            orgs = [convert.organisation_from_row(o) for o in s.scalars(select(m.OrganisationRow))]
            data = overview_sql.open_cases(overview_sql.raw(s), str(CaseStatus.CLOSED), only)
        summaries = [c for c in (self._summary(row, schools, orgs, data, today) for row in data.rows) if c]
        ready = self._ready([c for c in summaries if c.ready], orgs, today)
        summaries = [replace(c, ready=False) if c.ready and c.case_id not in ready else c for c in summaries]
        return summaries, data.counts

    def _escalation(self, info: StepInfo, orgs, municipality: str) -> list[Escalation]:
        key = (info.id, municipality)
        if key not in self._escalations:
            self._escalations[key] = escalation_for(info, orgs, municipality)
        return self._escalations[key]

    def _ready(self, candidates: list[CaseSummary], orgs, today: date) -> set[int]:
        """The full readiness check, in bulk, for cases whose required steps are all done."""
        if not candidates:
            return set()
        case_ids = [c.case_id for c in candidates]
        pupil_ids = list({c.pupil_id for c in candidates})
        sixteen = {c.case_id for c in candidates if age_on(c.pupil.birth_date, today) >= CONSENT_AGE}
        with self.guidance.store.session() as s:
            forms = _readiness_forms(s, case_ids, sixteen)
            guardians = overview_sql.gezag(overview_sql.raw(s), pupil_ids)
            bases = bases_of_pupils(s, pupil_ids)
        ready = set()
        for c in candidates:
            pupil = replace(c.pupil, guardians=guardians.get(c.pupil_id, []))
            teams = social_teams(orgs, pupil.municipality, pupil.municipality)
            answers = forms[c.case_id].get((RESPONSIBILITY_FORM, None))
            outcome = responsibility(answers, c.rules) if answers is not None else None
            problem = sharing_problem_for(bases[c.pupil_id], pupil, teams.residence, today)
            # Every required step is finished for a candidate, so the steps add nothing to what is missing.
            own = self_referral_problem(forms[c.case_id].get((AANMELDING_FORM, None)), pupil.birth_date, today)
            if readiness(
                NO_STEPS,
                outcome.missing if outcome else None,
                views_heard(forms[c.case_id], pupil, today),
                problem,
                teams.residence,
                other_problems=(own,) if own else (),
            ).ready:
                ready.add(c.case_id)
        return ready

    def _summary(self, row, schools, orgs, data: overview_sql.OpenCases, today) -> CaseSummary | None:
        """None when the case needs no attention (most cases: kept cheap on purpose)."""
        progress, opps, starts = data.progress, data.opps, data.starts
        case_id, pupil_id, opened, status, route_id, route_version, first, last, school_id, municipality, born = row
        opened, steps_done = overview_sql.day(opened), progress.get(case_id, NO_PROGRESS)
        key = (route_id, route_version, school_id)
        if key not in self._routes:
            probe = Case(pupil_id, "", opened, "", route_id=route_id, route_version=route_version)
            route = self.guidance.route_of(probe, schools.get(school_id))
            self._routes[key] = (_steps(route), route.responsibility_rules if route else None)
        steps, rules = self._routes[key]
        summary = stall_summary(steps, steps_done, opened, today)
        candidate = summary.required_finished and status not in REFERRED  # confirmed by _ready
        snapshots = opps.get(case_id)
        if not (summary.stalled or candidate or snapshots):
            return None
        case = Case(
            pupil_id,
            "",
            opened,
            "",
            status=STATUSES[status],
            route_id=route_id,
            route_version=route_version,
            id=case_id,
        )
        pupil = Pupil(first, last, date.fromisoformat(born[:10]), "", school_id, municipality, id=pupil_id)
        escalations = [e for info, _, _ in summary.stalled for e in self._escalation(info, orgs, municipality)]
        return CaseSummary(
            case,
            pupil,
            summary.stalled,
            opp_status(snapshots or [], today, starts.get(case_id), _signed(data, case_id, pupil, today)),
            escalations,
            candidate,
            rules,
        )


def _readiness_forms(session, case_ids: list[int], sixteen: set[int]) -> dict[int, dict]:
    """The latest final answers readiness reads, per case: 'Wie is aan zet?', the parents'
    view, and for a pupil of 16+ his own view and self-referral (cheap text tests first)."""
    forms: dict[int, dict] = defaultdict(dict)
    for part in overview_sql.chunks(case_ids):
        for case_id, form_id, step_id, answers in session.execute(
            select(m.FormAnswerRow.case_id, m.FormAnswerRow.form_id, m.FormAnswerRow.step_id, m.FormAnswerRow.answers)
            .where(m.FormAnswerRow.case_id.in_(part), m.FormAnswerRow.status == FINAL)
            .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
        ):
            if (
                form_id == RESPONSIBILITY_FORM
                or any(key in answers for key in PARENT_VIEW_KEYS)
                or (SELF_REFERRAL in answers)
                or (case_id in sixteen and any(k in answers for k in PUPIL_VIEW_KEYS))
            ):
                forms[case_id][(form_id, step_id)] = json.loads(answers)
    return forms


def _signed(data: overview_sql.OpenCases, case_id: int, pupil: Pupil, today: date) -> OppSigned | None:
    """The signatures on the case's latest OPP: the only source of its instemming."""
    if case_id not in data.opps:
        return None
    versions = data.opp_decisions.get(case_id, [])
    gezag = data.gezag.get(pupil.id, []) if pupil.id is not None else []
    return opp_signed(pupil.birth_date, gezag, versions, today)
