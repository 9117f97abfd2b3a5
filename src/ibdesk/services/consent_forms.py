"""'Who still must consent?' for sharing with a recipient, in plain Dutch, and the consent form.

- `consent_need`: who decides (age 16, joint parental authority), who gave, refused or
  withdrew, and which categories may be shared, for the Sociaal Team by default;
- `basis_status`, `basis_in_force`: one basis's state for the consent table;
- `ConsentForms`: saving the 'toestemming' form also records the basis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ibdesk.domain.consent import (
    CATEGORIES,
    CONSENT_AGE,
    PUPIL,
    SOCIAL_TEAM_PURPOSE,
    Basis,
    current_decisions,
    deciders,
)
from ibdesk.domain.model import Pupil
from ibdesk.domain.validation import age_on
from ibdesk.i18n import tr, tr_marked
from ibdesk.services.consent import ConsentService
from ibdesk.services.forms import FormService, FormsFacade
from ibdesk.text.dates import short_date
from ibdesk.text.labels import shown_and_list


@dataclass
class ConsentNeed:
    """'Who still must consent?' for sharing with one recipient for one purpose."""

    recipient: str | None
    rule: str  # who decides, in plain Dutch
    allowed: bool
    covered: list[str] = field(default_factory=list)  # category labels that may be shared
    not_covered: list[str] = field(default_factory=list)  # category labels without any basis
    given_by: list[str] = field(default_factory=list)
    still_needed: list[str] = field(default_factory=list)
    blocked_by: list[str] = field(default_factory=list)
    summary: str = ""
    decisions: list[str] = field(default_factory=list)  # each decider's current decision, in Dutch


def consent_need(
    consent: ConsentService,
    case_id: int,
    recipient_id: int | None,
    recipient: str | None,
    purpose: str = SOCIAL_TEAM_PURPOSE,
) -> ConsentNeed:
    info = consent.case_consent(case_id)
    today = consent.today()
    pupil = info.pupil
    rule = decider_rule(pupil, today)
    if recipient_id is None:
        return ConsentNeed(
            None,
            rule,
            False,
            summary=tr(
                "Er is geen Sociaal Team bekend voor de woongemeente van de leerling (vul dit aan bij Contacten)."
            ),
        )
    relevant = [b for b in info.bases if b.recipient_id == recipient_id and b.purpose == purpose]
    asked = {c for b in relevant for c in b.categories} or set(CATEGORIES)
    decisions = {c: consent.decision(case_id, recipient_id, purpose, c) for c in CATEGORIES}
    covered = [tr_marked(CATEGORIES[c]) for c in CATEGORIES if decisions[c].allowed]
    not_covered = [tr_marked(CATEGORIES[c]) for c in CATEGORIES if c not in asked and not decisions[c].allowed]
    needed = {g for c in asked for g in decisions[c].still_needed if not decisions[c].allowed}
    blocked = {g for c in asked for g in decisions[c].blocked_by}
    now = current_decisions([b for b in relevant if b.kind == "consent"], today)
    given = sorted(
        (
            g
            for g, c in now.items()
            if c.state == "gegeven" and (g != PUPIL or age_on(pupil.birth_date, today) >= CONSENT_AGE)
        ),
        key=info.name,
    )
    need = ConsentNeed(
        recipient,
        rule,
        bool(covered),
        covered,
        not_covered,
        [info.name(g) for g in given],
        [info.name(g) for g in sorted(needed, key=info.name)],
        [info.name(g) for g in sorted(blocked, key=info.name)],
    )
    need.summary = _summary(need, bool(info.required))
    need.decisions = person_decisions(info, recipient_id, purpose, today)
    return need


def state_words() -> dict[str, str]:
    """A person's current decision in words, in the language shown."""
    return {
        "gegeven": tr("toestemming gegeven"),
        "geweigerd": tr("geweigerd"),
        "ingetrokken": tr("ingetrokken"),
        "verlopen": tr("toestemming verlopen"),
    }


def person_decisions(info, recipient_id: int, purpose: str, today: date) -> list[str]:
    """'Moeder (moeder): geweigerd op 01-03-2026' for every person who decides (or decided)."""
    relevant = [
        b for b in info.bases if b.kind == "consent" and b.recipient_id == recipient_id and b.purpose == purpose
    ]
    current = current_decisions(relevant, today)
    who = deciders(info.pupil.birth_date, info.pupil.guardians, today)
    people = sorted(who.parents, key=info.name) + ([PUPIL] if who.sixteenth or PUPIL in current else [])
    lines = []
    for key in people:
        c = current.get(key)
        if key == PUPIL and who.sixteenth is None:
            if c is not None and c.state in ("geweigerd", "ingetrokken"):
                lines.append(
                    tr(
                        "{who}: bezwaar op {day} — jonger dan 16, dus een zienswijze; "
                        "de beslissing van de ouders telt.",
                        who=info.name(key),
                        day=short_date(c.on),
                    )
                )
            continue
        if c is None:
            lines.append(tr("{who}: nog geen beslissing.", who=info.name(key)))
            continue
        until = (
            " " + tr("(geldig tot {day})", day=short_date(c.basis.valid_until))
            if c.state == "gegeven" and c.basis.valid_until
            else ""
        )
        asked = {cat for b in relevant for cat in b.categories}
        only = (
            ""
            if c.basis.categories >= asked
            else " — "
            + tr(
                "alleen voor: {categories}",
                categories=", ".join(
                    tr_marked(CATEGORIES[cat]).lower() for cat in CATEGORIES if cat in c.basis.categories
                ),
            )
        )
        decided = tr("{who}: {state} op {day}", who=info.name(key), state=state_words()[c.state], day=short_date(c.on))
        lines.append(f"{decided}{until}{only}.")
    return lines


def decider_rule(pupil: Pupil, today: date) -> str:
    age = age_on(pupil.birth_date, today)
    gezag = [g for g in pupil.guardians if g.has_gezag]
    if age >= CONSENT_AGE:
        return tr(
            "{name} is {age} jaar: vanaf 16 jaar beslist de leerling zelf over het delen "
            "van de eigen gegevens. Toestemming die ouders vóór het 16e jaar gaven, blijft geldig tot de "
            "leerling zelf anders beslist.",
            name=pupil.first_name,
            age=age,
        )
    if len(gezag) >= 2:
        return tr(
            "{name} is {age} jaar: de ouders met gezag beslissen. Er is gezamenlijk gezag, "
            "dus beide ouders moeten toestemming geven; weigert of trekt één ouder in, dan wordt er "
            "niet gedeeld. Een ouder die weigerde of introk, kan later alsnog toestemming geven; dan telt "
            "die nieuwe beslissing.",
            name=pupil.first_name,
            age=age,
        )
    return tr("{name} is {age} jaar: de ouder met gezag beslist.", name=pupil.first_name, age=age)


def _summary(need: ConsentNeed, anyone: bool) -> str:
    if not anyone:
        return tr("Er is niemand bekend die toestemming kan geven (geen ouder met gezag vastgelegd).")
    if need.blocked_by:
        return tr(
            "Er wordt niet gedeeld: {who} heeft de toestemming geweigerd of ingetrokken.",
            who=shown_and_list(need.blocked_by),
        )
    if need.still_needed:
        return tr("Nog nodig: toestemming van {who}.", who=shown_and_list(need.still_needed))
    if need.allowed:
        return tr(
            "In orde: er is een geldige grondslag om te delen met {recipient}.",
            recipient=need.recipient or tr("de ontvanger"),
        )
    return tr("Er is nog geen toestemming vastgelegd.")


def basis_in_force(basis: Basis, today: date) -> bool:
    """Given, not withdrawn, begun and not yet ended: the consent table's "geldig"."""
    return (
        basis.withdrawn_on is None
        and basis.decision != "geweigerd"
        and not (basis.valid_until is not None and basis.valid_until < today)
        and basis.given_on <= today
    )


def basis_status(basis: Basis, today: date, name: Callable[[str], str]) -> str:
    """'geldig', 'ingetrokken op … door …', 'verlopen op …', 'geweigerd' — for the consent table."""
    if basis.withdrawn_on is not None:
        who = name(basis.withdrawn_by) if basis.withdrawn_by else tr("alle gevers")
        return tr("ingetrokken op {day} door {who}", day=short_date(basis.withdrawn_on), who=who)
    if basis.decision == "geweigerd":
        return tr("geweigerd")
    if basis.valid_until is not None and basis.valid_until < today:
        return tr("verlopen op {day}", day=short_date(basis.valid_until))
    if basis.given_on > today:
        return tr("geldig vanaf {day}", day=short_date(basis.given_on))
    return tr("geldig")


class ConsentForms(FormsFacade):
    """Saving the 'toestemming' form also records the basis (checked first, so a refused
    basis keeps the form open with the message under the right field). A concept records
    no basis: nothing may be shared on unfinished consent."""

    supports_concepts = True

    def __init__(self, forms: FormService, consent: ConsentService, case_id: int):
        super().__init__(forms)
        self.consent, self.case_id = consent, case_id
        self.basis_id: int | None = None

    def save(self, pupil_id: int, form_id: str, form_version: int, answers: dict, **kwargs) -> int:
        if not kwargs.get("concept"):
            self.basis_id = self.consent.record_from_form(self.case_id, answers)
        return self.forms.save(pupil_id, form_id, form_version, answers, **kwargs)


def pupil_age(pupil: Pupil, today: date) -> int:
    return age_on(pupil.birth_date, today)
