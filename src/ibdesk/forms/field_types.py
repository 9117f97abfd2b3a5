"""What each field type means outside the screen, in one table (Qt-free).

Every module that treats field types differently asks this registry instead of writing its
own ``if f.type == …`` chain: how an answer reads as text (the dossier), whether search
finds its words, whether it names an organisation or a person, whether a new form may
prefill it, and whether it holds nested fields (a repeated group). The widget per type is
the UI's own registry (``ibdesk.ui.forms.inputs``); both are checked against
``model.FIELD_TYPES`` by the tests, and a definition with an unknown type is refused when
the file is checked (E103), long before anything looks a type up here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .evaluator import equal
from .model import FIELD_TYPES

Search = Literal["typed", "chosen", "none"]
# The shape of a stored answer: "string" (text, long text, signature strokes), "date" (ISO
# string), "number", "bool", "scalar" (an option value or an id: string or whole number),
# "list" (option values, group items), "none" (info: no answer).
ValueKind = Literal["string", "date", "number", "bool", "scalar", "list", "none"]
RefersTo = Literal["organisation", "person", "none"]


class Words(Protocol):
    """How the caller writes dates, numbers, yes/no and the names behind stored ids (the
    dossier passes its Dutch formatters and the profile's directory)."""

    def date(self, value: Any) -> str: ...
    def number(self, value: Any) -> str: ...
    def yes_no(self, value: Any) -> str: ...
    def person(self, role: str | None, value: Any) -> str: ...
    def organisation(self, value: Any) -> str: ...


Render = Callable[[Any, Any, Words], str]


@dataclass(frozen=True)
class FieldType:
    """The facts about one field type. ``render`` writes a filled (non-empty) answer."""

    name: str
    value: ValueKind
    render: Render
    search: Search = "none"  # "typed": its text is searchable; "chosen": its option labels are
    refers_to: RefersTo = "none"  # the answer is the id of an organisation or a person
    prefill: bool = True  # a new form may take its first value from elsewhere
    in_group_table: bool = True  # a column when the dossier shows a repeated group as a table
    container: bool = False  # holds nested fields; its answer is a list of items


class UnknownFieldType(ValueError):
    """A field type no registry knows: a programming error, the loader refuses it in files."""

    def __init__(self, name: object):
        super().__init__(f"unknown field type {name!r}; known types: {', '.join(FIELD_TYPES)}")


def option_label(field: Any, value: Any) -> str:
    """The label of the option whose value is `value` (the value itself when none is)."""
    return next((o.label for o in field.options if o.value == value or str(o.value) == str(value)), str(value))


def _plain(_f: Any, raw: Any, _w: Words) -> str:
    return str(raw).strip()


def _date(_f: Any, raw: Any, w: Words) -> str:
    return w.date(raw) or str(raw)


def _number(_f: Any, raw: Any, w: Words) -> str:
    return w.number(raw)


def _yes_no(_f: Any, raw: Any, w: Words) -> str:
    return w.yes_no(raw)


def _choice(f: Any, raw: Any, _w: Words) -> str:
    return option_label(f, raw)


def _multichoice(f: Any, raw: Any, _w: Words) -> str:
    return "; ".join(option_label(f, v) for v in (raw if isinstance(raw, (list, tuple)) else [raw]))


def _person(f: Any, raw: Any, w: Words) -> str:
    return w.person(getattr(f, "role", None), raw)


def _organisation(_f: Any, raw: Any, w: Words) -> str:
    return w.organisation(raw)


def _signature(_f: Any, _raw: Any, _w: Words) -> str:
    return "Getekend"


def _group(f: Any, raw: Any, _w: Words) -> str:
    count = len(raw) if isinstance(raw, (list, tuple)) else 0
    return f"{count} × {f.item_label or f.label}"


def _info(_f: Any, _raw: Any, _w: Words) -> str:
    return ""


REGISTRY: dict[str, FieldType] = {
    t.name: t
    for t in (
        FieldType("text", "string", _plain, search="typed"),
        FieldType("longtext", "string", _plain, search="typed"),
        FieldType("date", "date", _date),
        FieldType("number", "number", _number),
        FieldType("yesno", "bool", _yes_no),
        FieldType("choice", "scalar", _choice, search="chosen"),
        FieldType("multichoice", "list", _multichoice, search="chosen"),
        FieldType("person", "scalar", _person, refers_to="person"),
        FieldType("organisation", "scalar", _organisation, refers_to="organisation"),
        FieldType("group", "list", _group, prefill=False, container=True),
        FieldType("signature", "string", _signature, prefill=False, in_group_table=False),
        FieldType("info", "none", _info, prefill=False, in_group_table=False),
    )
}

if set(REGISTRY) != set(FIELD_TYPES):  # pragma: no cover - caught by the tests the moment it happens
    raise RuntimeError(f"field type registry {tuple(REGISTRY)} does not match model.FIELD_TYPES {FIELD_TYPES}")


def field_type(name: str) -> FieldType:
    """The registry entry of type `name`; UnknownFieldType (not a KeyError) when there is none."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise UnknownFieldType(name) from None


def of(field: Any) -> FieldType:
    """The registry entry of a field definition."""
    return field_type(field.type)


def answer_text(field: Any, raw: Any, words: Words) -> str:
    """One answer as text ('' when it is empty)."""
    if raw is None or raw == "" or raw == []:
        return ""
    return of(field).render(field, raw, words)


def filled_values(fields: Any, answers: Any, prefix: str = "") -> Iterator[tuple[str, Any, Any]]:
    """(path, field, value) of every answered field, members of repeated groups included
    (their path is ``group[0].member``); a group itself is walked, not yielded."""
    if not isinstance(answers, Mapping):
        return
    for f in fields:
        value = answers.get(f.id)
        if value is None or value == "":
            continue
        if of(f).container:
            if isinstance(value, (list, tuple)):
                for i, item in enumerate(value):
                    yield from filled_values(f.fields, item, f"{prefix}{f.id}[{i}].")
        else:
            yield f"{prefix}{f.id}", f, value


def chosen_labels(field: Any, raw: Any) -> list[str]:
    """The labels of the options an answer chose (one value or a list), in option order."""
    chosen = raw if isinstance(raw, (list, tuple)) else [raw]
    return [o.label for o in field.options if any(equal(o.value, v) for v in chosen)]
