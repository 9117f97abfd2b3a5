"""The words of a saved form that search may find: what the user typed (text and long-text
answers, also inside repeated groups) and the labels of the options they chose. Dates,
numbers, yes/no, signatures and references to people or organisations are left out."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .field_types import chosen_labels, filled_values, of


def typed_text(container: Any, answers: Mapping) -> list[str]:
    """The searchable pieces of `answers`, in the order of the container's fields.

    `container` is a form definition or a route step (anything with `fields`)."""
    return list(_pieces(container.fields, answers))


def _pieces(fields: Any, answers: Mapping) -> Iterator[str]:
    for _path, f, raw in filled_values(fields, answers):
        search = of(f).search
        if search == "typed" and isinstance(raw, str) and raw.strip():
            yield raw
        elif search == "chosen":
            yield from chosen_labels(f, raw)


def loose_text(answers: Any) -> list[str]:
    """Without the definition (a form whose definition file is gone): every string answer
    that is not a date or a drawn signature."""
    if isinstance(answers, Mapping):
        return [piece for value in answers.values() for piece in loose_text(value)]
    if isinstance(answers, (list, tuple)):
        return [piece for value in answers for piece in loose_text(value)]
    if isinstance(answers, str) and answers.strip() and not _is_data(answers):
        return [answers]
    return []


def _is_data(value: str) -> bool:
    if value.startswith("strokes:"):
        return True
    return len(value) == 10 and value[4] == "-" and value[7] == "-" and value.replace("-", "").isdigit()
