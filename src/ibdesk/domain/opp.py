"""The OPP's lifecycle (domain.md §4): the six-week deadline, the yearly evaluation with
parents, the agreement (instemming) on the handelingsdeel, hoorrecht, and each goal's
traffic light over successive evaluations.

- The six weeks run from the start of the extra support: the arrangement's start date in
  the route when there is one, else the start date the OPP names (never the day someone
  opened the form). They are met by a *vastgesteld* OPP: the day the handelingsdeel got
  its instemming (WPO art. 40a, WEC art. 41a, WVO: instemmingsrecht since 1 August 2017),
  not the day it was drawn up.
- Instemming comes from every parent with a say who decided (a split decision is recorded
  per parent and is not an instemming), or from a VO/VSO pupil of 18 or older, who gives
  it himself (WEC art. 41a / WVO: "de meerderjarige, handelingsbekwame leerling").

Input is the OPP's answers as saved over time (oldest first): each save after an
evaluation is one point in a goal's history.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Mapping

from ibdesk.domain.validation import age_on

DRAW_UP_DAYS = 42
EVALUATION_DAYS = 365
DUE_SOON_DAYS = 30
ADULT = 18
LIGHTS = ("rood", "oranje", "groen", "donkergroen")


class Timeliness(StrEnum):
    DONE_ON_TIME = "op_tijd"
    DONE_LATE = "te_laat"
    DUE = "open"            # not yet, deadline ahead
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
    agreement: str                 # in_afwachting | gegeven | geweigerd | verdeeld
    pupil_heard: bool | None
    pupil_heard_on: date | None
    goals: list[GoalTrack]
    settled_on: date | None = None         # vastgesteld: the day of the instemming
    agreement_note: str | None = None      # why an agreement does not count (Dutch)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def deadline_state(deadline: date, done_on: date | None, today: date) -> Timeliness:
    if done_on is not None:
        return Timeliness.DONE_ON_TIME if done_on <= deadline else Timeliness.DONE_LATE
    if today > deadline:
        return Timeliness.OVERDUE
    return Timeliness.DUE_SOON if (deadline - today).days <= DUE_SOON_DAYS else Timeliness.DUE


def opp_status(snapshots: list[tuple[date, Mapping]], today: date, support_start: date | None = None,
               birth: date | None = None) -> OppStatus | None:
    """Status from the saved versions of a case's OPP (oldest first); None without any.

    `support_start`: the arrangement's start date from the route (wins over the OPP's own);
    `birth`: the pupil's birth date, to know who gives instemming."""
    if not snapshots:
        return None
    latest = snapshots[-1][1]
    start = support_start or _date(latest.get("startdatum_ondersteuning"))
    drawn = _date(latest.get("datum_opgesteld"))
    agreement, note = agreement_of(latest, birth)
    settled = _date(latest.get("instemming_datum")) if agreement == "gegeven" else None
    deadline = start + timedelta(days=DRAW_UP_DAYS) if start else None
    basis = _date(latest.get("laatste_evaluatie")) or drawn
    evaluation_due = basis + timedelta(days=EVALUATION_DAYS) if basis else None
    return OppStatus(
        support_start=start, draw_up_deadline=deadline, drawn_up_on=drawn,
        draw_up=deadline_state(deadline, settled, today) if deadline else None,
        evaluation_due=evaluation_due,
        evaluation=deadline_state(evaluation_due, None, today) if evaluation_due else None,
        agreement=agreement,
        pupil_heard=latest.get("leerling_gehoord") if isinstance(latest.get("leerling_gehoord"), bool) else None,
        pupil_heard_on=_date(latest.get("hoor_datum")),
        goals=goal_tracks(snapshots), settled_on=settled, agreement_note=note)


def agreement_of(answers: Mapping, birth: date | None) -> tuple[str, str | None]:
    """The instemming on the handelingsdeel, with a note when it does not count."""
    first = str(answers.get("instemming") or "in_afwachting")
    decisions = [first]
    if answers.get("instemming_door_2"):
        decisions.append(str(answers.get("instemming_2") or first))
    by_pupil = answers.get("instemming_wie") == "leerling"
    on = _date(answers.get("instemming_datum"))
    adult = birth is not None and on is not None and age_on(birth, on) >= ADULT
    if adult and not by_pupil and first != "in_afwachting":
        return "in_afwachting", "De leerling is 18 jaar of ouder en geeft zelf instemming op het handelingsdeel."
    if by_pupil and birth is not None and on is not None and not adult:
        return "in_afwachting", "De leerling is jonger dan 18: de ouders geven instemming op het handelingsdeel."
    if by_pupil:
        return first, None
    if "gegeven" in decisions and "geweigerd" in decisions:
        return "verdeeld", "De ouders beslissen verschillend: één stemt in, de ander niet. Dat is geen instemming."
    if "in_afwachting" in decisions:
        return "in_afwachting", None
    return decisions[0], None


def arrangement_start(route_answers: Mapping | None) -> date | None:
    """The start of the extra support as the route's arrangement step records it."""
    return _date((route_answers or {}).get("arr_startdatum"))


def goal_tracks(snapshots: list[tuple[date, Mapping]]) -> list[GoalTrack]:
    """Each goal (matched by its text) with its light at every evaluation, in order."""
    tracks: dict[str, list[tuple[date, str]]] = {}
    for saved_on, answers in snapshots:
        for item in answers.get("doelen") or []:
            goal = str(item.get("doel") or "").strip()
            light = item.get("stoplicht")
            if not goal:
                continue
            history = tracks.setdefault(goal, [])
            when = _date(item.get("evaluatiedatum")) or saved_on
            if light in LIGHTS and (not history or history[-1] != (when, light)):
                history.append((when, light))
    return [GoalTrack(goal, lights) for goal, lights in tracks.items()]


def draw_up_deadline_without_opp(support_start: date, today: date) -> Timeliness:
    """Support started but no OPP saved yet."""
    return deadline_state(support_start + timedelta(days=DRAW_UP_DAYS), None, today)
