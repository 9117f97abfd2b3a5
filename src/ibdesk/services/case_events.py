"""Reading a case's lifecycle events by plain SQL (no ORM), in bulk.

Shared by `Lifecycle` (services/lifecycle.py) and `ibdesk cases`, which lists every
case with its follow-up state without importing the ORM models.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from ibdesk.domain.lifecycle import CaseEvent, Decision, FollowUp, Move, follow_up
from ibdesk.domain.model import CaseStatus

EVENT_COLUMNS = (
    "e.id, e.case_id, e.move, e.from_status, e.to_status, e.on_date, e.at, e.actor, e.reason, "
    "e.organisation_id, e.decision, e.due_on, e.details"
)
_MOVES, _STATUSES = {x.value: x for x in Move}, {x.value: x for x in CaseStatus}
_DECISIONS = {x.value: x for x in Decision}  # dict lookups: Enum calls are slow in bulk
# The moves whose facts `follow_up` keeps: reading only these (`moves=`) gives the same state except
# `recorded` (any event at all), a fifth of the rows for `ibdesk cases`.
FACT_MOVES = (Move.REFER, Move.FOLLOW_UP, Move.CLOSE, Move.REOPEN)


def events(store, where: str, params: tuple) -> dict[int, list[CaseEvent]]:
    """Events of the cases `where` selects (on `cases c` / `case_events e`), oldest first."""
    found: dict[int, list[CaseEvent]] = defaultdict(list)
    with store.reading() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT {EVENT_COLUMNS}, o.name FROM case_events e JOIN cases c ON c.id = e.case_id "
            f"LEFT JOIN organisations o ON o.id = e.organisation_id {where} ORDER BY e.case_id, e.id",
            params,
        )
        for row in rows.all():
            found[row[1]].append(event_of(row))
    return found


def follow_ups(
    store, statuses: tuple[CaseStatus, ...] | None = None, moves: tuple[Move, ...] | None = None
) -> dict[int, FollowUp]:
    """The follow-up state of every case (or of the cases in `statuses`); `moves` limits the events
    read to those that matter (the referral and the decision for the reminders)."""
    where = ""
    params: tuple[str, ...] = ()
    if statuses is not None:
        where, params = f"WHERE c.status IN ({', '.join('?' * len(statuses))})", tuple(str(x) for x in statuses)
    with store.reading() as conn:
        cases = dict(conn.exec_driver_sql(f"SELECT c.id, c.status FROM cases c {where}", params).all())
    if moves is not None:
        where += (" AND " if where else "WHERE ") + f"e.move IN ({', '.join('?' * len(moves))})"
        params += tuple(str(x) for x in moves)
    found = events(store, where, params) if cases else {}
    blank = {status: follow_up(status, []) for status in CaseStatus}  # frozen: shared by the cases without events
    return {
        case_id: follow_up(_STATUSES[status], found[case_id]) if case_id in found else blank[_STATUSES[status]]
        for case_id, status in cases.items()
    }


def _day(text: str | date | None) -> date | None:
    return None if text is None else _required_day(text)


def _required_day(text: str | date) -> date:
    """A NOT NULL date column (ISO text in a plain SQL row, a date through the ORM)."""
    return date.fromisoformat(text) if isinstance(text, str) else text


def event_of(row) -> CaseEvent:
    (
        event_id,
        _case_id,
        move,
        from_status,
        to_status,
        on,
        at,
        actor,
        reason,
        org_id,
        decision,
        due_on,
        details,
        org_name,
    ) = row
    return CaseEvent(
        _MOVES[move],
        _STATUSES.get(from_status),
        _STATUSES[to_status],
        _required_day(on),
        datetime.fromisoformat(at) if isinstance(at, str) else at,
        actor,
        reason,
        org_id,
        org_name,
        _DECISIONS.get(decision),
        _day(due_on),
        details,
        event_id,
    )
