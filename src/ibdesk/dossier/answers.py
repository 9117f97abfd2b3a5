"""Stored form answers as readable rows: labels from the exact definition version, option
labels instead of codes, Dutch dates, Ja/Nee, names instead of ids, never signature strokes.
Each row carries its sharing category (see `categories`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ibdesk.dossier import categories as cat
from ibdesk.forms.field_types import answer_text, of
from ibdesk.text.dates import short_date
from ibdesk.text.labels import yes_no
from ibdesk.text.numbers import number

ROLE_LABELS = {"guardian": "ouder", "contact": "contactpersoon"}


@dataclass(frozen=True)
class FieldRow:
    label: str
    text: str
    category: str | None


@dataclass(frozen=True)
class GroupTable:
    label: str
    columns: tuple[str, ...]
    items: tuple[tuple[str, ...], ...]
    category: str | None


Row = FieldRow | GroupTable


@dataclass
class Block:
    """One titled part of a document (a form section, a route step)."""

    title: str
    rows: list[Row] = field(default_factory=list)
    subtitle: str = ""


@dataclass
class Directory:
    """Names for the ids that person and organisation fields store (read by
    services/dossier_sources.py `directory`)."""

    guardians: dict[str, str] = field(default_factory=dict)
    contacts: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    staff: str = ""

    def person(self, role: str | None, value: Any) -> str:
        key = str(value)
        if role == "guardian":
            return self.guardians.get(key, "ouder (niet meer bekend)")
        if role == "contact":
            return self.contacts.get(key, "contactpersoon (niet meer bekend)")
        return self.staff or "medewerker van de school"

    def organisation(self, value: Any) -> str:
        return self.organisations.get(str(value), "organisatie (niet meer bekend)")

    # the rest of field_types.Words: how the dossier writes plain values
    def date(self, value: Any) -> str:
        return short_date(value)

    def number(self, value: Any) -> str:
        return number(value)

    def yes_no(self, value: Any) -> str:
        return yes_no(value)


def value_text(f: Any, raw: Any, directory: Directory) -> str:
    """One answer as Dutch text ('' when empty); the registry says how each type reads."""
    return answer_text(f, raw, directory)


def field_rows(fields: Iterable, answers: dict, directory: Directory, category_of) -> list[Row]:
    """Rows for the filled-in fields; `category_of(field_id)` gives each one's category."""
    rows: list[Row] = []
    for f in fields:
        if not f.has_value or f.id not in answers:
            continue
        if of(f).container:
            table = _group(f, answers[f.id], directory, category_of(f.id))
            if table.items:
                rows.append(table)
            continue
        text = value_text(f, answers[f.id], directory)
        if text:
            rows.append(FieldRow(f.label, text, category_of(f.id)))
    return rows


def _group(f: Any, items: Any, directory: Directory, category: str | None) -> GroupTable:
    members = [g for g in f.fields if g.has_value and of(g).in_group_table]
    used = [g for g in members if any(isinstance(i, dict) and i.get(g.id) not in (None, "", []) for i in items or [])]
    rows = tuple(
        tuple(value_text(g, item.get(g.id), directory) for g in used) for item in items or [] if isinstance(item, dict)
    )
    return GroupTable(f.label, tuple(g.label for g in used), rows, category)


def form_blocks(definition: Any, answers: dict, directory: Directory, subtitle: str = "") -> list[Block]:
    """One block per section of a form that has answers, titled with the section title."""
    form_category = cat.sharing_category(definition.category)
    blocks = []
    for section in definition.sections:

        def category_of(field_id: str, _section=section.id) -> str | None:
            return cat.field_category(definition.id, form_category, _section, field_id)

        rows = field_rows(section.fields, answers, directory, category_of)
        if rows:
            blocks.append(Block(section.title, rows, subtitle))
    return blocks


def step_rows(route: Any, step_id: str, answers: dict, directory: Directory) -> list[Row]:
    """The evidence of one routekaart step."""
    step = route.step(step_id)
    form_category = cat.sharing_category(route.category)
    return field_rows(
        step.fields, answers, directory, lambda field_id: cat.field_category(route.id, form_category, None, field_id)
    )
