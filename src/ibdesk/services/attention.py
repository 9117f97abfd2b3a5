"""The start page: what needs attention now and this week, each item pointing to its page.

Computed in bulk (a handful of plain SQL queries for the open cases, see overview_sql) so it
stays fast with tens of thousands of cases. The rules are those of the case page (route,
OPP, readiness); tests/services/test_attention_fast.py holds the per-case path these
results must equal.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from ibdesk.domain.absence import AbsenceState
from ibdesk.domain.consent import CONSENT_AGE, self_referral_problem
from ibdesk.domain.model import Case, CaseStatus, Pupil, stored_id
from ibdesk.domain.opp import OppSigned, OppStatus, Timeliness, opp_signed, opp_status
from ibdesk.domain.responsibility import responsibility
from ibdesk.domain.route import Escalation, RouteView, StepInfo, escalation_for, readiness, social_teams, stall_summary
from ibdesk.domain.validation import age_on
from ibdesk.services import convert, overview_sql
from ibdesk.services.absence import VERZUIM_FORM, AbsenceService
from ibdesk.services.bulk import gc_paused as _gc_paused
from ibdesk.services.consent import bases_of_pupils, sharing_problem_for
from ibdesk.services.forms import FINAL
from ibdesk.services.guidance import AANMELDING_FORM, RESPONSIBILITY_FORM, Guidance, step_infos, views_heard
from ibdesk.store import models as m
from ibdesk.store.changes import Changes
from ibdesk.text.dates import short_date

WEEK = 7
KIND_LABELS = {
    "ready": "Klaar voor het Sociaal Team",
    "stalled": "Stap loopt vast",
    "opp_deadline": "OPP opstellen",
    "opp_evaluation": "OPP-evaluatie met ouders",
    "leerplicht": "Melding leerplicht",
    "thuiszitter": "Thuiszitter",
    "action": "Actiepunt MDO",
    "calendar": "Schoolkalender onbekend",
    "st_answer": "Antwoord Sociaal Team",
    "st_evaluation": "Evaluatie met Sociaal Team",
}
REFERRED = (CaseStatus.REFERRED.value, CaseStatus.FOLLOW_UP.value)  # past "aanmelden kan"


@dataclass(frozen=True)
class AttentionItem:
    kind: str
    title: str
    detail: str
    due_on: date | None
    target: tuple[str, int]  # ("case", id) | ("pupil", id) | ("meeting", id)
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


@dataclass
class Attention:
    items: list[AttentionItem]
    cases_by_status: dict[str, int]


# Tables whose rows the open cases' summaries never read: changing them needs no recount of the cases
# (settings: the user's name, the recovery-key confirmation; rules read the schools and organisations).
NOT_READ_FOR_CASES = frozenset({"audit_log", "audit_anchor", "sharing_log", "meetings", "settings"})
# A save of a case's own work: the thuiszitter, MDO and follow-up items stay as they were.
CASE_WORK = frozenset({"form_answers", "form_drafts", "step_progress", "audit_log", "audit_anchor", "settings"})


def _only_case_work(changes: Changes) -> bool:
    return changes.tables <= CASE_WORK and VERZUIM_FORM not in changes.forms  # verzuim: thuiszitter items


@dataclass
class Memo:
    """The last result, and what it was made of, for the next refresh."""

    mark: int  # the change log's position when it was read
    today: date
    by_case: dict[int, list[AttentionItem]]  # the items of each open case that has any, by case id
    counts: dict[str, int]
    others: list[AttentionItem]  # thuiszitters, MDO action points, follow-ups
    items: list[AttentionItem]  # all of them, in screen order


class AttentionService:
    def __init__(
        self,
        guidance: Guidance,
        absence: AbsenceService,
        meetings,
        today: Callable[[], date] = date.today,
        lifecycle=None,
    ):
        self.guidance, self.absence, self.meetings, self.today = guidance, absence, meetings, today
        self.lifecycle = lifecycle
        self._routes: dict = {}
        self._escalations: dict = {}
        self._memo: Memo | None = None

    def compute(self) -> Attention:
        """What needs attention today. After a save only the cases it touched are computed anew
        (the store's change log); a read-only viewer computes everything each time."""
        log, today = self.guidance.store.change_log(), self.today()
        memo = self._memo if log is not None and self._memo is not None and self._memo.today == today else None
        changes = log.since(memo.mark) if memo is not None and log is not None else None
        if memo is None or changes is None or not changes.empty:
            mark = log.seq if log is not None else 0  # before reading: a change made meanwhile comes next time
            with _gc_paused():
                memo = self._update(memo, changes, today, mark)
            self._memo = memo if log is not None else None
        return Attention(list(memo.items), dict(memo.counts))

    def _update(self, memo: Memo | None, changes: Changes | None, today: date, mark: int) -> Memo:
        if memo is None or changes is None or changes.unscoped - NOT_READ_FOR_CASES:
            self._routes, self._escalations = {}, {}
            summaries, counts = self._open_cases()
            by_case = {c.case_id: case_items(c, today) for c in summaries}
        else:
            by_case, counts = self._recount(memo, changes, today)
        others = (
            memo.others
            if memo is not None and changes is not None and _only_case_work(changes)
            else (self._absence_items(today) + self._action_items(today) + self._follow_up_items())
        )
        items = [item for found in by_case.values() for item in found] + others
        items.sort(key=lambda i: (not i.overdue, i.due_on or today, i.kind))
        return Memo(mark, today, by_case, counts, others, items)

    def _recount(self, memo: Memo, changes: Changes, today: date) -> tuple[dict[int, list[AttentionItem]], dict]:
        """The cases a save touched (directly or through their pupil) computed anew, the rest kept."""
        ids = set(changes.cases)
        if changes.pupils:
            with self.guidance.store.reading() as conn:
                ids |= {
                    row[0]
                    for part in overview_sql.chunks(sorted(changes.pupils))
                    for row in conn.exec_driver_sql(
                        f"SELECT id FROM cases WHERE pupil_id IN ({','.join('?' * len(part))})", tuple(part)
                    )
                }
        if len(ids) > overview_sql.CHUNK:
            summaries, counts = self._open_cases()
            return {c.case_id: case_items(c, today) for c in summaries}, counts
        summaries, counts = self._open_cases(only=sorted(ids))
        by_case = {case_id: found for case_id, found in memo.by_case.items() if case_id not in ids}
        by_case.update((c.case_id, case_items(c, today)) for c in summaries)
        return dict(sorted(by_case.items())), counts  # by case id, as the full read returns them

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

    def _absence_items(self, today: date) -> list[AttentionItem]:
        items = []
        notice = self.absence.calendar_notice()
        if notice:  # ("pupil", 0) opens the Thuiszitters page, where the notice is repeated
            items.append(AttentionItem("calendar", "Schoolkalender", notice, None, ("pupil", 0), True))
        for p in self.absence.statuses():
            st = p.status
            if st.state is AbsenceState.CALENDAR_MISSING:
                first, last = st.uncovered or (None, None)
                items.append(
                    AttentionItem(
                        "calendar",
                        p.name,
                        f"De schoolkalender dekt {short_date(first)} t/m {short_date(last)} "
                        "niet: ibdesk telt hier geen verzuim. Controleer het verzuim zelf.",
                        None,
                        ("pupil", p.pupil_id),
                        True,
                    )
                )
                continue
            if st.report_due_on and (today - st.report_due_on).days <= 28:
                items.append(
                    AttentionItem(
                        "leerplicht",
                        p.name,
                        f"16 uur ongeoorloofd verzuim bereikt op {short_date(st.report_due_on)}: meld bij leerplicht.",
                        st.report_due_on,
                        ("pupil", p.pupil_id),
                        st.report_due_on <= today,
                    )
                )
            if st.is_thuiszitter or st.warn:
                detail = _thuiszitter_detail(st) + (
                    " Aanmelden bij het Sociaal Team kan via de doorbraakroute, met wat bekend is."
                    if st.is_thuiszitter
                    else ""
                )
                items.append(
                    AttentionItem(
                        "thuiszitter",
                        p.name,
                        detail,
                        st.norm_deadline,
                        ("pupil", p.pupil_id),
                        bool(st.days_left is not None and st.days_left < 0),
                    )
                )
        return items

    def _action_items(self, today: date) -> list[AttentionItem]:
        return [
            AttentionItem(
                "action",
                a.pupil_name,
                f"{a.what} — {a.owner}, uiterlijk {short_date(a.due_on)}",
                a.due_on,
                ("case", a.case_id),
                a.overdue(today),
            )
            for a in self.meetings.action_points()
            if a.due_on <= today + timedelta(days=WEEK)
        ]

    def _follow_up_items(self) -> list[AttentionItem]:
        """After the referral: the Sociaal Team's answer or the next evaluation with them is due."""
        if self.lifecycle is None:
            return []
        items = []
        for due in self.lifecycle.reminders():
            st, r = due.state, due.reminder
            late = " Dat is verstreken: vraag het Sociaal Team om een reactie." if r.overdue else ""
            if r.kind == "antwoord":
                detail = (
                    f"Aangemeld bij {st.referred_to or 'het Sociaal Team'} op {short_date(st.referred_on)}; "
                    f"antwoord verwacht uiterlijk {short_date(r.due_on)}.{late}"
                )
            else:
                detail = (
                    f"{st.decision.label if st.decision else 'Besluit vastgelegd'}; volgende evaluatie met "
                    f"het Sociaal Team op {short_date(r.due_on)}."
                )
            kind = "st_answer" if r.kind == "antwoord" else "st_evaluation"
            items.append(AttentionItem(kind, due.pupil_name, detail, r.due_on, ("case", due.case_id), r.overdue))
        return items


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


def _thuiszitter_detail(st) -> str:
    if st.state is AbsenceState.NOT_ENROLLED:
        return "Niet ingeschreven op een school (absoluut verzuim): meld bij leerplicht."
    if st.days_left is None:
        return (
            f"Thuis sinds {short_date(st.spell_start)} ({st.school_days} schooldagen); de driemaandennorm valt na het "
            "einde van de bekende schoolkalender."
        )
    if st.days_left >= 0:
        return (
            f"Thuis sinds {short_date(st.spell_start)} ({st.school_days} schooldagen); "
            f"nog {st.days_left} schooldagen tot "
            f"de driemaandennorm ({short_date(st.norm_deadline)})."
        )
    return (
        f"Thuis sinds {short_date(st.spell_start)} ({st.school_days} schooldagen): de driemaandennorm is overschreden."
    )


def case_items(ov: CaseSummary, today: date) -> list[AttentionItem]:
    name, target, items = ov.pupil.full_name, ("case", ov.case_id), []
    if ov.ready:
        items.append(AttentionItem("ready", name, "Alle stappen en bewijs zijn compleet: aanmelden kan.", None, target))
    for info, days, due in ov.stalled:
        who = "; ".join(f"{e.person} ({e.organisation})" for e in ov.escalations) or "de regiehouder"
        items.append(
            AttentionItem(
                "stalled",
                name,
                f"'{info.title}' loopt {days} dagen over de normale duur. Opschalen naar: {who}.",
                due,
                target,
                True,
            )
        )
    opp = ov.opp
    if opp and opp.draw_up in (Timeliness.OVERDUE, Timeliness.DUE_SOON) and _within_week(opp.draw_up_deadline, today):
        items.append(
            AttentionItem(
                "opp_deadline",
                name,
                f"OPP opstellen uiterlijk {short_date(opp.draw_up_deadline)}.",
                opp.draw_up_deadline,
                target,
                opp.draw_up is Timeliness.OVERDUE,
            )
        )
    if opp and opp.evaluation in (Timeliness.OVERDUE, Timeliness.DUE_SOON):
        items.append(
            AttentionItem(
                "opp_evaluation",
                name,
                f"Jaarlijkse evaluatie met ouders uiterlijk {short_date(opp.evaluation_due)}.",
                opp.evaluation_due,
                target,
                opp.evaluation is Timeliness.OVERDUE,
            )
        )
    return items


def _within_week(day: date | None, today: date) -> bool:
    return day is not None and day <= today + timedelta(days=WEEK)


def _signed(data: overview_sql.OpenCases, case_id: int, pupil: Pupil, today: date) -> OppSigned | None:
    """The signatures on the case's latest OPP: the only source of its instemming."""
    if case_id not in data.opps:
        return None
    versions = data.opp_decisions.get(case_id, [])
    gezag = data.gezag.get(pupil.id, []) if pupil.id is not None else []
    return opp_signed(pupil.birth_date, gezag, versions, today)
