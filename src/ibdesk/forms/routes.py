"""Helpers for route definitions (routekaart steps)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from .answers import scope_visibility
from .evaluator import filled
from .model import RouteDefinition


def step_missing_evidence(
    route: RouteDefinition, step_id: str, answers: Mapping, today: date | None = None
) -> list[str]:
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


def step_warnings(route: RouteDefinition, step_id: str, answers: Mapping, today: date | None = None) -> list[str]:
    """The step's warnings (regional deadlines and the like) with the reason recorded, in Dutch."""
    from .answers import constraint_warnings

    lines = []
    for _field, message, reason in constraint_warnings(route.step(step_id), answers, today):
        why = reason.strip().rstrip(".") if isinstance(reason, str) and reason.strip() else None
        lines.append(f"{message} Reden: {why}." if why else f"{message} Reden: nog niet vastgelegd.")
    return lines
