"""The Overzicht's reads as they were before the plain-SQL fast path (commit ba6fa73):
ORM queries, every step of every case, whole forms parsed in Python. Kept only as the
oracle the fast path is compared with (test_attention_fast.py); the rules are shared."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from ibdesk.domain.model import Case, CaseStatus, Guardian, Pupil
from ibdesk.domain.opp import opp_status
from ibdesk.domain.responsibility import responsibility
from ibdesk.domain.route import StepProgress, StepState, readiness, social_teams, stall_summary
from ibdesk.services import convert
from ibdesk.services.attention import NO_STEPS, PARENT_VIEW_KEYS, AttentionService, CaseSummary, _steps
from ibdesk.services.consent import bases_of_pupils, sharing_problem_for
from ibdesk.services.forms import FINAL
from ibdesk.services.guidance import OPP_FORM, RESPONSIBILITY_FORM, _opp_draft, parents_heard
from ibdesk.store import models as m

OPP_DATE_KEYS = ("startdatum_ondersteuning", "datum_opgesteld", "laatste_evaluatie")
OPEN_CASES_SQL = (
    "SELECT c.id, c.pupil_id, c.opened_on, c.status, c.route_id, c.route_version, "
    "p.first_name, p.last_name, p.school_id, p.municipality, p.birth_date "
    "FROM cases c JOIN pupils p ON p.id = c.pupil_id WHERE c.status != ?")


def _iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class ReferenceAttention(AttentionService):
    def _open_cases(self):
        guidance, today = self.guidance, self.today()
        with guidance.store.session() as s:
            counts = dict(s.execute(select(m.CaseRow.status, func.count()).group_by(m.CaseRow.status)).all())
            rows = s.connection().exec_driver_sql(OPEN_CASES_SQL, (str(CaseStatus.CLOSED),)).all()
            schools = {r.id: convert.school_from_row(r) for r in s.scalars(select(m.SchoolRow))}
            orgs = [convert.organisation_from_row(o) for o in s.scalars(select(m.OrganisationRow))]
            progress: dict[int, dict] = defaultdict(dict)
            raw = s.connection().exec_driver_sql(
                "SELECT case_id, step_id, state, started_on, done_on FROM step_progress")
            for case_id, step_id, state, started, done in raw:
                progress[case_id][step_id] = StepProgress(step_id, StepState.of(state), _iso(started), _iso(done))
            opps: dict[int, list] = defaultdict(list)
            for case_id, saved_at, *values in s.execute(select(
                    m.FormAnswerRow.case_id, m.FormAnswerRow.saved_at,
                    *(func.json_extract(m.FormAnswerRow.answers, f"$.{key}") for key in OPP_DATE_KEYS))
                    .where(m.FormAnswerRow.form_id == OPP_FORM, m.FormAnswerRow.status == FINAL)
                    .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)):
                opps[case_id].append((saved_at.date(), dict(zip(OPP_DATE_KEYS, values))))
            for case_id, snapshots in _opp_draft(s, None).items():
                opps.setdefault(case_id, snapshots)
        summaries = [c for c in (self._summary(row, schools, orgs, progress, opps, today) for row in rows) if c]
        ready = self._ready([c for c in summaries if c.ready], orgs, today)
        summaries = [replace(c, ready=False) if c.ready and c.case.id not in ready else c for c in summaries]
        return summaries, {str(k): v for k, v in counts.items()}

    def _ready(self, candidates, orgs, today):
        if not candidates:
            return set()
        case_ids = [c.case.id for c in candidates]
        pupil_ids = list({c.pupil.id for c in candidates})
        with self.guidance.store.session() as s:
            forms: dict[int, dict] = defaultdict(dict)
            for case_id, form_id, step_id, answers in s.execute(select(
                    m.FormAnswerRow.case_id, m.FormAnswerRow.form_id, m.FormAnswerRow.step_id, m.FormAnswerRow.answers)
                    .where(m.FormAnswerRow.case_id.in_(case_ids), m.FormAnswerRow.status == FINAL).order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)):
                if form_id == RESPONSIBILITY_FORM or any(key in answers for key in PARENT_VIEW_KEYS):
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
            if readiness(NO_STEPS, outcome.missing if outcome else None, parents_heard(forms[c.case.id]), problem,
                         teams.residence).ready:
                ready.add(c.case.id)
        return ready

    def _summary(self, row, schools, orgs, progress, opps, today):
        case_id, pupil_id, opened, status, route_id, route_version, first, last, school_id, municipality, born = row
        opened, steps_done = _iso(opened), progress.get(case_id, {})
        key = (route_id, route_version, school_id)
        if key not in self._routes:
            probe = Case(pupil_id, "", opened, "", route_id=route_id, route_version=route_version)
            self._routes[key] = _steps(self.guidance.route_of(probe, schools.get(school_id)))
        steps = self._routes[key]
        summary = stall_summary(steps, steps_done, opened, today)
        candidate = summary.required_finished and status not in (CaseStatus.REFERRED.value, CaseStatus.FOLLOW_UP.value)
        snapshots = opps.get(case_id)
        if not (summary.stalled or candidate or snapshots):
            return None
        case = Case(pupil_id, "", opened, "", status=CaseStatus(status), route_id=route_id,
                    route_version=route_version, id=case_id)
        pupil = Pupil(first, last, date.fromisoformat(born), "", school_id, municipality, id=pupil_id)
        escalations = [e for info, _, _ in summary.stalled for e in self._escalation(info, orgs, municipality)]
        return CaseSummary(case, pupil, summary.stalled, opp_status(snapshots or [], today), escalations,
                           candidate)
