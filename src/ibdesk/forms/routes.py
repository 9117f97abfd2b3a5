"""Helpers for route definitions (routekaart steps)."""

from __future__ import annotations

from datetime import date
from typing import Mapping

from .answers import scope_visibility
from .evaluator import filled
from .model import RouteDefinition


def step_missing_evidence(route: RouteDefinition, step_id: str, answers: Mapping,
                          today: date | None = None) -> list[str]:
    """Labels of the step's ``required_evidence`` fields that are not filled.

    Evidence fields hidden by their ``relevant`` condition are not demanded.
    Raises KeyError for an unknown step id.
    """
    step = route.step(step_id)
    answers = answers if isinstance(answers, Mapping) else {}
    visible, _ = scope_visibility(step, answers, {}, today or date.today())
    missing = []
    for fid in step.required_evidence:
        field = step.field(fid)
        if visible.get(fid, True) and not filled(answers.get(fid)):
            missing.append(field.label or fid)
    return missing


def step_overdue(route: RouteDefinition, step_id: str, opened_on: date,
                 today: date | None = None) -> bool:
    """True when the step has been open longer than ``normal_duration_days``."""
    days = route.step(step_id).normal_duration_days
    return days is not None and ((today or date.today()) - opened_on).days > days
