"""The start page: what needs attention now and this week, each item pointing to its page.

The open cases are read in bulk (services/attention_cases.py), each kind of item has its
builder (services/attention_items.py); this module puts the list together and, after a save,
computes anew only what the save touched (the store's change log).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ibdesk.services import overview_sql
from ibdesk.services.absence import VERZUIM_FORM, AbsenceService
from ibdesk.services.attention_cases import OpenCaseSummaries
from ibdesk.services.attention_items import AttentionItem, absence_items, action_items, case_items, follow_up_items
from ibdesk.services.bulk import gc_paused as _gc_paused
from ibdesk.services.guidance import Guidance
from ibdesk.store.changes import Changes


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


class AttentionService(OpenCaseSummaries):
    def __init__(
        self,
        guidance: Guidance,
        absence: AbsenceService,
        meetings,
        today: Callable[[], date] = date.today,
        lifecycle=None,
    ):
        super().__init__(guidance, today)
        self.absence, self.meetings, self.lifecycle = absence, meetings, lifecycle
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
            else (
                absence_items(self.absence, today)
                + action_items(self.meetings, today)
                + follow_up_items(self.lifecycle)
            )
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
