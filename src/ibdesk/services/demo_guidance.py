"""Demo cases in every state the guidance knows (issue: demo covers every state).

Pattern per block of 12 cases (case n = 1..12, repeated for larger demos):
 1 signal, nothing done yet          7 OPP whose yearly evaluation is overdue
 2 ready for the Sociaal Team        8 thuiszitter close to the three-month norm
 3 not ready (missing items)         9 pupil living in another municipality
 4 referred to the Sociaal Team,    10 OPP being drawn up (six-week deadline near)
   its answer overdue               11 running, early in the route (closed once and reopened)
 5 stalled step (escalation)        12 followed up: the Sociaal Team decided, next evaluation near
 6 closed (with a reason; its optional TLV/aanmelding step 'niet van toepassing')
Plus: an MDO held last week with open action points, one planned, and absence data. The
status changes (aangemeld, opvolging, gesloten, heropend) go through the lifecycle service
(services/demo_lifecycle.py), which runs after this module.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ibdesk.domain.model import CaseStatus
from ibdesk.domain.route import StepState
from ibdesk.forms import Catalog, RouteDefinition
from ibdesk.services.demo_samples import people_for, sample_answers
from ibdesk.store import models as m
from ibdesk.store.profile import Store

PEOPLE = {"staff": "1", "guardian": "1", "contact": "1", "organisation": "1"}
RESPONSIBILITY = {
    "ook_buiten_school": True,
    "waar_buiten_school": ["thuis"],
    "onderwijsdoel": True,
    "onderliggend_probleem": True,
    "verzorging_lestijd": False,
    "behandeling_schoolsetting": False,
    "vrijstelling": False,
    "eens_met_uitkomst": True,
}
STATUS = {1: CaseStatus.SIGNAL}  # the others start as lopend; demo_lifecycle.py moves them on


class _Filler:
    def __init__(self, session, catalog: Catalog, route: RouteDefinition, today: date):
        self.s, self.catalog, self.route, self.today = session, catalog, route, today
        self.people = people_for(session, PEOPLE)

    def steps(self, case: m.CaseRow, count: int, start: date, in_progress_since: date | None = None) -> None:
        day = start
        for step in self.route.steps[:count]:
            answers = sample_answers(step, day, self.people)
            self._answer(case, self.route.id, self.route.version, answers, step.id, day)
            self.s.add(
                m.StepProgressRow(
                    case_id=case.id,
                    step_id=step.id,
                    state=str(StepState.DONE),
                    started_on=day,
                    done_on=day + timedelta(days=14),
                    participants=json.dumps(list(step.participants)),
                )
            )
            day += timedelta(days=21)
        if in_progress_since is not None and count < len(self.route.steps):
            step = self.route.steps[count]
            partial = sample_answers(step, in_progress_since, self.people, only=set(step.required_evidence[:2]))
            self._answer(case, self.route.id, self.route.version, partial, step.id, in_progress_since)
            self.s.add(
                m.StepProgressRow(
                    case_id=case.id, step_id=step.id, state=str(StepState.IN_PROGRESS), started_on=in_progress_since
                )
            )

    def not_applicable(self, case: m.CaseRow, step_id: str, on: date, reason: str) -> None:
        """A step the route makes optional, marked 'niet van toepassing' with its reason."""
        if any(step.id == step_id and not step.required for step in self.route.steps):
            self.s.add(
                m.StepProgressRow(
                    case_id=case.id,
                    step_id=step_id,
                    state=str(StepState.NOT_APPLICABLE),
                    started_on=on,
                    done_on=on,
                    reason=reason,
                )
            )

    def form(self, case: m.CaseRow, form_id: str, answers: dict, on: date) -> None:
        definition = self.catalog.latest(form_id)
        self._answer(case, form_id, definition.version, answers, None, on)

    def sample_form(self, case: m.CaseRow, form_id: str, on: date, **overrides) -> None:
        answers = sample_answers(self.catalog.latest(form_id), on, self.people)
        self.form(case, form_id, {**answers, **overrides}, on)

    def opp_agreed(self, case: m.CaseRow, on: date) -> None:
        """Each parent with gezag agrees orally in the OPP meeting, one signature each: the only
        thing that makes the OPP vastgesteld (domain/opp.py, WPO art. 40a lid 2)."""
        self.s.flush()
        opp_id = self.s.scalars(
            select(m.FormAnswerRow.id)
            .where(m.FormAnswerRow.case_id == case.id, m.FormAnswerRow.form_id == "opp")
            .order_by(m.FormAnswerRow.saved_at.desc(), m.FormAnswerRow.id.desc())
        ).first()
        for guardian in (g for g in case.pupil.guardians if g.has_gezag):
            self.s.add(
                m.SignatureRow(
                    pupil_id=case.pupil_id,
                    case_id=case.id,
                    subject="opp",
                    subject_id=opp_id,
                    signer=f"guardian:{guardian.id}",
                    name=guardian.name,
                    role=f"{guardian.relation}, gezag",
                    signed_on=on,
                    method="mondeling",
                    decision="gegeven",
                    heard_by="de intern begeleider",
                    meeting="OPP-gesprek",
                    recorded_at=datetime.combine(on, datetime.min.time()),
                    recorded_by="demo",
                )
            )

    def _answer(self, case, form_id, version, answers, step_id, on: date) -> None:
        self.s.add(
            m.FormAnswerRow(
                pupil_id=case.pupil_id,
                case_id=case.id,
                form_id=form_id,
                form_version=version,
                step_id=step_id,
                answers=json.dumps(answers, ensure_ascii=False),
                saved_at=datetime.combine(on, datetime.min.time()) + timedelta(hours=10),
                saved_by="demo",
            )
        )


def enrich_demo(store: Store, catalog: Catalog, today: date) -> None:
    """Give the demo's cases route progress, forms, absence and meetings."""
    with store.session() as s:
        school = s.scalars(select(m.SchoolRow)).first()
        route = catalog.route((school.route_id if school is not None else None) or "routekaart-po")
        filler = _Filler(s, catalog, route, today)
        cases = list(s.scalars(select(m.CaseRow).order_by(m.CaseRow.id)))
        for index, case in enumerate(cases):
            _shape_case(filler, case, index % 12 + 1, today)
        s.flush()
        _absence(s, cases, today)
        _meetings(s, filler, cases, today)
        store.audit(s, "demo-fill", "guidance", None, f"cases={len(cases)}")


def _shape_case(f: _Filler, case: m.CaseRow, n: int, today: date) -> None:
    case.status, case.closed_on = str(STATUS.get(n, CaseStatus.RUNNING)), None
    case.route_id, case.route_version = f.route.id, f.route.version
    required = sum(1 for step in f.route.steps if step.required)
    case.opened_on = today - timedelta(days={1: 12, 2: 112, 5: 150, 8: 160, 12: 330}.get(n, 200))
    start = case.opened_on
    if n in (2, 4):
        f.steps(case, required + (1 if n == 4 else 0), start)
        f.form(
            case,
            "wie-is-aan-zet",
            {**RESPONSIBILITY, "datum_afweging": (today - timedelta(days=30)).isoformat()},
            today - timedelta(days=30),
        )
        f.sample_form(
            case,
            "opp",
            today - timedelta(days=350),
            datum_opgesteld=(today - timedelta(days=350)).isoformat(),
            startdatum_ondersteuning=(today - timedelta(days=380)).isoformat(),
            laatste_evaluatie=None,
        )
        f.opp_agreed(case, today - timedelta(days=345))
        if n == 4:
            f.sample_form(case, "aanmelding-sociaal-team", today - timedelta(days=36))
    elif n == 12:  # referred half a year ago (see demo_lifecycle.py)
        f.steps(case, required + 1, start)
        f.form(
            case,
            "wie-is-aan-zet",
            {**RESPONSIBILITY, "datum_afweging": (today - timedelta(days=200)).isoformat()},
            today - timedelta(days=200),
        )
        f.sample_form(
            case,
            "opp",
            today - timedelta(days=300),
            datum_opgesteld=(today - timedelta(days=300)).isoformat(),
            startdatum_ondersteuning=(today - timedelta(days=310)).isoformat(),
            laatste_evaluatie=None,
        )
        f.sample_form(case, "aanmelding-sociaal-team", today - timedelta(days=191))
    elif n == 3:
        f.steps(case, 2, start, in_progress_since=today - timedelta(days=10))
        f.form(case, "wie-is-aan-zet", {"ook_buiten_school": True}, today - timedelta(days=5))
    elif n == 5:
        f.steps(case, 1, start, in_progress_since=today - timedelta(days=120))
    elif n == 7:
        f.steps(case, required - 1, start, in_progress_since=today - timedelta(days=20))
        f.sample_form(
            case,
            "opp",
            today - timedelta(days=420),
            datum_opgesteld=(today - timedelta(days=420)).isoformat(),
            startdatum_ondersteuning=(today - timedelta(days=450)).isoformat(),
            laatste_evaluatie=None,
        )
        f.opp_agreed(case, today - timedelta(days=415))
    elif n in (8, 9, 11):
        f.steps(case, 1 if n != 9 else 2, start, in_progress_since=today - timedelta(days=9))
    elif n == 10:
        f.steps(case, 4, start, in_progress_since=today - timedelta(days=36))
        draft = {"startdatum_ondersteuning": (today - timedelta(days=38)).isoformat(), "aanleiding": "nieuw"}
        f.s.add(
            m.FormDraftRow(
                context=f"case:{case.id}:opp",
                pupil_id=case.pupil_id,
                case_id=case.id,
                form_id="opp",
                form_version=f.catalog.latest("opp").version,
                answers=json.dumps(draft),
                updated_at=datetime.combine(today - timedelta(days=2), datetime.min.time()),
            )
        )
    elif n == 6:
        f.steps(case, 2, start)
        f.not_applicable(
            case,
            "tlv_of_sociaal_team",
            start + timedelta(days=60),
            "Het doel is bereikt met de aanpak in de groep; een TLV of aanmelding bij het Sociaal "
            "Team is niet nodig (fictief).",
        )


def _absence(s, cases: list[m.CaseRow], today: date) -> None:
    thuiszitters = {c.pupil_id for i, c in enumerate(cases) if i % 12 == 7}
    for pupil_id in thuiszitters:
        s.add(
            m.AbsenceRow(
                pupil_id=pupil_id,
                first=today - timedelta(days=75),
                last=None,
                hours=250,
                authorised=False,
                reason="weigert naar school te gaan",
            )
        )
    pupil_ids = list(s.scalars(select(m.PupilRow.id).order_by(m.PupilRow.id)))
    if len(pupil_ids) < 14:
        return
    s.add(
        m.AbsenceRow(
            pupil_id=pupil_ids[7],
            first=today - timedelta(days=18),
            last=today - timedelta(days=3),
            hours=18,
            authorised=False,
            reason="te laat en spijbelen",
        )
    )
    s.add(
        m.AbsenceRow(
            pupil_id=pupil_ids[10],
            first=today - timedelta(days=11),
            last=None,
            hours=40,
            authorised=True,
            reason="ziek",
        )
    )
    s.add(
        m.AbsenceRow(
            pupil_id=pupil_ids[13],
            first=today - timedelta(days=200),
            last=None,
            hours=600,
            authorised=False,
            reason="psychisch niet in staat",
        )
    )
    s.add(m.ExemptionRow(pupil_id=pupil_ids[13], kind="art5_onder_a", first=today - timedelta(days=150)))


def _meetings(s, f: _Filler, cases: list[m.CaseRow], today: date) -> None:
    if len(cases) < 9:
        return
    held = today - timedelta(days=7)
    people = [
        {"naam": "Marieke de Wit", "rol": "intern begeleider"},
        {"naam": "Anouk Smeets", "rol": "orthopedagoog SWV"},
        {"naam": "Ingrid Vos-Meulman", "rol": "jeugdconsulent"},
        {"naam": "Ouders", "rol": "ouders"},
    ]
    past = m.MeetingRow(
        held_on=held,
        title="MDO onderbouw (fictief)",
        location="Kamer IB",
        participants=json.dumps(people, ensure_ascii=False),
    )
    s.add(past)
    s.flush()
    agreements = [
        ("Observatie in de klas door de orthopedagoog", "Anouk Smeets", today + timedelta(days=3)),
        ("Ouders melden zich bij het Sociaal Team", "Ouders", today - timedelta(days=2)),
        ("Evaluatie handelingsplan", "Marieke de Wit", today + timedelta(days=20)),
    ]
    for case in (cases[1], cases[2]):
        s.add(m.MeetingCaseRow(meeting_id=past.id, case_id=case.id, question="Wat is er nodig en wie is aan zet?"))
    for what, who, due in agreements:
        s.add(m.ActionPointRow(case_id=cases[1].id, meeting_id=past.id, what=what, owner=who, due_on=due))
    f.sample_form(
        cases[1],
        "mdo-verslag",
        held,
        datum=held.isoformat(),
        afspraken=[{"wat": w, "wie": p, "uiterlijk": d.isoformat()} for w, p, d in agreements],
    )
    upcoming = m.MeetingRow(
        held_on=today + timedelta(days=10),
        title="MDO bovenbouw (fictief)",
        location="Kamer IB",
        participants=json.dumps(people[:3], ensure_ascii=False),
    )
    s.add(upcoming)
    s.flush()
    for case in (cases[4], cases[8]):
        s.add(m.MeetingCaseRow(meeting_id=upcoming.id, case_id=case.id, question="Hoe verder nu de stap vastloopt?"))
