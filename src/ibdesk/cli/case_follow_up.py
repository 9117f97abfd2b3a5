"""A case's follow-up (status, referral, decision, next evaluation) and its history, as JSON
for scripts and as Dutch text: shown by `ibdesk case CASE`, listed by `ibdesk cases` and
reported after `ibdesk case status`."""

from __future__ import annotations

from datetime import date

from ibdesk.domain.lifecycle import CaseEvent, FollowUp, summary
from ibdesk.i18n import tr
from ibdesk.services.actors import shown_actor
from ibdesk.text.dates import short_date


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def follow_up_json(state: FollowUp, history: list[CaseEvent] | None = None) -> dict:
    due = state.due()
    data: dict[str, object] = {
        "status": str(state.status),
        "status_label": state.status.label,
        "referred_on": _d(state.referred_on),
        "referred_to": state.referred_to,
        "referred_to_id": state.referred_to_id,
        "answer_due": _d(state.answer_due),
        "decision": str(state.decision) if state.decision else None,
        "decided_on": _d(state.decided_on),
        "next_evaluation": _d(state.next_evaluation),
        "closed_on": _d(state.closed_on),
        "closed_reason": state.closed_reason,
        "reopened_on": _d(state.reopened_on),
        "due": {"kind": due[0], "on": _d(due[1])} if due else None,
    }
    if history is not None:
        data["history"] = [
            {
                "move": str(e.move),
                "from": str(e.from_status) if e.from_status else None,
                "to": str(e.to_status),
                "on": _d(e.on),
                "at": e.at.isoformat(),
                "by": e.actor,
                "reason": e.reason,
                "organisation": e.organisation,
                "organisation_id": e.organisation_id,
                "decision": str(e.decision) if e.decision else None,
                "due_on": _d(e.due_on),
                "details": e.details,
            }
            for e in history
        ]
    return data


def state_line(state: FollowUp) -> str:
    """The follow-up in one Dutch line (empty when there is nothing to say)."""
    return " ".join(summary(state, date.today()))


def history_text(state: FollowUp, history: list[CaseEvent]) -> str:
    lines = [tr("Verloop van de status:")]
    for e in history:
        extra = "; ".join(
            x
            for x in (
                e.organisation,
                e.decision.label if e.decision else None,
                tr("termijn {date}", date=short_date(e.due_on, "—")) if e.due_on else None,
                e.reason,
                e.details,
            )
            if x
        )
        who = shown_actor(e.actor)
        lines.append(f"  {short_date(e.on, '—')}  {e.move.label} ({who})" + (f" — {extra}" if extra else ""))
    if not history:
        lines.append(tr("  (geen statuswijzigingen vastgelegd)"))
    line = state_line(state)
    if line:
        lines.append(tr("Nu: {line}", line=line))
    return "\n".join(lines)
