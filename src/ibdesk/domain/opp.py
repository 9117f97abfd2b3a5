"""The OPP's lifecycle (domain.md §4): the six-week deadline, the yearly evaluation with
parents, the agreement (instemming) on the handelingsdeel, hoorrecht, and each goal's
traffic light over successive evaluations.

- The six weeks run from the start of the extra support: the arrangement's start date in
  the route when there is one, else the start date the OPP names (never the day someone
  opened the form). They are met by a *vastgesteld* OPP: the day the handelingsdeel got
  its instemming (WPO art. 40a, WEC art. 41a, WVO: instemmingsrecht since 1 August 2017),
  not the day it was drawn up.
- Instemming comes from the signatures on the latest saved OPP, never from a form field:
  every person who must agree (signatures.who_must_sign: each parent with gezag, or the
  pupil of 18 or older, WEC art. 41a / WVO: "de meerderjarige, handelingsbekwame leerling")
  signed it, each for himself (issue 11.3). A split decision is no instemming; the OPP is
  vastgesteld on the day of the last of those signatures.

Input is the OPP's answers as saved over time (oldest first): each save after an
evaluation is one point in a goal's history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from ibdesk.domain.signatures import who_must_sign
from ibdesk.i18n import DUTCH, in_language, language, mark
from ibdesk.text.dates import as_date

DRAW_UP_DAYS = 42
EVALUATION_DAYS = 365
DUE_SOON_DAYS = 30
LIGHTS = ("rood", "oranje", "groen", "donkergroen")


class Timeliness(StrEnum):
    DONE_ON_TIME = "op_tijd"
    DONE_LATE = "te_laat"
    DUE = "open"  # not yet, deadline ahead
    DUE_SOON = "binnenkort"
    OVERDUE = "verlopen"


@dataclass(frozen=True)
class GoalTrack:
    goal: str
    lights: list[tuple[date, str]] = field(default_factory=list)

    @property
    def latest(self) -> str | None:
        return self.lights[-1][1] if self.lights else None


@dataclass(frozen=True)
class OppStatus:
    support_start: date | None
    draw_up_deadline: date | None
    drawn_up_on: date | None
    draw_up: Timeliness | None
    evaluation_due: date | None
    evaluation: Timeliness | None
    agreement: str  # in_afwachting | gegeven | geweigerd | verdeeld
    pupil_heard: bool | None
    pupil_heard_on: date | None
    goals: list[GoalTrack]
    settled_on: date | None = None  # vastgesteld: the day of the instemming
    agreement_note: str | None = None  # why an agreement does not count (Dutch, for the dossier)
    agreement_note_shown: str | None = None  # the same in the language of the screen


def deadline_state(deadline: date, done_on: date | None, today: date) -> Timeliness:
    if done_on is not None:
        return Timeliness.DONE_ON_TIME if done_on <= deadline else Timeliness.DONE_LATE
    if today > deadline:
        return Timeliness.OVERDUE
    return Timeliness.DUE_SOON if (deadline - today).days <= DUE_SOON_DAYS else Timeliness.DUE


@dataclass(frozen=True)
class OppSigned:
    """Who must agree with the latest saved OPP (signer keys, signatures.who_must_sign) and
    what each of them decided: signer key -> (gegeven | geweigerd, the day signed).
    `first_agreed`: the day an earlier version was first fully agreed, if one was: the six
    weeks were met then, even when a later bijstelling waits for new signatures."""

    required: tuple[str, ...]
    decisions: Mapping[str, tuple[str, date]] = field(default_factory=dict)
    first_agreed: date | None = None


def opp_signed(birth: date, guardians, versions, today: date) -> OppSigned:
    """The people who must agree today (guardians: id and has_gezag are read) and, per saved OPP
    version (oldest first; a mapping signer -> (decision, day) each), what they decided."""
    required = tuple(r.key for r in who_must_sign("opp", "", birth, guardians, today))
    versions = list(versions) or [{}]
    agreed = [agreement_of(OppSigned(required, dict(v)))[2] for v in versions]
    first = min((day for day in agreed if day is not None), default=None)
    return OppSigned(required, dict(versions[-1]), first)


def opp_status(
    snapshots: Sequence[tuple[date, Mapping]],
    today: date,
    support_start: date | None = None,
    signed: OppSigned | None = None,
) -> OppStatus | None:
    """Status from the saved versions of a case's OPP (oldest first); None without any.

    `support_start`: the arrangement's start date from the route (wins over the OPP's own);
    `signed`: the signatures on the latest saved OPP (None: nobody signed it)."""
    if not snapshots:
        return None
    latest = snapshots[-1][1]
    start = support_start or as_date(latest.get("startdatum_ondersteuning"))
    drawn = as_date(latest.get("datum_opgesteld"))
    agreement, note, settled = agreement_of(signed)
    deadline = start + timedelta(days=DRAW_UP_DAYS) if start else None
    basis = as_date(latest.get("laatste_evaluatie")) or drawn
    evaluation_due = basis + timedelta(days=EVALUATION_DAYS) if basis else None
    return OppStatus(
        support_start=start,
        draw_up_deadline=deadline,
        drawn_up_on=drawn,
        draw_up=deadline_state(deadline, _first(settled, signed), today) if deadline else None,
        evaluation_due=evaluation_due,
        evaluation=deadline_state(evaluation_due, None, today) if evaluation_due else None,
        agreement=agreement,
        pupil_heard=latest.get("leerling_gehoord") if isinstance(latest.get("leerling_gehoord"), bool) else None,
        pupil_heard_on=as_date(latest.get("hoor_datum")),
        goals=goal_tracks(snapshots),
        settled_on=settled,
        agreement_note=note,
        agreement_note_shown=agreement_of(signed, lang=language())[1],
    )


def _first(settled: date | None, signed: OppSigned | None) -> date | None:
    """The day the OPP was first vastgesteld (this version or an earlier one)."""
    earlier = signed.first_agreed if signed is not None else None
    return min(d for d in (settled, earlier) if d is not None) if settled or earlier else None


def agreement_of(signed: OppSigned | None, *, lang: str = DUTCH) -> tuple[str, str | None, date | None]:
    """The instemming on the handelingsdeel (WPO art. 40a lid 2), a note when it is not (yet)
    there, and the day it became complete (the OPP is then vastgesteld). The note is Dutch (the
    dossier) unless a screen passes `lang`."""
    if signed is None or not signed.required:
        return (
            "in_afwachting",
            (
                in_language(mark("Er is geen ouder met gezag vastgelegd: leg eerst vast wie gezag heeft."), lang)
                if signed is not None
                else in_language(mark("Nog niemand heeft getekend."), lang)
            ),
            None,
        )
    decided = {key: signed.decisions[key] for key in signed.required if key in signed.decisions}
    given = [day for decision, day in decided.values() if decision == "gegeven"]
    refused = [day for decision, day in decided.values() if decision == "geweigerd"]
    if given and refused:
        return (
            "verdeeld",
            in_language(
                mark("De ouders beslissen verschillend: één stemt in, de ander niet. Dat is geen instemming."), lang
            ),
            None,
        )
    if refused:
        return "geweigerd", None, None
    if len(given) == len(signed.required):
        return "gegeven", None, max(given)
    missing = in_language(
        mark("Nog {missing} van de {total} handtekeningen nodig: iedereen die moet instemmen, tekent zelf."),
        lang,
        missing=len(signed.required) - len(given),
        total=len(signed.required),
    )
    return "in_afwachting", missing, None


def arrangement_start(route_answers: Mapping | None) -> date | None:
    """The start of the extra support as the route's arrangement step records it."""
    return as_date((route_answers or {}).get("arr_startdatum"))


def goal_tracks(snapshots: Sequence[tuple[date, Mapping]]) -> list[GoalTrack]:
    """Each goal (matched by its text) with its light at every evaluation, in order."""
    tracks: dict[str, list[tuple[date, str]]] = {}
    for saved_on, answers in snapshots:
        for item in answers.get("doelen") or []:
            goal = str(item.get("doel") or "").strip()
            light = item.get("stoplicht")
            if not goal:
                continue
            history = tracks.setdefault(goal, [])
            when = as_date(item.get("evaluatiedatum")) or saved_on
            if light in LIGHTS and (not history or history[-1] != (when, light)):
                history.append((when, light))
    return [GoalTrack(goal, lights) for goal, lights in tracks.items()]


def draw_up_deadline_without_opp(support_start: date, today: date) -> Timeliness:
    """Support started but no OPP saved yet."""
    return deadline_state(support_start + timedelta(days=DRAW_UP_DAYS), None, today)
