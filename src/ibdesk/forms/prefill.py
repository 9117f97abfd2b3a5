"""Prefill: a new form starts with what the app already knows (forms/README.md, Prefill).

A field's ``prefill:`` lists sources, tried in order; the first one that has a value that
fits the field wins. This module checks the sources (per file and across the catalog)
and fills a container's answers from a ``lookup`` the caller provides (the services know
the store; the engine does not).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import model as m
from .answers import value_problem
from .evaluator import filled

# What a record source holds, and which field types may take it.
RECORD_TYPES: dict[str, frozenset[str]] = {
    "pupil.municipality": frozenset({"text", "longtext"}),
    "pupil.group": frozenset({"text", "longtext"}),
    "school.name": frozenset({"text", "longtext"}),
    "school.municipality": frozenset({"text", "longtext"}),
    "school.municipality_if_other": frozenset({"text", "longtext"}),
    "case.lead": frozenset({"person", "text"}),
    "case.help_question": frozenset({"text", "longtext"}),
    "case.social_team": frozenset({"organisation"}),
    "case.has_opp": frozenset({"yesno"}),
}
_FAMILY = {"longtext": "text"}


@dataclass(frozen=True)
class Found:
    """A value from a source, with where it came from (Dutch, shown next to the field)."""

    value: Any
    origin: str


# (source) -> Found | None: the caller's view of the store for one case.
Lookup = Callable[[m.PrefillSource], "Found | None"]


@dataclass
class Prefilled:
    answers: dict = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # field id -> "uit OPP van 12-03-2026"


def fits(source_type: str, target: Any) -> bool:
    """May a value of ``source_type`` go into field ``target``? (text and longtext mix)."""
    return _FAMILY.get(source_type, source_type) == _FAMILY.get(target.type, target.type)


def record_fits(record: str, target: Any) -> bool:
    if target.type not in RECORD_TYPES.get(record, frozenset()):
        return False
    if record == "case.lead" and target.type == "person":
        return getattr(target, "role", None) in (None, "staff")
    if record == "case.social_team":
        return getattr(target, "org_kind", None) in (None, "sociaal_team")
    return True


def source_shape_problem(source: m.PrefillSource) -> str | None:
    """Why a source is not one of the three shapes, or None."""
    if source.record is not None:
        if source.form or source.step or source.field:
            return "a record source takes no 'form', 'step' or 'field'"
        return None
    if source.form is None:
        return "a source needs 'form' (with 'field') or 'record'"
    if source.field is None:
        return f"source form {source.form!r} needs 'field'"
    return None


def prefill_answers(container: Any, lookup: Lookup) -> Prefilled:
    """First fitting value per top-level field that has ``prefill`` sources."""
    out = Prefilled()
    for f in container.fields:
        for source in getattr(f, "prefill", ()):
            found = lookup(source)
            if found is None or not filled(found.value) or value_problem(f, found.value):
                continue
            out.answers[f.id] = list(found.value) if isinstance(found.value, tuple) else found.value
            out.origins[f.id] = found.origin
            break
    return out


def merge(defaults: Mapping, prefilled: Prefilled) -> dict:
    """Defaults first; what the app knows replaces them."""
    return {**defaults, **prefilled.answers}


# -- checks across files (the catalog) -----------------------------------------------------------
def placed_fields(definition: Any) -> list[tuple[Any, tuple]]:
    """Top-level valued fields of a form or route with their data path."""
    if isinstance(definition, m.FormDefinition):
        return [
            (f, ("sections", si, "fields", fi))
            for si, s in enumerate(definition.sections)
            for fi, f in enumerate(s.fields)
        ]
    return [(f, ("steps", si, "fields", fi)) for si, s in enumerate(definition.steps) for fi, f in enumerate(s.fields)]


def source_field(definitions: Mapping[str, Any], source: m.PrefillSource) -> tuple[Any | None, str]:
    """(the field a form/step source names, or None with the reason)."""
    definition = definitions.get(source.form or "")
    if definition is None:
        return None, f"{source.form!r} is not a known form or route"
    if isinstance(definition, m.RouteDefinition):
        if source.step is None:
            return None, f"{source.form!r} is a route: add 'step'"
        try:
            container = definition.step(source.step)
        except KeyError:
            return None, f"route {source.form!r} has no step {source.step!r}"
    elif source.step is not None:
        return None, f"{source.form!r} is a form, not a route: remove 'step'"
    else:
        container = definition
    found = next((f for f in container.fields if f.id == source.field and f.has_value), None)
    if found is None:
        where = f"step {source.step!r} of {source.form!r}" if source.step else f"form {source.form!r}"
        return None, f"{where} has no field {source.field!r}"
    return found, ""
