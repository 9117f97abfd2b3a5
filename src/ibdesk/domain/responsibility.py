"""Wie is aan zet? The Renkum rules (domain.md §2) applied to the answers of the form.

ibdesk never decides: it shows which party the agreed rules point to, with the rule
behind each conclusion in plain Dutch. The IB'er may disagree and record why.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Mapping


class Party(StrEnum):
    SCHOOL = "school"          # school / samenwerkingsverband (zorgplicht)
    MUNICIPALITY = "gemeente"  # jeugdhulp via the Sociaal Team
    BOTH = "beide"             # municipality for the underlying problem, school for the classroom
    UNKNOWN = "onbekend"       # not all questions answered

    @property
    def label(self) -> str:
        return PARTY_LABELS[self]


PARTY_LABELS = {
    Party.SCHOOL: "School / samenwerkingsverband",
    Party.MUNICIPALITY: "Gemeente (jeugdhulp via het Sociaal Team)",
    Party.BOTH: "Beide: gemeente voor het onderliggende probleem, school voor de klas",
    Party.UNKNOWN: "Nog niet te bepalen",
}

QUESTIONS = {
    "ook_buiten_school": "Speelt het probleem ook buiten school?",
    "onderwijsdoel": "Gaat de hulpvraag over deelnemen aan het onderwijs in de klas?",
    "onderliggend_probleem": "Is er een onderliggend probleem dat om hulp buiten de klas vraagt?",
    "verzorging_lestijd": "Is er verzorging nodig tijdens de lestijd?",
    "behandeling_schoolsetting": "Vraagt de behandeling dat de schoolsetting betrokken wordt?",
    "vrijstelling": "Heeft de leerling een vrijstelling?",
}

RULE_ONLY_AT_SCHOOL = ("Afspraak 1: het probleem speelt alleen op school. Gemeentelijke hulp op school "
                       "is dan niet aan de orde; de school en het samenwerkingsverband zijn aan zet (zorgplicht).")
RULE_UNDERLYING = ("Afspraak 1 en 2: het probleem speelt ook buiten school; de gemeente kan helpen bij het "
                   "onderliggende probleem (jeugdhulp).")
RULE_CLASSROOM = ("Afspraak 2: de gevolgen in de klas hanteerbaar maken blijft de taak van de school, want "
                  "deelnemen aan het onderwijs is een onderwijsdoel.")
RULE_NO_UNDERLYING = ("Afspraak 2: er is geen onderliggend probleem buiten de klas genoemd; wat overblijft is een "
                      "onderwijsdoel en dus aan de school.")
RULE_SCHOOL_HOURS_YES = ("Afspraak 3: jeugdhulp tijdens lestijd kan hier voor rekening van de gemeente, omdat {why}.")
RULE_SCHOOL_HOURS_NO = ("Afspraak 3: er is geen verzorging tijdens lestijd nodig en de behandeling vraagt de "
                        "schoolsetting niet; jeugdhulp vindt buiten schooltijd plaats.")
RULE_EXEMPTION = ("Afspraak 4: een vrijstelling betekent niet automatisch dat jeugdhulp nodig is; dat wordt "
                  "apart beoordeeld.")


@dataclass(frozen=True)
class Outcome:
    party: Party
    reasons: list[str] = field(default_factory=list)
    youth_care_in_school_hours: bool | None = None
    missing: list[str] = field(default_factory=list)
    disagreement: str | None = None     # the IB'er's own reasoning, when they disagree
    party_per_ib: str | None = None

    @property
    def decided(self) -> bool:
        return self.party is not Party.UNKNOWN


def _answer(answers: Mapping, key: str) -> bool | None:
    value = answers.get(key)
    return value if isinstance(value, bool) else None


def responsibility(answers: Mapping | None) -> Outcome:
    """The party the rules point to, with the rules that led there."""
    answers = answers or {}
    values = {key: _answer(answers, key) for key in QUESTIONS}
    outside, classroom, underlying = values["ook_buiten_school"], values["onderwijsdoel"], values["onderliggend_probleem"]
    needed = ["ook_buiten_school"] if outside is False else list(QUESTIONS)
    missing = [QUESTIONS[k] for k in needed if values[k] is None]
    disagreement = _disagreement(answers)
    if missing:
        return Outcome(Party.UNKNOWN, [], None, missing, *disagreement)
    if outside is False:
        reasons = [RULE_ONLY_AT_SCHOOL] + ([RULE_EXEMPTION] if values["vrijstelling"] else [])
        return Outcome(Party.SCHOOL, reasons, False, [], *disagreement)
    reasons: list[str] = []
    if underlying:
        reasons.append(RULE_UNDERLYING)
        party = Party.BOTH if classroom else Party.MUNICIPALITY
        if classroom:
            reasons.append(RULE_CLASSROOM)
    else:
        party = Party.SCHOOL
        reasons.append(RULE_NO_UNDERLYING)
    in_hours = _school_hours(values, reasons) if party is not Party.SCHOOL else False
    if values["vrijstelling"]:
        reasons.append(RULE_EXEMPTION)
    return Outcome(party, reasons, in_hours, [], *disagreement)


def _school_hours(values: Mapping[str, bool | None], reasons: list[str]) -> bool:
    why = []
    if values["verzorging_lestijd"]:
        why.append("er verzorging nodig is tijdens de lestijd")
    if values["behandeling_schoolsetting"]:
        why.append("de behandeling vraagt dat de schoolsetting betrokken wordt")
    if why:
        reasons.append(RULE_SCHOOL_HOURS_YES.format(why=" en ".join(why)))
        return True
    reasons.append(RULE_SCHOOL_HOURS_NO)
    return False


def _disagreement(answers: Mapping) -> tuple[str | None, str | None]:
    if answers.get("eens_met_uitkomst") is False:
        return (answers.get("oneens_reden") or None, answers.get("aan_zet_volgens_ib") or None)
    return (None, None)
