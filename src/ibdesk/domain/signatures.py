"""Who must sign what, and what a signature records (domain.md §4-§5).

One signature per person who must consent or agree, never one pad for two parents:

- **consent** (toestemming, AVG art. 8 / UAVG art. 5): under 16 every parent with gezag;
  from 16 the pupil himself (Jeugdwet art. 7.3.4 draws the same line);
- **opp** (instemming met het handelingsdeel, WPO art. 40a lid 2): every parent with gezag;
  a pupil of 18 or older agrees himself;
- **hoorrecht** (the pupil is heard on the OPP, WPO art. 40a lid 3) and **zienswijze**: the
  pupil from 12 (youth-care practice hears children of 12-15, domain.md §5).

Each signature has the person's name and role, the date and how it was given: on screen
(after reading a short statement of exactly what they agree to), on paper (with a scan kept
in the store), or orally in a meeting (with who heard it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ibdesk.domain.validation import age_on
from ibdesk.i18n import mark, tr
from ibdesk.text.dates import short_date
from ibdesk.text.labels import CONSENT_METHODS, consent_method, shown_consent_method

PUPIL = "pupil"
CONSENT_AGE, HEARING_AGE, OPP_OWN_AGE = 16, 12, 18
SCREEN, PAPER, ORAL = "getekend_scherm", "getekend_papier", "mondeling"
SUBJECTS = {
    "consent": mark("toestemming"),
    "opp": mark("instemming met het handelingsdeel van het OPP"),
    "hoorrecht": mark("gehoord over het OPP"),
    "zienswijze": mark("zienswijze"),
}
DECISIONS = {"gegeven": "gegeven", "geweigerd": "geweigerd", "gehoord": "gehoord"}


@dataclass(frozen=True)
class Signer:
    """A person who must sign: `key` is guardian:<id> or pupil."""

    key: str
    name: str
    role: str


@dataclass(frozen=True)
class Signature:
    subject: str
    subject_id: int | None
    signer: str
    name: str
    role: str
    signed_on: date
    method: str
    decision: str = "gegeven"
    statement: str | None = None
    strokes: str | None = None
    heard_by: str | None = None
    meeting: str | None = None
    attachment_id: int | None = None
    id: int | None = None

    @property
    def how(self) -> str:
        return consent_method(self.method, self.heard_by)

    def line(self) -> str:
        """'Anna Veenstra (moeder, gezag), 12-03-2026, getekend op het scherm' (as documents say it)."""
        return f"{self.name} ({self.role}), {short_date(self.signed_on)}, {self.how}"

    def shown_line(self) -> str:
        """`line` for a screen or the command line: the method in the language shown (name and
        role are stored data, shown as recorded)."""
        how = shown_consent_method(self.method, self.heard_by)
        return f"{self.name} ({self.role}), {short_date(self.signed_on)}, {how}"


def guardian_role(relation: str, has_gezag: bool) -> str:
    return f"{relation}, {'gezag' if has_gezag else 'geen gezag'}"


def who_must_sign(subject: str, pupil_name: str, birth: date, guardians, day: date) -> list[Signer]:
    """The people whose own signature (or oral agreement) `subject` needs on `day`."""
    age = age_on(birth, day)
    parents = [Signer(f"guardian:{g.id}", g.name, guardian_role(g.relation, True)) for g in guardians if g.has_gezag]
    pupil = Signer(PUPIL, pupil_name, f"leerling, {age} jaar")
    if subject == "consent":
        return [pupil] if age >= CONSENT_AGE else parents
    if subject == "opp":
        return [pupil] if age >= OPP_OWN_AGE else parents
    if subject in ("hoorrecht", "zienswijze"):
        return [pupil] if age >= HEARING_AGE else []
    raise ValueError(subject)


def signer_for(key: str, pupil_name: str, birth: date, guardians, day: date) -> Signer | None:
    """Name and role of guardian:<id> or the pupil, as a signature records them."""
    if key == PUPIL:
        return Signer(PUPIL, pupil_name, f"leerling, {age_on(birth, day)} jaar")
    guardian = next((g for g in guardians if f"guardian:{g.id}" == key), None)
    return Signer(key, guardian.name, guardian_role(guardian.relation, guardian.has_gezag)) if guardian else None


def still_to_sign(required: list[Signer], signatures: list[Signature]) -> list[Signer]:
    """Who has not agreed (or been heard) yet; a person who refused may still agree later."""
    done = {s.signer for s in signatures if s.decision != "geweigerd"}
    return [r for r in required if r.key not in done]


def problems(signature: Signature, today: date) -> dict[str, str]:
    """What is missing, per field, in Dutch; empty when the signature may be recorded."""
    errors: dict[str, str] = {}
    if len(signature.name.strip()) < 2:
        errors["naam"] = tr("Vul de naam in van wie tekent.")
    if not signature.role.strip():
        errors["rol"] = tr("Vul in wie het is (bijvoorbeeld moeder, gezag).")
    if signature.signed_on > today:
        errors["datum"] = tr("De datum kan niet in de toekomst liggen.")
    if signature.method not in CONSENT_METHODS:
        errors["wijze"] = tr("Kies hoe er is getekend: op het scherm, op papier of mondeling.")
    elif signature.method == SCREEN and not (signature.strokes or "").startswith("strokes:"):
        errors["handtekening"] = tr("Laat de persoon op het scherm tekenen.")
    elif signature.method == SCREEN and not (signature.statement or "").strip():
        errors["verklaring"] = tr("De persoon tekent pas na het lezen van de verklaring.")
    elif signature.method == PAPER and signature.attachment_id is None:
        errors["scan"] = tr("Voeg de scan of foto van het getekende papier toe.")
    elif signature.method == ORAL and len((signature.heard_by or "").strip()) < 2:
        errors["gehoord_door"] = tr("Noteer wie de mondelinge toestemming heeft gehoord.")
    return errors
