"""Legal basis and consent under the AVG (domain.md §5).

Every sharing rests on a recorded basis: a legal task/obligation (only within its own row of
`legal_bases.LEGAL_BASES`), or consent per recipient, purpose and category of data.

Consent is a series of decisions per person: the *current* decision of each person who
decides counts (UAVG art. 5). A refusal or withdrawal stops sharing from its own day (AVG
art. 7 lid 3); a later consent counts again. Under 16 every parent with gezag decides (one
refusal blocks); from 16 the pupil decides, and parents' consent given before the 16th
birthday stays valid until the pupil decides otherwise. A pupil under 16 who objects gives
a zienswijze: it does not withdraw the parents' consent. Consent is valid up to and
including its end date. On one day, a refusal or withdrawal is taken to come last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ibdesk.domain.legal_bases import LEGAL_BASES, legal_task_covers
from ibdesk.domain.model import Guardian
from ibdesk.domain.validation import add_years, age_on
from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.text.dates import short_date

PUPIL = "pupil"
SOCIAL_TEAM_PURPOSE = "aanmelding_sociaal_team"  # the one name of the referral to the Sociaal Team
CONSENT_AGE = 16
PARENTS_BEFORE_SIXTEEN = mark("door de ouders, vóór het 16e jaar; geldig tot de leerling zelf anders beslist")
# Dutch, as documents state them; a screen shows them through `tr_marked`.
CATEGORIES = {
    "identification": mark("Identificerende gegevens"),
    "school_results": mark("Schoolresultaten en toetsgegevens"),
    "support_history": mark("Ondersteuningsgeschiedenis"),
    "opp": mark("Ontwikkelingsperspectiefplan (OPP)"),
    "health": mark("Gezondheid"),
    "home_situation": mark("Thuissituatie"),
    "youth_care": mark("Jeugdhulp"),
}
PURPOSES = {
    SOCIAL_TEAM_PURPOSE: mark("Aanmelding bij het Sociaal Team voor jeugdhulp"),
    "arrangement_swv": mark("Aanvraag arrangement bij het samenwerkingsverband"),
    "tlv_swv": mark("Aanvraag toelaatbaarheidsverklaring (TLV)"),
    "overdracht": mark("Warme overdracht naar een andere school of hulpverlener"),
    "mdo": mark("Bespreking in een multidisciplinair overleg (MDO)"),
    "verzuimmelding": mark("Verzuimmelding aan leerplicht"),
    "melding_veilig_thuis": mark("Melding bij Veilig Thuis (meldcode)"),
    "wettelijk_verzoek": mark(
        "Antwoord op een wettelijk verzoek om inlichtingen (GI of Raad voor de Kinderbescherming)"
    ),
}
LEGAL_TASKS = {task: rule.label for task, rule in LEGAL_BASES.items()}
# In a sharing log entry's "shared" map: not a category but the roles in which the recipient's
# people received it (an MDO's participants); readers of the log skip keys starting with "_".
RECIPIENT_ROLES = "_rollen"
GIVEN, REFUSED, WITHDRAWN = "gegeven", "geweigerd", "ingetrokken"


def guardian_key(guardian: Guardian) -> str:
    return f"guardian:{guardian.id}"


@dataclass(frozen=True)
class Basis:
    """One recorded basis: a legal task, or one decision (given/refused) by one or more people."""

    kind: str  # "consent" | "legal_task"
    recipient_id: int
    purpose: str
    categories: frozenset[str]
    given_on: date
    givers: frozenset[str] = frozenset()  # guardian:<id> and/or pupil
    decision: str = "gegeven"  # gegeven | geweigerd
    valid_until: date | None = None
    withdrawn_on: date | None = None
    withdrawn_by: str | None = None  # a giver key; None = all givers of this record
    task: str | None = None  # for a legal task: which one
    method: str | None = None
    heard_by: str | None = None
    id: int | None = None
    signature: str | None = None  # "strokes:[...]" drawn on screen, if signed there

    def covers(self, recipient_id: int, purpose: str, category: str) -> bool:
        return self.recipient_id == recipient_id and self.purpose == purpose and category in self.categories

    def withdrawn(self, day: date) -> bool:
        return self.withdrawn_on is not None and self.withdrawn_on <= day

    def in_force(self, day: date) -> bool:
        """Given by `day`, not expired, not withdrawn (a withdrawal counts from its own day)."""
        return (
            self.given_on <= day and (self.valid_until is None or day <= self.valid_until) and not self.withdrawn(day)
        )

    def describe(self) -> str:
        """The basis in the documents' Dutch."""
        if self.kind == "legal_task":
            return LEGAL_TASKS.get(self.task or "", f"Wettelijke taak: {self.task}")
        return f"Toestemming van {short_date(self.given_on)}"

    def shown(self) -> str:
        """`describe` in the language of the screen or command line."""
        if self.kind == "legal_task":
            label = LEGAL_TASKS.get(self.task or "")
            return tr_marked(label) if label else tr("Wettelijke taak: {task}", task=self.task)
        return tr("Toestemming van {day}", day=short_date(self.given_on))


@dataclass(frozen=True)
class Deciders:
    """Who decides on `day`: the parents with gezag, or (from 16) the pupil."""

    required: frozenset[str]
    parents: frozenset[str] = frozenset()
    sixteenth: date | None = None  # set only when the pupil is 16 or older on the day


def required_consenters(birth: date, guardians: list[Guardian], day: date) -> frozenset[str]:
    """From 16 the pupil; before that every parent/guardian with gezag."""
    return deciders(birth, guardians, day).required


def deciders(birth: date, guardians: list[Guardian], day: date) -> Deciders:
    parents = frozenset(guardian_key(g) for g in guardians if g.has_gezag)
    if age_on(birth, day) >= CONSENT_AGE:
        return Deciders(frozenset({PUPIL}), parents, add_years(birth, CONSENT_AGE))
    return Deciders(parents, parents)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    basis: list[Basis] = field(default_factory=list)
    still_needed: frozenset[str] = frozenset()
    blocked_by: frozenset[str] = frozenset()
    reason: str = ""  # Dutch, as documents state it (a marked text, or the basis described)
    by_parents_before_sixteen: bool = False

    def shown_reason(self) -> str:
        """`reason` in the language of the screen or command line."""
        if not (self.allowed and self.basis):
            return tr_marked(self.reason)
        text = self.basis[0].shown()
        return f"{text} ({tr_marked(PARENTS_BEFORE_SIXTEEN)})" if self.by_parents_before_sixteen else text


@dataclass(frozen=True)
class Current:
    """One person's latest decision on the day, and the record it comes from."""

    state: str  # gegeven | geweigerd | ingetrokken | verlopen
    basis: Basis
    on: date


def current_decisions(consents: list[Basis], day: date) -> dict[str, Current]:
    """Each giver's latest decision on `day` (given, refused, withdrawn or expired)."""
    events: list[tuple[date, int, int, str, str, Basis]] = []
    for order, b in enumerate(consents):
        if b.given_on > day:
            continue
        seq = b.id if b.id is not None else order
        for giver in b.givers:
            events.append((b.given_on, 0, seq, giver, b.decision, b))
        if b.decision == GIVEN and b.withdrawn_on is not None and b.withdrawn(day):
            for giver in {b.withdrawn_by} if b.withdrawn_by else b.givers:
                events.append((b.withdrawn_on, 1, seq, giver, WITHDRAWN, b))
    current: dict[str, Current] = {}
    for on, _rank, _seq, giver, state, b in sorted(events, key=lambda e: e[:3]):
        current[giver] = Current(state, b, on)
    for giver, c in current.items():
        if c.state == GIVEN and c.basis.valid_until is not None and day > c.basis.valid_until:
            current[giver] = Current("verlopen", c.basis, c.basis.valid_until)
    return current


def decide(
    bases: list[Basis],
    recipient_id: int,
    purpose: str,
    category: str,
    day: date,
    required: Deciders | frozenset[str],
    recipient_kind: str | None = None,
) -> Decision:
    """May data of `category` go to `recipient_id` (an organisation of `recipient_kind`) for
    `purpose` on `day`? A legal task counts only within its own row of the legal-bases table."""
    who = required if isinstance(required, Deciders) else Deciders(frozenset(required))
    covering = [b for b in bases if b.covers(recipient_id, purpose, category)]
    tasks = [
        b
        for b in covering
        if b.kind == "legal_task" and b.in_force(day) and legal_task_covers(b.task, recipient_kind, purpose, category)
    ]
    if tasks:
        return Decision(True, tasks, reason=tasks[0].describe())
    if not who.required:
        return Decision(False, reason=mark("Er is niemand bekend die toestemming kan geven (geen ouder met gezag)."))
    current = current_decisions([b for b in covering if b.kind == "consent"], day)
    if who.sixteenth is not None and PUPIL in current and current[PUPIL].on < who.sixteenth:
        del current[PUPIL]  # what the pupil said before 16 was a zienswijze, not his own decision
    if who.sixteenth is not None and PUPIL not in current:
        inherited = _parents_before_sixteen(current, who)
        if inherited:
            return Decision(
                True,
                inherited,
                reason=f"{inherited[0].describe()} ({PARENTS_BEFORE_SIXTEEN})",
                by_parents_before_sixteen=True,
            )
    blocked = frozenset(g for g in who.required if g in current and current[g].state in (REFUSED, WITHDRAWN))
    given = frozenset(g for g in who.required if g in current and current[g].state == GIVEN)
    needed = who.required - given - blocked
    if blocked:
        return Decision(
            False, still_needed=needed, blocked_by=blocked, reason=mark("toestemming geweigerd of ingetrokken")
        )
    if needed:
        return Decision(False, still_needed=needed, reason=mark("toestemming ontbreekt"))
    used = list(dict.fromkeys(current[g].basis for g in sorted(who.required)))
    return Decision(True, used, reason=used[0].describe())


def _parents_before_sixteen(current: dict[str, Current], who: Deciders) -> list[Basis]:
    """Consent every parent with gezag gave before the 16th birthday, still in force."""
    sixteenth = who.sixteenth
    if sixteenth is None or not who.parents:
        return []
    if not all(p in current and current[p].state == GIVEN for p in who.parents):
        return []
    if not all(current[p].basis.given_on < sixteenth for p in who.parents):
        return []
    return list(dict.fromkeys(current[p].basis for p in sorted(who.parents)))


def pupil_objections(bases: list[Basis], birth: date, day: date) -> list[Basis]:
    """Records in which a pupil under 16 'withdrew' or refused: a zienswijze, not a decision."""
    found = []
    for b in bases:
        if b.kind != "consent":
            continue
        withdrew = b.withdrawn_by == PUPIL and b.withdrawn_on is not None and b.withdrawn_on <= day
        refused = b.decision == REFUSED and PUPIL in b.givers and b.given_on <= day
        when = b.withdrawn_on if withdrew and b.withdrawn_on is not None else b.given_on
        if (withdrew or refused) and age_on(birth, when) < CONSENT_AGE:
            found.append(b)
    return found


def self_referral_problem(answers: dict | None, birth: date, day: date) -> str | None:
    """A pupil under 16 cannot ask for jeugdhulp without the parents (Jeugdwet art. 7.3.4; from
    16 the pupil may, and the aanmelding then needs no parents' involvement)."""
    if answers and answers.get("aanvrager") == "leerling_zelf" and age_on(birth, day) < CONSENT_AGE:
        return (
            "De aanmelding staat op naam van de leerling zelf, maar de leerling is jonger dan 16: meld samen "
            "met de ouders aan (formulier Aanmelding bij het Sociaal Team)."
        )
    return None
