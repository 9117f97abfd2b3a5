"""The Overzicht's reads as they were before the plain-SQL fast path (commit ba6fa73):
ORM queries, every step of every case, whole forms parsed in Python. Kept only as the
oracle the fast path's reads (services/overview_sql.py) are compared with
(test_attention_fast.py); the rules and the readiness reads are shared."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from ibdesk.domain.model import Case, CaseStatus, Pupil
from ibdesk.domain.opp import opp_signed, opp_status
from ibdesk.domain.route import StepProgress, StepState, stall_summary
from ibdesk.services import convert
from ibdesk.services.attention import AttentionService
from ibdesk.services.attention_cases import CaseSummary, _steps
from ibdesk.services.forms import FINAL
from ibdesk.services.guidance import OPP_FORM, _opp_draft
from ibdesk.services.overview_sql import OPP_DATE_KEYS
from ibdesk.store import models as m

OPEN_CASES_SQL = (
    "SELECT c.id, c.pupil_id, c.opened_on, c.status, c.route_id, c.route_version, "
    "p.first_name, p.last_name, p.school_id, p.municipality, p.birth_date "
    "FROM cases c JOIN pupils p ON p.id = c.pupil_id WHERE c.status != ?"
)


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
                "SELECT case_id, step_id, state, started_on, done_on FROM step_progress"
            )
            for case_id, step_id, state, started, done in raw:
                progress[case_id][step_id] = StepProgress(step_id, StepState.of(state), _iso(started), _iso(done))
            opps: dict[int, list] = defaultdict(list)
            for case_id, saved_at, *values in s.execute(
                select(
                    m.FormAnswerRow.case_id,
                    m.FormAnswerRow.saved_at,
                    *(func.json_extract(m.FormAnswerRow.answers, f"$.{key}") for key in OPP_DATE_KEYS),
                )
                .where(m.FormAnswerRow.form_id == OPP_FORM, m.FormAnswerRow.status == FINAL)
                .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
            ):
                opps[case_id].append((saved_at.date(), dict(zip(OPP_DATE_KEYS, values))))
            for case_id, snapshots in _opp_draft(s, None).items():
                opps.setdefault(case_id, snapshots)
            starts: dict[int, date] = {}
            for case_id, answers in s.execute(
                select(m.FormAnswerRow.case_id, m.FormAnswerRow.answers)
                .where(m.FormAnswerRow.step_id.is_not(None), m.FormAnswerRow.status == FINAL)
                .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
            ):
                value = json.loads(answers).get("arr_startdatum") if "arr_startdatum" in answers else None
                try:
                    start = date.fromisoformat(value[:10]) if isinstance(value, str) and value else None
                except ValueError:
                    start = None
                if start:
                    starts[case_id] = start
            signed = {case_id: _signed_orm(s, case_id, today) for case_id in opps}
        summaries = [
            c for c in (self._summary(row, schools, orgs, progress, opps, starts, signed, today) for row in rows) if c
        ]
        ready = self._ready([c for c in summaries if c.ready], orgs, today)
        summaries = [replace(c, ready=False) if c.ready and c.case.id not in ready else c for c in summaries]
        return summaries, {str(k): v for k, v in counts.items()}

    def _summary(self, row, schools, orgs, progress, opps, starts, signed, today):
        case_id, pupil_id, opened, status, route_id, route_version, first, last, school_id, municipality, born = row
        opened, steps_done = _iso(opened), progress.get(case_id, {})
        key = (route_id, route_version, school_id)
        if key not in self._routes:
            probe = Case(pupil_id, "", opened, "", route_id=route_id, route_version=route_version)
            route = self.guidance.route_of(probe, schools.get(school_id))
            self._routes[key] = (_steps(route), route.responsibility_rules if route else None)
        steps, rules = self._routes[key]
        summary = stall_summary(steps, steps_done, opened, today)
        candidate = summary.required_finished and status not in (CaseStatus.REFERRED.value, CaseStatus.FOLLOW_UP.value)
        snapshots = opps.get(case_id)
        if not (summary.stalled or candidate or snapshots):
            return None
        case = Case(
            pupil_id,
            "",
            opened,
            "",
            status=CaseStatus(status),
            route_id=route_id,
            route_version=route_version,
            id=case_id,
        )
        pupil = Pupil(first, last, date.fromisoformat(born), "", school_id, municipality, id=pupil_id)
        escalations = [e for info, _, _ in summary.stalled for e in self._escalation(info, orgs, municipality)]
        return CaseSummary(
            case,
            pupil,
            summary.stalled,
            opp_status(snapshots or [], today, starts.get(case_id), signed.get(case_id)),
            escalations,
            candidate,
            rules,
        )


def _signed_orm(s, case_id: int, today: date):
    """The decisions per final OPP version, through the ORM (the oracle of overview_sql.opp_decisions)."""
    case = s.get(m.CaseRow, case_id)
    versions = s.scalars(
        select(m.FormAnswerRow.id)
        .where(m.FormAnswerRow.case_id == case_id, m.FormAnswerRow.form_id == OPP_FORM, m.FormAnswerRow.status == FINAL)
        .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
    ).all()
    decisions = []
    for answer_id in versions:
        decisions.append(
            {
                r.signer: (r.decision, r.signed_on)
                for r in s.scalars(
                    select(m.SignatureRow)
                    .where(
                        m.SignatureRow.subject == "opp",
                        m.SignatureRow.subject_id == answer_id,
                        m.SignatureRow.decision.in_(("gegeven", "geweigerd")),
                    )
                    .order_by(m.SignatureRow.signed_on, m.SignatureRow.id)
                )
            }
        )
    return opp_signed(case.pupil.birth_date, convert.pupil_from_row(case.pupil).guardians, decisions, today)
