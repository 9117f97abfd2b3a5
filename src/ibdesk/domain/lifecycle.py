"""The life of a case: signaal → lopend → aangemeld bij het Sociaal Team → opvolging →
gesloten → (heropend) lopend.

Which status may follow which, what each change needs (date, organisation, the Sociaal
Team's decision, a reason), and when the school should hear back. Every change becomes a
`CaseEvent`; the state of the follow-up is derived from those events, never stored twice.

Sources for the follow-up reminder: schools hear nothing back after a referral (seeds
`003_…`: "niet vanzelfsprekend dat er na het in gang zetten van een hulptraject een
terugkoppeling … tot stand komt"; `004_…`: "verwachtingen over terugkoppeling … met de
scholen bespreken"). The default term for the Sociaal Team's answer is the Awb's outer
limit for a decision when no other term applies: eight weeks (art. 4:13 lid 2 Awb); the
user sets the term agreed with the team instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from ibdesk.domain.model import CaseStatus
from ibdesk.domain.reasons import MIN_REASON_LETTERS, meaningful  # noqa: F401 - one rule for every reason
from ibdesk.errors import ValidationError
from ibdesk.i18n import tr
from ibdesk.text.dates import short_date

ANSWER_WEEKS = 8  # art. 4:13 lid 2 Awb: a decision within eight weeks at the latest
REMINDER_DAYS = 7  # remind a week ahead, like the other deadlines on the overview


class Move(StrEnum):
    OPEN = "geopend"  # the case was created (as signaal)
    START = "gestart"  # signaal → lopend
    REFER = "aangemeld"  # lopend → aangemeld bij het Sociaal Team
    FOLLOW_UP = "opvolging"  # what the Sociaal Team decided, the next evaluation with them
    RESUME = "terug"  # aangemeld/opvolging → lopend (the school takes it up again)
    CLOSE = "gesloten"
    REOPEN = "heropend"  # gesloten → lopend

    @property
    def label(self) -> str:
        """As the screen and the command line show it, in the language shown."""
        return move_label(self)

    @property
    def document_label(self) -> str:
        """The Dutch label documents state (the inzage), whatever the language."""
        return MOVE_LABELS[self]


def move_label(move: Move) -> str:
    return {
        Move.OPEN: tr("Casus geopend"),
        Move.START: tr("Op lopend gezet"),
        Move.REFER: tr("Aangemeld bij het Sociaal Team"),
        Move.FOLLOW_UP: tr("Besluit Sociaal Team vastgelegd"),
        Move.RESUME: tr("Terug naar lopend"),
        Move.CLOSE: tr("Gesloten"),
        Move.REOPEN: tr("Heropend"),
    }[move]


# The Dutch labels (`Move.document_label`).
MOVE_LABELS = {
    Move.OPEN: "Casus geopend",
    Move.START: "Op lopend gezet",
    Move.REFER: "Aangemeld bij het Sociaal Team",
    Move.FOLLOW_UP: "Besluit Sociaal Team vastgelegd",
    Move.RESUME: "Terug naar lopend",
    Move.CLOSE: "Gesloten",
    Move.REOPEN: "Heropend",
}
# What a user asks for ("ibdesk case status CASE <word>"), per current status.
TRANSITIONS: dict[CaseStatus, dict[str, Move]] = {
    CaseStatus.SIGNAL: {"lopend": Move.START, "gesloten": Move.CLOSE},
    CaseStatus.RUNNING: {"aangemeld": Move.REFER, "gesloten": Move.CLOSE},
    CaseStatus.REFERRED: {"opvolging": Move.FOLLOW_UP, "lopend": Move.RESUME, "gesloten": Move.CLOSE},
    CaseStatus.FOLLOW_UP: {"opvolging": Move.FOLLOW_UP, "lopend": Move.RESUME, "gesloten": Move.CLOSE},
    CaseStatus.CLOSED: {"heropend": Move.REOPEN},
}
RESULT = {
    Move.OPEN: CaseStatus.SIGNAL,
    Move.START: CaseStatus.RUNNING,
    Move.REFER: CaseStatus.REFERRED,
    Move.FOLLOW_UP: CaseStatus.FOLLOW_UP,
    Move.RESUME: CaseStatus.RUNNING,
    Move.CLOSE: CaseStatus.CLOSED,
    Move.REOPEN: CaseStatus.RUNNING,
}
TARGET_WORDS = ("lopend", "aangemeld", "opvolging", "gesloten", "heropend")
NEEDS_REASON = {Move.RESUME, Move.CLOSE, Move.REOPEN}
# What the user is asked per move (the UI shows these fields; the CLI takes these options).
ASKS = {
    Move.START: ("datum", "reden"),
    Move.REFER: ("datum", "organisatie", "termijn", "reden"),
    Move.FOLLOW_UP: ("datum", "besluit", "termijn", "toelichting"),
    Move.RESUME: ("datum", "reden"),
    Move.CLOSE: ("datum", "reden"),
    Move.REOPEN: ("datum", "reden"),
}


class Decision(StrEnum):
    BESCHIKKING = "beschikking"
    IN_ONDERZOEK = "in_onderzoek"
    GEEN_JEUGDHULP = "geen_jeugdhulp"
    DOORVERWEZEN = "doorverwezen"
    ANDERS = "anders"

    @property
    def label(self) -> str:
        """As the screen and the command line show it, in the language shown."""
        return decision_label(self)

    @property
    def document_label(self) -> str:
        """The Dutch label documents state (the inzage), whatever the language."""
        return DECISION_LABELS[self]


def decision_label(decision: Decision) -> str:
    return {
        Decision.BESCHIKKING: tr("Beschikking jeugdhulp afgegeven"),
        Decision.IN_ONDERZOEK: tr("Nog in onderzoek bij het Sociaal Team"),
        Decision.GEEN_JEUGDHULP: tr("Geen jeugdhulp (niet nodig of afgewezen)"),
        Decision.DOORVERWEZEN: tr("Doorverwezen naar een andere organisatie"),
        Decision.ANDERS: tr("Anders (zie toelichting)"),
    }[decision]


# The Dutch labels (`Decision.document_label`); the status dialog lists them.
DECISION_LABELS = {
    Decision.BESCHIKKING: "Beschikking jeugdhulp afgegeven",
    Decision.IN_ONDERZOEK: "Nog in onderzoek bij het Sociaal Team",
    Decision.GEEN_JEUGDHULP: "Geen jeugdhulp (niet nodig of afgewezen)",
    Decision.DOORVERWEZEN: "Doorverwezen naar een andere organisatie",
    Decision.ANDERS: "Anders (zie toelichting)",
}


def decision_of(text: str | Decision | None) -> Decision | None:
    """'beschikking', 'geen-jeugdhulp', 'in onderzoek', … → the decision; a Dutch error otherwise."""
    if text is None or isinstance(text, Decision):
        return text
    word = re.sub(r"[\s-]+", "_", str(text).strip().lower())
    if not word:
        return None
    try:
        return Decision(word)
    except ValueError:
        raise ValidationError(
            tr("Onbekend besluit '{text}'. Kies uit: {known}.", text=text, known=", ".join(d.value for d in Decision)),
            "besluit",
        ) from None


@dataclass(frozen=True)
class StatusChange:
    """What the user asks for; `due_on` is the answer term (aanmelding) or the next evaluation."""

    move: Move
    on: date
    reason: str | None = None
    organisation_id: int | None = None
    decision: Decision | None = None
    due_on: date | None = None
    details: str | None = None


@dataclass(frozen=True)
class CaseEvent:
    """One change of a case's status, as recorded."""

    move: Move
    from_status: CaseStatus | None
    to_status: CaseStatus
    on: date
    at: datetime
    actor: str
    reason: str | None = None
    organisation_id: int | None = None
    organisation: str | None = None  # its name, for the screen
    decision: Decision | None = None
    due_on: date | None = None
    details: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class FollowUp:
    """Where a case stands after (or without) a referral, derived from its events."""

    status: CaseStatus
    referred_on: date | None = None
    referred_to: str | None = None
    referred_to_id: int | None = None
    answer_due: date | None = None
    decision: Decision | None = None
    decided_on: date | None = None
    next_evaluation: date | None = None
    closed_on: date | None = None
    closed_reason: str | None = None
    reopened_on: date | None = None
    recorded: bool = False  # False: no events (a case from before the lifecycle existed)

    def due(self) -> tuple[str, date] | None:
        """('antwoord', day) while the Sociaal Team's answer is awaited; ('evaluatie', day) for the
        next evaluation with them; None otherwise."""
        if self.status is CaseStatus.REFERRED and self.answer_due:
            return "antwoord", self.answer_due
        if self.status is CaseStatus.FOLLOW_UP and self.next_evaluation:
            return "evaluatie", self.next_evaluation
        return None


@dataclass(frozen=True)
class Reminder:
    kind: str  # "antwoord" | "evaluatie"
    due_on: date
    overdue: bool


class ChangeRefused(ValidationError):
    """A status change the lifecycle does not allow (message in the language shown)."""


def allowed_moves(current: CaseStatus) -> dict[str, Move]:
    """The next steps a case in `current` may take, by the word a user asks for."""
    return dict(TRANSITIONS[current])


def move_for(current: CaseStatus, target: str) -> Move:
    """The move that takes a case from `current` to `target` (a status word), or ChangeRefused."""
    word = target.strip().lower()
    if word not in TARGET_WORDS:
        raise ChangeRefused(
            tr("Onbekende status '{target}'. Kies uit: {words}.", target=target, words=", ".join(TARGET_WORDS)),
            "status",
        )
    moves = TRANSITIONS[current]
    if word in moves:
        return moves[word]
    if current is CaseStatus.CLOSED and word == "lopend":
        raise ChangeRefused(tr("Een gesloten casus gaat weer open met 'heropend' (met een reden)."), "status")
    if word == "heropend":
        raise ChangeRefused(
            tr("Alleen een gesloten casus kan worden heropend; deze casus is '{status}'.", status=current.label),
            "status",
        )
    if word == current.value:
        raise ChangeRefused(tr("De casus is al '{status}'.", status=current.label), "status")
    options = tr(" of ").join(f"'{w}'" for w in moves)
    raise ChangeRefused(
        tr(
            "Van '{status}' kan de casus niet naar '{word}'. Mogelijk: {options}.",
            status=current.label,
            word=word,
            options=options,
        ),
        "status",
    )


def default_answer_due(referred_on: date) -> date:
    return referred_on + timedelta(weeks=ANSWER_WEEKS)


def check_change(change: StatusChange, opened_on: date, last_on: date | None, today: date) -> dict[str, str]:
    """Problems per field (datum, reden, organisatie, besluit, termijn, toelichting); empty when fine.
    `last_on` is the date of the latest recorded change: history never runs backwards."""
    errors: dict[str, str] = {}
    move, on = change.move, change.on
    if on > today:
        errors["datum"] = tr("De datum ligt in de toekomst.")
    elif on < opened_on:
        errors["datum"] = tr("De datum ligt vóór de opening van de casus ({day}).", day=short_date(opened_on))
    elif last_on is not None and on < last_on:
        errors["datum"] = tr("De datum ligt vóór de vorige statuswijziging ({day}).", day=short_date(last_on))
    if move in NEEDS_REASON and not meaningful(change.reason):
        errors["reden"] = tr("Geef een reden in een paar woorden (bijvoorbeeld: doel bereikt, leerling verhuisd).")
    if move is Move.REFER:
        if change.organisation_id is None:
            errors["organisatie"] = tr("Kies het Sociaal Team (of de organisatie) waarbij de casus is aangemeld.")
        if change.due_on is None:
            errors["termijn"] = tr("Vul in wanneer u uiterlijk antwoord verwacht.")
        elif change.due_on <= on:
            errors["termijn"] = tr("Het antwoord kan niet vóór of op de dag van aanmelden verwacht worden.")
    if move is Move.FOLLOW_UP:
        if change.decision is None:
            errors["besluit"] = tr("Kies wat het Sociaal Team heeft besloten.")
        if change.due_on is not None and change.due_on <= on:
            errors["termijn"] = tr("De volgende evaluatie ligt na de datum van het besluit.")
        if change.decision is Decision.ANDERS and not meaningful(change.details):
            errors["toelichting"] = tr("Beschrijf bij 'anders' wat het Sociaal Team heeft besloten.")
    return errors


def follow_up(status: CaseStatus, events: list[CaseEvent]) -> FollowUp:
    """The referral, decision, next evaluation and closing as the events (oldest first) record them."""
    facts: dict = {}
    for e in events:
        if e.move is Move.REFER:
            facts.update(
                referred_on=e.on,
                referred_to=e.organisation,
                referred_to_id=e.organisation_id,
                answer_due=e.due_on,
                decision=None,
                decided_on=None,
                next_evaluation=None,
            )
        elif e.move is Move.FOLLOW_UP:
            facts.update(decision=e.decision, decided_on=e.on, next_evaluation=e.due_on)
        elif e.move is Move.CLOSE:
            facts.update(closed_on=e.on, closed_reason=e.reason)
        elif e.move is Move.REOPEN:
            facts.update(reopened_on=e.on, closed_on=None, closed_reason=None)
    return FollowUp(status, recorded=bool(events), **facts)


def reminder(state: FollowUp, today: date, days_ahead: int = REMINDER_DAYS) -> Reminder | None:
    """A reminder when the answer or the next evaluation is due within `days_ahead` days or overdue."""
    due = state.due()
    if due is None:
        return None
    kind, day = due
    if day > today + timedelta(days=days_ahead):
        return None
    return Reminder(kind, day, day < today)


def summary(state: FollowUp, today: date) -> list[str]:
    """Where the case stands after (or without) its referral, in short lines for screens and the
    CLI, in the language shown (the names are stored data)."""
    team = state.referred_to or tr("het Sociaal Team")
    if state.status is CaseStatus.REFERRED:
        late = _passed(state.answer_due, today)
        return [
            tr("Aangemeld bij {team} op {day}.", team=team, day=short_date(state.referred_on, "—")),
            tr("Antwoord verwacht uiterlijk {day}{late}.", day=short_date(state.answer_due, "—"), late=late),
        ]
    if state.status is CaseStatus.FOLLOW_UP:
        decided = state.decision.label if state.decision else tr("besluit vastgelegd")
        lines = [
            tr(
                "Besluit van {team} op {day}: {decided}.",
                team=team,
                day=short_date(state.decided_on, "—"),
                decided=decided,
            )
        ]
        if state.next_evaluation:
            late = _passed(state.next_evaluation, today)
            day = short_date(state.next_evaluation, "—")
            lines.append(tr("Volgende evaluatie met het Sociaal Team: {day}{late}.", day=day, late=late))
        else:
            lines.append(tr("Nog geen volgende evaluatie met het Sociaal Team afgesproken."))
        return lines
    if state.status is CaseStatus.CLOSED and state.closed_on:
        day = short_date(state.closed_on, "—")
        if state.closed_reason:
            return [tr("Gesloten op {day}: {reason}", day=day, reason=state.closed_reason)]
        return [tr("Gesloten op {day}.", day=day)]
    if state.reopened_on:
        return [tr("Heropend op {day}.", day=short_date(state.reopened_on, "—"))]
    return []


def _passed(day: date | None, today: date) -> str:
    return " " + tr("(verstreken)") if day and day < today else ""
