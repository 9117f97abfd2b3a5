"""Shared constants and helpers for the Qt form renderer tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

FORMS = Path(__file__).resolve().parents[3] / "forms"
TODAY = date(2025, 3, 14)

PEOPLE = [(1, "Sanne de Vries"), (2, "Mohammed El Amrani"), (3, "Fatma Yıldız")]
ORGANISATIONS = [(10, "SWV PassendWijs"), (11, "Sociaal Team Renkum")]


def choices(field) -> list:
    return PEOPLE if field.type == "person" else ORGANISATIONS


def today() -> date:
    return TODAY


def all_containers(catalog):
    """(test id, definition, step_id) for every form and every route step, all versions."""
    out = []
    for definition in catalog:
        if definition.kind == "form":
            out.append((f"{definition.id}@{definition.version}", definition, None))
        else:
            for step in definition.steps:
                out.append((f"{definition.id}@{definition.version}:{step.id}", definition, step.id))
    return out
