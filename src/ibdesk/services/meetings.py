"""MDO meetings: plan, put cases on the agenda, prepare a sheet per case, record the
outcome with the MDO form; agreements become action points with owner and deadline.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ibdesk.domain.route import StepState, not_applicable_text
from ibdesk.errors import InvalidRecord, NotFoundError, UserError
from ibdesk.i18n import language, tr
from ibdesk.services.forms import FormService, FormsFacade
from ibdesk.services.guidance import CaseOverview, Guidance
from ibdesk.store import models as m
from ibdesk.store.profile import Store
from ibdesk.text.dates import parse_date

MDO_FORM = "mdo-verslag"


@dataclass(frozen=True)
class ActionPoint:
    id: int
    case_id: int
    pupil_name: str
    what: str
    owner: str
    due_on: date
    done_on: date | None
    meeting_id: int | None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on < today


@dataclass
class Meeting:
    id: int
    held_on: date
    title: str
    location: str | None
    participants: list[dict]
    agenda: list[tuple[int, str, str]] = field(default_factory=list)  # (case id, pupil name, question)


@dataclass
class PreparationSheet:
    """One page per case for the meeting: the question, the route, what was tried, the views."""

    overview: CaseOverview
    question: str
    tried: list[str]
    parents_view: str | None
    pupil_view: str | None


class MeetingService:
    def __init__(
        self,
        store: Store,
        guidance: Guidance,
        forms: FormService,
        today: Callable[[], date] = date.today,
        calendar: Callable[[], object] | None = None,
    ):
        self.store, self.guidance, self.forms, self.today = store, guidance, forms, today
        self.calendar = calendar  # the school's calendar, for durations in school weeks

    def plan(
        self,
        held_on: str | date,
        title: str,
        participants: list[dict],
        agenda: list[tuple[int, str]],
        location: str | None = None,
    ) -> int:
        day = parse_date(held_on, "datum")
        if not (title or "").strip():
            raise InvalidRecord({"titel": tr("Geef het overleg een naam.")})
        with self.store.session() as s:
            meeting = m.MeetingRow(
                held_on=day,
                title=title.strip(),
                location=location,
                participants=json.dumps(participants, ensure_ascii=False),
            )
            s.add(meeting)
            s.flush()
            for case_id, question in agenda:
                if s.get(m.CaseRow, case_id) is None:
                    raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
                s.add(m.MeetingCaseRow(meeting_id=meeting.id, case_id=case_id, question=question))
            self.store.audit(s, "create", "meeting", meeting.id)
            return meeting.id

    def meetings(self) -> list[Meeting]:
        with self.store.session() as s:
            return [self._meeting(s, r) for r in s.scalars(select(m.MeetingRow).order_by(m.MeetingRow.held_on.desc()))]

    def meeting(self, meeting_id: int) -> Meeting:
        with self.store.session() as s:
            row = s.get(m.MeetingRow, meeting_id)
            if row is None:
                raise NotFoundError(tr("Overleg {meeting_id} bestaat niet.", meeting_id=meeting_id))
            return self._meeting(s, row)

    def _meeting(self, s, row: m.MeetingRow) -> Meeting:
        agenda = s.execute(
            select(m.MeetingCaseRow.case_id, m.PupilRow.first_name, m.PupilRow.last_name, m.MeetingCaseRow.question)
            .join(m.CaseRow, m.CaseRow.id == m.MeetingCaseRow.case_id)
            .join(m.PupilRow, m.PupilRow.id == m.CaseRow.pupil_id)
            .where(m.MeetingCaseRow.meeting_id == row.id)
            .order_by(m.MeetingCaseRow.id)
        ).all()
        return Meeting(
            row.id,
            row.held_on,
            row.title,
            row.location,
            json.loads(row.participants),
            [(c, f"{first} {last}", q) for c, first, last, q in agenda],
        )

    def preparation(self, meeting_id: int, case_id: int) -> PreparationSheet:
        meeting = self.meeting(meeting_id)
        question = next((q for c, _, q in meeting.agenda if c == case_id), None)
        if question is None:
            raise UserError(tr("Casus {case_id} staat niet op de agenda van dit overleg.", case_id=case_id))
        overview = self.guidance.overview(case_id)
        return PreparationSheet(overview, question, _tried(overview, self._calendar()), *_views(overview))

    def _calendar(self):
        try:
            return self.calendar() if self.calendar else None
        except Exception:
            return None

    def record_outcome(self, meeting_id: int, case_id: int, answers: dict) -> int:
        """Save the MDO report for one case; each agreement becomes an action point."""
        overview = self.guidance.overview(case_id, log_view=False)
        definition = self.forms.catalog.latest(MDO_FORM)
        report_id = self.forms.save(
            overview.case.pupil_id,
            MDO_FORM,
            definition.version,
            answers,
            case_id=case_id,
            draft_context=f"meeting:{meeting_id}:case:{case_id}",
        )
        with self.store.session() as s:
            link = s.scalars(
                select(m.MeetingCaseRow).where(
                    m.MeetingCaseRow.meeting_id == meeting_id, m.MeetingCaseRow.case_id == case_id
                )
            ).first()
            if link is not None:
                link.report_id = report_id
            for item in answers.get("afspraken") or []:
                s.add(
                    m.ActionPointRow(
                        case_id=case_id,
                        meeting_id=meeting_id,
                        what=item.get("wat", ""),
                        owner=item.get("wie", ""),
                        due_on=parse_date(item.get("uiterlijk"), "uiterlijk"),
                    )
                )
            self.store.audit(s, "record-outcome", "meeting", meeting_id, f"case={case_id}")
        return report_id

    def action_points(self, open_only: bool = True) -> list[ActionPoint]:
        query = (
            select(m.ActionPointRow, m.PupilRow.first_name, m.PupilRow.last_name)
            .join(m.CaseRow, m.CaseRow.id == m.ActionPointRow.case_id)
            .join(m.PupilRow, m.PupilRow.id == m.CaseRow.pupil_id)
            .order_by(m.ActionPointRow.due_on)
        )
        if open_only:
            query = query.where(m.ActionPointRow.done_on.is_(None))
        with self.store.session() as s:
            return [
                ActionPoint(r.id, r.case_id, f"{first} {last}", r.what, r.owner, r.due_on, r.done_on, r.meeting_id)
                for r, first, last in s.execute(query)
            ]

    def complete(self, action_id: int, on: date | None = None) -> None:
        with self.store.session() as s:
            row = s.get(m.ActionPointRow, action_id)
            if row is None:
                raise NotFoundError(tr("Actiepunt {action_id} bestaat niet.", action_id=action_id))
            row.done_on = on or self.today()
            self.store.audit(s, "complete", "action_point", action_id)


def _tried(overview: CaseOverview, calendar=None) -> list[str]:
    """What the school already did: the steps done, dated by their evidence (step_facts.py);
    a step 'niet van toepassing' says so with its reason, never as done."""
    from ibdesk.dossier.step_facts import all_facts, when_text

    facts = all_facts(overview.route, overview.forms, overview.view)
    lines = []
    for view in overview.view.done:
        when = when_text(facts[view.info.id], calendar, lang=language()) if view.info.id in facts else ""
        if view.progress.state is StepState.NOT_APPLICABLE:
            lines.append(f"{view.info.title}: {not_applicable_text(view.progress, lang=language())}")
        else:
            done = tr("{title} (afgerond, {when})", title=view.info.title, when=when) if when else None
            lines.append(done or tr("{title} (afgerond)", title=view.info.title))
    return lines


def _views(overview: CaseOverview) -> tuple[str | None, str | None]:
    parents = pupil = None
    for answers in overview.forms.values():
        for key, value in answers.items():
            if isinstance(value, str) and value.strip():
                if key.endswith("visie_ouders") and parents is None:
                    parents = value
                if key.endswith(("visie_kind", "visie_leerling")) and pupil is None:
                    pupil = value
    return parents, pupil


class MeetingOutcomeForms(FormsFacade):
    """Saving the MDO report records the meeting's outcome (agreements become action points)."""

    def __init__(self, forms: FormService, meetings: MeetingService, meeting_id: int):
        super().__init__(forms)
        self.meetings, self.meeting_id = meetings, meeting_id

    @staticmethod
    def context(meeting_id: int, case_id: int) -> str:
        return f"meeting:{meeting_id}:case:{case_id}"

    def save(
        self, pupil_id: int, form_id: str, form_version: int, answers: dict, *, case_id: int | None = None, **_kwargs
    ) -> int:
        if case_id is None:
            raise ValueError("an MDO report is saved for one of the meeting's cases")
        return self.meetings.record_outcome(self.meeting_id, case_id, answers)


def meeting_reports(store: Store, meeting_id: int) -> dict[int, int]:
    """Case id -> id of the saved MDO report, for the cases of one meeting that have one."""
    with store.session() as s:
        rows = s.execute(
            select(m.MeetingCaseRow.case_id, m.MeetingCaseRow.report_id).where(
                m.MeetingCaseRow.meeting_id == meeting_id, m.MeetingCaseRow.report_id.is_not(None)
            )
        )
        return {case_id: report_id for case_id, report_id in rows if report_id is not None}
