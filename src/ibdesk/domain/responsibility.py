"""Wie is aan zet? A region's rules applied to the answers of the form.

ibdesk never decides: it shows which party the rules a route has chosen point to, with
each rule's source and region in plain Dutch. The IB'er may disagree and record why.

The only rule set so far is the position of the municipality of Renkum in its letter to
the council of 7 May 2025 (seed 000). That letter states three positions (not agreed
"afspraken"); about exemptions and about skipped routekaart steps it names open problems
(knelpunten), not rules. A route definition chooses its rule set (`responsibility_rules`);
a route that chooses none gets the answers recorded but no party pointed at.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ibdesk.i18n import mark


class Party(StrEnum):
    SCHOOL = "school"  # school / samenwerkingsverband (zorgplicht)
    MUNICIPALITY = "gemeente"  # jeugdhulp via the Sociaal Team
    BOTH = "beide"  # municipality for the underlying problem, school for the classroom
    UNKNOWN = "onbekend"  # not all questions answered

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


@dataclass(frozen=True)
class RuleSet:
    """One region's position on 'wie is aan zet', with its source."""

    id: str
    region: str
    source: str
    only_at_school: str
    underlying: str
    classroom: str
    no_underlying: str
    school_hours_yes: str
    school_hours_no: str
    exemption: str

    def say(self, text: str) -> str:
        return f"{self.source}: {text}"


RENKUM = RuleSet(
    id="renkum-2025",
    region="Renkum",
    source="Standpunt gemeente Renkum (raadsbrief 7 mei 2025)",
    only_at_school=(
        "het probleem speelt alleen op school. Een voorwaarde voor gemeentelijke hulp op school is dat "
        "het ook buiten school speelt; de school en het samenwerkingsverband zijn aan zet (zorgplicht)."
    ),
    underlying=(
        "het probleem speelt ook buiten school; de gemeente is aan zet voor hulp bij het onderliggende "
        "probleem (jeugdhulp)."
    ),
    classroom=(
        "de gevolgen in de klas behapbaar maken blijft de taak van de school, want deelnemen aan het "
        "onderwijs is een onderwijsdoel."
    ),
    no_underlying=(
        "er is geen onderliggend probleem buiten de klas genoemd; wat overblijft is een onderwijsdoel en "
        "dus aan de school."
    ),
    school_hours_yes="jeugdhulp tijdens lestijd is hier aan de gemeente, omdat {why}.",
    school_hours_no=(
        "er is geen verzorging tijdens lestijd nodig en de behandeling vraagt de schoolsetting niet; "
        "jeugdhulp vindt buiten schooltijd plaats."
    ),
    exemption=(
        "Knelpunt uit de Renkumse raadsbrief (geen standpunt): of een vrijstelling betekent dat er jeugdhulp "
        "nodig is, is nog niet afgesproken; dat wordt apart beoordeeld."
    ),
)
RULE_SETS = {RENKUM.id: RENKUM}
# ibdesk's own sentence (marked: a screen translates it); the rule sets' reasons quote a regional
# agreement and stay in its Dutch, like the wording of the form definitions.
NO_RULES = mark(
    "De routekaart van deze casus kiest geen regels voor 'wie is aan zet'. ibdesk legt de antwoorden vast "
    "maar wijst geen partij aan."
)


@dataclass(frozen=True)
class Outcome:
    party: Party
    reasons: list[str] = field(default_factory=list)
    youth_care_in_school_hours: bool | None = None
    missing: list[str] = field(default_factory=list)
    disagreement: str | None = None  # the IB'er's own reasoning, when they disagree
    party_per_ib: str | None = None

    @property
    def decided(self) -> bool:
        return self.party is not Party.UNKNOWN


def _answer(answers: Mapping, key: str) -> bool | None:
    value = answers.get(key)
    return value if isinstance(value, bool) else None


def responsibility(answers: Mapping | None, rules: RuleSet | str | None = RENKUM) -> Outcome:
    """The party the chosen rules point to, with the rules (and their source) that led there."""
    answers = answers or {}
    values = {key: _answer(answers, key) for key in QUESTIONS}
    outside, classroom, underlying = (
        values["ook_buiten_school"],
        values["onderwijsdoel"],
        values["onderliggend_probleem"],
    )
    needed = ["ook_buiten_school"] if outside is False else list(QUESTIONS)
    missing = [QUESTIONS[k] for k in needed if values[k] is None]
    disagreement = _disagreement(answers)
    if missing:
        return Outcome(Party.UNKNOWN, [], None, missing, *disagreement)
    rules = RULE_SETS.get(rules) if isinstance(rules, str) else rules
    if rules is None:
        return Outcome(Party.UNKNOWN, [NO_RULES], None, [], *disagreement)
    exemption = [rules.exemption] if values["vrijstelling"] else []
    if outside is False:
        return Outcome(Party.SCHOOL, [rules.say(rules.only_at_school)] + exemption, False, [], *disagreement)
    reasons: list[str] = []
    care = bool(values["verzorging_lestijd"])
    if underlying:
        reasons.append(rules.say(rules.underlying))
    elif not care:
        reasons.append(rules.say(rules.no_underlying))
    if underlying or care:
        party = Party.BOTH if classroom else Party.MUNICIPALITY
        if classroom:
            reasons.append(rules.say(rules.classroom))
        in_hours = _school_hours(values, reasons, rules, bool(underlying))
    else:
        party, in_hours = Party.SCHOOL, False
    return Outcome(party, reasons + exemption, in_hours, [], *disagreement)


def _school_hours(values: Mapping[str, bool | None], reasons: list[str], rules: RuleSet, underlying: bool) -> bool:
    """Personal care during lessons is the municipality's whether or not there is an underlying
    problem; treatment that needs the school setting presumes one."""
    why = []
    if values["verzorging_lestijd"]:
        why.append("er verzorging nodig is tijdens de lestijd")
    if values["behandeling_schoolsetting"] and underlying:
        why.append("de behandeling vraagt dat de schoolsetting betrokken wordt")
    if why:
        reasons.append(rules.say(rules.school_hours_yes.format(why=" en ".join(why))))
        return True
    reasons.append(rules.say(rules.school_hours_no))
    return False


def _disagreement(answers: Mapping) -> tuple[str | None, str | None]:
    if answers.get("eens_met_uitkomst") is False:
        return (answers.get("oneens_reden") or None, answers.get("aan_zet_volgens_ib") or None)
    return (None, None)
