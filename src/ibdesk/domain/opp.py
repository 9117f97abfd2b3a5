"""The OPP's lifecycle (domain.md §4): the six-week deadline, the yearly evaluation with
parents, the parents' agreement on the handelingsdeel, hoorrecht, and each goal's
traffic light over successive evaluations.

Input is the OPP's answers as saved over time (oldest first): each save after an
evaluation is one point in a goal's history.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Mapping

DRAW_UP_DAYS = 42
EVALUATION_DAYS = 365
DUE_SOON_DAYS = 30
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
    agreement: str                 # in_afwachting | gegeven | geweigerd
    pupil_heard: bool | None
    pupil_heard_on: date | None
    goals: list[GoalTrack]


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


def opp_status(snapshots: list[tuple[date, Mapping]], today: date) -> OppStatus | None:
    """Status from the saved versions of a case's OPP (oldest first); None without any."""
    if not snapshots:
        return None
    latest = snapshots[-1][1]
    start = _date(latest.get("startdatum_ondersteuning"))
    drawn = _date(latest.get("datum_opgesteld"))
    deadline = start + timedelta(days=DRAW_UP_DAYS) if start else None
    basis = _date(latest.get("laatste_evaluatie")) or drawn
    evaluation_due = basis + timedelta(days=EVALUATION_DAYS) if basis else None
    return OppStatus(
        support_start=start, draw_up_deadline=deadline, drawn_up_on=drawn,
        draw_up=deadline_state(deadline, drawn, today) if deadline else None,
        evaluation_due=evaluation_due,
        evaluation=deadline_state(evaluation_due, None, today) if evaluation_due else None,
        agreement=str(latest.get("instemming") or "in_afwachting"),
        pupil_heard=latest.get("leerling_gehoord") if isinstance(latest.get("leerling_gehoord"), bool) else None,
        pupil_heard_on=_date(latest.get("hoor_datum")),
        goals=goal_tracks(snapshots))


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
