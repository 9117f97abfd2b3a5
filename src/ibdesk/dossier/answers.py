"""Stored form answers as readable rows: labels from the exact definition version, option
labels instead of codes, Dutch dates, Ja/Nee, names instead of ids, never signature strokes.
Each row carries its sharing category (see `categories`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import select

from ibdesk.dossier import categories as cat
from ibdesk.text.dates import short_date
from ibdesk.text.numbers import number
from ibdesk.text.labels import yes_no
from ibdesk.store import models as m

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
    """Names for the ids that person and organisation fields store."""

    guardians: dict[str, str] = field(default_factory=dict)
    contacts: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    staff: str = ""

    @classmethod
    def load(cls, store, guardians: Iterable, staff: str) -> Directory:
        """Guardians of the pupil, every contact and organisation; `staff` names the case lead
        (ibdesk keeps no staff register yet, so staff fields show the case lead)."""
        from ibdesk.domain.organisations import inactive_label  # the same words as the form on screen

        with store.session() as s:
            rows = list(s.scalars(select(m.OrganisationRow)))
            orgs = {str(o.id): inactive_label(o) for o in rows}
            names = {str(o.id): o.name for o in rows}
            contacts = {str(c.id): f"{c.name}, {c.role} ({names.get(str(c.organisation_id), '')})".replace(" ()", "")
                        for c in s.scalars(select(m.ContactRow))}
        return cls({str(g.id): f"{g.name} ({g.relation})" for g in guardians}, contacts, orgs, staff)

    def person(self, role: str | None, value: Any) -> str:
        key = str(value)
        if role == "guardian":
            return self.guardians.get(key, "ouder (niet meer bekend)")
        if role == "contact":
            return self.contacts.get(key, "contactpersoon (niet meer bekend)")
        return self.staff or "medewerker van de school"

    def organisation(self, value: Any) -> str:
        return self.organisations.get(str(value), "organisatie (niet meer bekend)")


def value_text(f: Any, raw: Any, directory: Directory) -> str:
    """One answer as Dutch text ('' when empty)."""
    if raw is None or raw == "" or raw == []:
        return ""
    t = f.type
    if t in ("text", "longtext"):
        return str(raw).strip()
    if t == "date":
        return short_date(raw) or str(raw)
    if t == "number":
        return number(raw)
    if t == "yesno":
        return yes_no(raw)
    if t == "choice":
        return _option(f, raw)
    if t == "multichoice":
        return "; ".join(_option(f, v) for v in raw)
    if t == "person":
        return directory.person(getattr(f, "role", None), raw)
    if t == "organisation":
        return directory.organisation(raw)
    if t == "signature":
        return "Getekend"
    return str(raw)


def _option(f: Any, value: Any) -> str:
    return next((o.label for o in f.options if o.value == value or str(o.value) == str(value)), str(value))


def field_rows(fields: Iterable, answers: dict, directory: Directory, category_of) -> list[Row]:
    """Rows for the filled-in fields; `category_of(field_id)` gives each one's category."""
    rows: list[Row] = []
    for f in fields:
        if not f.has_value or f.id not in answers:
            continue
        if f.type == "group":
            table = _group(f, answers[f.id], directory, category_of(f.id))
            if table.items:
                rows.append(table)
            continue
        text = value_text(f, answers[f.id], directory)
        if text:
            rows.append(FieldRow(f.label, text, category_of(f.id)))
    return rows


def _group(f: Any, items: Any, directory: Directory, category: str | None) -> GroupTable:
    members = [g for g in f.fields if g.has_value and g.type != "signature"]
    used = [g for g in members if any(isinstance(i, dict) and i.get(g.id) not in (None, "", []) for i in items or [])]
    rows = tuple(tuple(value_text(g, item.get(g.id), directory) for g in used)
                 for item in items or [] if isinstance(item, dict))
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
    return field_rows(step.fields, answers, directory,
                      lambda field_id: cat.field_category(route.id, form_category, None, field_id))
