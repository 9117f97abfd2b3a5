"""Legal basis and consent under the AVG (domain.md §5).

Every sharing rests on a recorded basis: a legal task/obligation, or consent per
recipient, purpose and category of data. Who must consent follows from the pupil's age
on the day and from gezag: under 16 every parent with gezag, from 16 the pupil. With
joint authority one parent's refusal or withdrawal blocks. A withdrawal takes effect on
the day it is given; consent is valid up to and including its end date.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ibdesk.domain.model import Guardian
from ibdesk.domain.validation import age_on

PUPIL = "pupil"
CONSENT_AGE = 16
CATEGORIES = {
    "identification": "Identificerende gegevens", "school_results": "Schoolresultaten en toetsgegevens",
    "support_history": "Ondersteuningsgeschiedenis", "opp": "Ontwikkelingsperspectiefplan (OPP)",
    "health": "Gezondheid", "home_situation": "Thuissituatie", "youth_care": "Jeugdhulp",
}
PURPOSES = {
    "aanmelding_sociaal_team": "Aanmelding bij het Sociaal Team voor jeugdhulp",
    "arrangement_swv": "Aanvraag arrangement bij het samenwerkingsverband",
    "tlv_swv": "Aanvraag toelaatbaarheidsverklaring (TLV)",
    "overdracht": "Warme overdracht naar een andere school of hulpverlener",
    "mdo": "Bespreking in een multidisciplinair overleg (MDO)",
}
LEGAL_TASKS = {
    "okr": "Onderwijskundig rapport bij een overstap (wettelijke verplichting)",
    "tlv_swv": "Aanvraag TLV bij het samenwerkingsverband (wettelijke taak)",
    "verzuimmelding": "Verzuimmelding aan leerplicht (wettelijke verplichting)",
}


def guardian_key(guardian: Guardian) -> str:
    return f"guardian:{guardian.id}"


@dataclass(frozen=True)
class Basis:
    """One recorded basis: a legal task, or one decision (given/refused) by one or more people."""

    kind: str                            # "consent" | "legal_task"
    recipient_id: int
    purpose: str
    categories: frozenset[str]
    given_on: date
    givers: frozenset[str] = frozenset()  # guardian:<id> and/or pupil
    decision: str = "gegeven"            # gegeven | geweigerd
    valid_until: date | None = None
    withdrawn_on: date | None = None
    withdrawn_by: str | None = None      # a giver key; None = all givers of this record
    task: str | None = None              # for a legal task: which one
    method: str | None = None
    heard_by: str | None = None
    id: int | None = None
    signature: str | None = None         # "strokes:[...]" drawn on screen, if signed there

    def covers(self, recipient_id: int, purpose: str, category: str) -> bool:
        return self.recipient_id == recipient_id and self.purpose == purpose and category in self.categories

    def withdrawn(self, day: date) -> bool:
        return self.withdrawn_on is not None and self.withdrawn_on <= day

    def in_force(self, day: date) -> bool:
        """Given by `day`, not expired, not withdrawn (a withdrawal counts from its own day)."""
        return (self.given_on <= day and (self.valid_until is None or day <= self.valid_until)
                and not self.withdrawn(day))

    def describe(self) -> str:
        if self.kind == "legal_task":
            return LEGAL_TASKS.get(self.task or "", f"Wettelijke taak: {self.task}")
        return f"Toestemming van {self.given_on.strftime('%d-%m-%Y')}"


def required_consenters(birth: date, guardians: list[Guardian], day: date) -> frozenset[str]:
    """From 16 the pupil; before that every parent/guardian with gezag."""
    if age_on(birth, day) >= CONSENT_AGE:
        return frozenset({PUPIL})
    return frozenset(guardian_key(g) for g in guardians if g.has_gezag)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    basis: list[Basis] = field(default_factory=list)
    still_needed: frozenset[str] = frozenset()
    blocked_by: frozenset[str] = frozenset()
    reason: str = ""


def decide(bases: list[Basis], recipient_id: int, purpose: str, category: str, day: date,
           required: frozenset[str]) -> Decision:
    """May data of `category` go to `recipient_id` for `purpose` on `day`?"""
    covering = [b for b in bases if b.covers(recipient_id, purpose, category)]
    tasks = [b for b in covering if b.kind == "legal_task" and b.in_force(day)]
    if tasks:
        return Decision(True, tasks, reason=tasks[0].describe())
    if not required:
        return Decision(False, reason="Er is niemand bekend die toestemming kan geven (geen ouder met gezag).")
    consents = [b for b in covering if b.kind == "consent"]
    blocked = _blockers(consents, day) & required
    given = {g for b in consents if b.decision == "gegeven" and b.in_force(day) for g in b.givers}
    needed = required - given - blocked
    if blocked:
        return Decision(False, still_needed=needed, blocked_by=blocked, reason="toestemming geweigerd of ingetrokken")
    if needed:
        return Decision(False, still_needed=needed, reason="toestemming ontbreekt")
    used = [b for b in consents if b.decision == "gegeven" and b.in_force(day) and b.givers & required]
    return Decision(True, used, reason=used[0].describe())


def _blockers(consents: list[Basis], day: date) -> set[str]:
    blocked: set[str] = set()
    for b in consents:
        if b.decision == "geweigerd" and b.given_on <= day and not b.withdrawn(day):
            blocked |= b.givers
        if b.decision == "gegeven" and b.withdrawn(day):
            blocked |= {b.withdrawn_by} if b.withdrawn_by else set(b.givers)
    return blocked

