"""The start page: what needs attention now and this week, each item pointing to its page.

Computed in bulk (a handful of queries for all open cases) so it stays fast with
thousands of cases.
"""
from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import func, select

from ibdesk.domain.absence import AbsenceState
from ibdesk.domain.model import Case, CaseStatus, Guardian, Pupil
from ibdesk.domain.opp import OppStatus, Timeliness, opp_status
from ibdesk.domain.route import (Escalation, RouteView, StepInfo, StepProgress, StepState, escalation_for,
                                 stall_summary)
from ibdesk.services import convert
from ibdesk.services.absence import AbsenceService
from ibdesk.domain.responsibility import responsibility
from ibdesk.domain.route import readiness, social_teams
from ibdesk.services.consent import bases_of_pupils, sharing_problem_for
from ibdesk.domain.consent import CONSENT_AGE, self_referral_problem
from ibdesk.domain.validation import age_on
from ibdesk.services.guidance import (AANMELDING_FORM, OPP_FORM, RESPONSIBILITY_FORM, Guidance, _opp_draft,
                                      step_infos, views_heard)
from ibdesk.store import models as m

WEEK = 7
KIND_LABELS = {
    "ready": "Klaar voor het Sociaal Team", "stalled": "Stap loopt vast", "opp_deadline": "OPP opstellen",
    "opp_evaluation": "OPP-evaluatie met ouders", "leerplicht": "Melding leerplicht",
    "thuiszitter": "Thuiszitter", "action": "Actiepunt MDO", "calendar": "Schoolkalender onbekend",
}


@dataclass(frozen=True)
class AttentionItem:
    kind: str
    title: str
    detail: str
    due_on: date | None
    target: tuple[str, int]           # ("case", id) | ("pupil", id) | ("meeting", id)
    overdue: bool = False

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class CaseSummary:
    """What the overview needs of one open case."""

    case: Case
    pupil: Pupil
    stalled: list[tuple[StepInfo, int, date]]
    opp: OppStatus | None
    escalations: list[Escalation]
    ready: bool


PARENT_VIEW_KEYS = ('visie_ouders"', 'zienswijze_ouders"')  # as they appear in the stored JSON
PUPIL_VIEW_KEYS = ('visie_kind"', 'visie_leerling"')
SELF_REFERRAL = '"leerling_zelf"'
NO_STEPS = RouteView((), None, None)
OPP_DATE_KEYS = ("startdatum_ondersteuning", "datum_opgesteld", "laatste_evaluatie", "instemming", "instemming_2",
                 "instemming_door_2", "instemming_datum", "instemming_wie")
OPEN_CASES_SQL = (
    "SELECT c.id, c.pupil_id, c.opened_on, c.status, c.route_id, c.route_version, "
    "p.first_name, p.last_name, p.school_id, p.municipality, p.birth_date "
    "FROM cases c JOIN pupils p ON p.id = c.pupil_id WHERE c.status != ?")
_STEPS: dict[tuple[str, int], list[StepInfo]] = {}


def _steps(route) -> list[StepInfo]:
    """Step descriptions per route version (definitions are immutable, so cache them)."""
    if route is None:
        return []
    key = (route.id, route.version)
    if key not in _STEPS:
        _STEPS[key] = step_infos(route)
    return _STEPS[key]


@contextmanager
def _gc_paused():
    """The overview allocates tens of thousands of small objects and no cycles: pausing the
    cyclic collector saves about a third of its time (objects are freed as usual)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass
class Attention:
    items: list[AttentionItem]
    cases_by_status: dict[str, int]


def _d(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


class AttentionService:
    def __init__(self, guidance: Guidance, absence: AbsenceService, meetings,
                 today: Callable[[], date] = date.today):
        self.guidance, self.absence, self.meetings, self.today = guidance, absence, meetings, today
        self._routes: dict = {}
        self._escalations: dict = {}

    def compute(self) -> Attention:
        with _gc_paused():
            return self._compute()

    def _compute(self) -> Attention:
        today = self.today()
        self._routes, self._escalations = {}, {}
        overviews, counts = self._open_cases()
        items: list[AttentionItem] = []
        for ov in overviews:
            items += case_items(ov, today)
        items += self._absence_items(today)
        items += self._action_items(today)
        items.sort(key=lambda i: (not i.overdue, i.due_on or today, i.kind))
        return Attention(items, counts)

    def _open_cases(self) -> tuple[list[CaseSummary], dict[str, int]]:
        """Light summaries of all open cases: stalled steps and OPP dates for all of them;
        the full readiness check (evidence, consent) only where every required step is done."""
        guidance, today = self.guidance, self.today()
        with guidance.store.session() as s:
            counts = dict(s.execute(select(m.CaseRow.status, func.count()).group_by(m.CaseRow.status)).all())
            rows = s.connection().exec_driver_sql(OPEN_CASES_SQL, (str(CaseStatus.CLOSED),)).all()
            schools = {r.id: convert.school_from_row(r) for r in s.scalars(select(m.SchoolRow))}
            orgs = [convert.organisation_from_row(o) for o in s.scalars(select(m.OrganisationRow))]
            progress: dict[int, dict] = defaultdict(dict)
            # Raw rows with ISO text dates: date.fromisoformat is far cheaper than the ORM's
            # per-value conversion for tens of thousands of rows.
            raw = s.connection().exec_driver_sql(
                "SELECT case_id, step_id, state, started_on, done_on FROM step_progress")
            for case_id, step_id, state, started, done in raw:
                progress[case_id][step_id] = StepProgress(step_id, StepState.of(state), _iso(started), _iso(done))
            opps: dict[int, list] = defaultdict(list)
            # Only the dates the deadlines need, extracted by SQLite (no JSON parsing of whole OPPs).
            # One json_extract with several paths gives them as one JSON array (cheaper than one call per key).
            for case_id, saved_at, values in s.execute(select(
                    m.FormAnswerRow.case_id, m.FormAnswerRow.saved_at,
                    func.json_extract(m.FormAnswerRow.answers, *(f"$.{key}" for key in OPP_DATE_KEYS)))
                    .where(m.FormAnswerRow.form_id == OPP_FORM).order_by(m.FormAnswerRow.saved_at)):
                opps[case_id].append((saved_at.date(), dict(zip(OPP_DATE_KEYS, json.loads(values)))))
            for case_id, snapshots in _opp_draft(s, None).items():
                opps.setdefault(case_id, snapshots)
            starts: dict[int, date] = {}   # the arrangement's start date from the route (OPP clock)
            for case_id, value in s.execute(select(
                    m.FormAnswerRow.case_id, func.json_extract(m.FormAnswerRow.answers, "$.arr_startdatum"))
                    .where(m.FormAnswerRow.step_id.is_not(None), m.FormAnswerRow.answers.like('%"arr_startdatum"%'))
                    .order_by(m.FormAnswerRow.saved_at)):
                if value:
                    starts[case_id] = _iso(value)
        summaries = [c for c in (self._summary(row, schools, orgs, progress, opps, starts, today) for row in rows) if c]
        ready = self._ready([c for c in summaries if c.ready], orgs, today)
        summaries = [replace(c, ready=False) if c.ready and c.case.id not in ready else c for c in summaries]
        return summaries, {str(k): v for k, v in counts.items()}

    def _escalation(self, info: StepInfo, orgs, municipality: str) -> list[Escalation]:
        key = (info.id, municipality)
        if key not in self._escalations:
            self._escalations[key] = escalation_for(info, orgs, municipality)
        return self._escalations[key]

    def _ready(self, candidates: list[CaseSummary], orgs, today: date) -> set[int]:
        """The full readiness check, in bulk, for cases whose required steps are all done."""
        if not candidates:
            return set()
        case_ids = [c.case.id for c in candidates]
        pupil_ids = list({c.pupil.id for c in candidates})
        sixteen = {c.case.id for c in candidates if age_on(c.pupil.birth_date, today) >= CONSENT_AGE}
        with self.guidance.store.session() as s:
            forms: dict[int, dict] = defaultdict(dict)
            for case_id, form_id, step_id, answers in s.execute(select(
                    m.FormAnswerRow.case_id, m.FormAnswerRow.form_id, m.FormAnswerRow.step_id, m.FormAnswerRow.answers)
                    .where(m.FormAnswerRow.case_id.in_(case_ids)).order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)):
                # Only what readiness reads: 'Wie is aan zet?', the parents' view, and for a pupil of 16+
                # his own view and self-referral (cheap text tests first).
                if form_id == RESPONSIBILITY_FORM or any(key in answers for key in PARENT_VIEW_KEYS) or (
                        SELF_REFERRAL in answers) or (case_id in sixteen and any(k in answers for k in PUPIL_VIEW_KEYS)):
                    forms[case_id][(form_id, step_id)] = json.loads(answers)
            guardians: dict[int, list] = defaultdict(list)
            for pupil_id, guardian_id, has_gezag in s.execute(select(
                    m.GuardianRow.pupil_id, m.GuardianRow.id, m.GuardianRow.has_gezag)
                    .where(m.GuardianRow.pupil_id.in_(pupil_ids))):
                guardians[pupil_id].append(Guardian("", has_gezag=has_gezag, id=guardian_id))
            bases = bases_of_pupils(s, pupil_ids)
        ready = set()
        for c in candidates:
            pupil = replace(c.pupil, guardians=guardians[c.pupil.id])
            teams = social_teams(orgs, pupil.municipality, pupil.municipality)
            answers = forms[c.case.id].get((RESPONSIBILITY_FORM, None))
            outcome = responsibility(answers) if answers is not None else None
            problem = sharing_problem_for(bases[pupil.id], pupil, teams.residence, today)
            # Every required step is finished for a candidate, so the steps add nothing to what is missing.
            own = self_referral_problem(forms[c.case.id].get((AANMELDING_FORM, None)), pupil.birth_date, today)
            if readiness(NO_STEPS, outcome.missing if outcome else None, views_heard(forms[c.case.id], pupil, today),
                         problem, teams.residence, other_problems=(own,) if own else ()).ready:
                ready.add(c.case.id)
        return ready

    def _summary(self, row, schools, orgs, progress, opps, starts, today) -> CaseSummary | None:
        """None when the case needs no attention (most cases: kept cheap on purpose)."""
        case_id, pupil_id, opened, status, route_id, route_version, first, last, school_id, municipality, born = row
        opened, steps_done = _iso(opened), progress.get(case_id, {})
        key = (route_id, route_version, school_id)
        if key not in self._routes:
            probe = Case(pupil_id, "", opened, "", route_id=route_id, route_version=route_version)
            self._routes[key] = _steps(self.guidance.route_of(probe, schools.get(school_id)))
        steps = self._routes[key]
        summary = stall_summary(steps, steps_done, opened, today)
        candidate = summary.required_finished and status != CaseStatus.REFERRED.value  # confirmed by _ready
        snapshots = opps.get(case_id)
        if not (summary.stalled or candidate or snapshots):
            return None
        case = Case(pupil_id, "", opened, "", status=CaseStatus(status), route_id=route_id,
                    route_version=route_version, id=case_id)
        pupil = Pupil(first, last, date.fromisoformat(born), "", school_id, municipality, id=pupil_id)
        escalations = [e for info, _, _ in summary.stalled for e in self._escalation(info, orgs, municipality)]
        return CaseSummary(case, pupil, summary.stalled,
                           opp_status(snapshots or [], today, starts.get(case_id), pupil.birth_date), escalations,
                           candidate)

    def _absence_items(self, today: date) -> list[AttentionItem]:
        items = []
        notice = self.absence.calendar_notice()
        if notice:  # ("pupil", 0) opens the Thuiszitters page, where the notice is repeated
            items.append(AttentionItem("calendar", "Schoolkalender", notice, None, ("pupil", 0), True))
        for p in self.absence.statuses():
            st = p.status
            if st.state is AbsenceState.CALENDAR_MISSING:
                first, last = st.uncovered
                items.append(AttentionItem("calendar", p.name, f"De schoolkalender dekt {_d(first)} t/m {_d(last)} "
                                           "niet: ibdesk telt hier geen verzuim. Controleer het verzuim zelf.",
                                           None, ("pupil", p.pupil_id), True))
                continue
            if st.report_due_on and (today - st.report_due_on).days <= 28:
                items.append(AttentionItem("leerplicht", p.name, f"16 uur ongeoorloofd verzuim bereikt op "
                                           f"{_d(st.report_due_on)}: meld bij leerplicht.", st.report_due_on,
                                           ("pupil", p.pupil_id), st.report_due_on <= today))
            if st.is_thuiszitter or st.warn:
                detail = _thuiszitter_detail(st) + (" Aanmelden bij het Sociaal Team kan via de doorbraakroute, "
                                                    "met wat bekend is." if st.is_thuiszitter else "")
                items.append(AttentionItem("thuiszitter", p.name, detail, st.norm_deadline, ("pupil", p.pupil_id),
                                           bool(st.days_left is not None and st.days_left < 0)))
        return items

    def _action_items(self, today: date) -> list[AttentionItem]:
        return [AttentionItem("action", a.pupil_name, f"{a.what} — {a.owner}, uiterlijk {_d(a.due_on)}", a.due_on,
                              ("case", a.case_id), a.overdue(today))
                for a in self.meetings.action_points() if a.due_on <= today + timedelta(days=WEEK)]


def _thuiszitter_detail(st) -> str:
    if st.state is AbsenceState.NOT_ENROLLED:
        return "Niet ingeschreven op een school (absoluut verzuim): meld bij leerplicht."
    if st.days_left is None:
        return (f"Thuis sinds {_d(st.spell_start)} ({st.school_days} schooldagen); de driemaandennorm valt na het "
                "einde van de bekende schoolkalender.")
    if st.days_left >= 0:
        return (f"Thuis sinds {_d(st.spell_start)} ({st.school_days} schooldagen); nog {st.days_left} schooldagen tot "
                f"de driemaandennorm ({_d(st.norm_deadline)}).")
    return f"Thuis sinds {_d(st.spell_start)} ({st.school_days} schooldagen): de driemaandennorm is overschreden."


def case_items(ov: CaseSummary, today: date) -> list[AttentionItem]:
    name, target, items = ov.pupil.full_name, ("case", ov.case.id), []
    if ov.ready:
        items.append(AttentionItem("ready", name, "Alle stappen en bewijs zijn compleet: aanmelden kan.", None, target))
    for info, days, due in ov.stalled:
        who = "; ".join(f"{e.person} ({e.organisation})" for e in ov.escalations) or "de regiehouder"
        items.append(AttentionItem("stalled", name, f"'{info.title}' loopt {days} dagen over de "
                                   f"normale duur. Opschalen naar: {who}.", due, target, True))
    opp = ov.opp
    if opp and opp.draw_up in (Timeliness.OVERDUE, Timeliness.DUE_SOON) and _within_week(opp.draw_up_deadline, today):
        items.append(AttentionItem("opp_deadline", name, f"OPP opstellen uiterlijk {_d(opp.draw_up_deadline)}.",
                                   opp.draw_up_deadline, target, opp.draw_up is Timeliness.OVERDUE))
    if opp and opp.evaluation in (Timeliness.OVERDUE, Timeliness.DUE_SOON):
        items.append(AttentionItem("opp_evaluation", name, f"Jaarlijkse evaluatie met ouders uiterlijk "
                                   f"{_d(opp.evaluation_due)}.", opp.evaluation_due, target,
                                   opp.evaluation is Timeliness.OVERDUE))
    return items


def _within_week(day: date | None, today: date) -> bool:
    return day is not None and day <= today + timedelta(days=WEEK)
