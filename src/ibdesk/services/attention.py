"""The start page: what needs attention now and this week, each item pointing to its page.

Computed in bulk (a handful of queries for all open cases) so it stays fast with
thousands of cases.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from ibdesk.domain.model import CaseStatus
from ibdesk.domain.opp import Timeliness
from ibdesk.services import convert
from ibdesk.services.absence import AbsenceService
from ibdesk.services.guidance import OPP_FORM, CaseOverview, Guidance, _opp_draft, _progress
from ibdesk.store import models as m

WEEK = 7
KIND_LABELS = {
    "ready": "Klaar voor het Sociaal Team", "stalled": "Stap loopt vast", "opp_deadline": "OPP opstellen",
    "opp_evaluation": "OPP-evaluatie met ouders", "leerplicht": "Melding leerplicht",
    "thuiszitter": "Thuiszitter", "action": "Actiepunt MDO",
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

    def compute(self) -> Attention:
        today = self.today()
        overviews, counts = self._open_cases()
        items: list[AttentionItem] = []
        for ov in overviews:
            items += case_items(ov, today)
        items += self._absence_items(today)
        items += self._action_items(today)
        items.sort(key=lambda i: (not i.overdue, i.due_on or today, i.kind))
        return Attention(items, counts)

    def _open_cases(self) -> tuple[list[CaseOverview], dict[str, int]]:
        store = self.guidance.store
        with store.session() as s:
            counts = Counter(s.scalars(select(m.CaseRow.status)))
            rows = s.execute(select(m.CaseRow, m.PupilRow).join(m.PupilRow, m.PupilRow.id == m.CaseRow.pupil_id)
                             .where(m.CaseRow.status != str(CaseStatus.CLOSED))).all()
            schools = {r.id: convert.school_from_row(r) for r in s.scalars(select(m.SchoolRow))}
            orgs = [convert.organisation_from_row(o) for o in s.scalars(select(m.OrganisationRow))]
            progress = defaultdict(dict)
            for p in s.scalars(select(m.StepProgressRow)):
                progress[p.case_id][p.step_id] = _progress(p)
            forms, opps = defaultdict(dict), defaultdict(list)
            for f in s.scalars(select(m.FormAnswerRow).where(m.FormAnswerRow.case_id.is_not(None))
                               .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)):
                answers = json.loads(f.answers)
                forms[f.case_id][(f.form_id, f.step_id)] = answers
                if f.form_id == OPP_FORM:
                    opps[f.case_id].append((f.saved_at.date(), answers))
            for case_id, snapshots in _opp_draft(s, None).items():
                opps.setdefault(case_id, snapshots)
        overviews = []
        for case_row, pupil_row in rows:
            case, pupil = convert.case_from_row(case_row), convert.pupil_from_row_light(pupil_row)
            overviews.append(self.guidance._compose(case, pupil, schools.get(pupil.school_id), progress[case.id],
                                                    forms[case.id], opps[case.id], orgs))
        labels = {str(k): v for k, v in counts.items()}
        return overviews, labels

    def _absence_items(self, today: date) -> list[AttentionItem]:
        items = []
        for p in self.absence.statuses():
            st = p.status
            if st.report_due_on and (today - st.report_due_on).days <= 28:
                items.append(AttentionItem("leerplicht", p.name, f"16 uur ongeoorloofd verzuim bereikt op "
                                           f"{_d(st.report_due_on)}: meld bij leerplicht.", st.report_due_on,
                                           ("pupil", p.pupil_id), st.report_due_on <= today))
            if st.is_thuiszitter or st.warn:
                detail = (f"Thuis sinds {_d(st.spell_start)}; nog {st.days_left} dagen tot de driemaandennorm "
                          f"({_d(st.norm_deadline)}).") if st.days_left is not None and st.days_left >= 0 else \
                         f"Thuis sinds {_d(st.spell_start)}: de driemaandennorm is overschreden."
                items.append(AttentionItem("thuiszitter", p.name, detail, st.norm_deadline, ("pupil", p.pupil_id),
                                           bool(st.days_left is not None and st.days_left < 0)))
        return items

    def _action_items(self, today: date) -> list[AttentionItem]:
        return [AttentionItem("action", a.pupil_name, f"{a.what} — {a.owner}, uiterlijk {_d(a.due_on)}", a.due_on,
                              ("case", a.case_id), a.overdue(today))
                for a in self.meetings.action_points() if a.due_on <= today + timedelta(days=WEEK)]


def case_items(ov: CaseOverview, today: date) -> list[AttentionItem]:
    name, target, items = ov.pupil.full_name, ("case", ov.case.id), []
    if ov.readiness.ready and ov.case.status is not CaseStatus.REFERRED:
        items.append(AttentionItem("ready", name, "Alle stappen en bewijs zijn compleet: aanmelden kan.", None, target))
    for view in ov.view.stalled:
        who = "; ".join(f"{e.person} ({e.organisation})" for e in ov.escalations) or "de regiehouder"
        items.append(AttentionItem("stalled", name, f"'{view.info.title}' loopt {view.stalled_days} dagen over de "
                                   f"normale duur. Opschalen naar: {who}.", view.due_on, target, True))
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
