"""Status changes of a case as units of work: each change is checked against the lifecycle
(domain/lifecycle.py), then written as a case event and to the audit trail in the same
transaction. Closing sets the case's closing date, which starts the retention clock
(domain/retention.py); reopening stops it again.

    lifecycle.change(case_id, "aangemeld", organisation_id=team.id)
    lifecycle.change(case_id, "opvolging", decision="beschikking", due_on=date(2027, 3, 1))
    lifecycle.change(case_id, "gesloten", reason="Doel bereikt, hulp loopt via het Sociaal Team")
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from ibdesk.domain.lifecycle import (
    RESULT,
    CaseEvent,
    Decision,
    FollowUp,
    Move,
    Reminder,
    StatusChange,
    allowed_moves,
    check_change,
    decision_of,
    default_answer_due,
    follow_up,
    move_for,
    reminder,
)
from ibdesk.domain.model import CaseStatus
from ibdesk.errors import InvalidRecord, NotFoundError, ValidationError
from ibdesk.i18n import tr
from ibdesk.services import case_events
from ibdesk.store import models as m
from ibdesk.store.profile import Store

AUTO_REFERRAL = "Vastgelegd bij het exporteren van het dossier voor het Sociaal Team."


def user_name(store: Store) -> str:
    """Who acts: the name the user gave in the first-run wizard or Instellingen, else the OS login."""
    return store.get_setting("user.name") or store.actor


def add_event(
    s,
    store: Store,
    case_row: m.CaseRow,
    move: Move,
    on: date,
    actor: str,
    from_status: CaseStatus | None,
    to_status: CaseStatus | None = None,
    audit: bool = True,
    **facts,
) -> m.CaseEventRow:
    """Write one event (and its audit entry) in the caller's transaction; ids only in the audit.
    `audit=False` only for bulk fills that write one audit entry for the whole batch (the demo)."""
    to_status = to_status or RESULT[move]
    row = m.CaseEventRow(
        case_id=case_row.id,
        at=datetime.now().replace(microsecond=0),
        actor=actor,
        move=str(move),
        from_status=str(from_status) if from_status else None,
        to_status=str(to_status),
        on_date=on,
        **facts,
    )
    s.add(row)
    if audit:
        store.audit(s, "status", "case", case_row.id, f"move={move} from={from_status or '-'} to={to_status}")
    return row


@dataclass(frozen=True)
class DueReminder:
    """A follow-up reminder for the overview: whose case, and what is due."""

    case_id: int
    pupil_name: str
    state: FollowUp
    reminder: Reminder


class Lifecycle:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store, self.today = store, today

    # -- reading -----------------------------------------------------------------------------
    def history(self, case_id: int) -> list[CaseEvent]:
        """Every recorded change of the case, oldest first."""
        return self._events("WHERE e.case_id = ?", (case_id,)).get(case_id, [])

    def follow_up(self, case_id: int) -> FollowUp:
        with self.store.session() as s:
            row = s.get(m.CaseRow, case_id)
            if row is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            status = CaseStatus(row.status)
        return follow_up(status, self.history(case_id))

    def follow_ups(
        self, statuses: tuple[CaseStatus, ...] | None = None, moves: tuple[Move, ...] | None = None
    ) -> dict[int, FollowUp]:
        """The follow-up state of every case (or of the cases in `statuses`), in bulk (case_events.py)."""
        return case_events.follow_ups(self.store, statuses, moves)

    def allowed(self, case_id: int) -> dict[str, Move]:
        return allowed_moves(self.follow_up(case_id).status)

    def reminders(self) -> list[DueReminder]:
        """Referred cases whose answer, and followed-up cases whose next evaluation, is (nearly) due."""
        today = self.today()
        states = self.follow_ups((CaseStatus.REFERRED, CaseStatus.FOLLOW_UP), (Move.REFER, Move.FOLLOW_UP))
        due = {case_id: r for case_id, st in states.items() if (r := reminder(st, today)) is not None}
        if not due:
            return []
        with self.store.session() as s:
            names = {
                case_id: f"{first} {last}"
                for case_id, first, last in s.execute(
                    select(m.CaseRow.id, m.PupilRow.first_name, m.PupilRow.last_name)
                    .join(m.PupilRow, m.PupilRow.id == m.CaseRow.pupil_id)
                    .where(m.CaseRow.id.in_(list(due)))
                )
            }
        return [DueReminder(case_id, names.get(case_id, ""), states[case_id], r) for case_id, r in due.items()]

    def _events(self, where: str, params: tuple) -> dict[int, list[CaseEvent]]:
        return case_events.events(self.store, where, params)

    # -- changing ----------------------------------------------------------------------------
    def change(
        self,
        case_id: int,
        target: str,
        *,
        on: date | None = None,
        reason: str | None = None,
        organisation_id: int | None = None,
        decision: str | Decision | None = None,
        due_on: date | None = None,
        details: str | None = None,
        by: str | None = None,
    ) -> CaseEvent:
        """Take the case to `target` (lopend, aangemeld, opvolging, gesloten, heropend); refused with a
        Dutch message (per field: InvalidRecord) when the lifecycle does not allow it."""
        by = by or user_name(self.store)  # read before the unit of work (a setting is its own session)
        with self.store.session() as s:
            row = s.get(m.CaseRow, case_id)
            if row is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            event = self.change_in(
                s,
                row,
                target,
                on=on,
                reason=reason,
                organisation_id=organisation_id,
                decision=decision,
                due_on=due_on,
                details=details,
                by=by,
            )
            s.flush()
            org = s.get(m.OrganisationRow, event.organisation_id) if event.organisation_id else None
            return _event(event, org.name if org else None)

    def change_in(
        self,
        s,
        row: m.CaseRow,
        target: str,
        *,
        on: date | None = None,
        reason: str | None = None,
        organisation_id: int | None = None,
        decision: str | Decision | None = None,
        due_on: date | None = None,
        details: str | None = None,
        by: str | None = None,
        audit: bool = True,
    ) -> m.CaseEventRow:
        """`change` inside the caller's transaction (the demo fills many cases in one)."""
        current = CaseStatus(row.status)
        move = move_for(current, target)
        on = on or self.today()
        if move is Move.REFER and due_on is None:
            due_on = default_answer_due(on)
        try:
            parsed = decision_of(decision) if move is Move.FOLLOW_UP else None
        except ValidationError as exc:
            raise InvalidRecord({"besluit": str(exc)}) from None
        change = StatusChange(
            move,
            on,
            _clean(reason),
            organisation_id if move is Move.REFER else None,
            parsed,
            due_on if move in (Move.REFER, Move.FOLLOW_UP) else None,
            _clean(details),
        )
        last_on = _last_change_on(s, row.id)
        errors = check_change(change, row.opened_on, last_on, self.today())
        if change.organisation_id is not None and s.get(m.OrganisationRow, change.organisation_id) is None:
            errors.setdefault("organisatie", f"Organisatie {change.organisation_id} bestaat niet.")
        if errors:
            raise InvalidRecord(errors)
        row.status = str(RESULT[move])
        if move is Move.CLOSE:
            row.closed_on = on
        elif move is Move.REOPEN:
            row.closed_on = None
        return add_event(
            s,
            self.store,
            row,
            move,
            on,
            by or user_name(self.store),
            current,
            audit=audit,
            reason=change.reason,
            organisation_id=change.organisation_id,
            decision=str(parsed) if parsed else None,
            due_on=change.due_on,
            details=change.details,
        )

    def record_opening(self, s, row: m.CaseRow, by: str | None = None, audit: bool = True) -> m.CaseEventRow:
        """The first event of a new case (called where the case is created)."""
        return add_event(
            s,
            self.store,
            row,
            Move.OPEN,
            row.opened_on,
            by or user_name(self.store),
            None,
            CaseStatus(row.status),
            audit=audit,
        )

    def referred_by_export(self, case_id: int, organisation_id: int | None, on: date) -> CaseEvent | None:
        """After the Sociaal Team dossier was exported: aangemeld, unless the case is past that already."""
        by = user_name(self.store)
        with self.store.session() as s:
            row = s.get(m.CaseRow, case_id)
            if row is None or organisation_id is None:
                return None
            if row.status == str(CaseStatus.SIGNAL):
                self.change_in(s, row, "lopend", on=on, by=by)
            if row.status != str(CaseStatus.RUNNING):
                return None
            event = self.change_in(
                s, row, "aangemeld", on=on, organisation_id=organisation_id, details=AUTO_REFERRAL, by=by
            )
            s.flush()
            org = s.get(m.OrganisationRow, organisation_id)
            return _event(event, org.name if org else None)


def _last_change_on(s, case_id: int) -> date | None:
    """The date of the case's latest change, stored or still pending in this transaction (read without
    flushing, so a batch of changes is written in one go)."""
    with s.no_autoflush:
        stored = s.scalar(select(func.max(m.CaseEventRow.on_date)).where(m.CaseEventRow.case_id == case_id))
    pending = [o.on_date for o in s.new if isinstance(o, m.CaseEventRow) and o.case_id == case_id]
    return max([d for d in [stored, *pending] if d is not None], default=None)


def _clean(text: str | None) -> str | None:
    return text.strip() or None if text else None


def _event(row: m.CaseEventRow, organisation: str | None) -> CaseEvent:
    return CaseEvent(
        Move(row.move),
        CaseStatus(row.from_status) if row.from_status else None,
        CaseStatus(row.to_status),
        row.on_date,
        row.at,
        row.actor,
        row.reason,
        row.organisation_id,
        organisation,
        Decision(row.decision) if row.decision else None,
        row.due_on,
        row.details,
        row.id,
    )
