"""What refers to an organisation: legal bases, the sharing log, saved forms and drafts
(an organisation field holding its id, or a person field holding one of its contacts).

An organisation something refers to is never deleted: the dossier, the inzage export and
the sharing log must keep naming who received what.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ibdesk.forms.field_types import filled_values, of
from ibdesk.i18n import tr
from ibdesk.store import models as m
from ibdesk.text.labels import shown_and_list


@dataclass(frozen=True)
class References:
    legal_bases: int = 0
    shared: int = 0
    forms: int = 0

    @property
    def total(self) -> int:
        return self.legal_bases + self.shared + self.forms

    def describe(self) -> str:
        """'2 grondslagen, 1 keer gedeeld en 3 formulieren' in the language shown (a message on
        screen or the command line); empty when nothing refers."""
        n, shared, forms = self.legal_bases, self.shared, self.forms
        parts = [
            text
            for amount, text in (
                (n, tr("{n} grondslag", n=n) if n == 1 else tr("{n} grondslagen", n=n)),
                (shared, tr("{n} keer gedeeld", n=shared)),
                (forms, tr("{n} formulier", n=forms) if forms == 1 else tr("{n} formulieren", n=forms)),
            )
            if amount
        ]
        return shown_and_list(parts)


def count_references(s, catalog, org_id: int, contact_ids: Iterable[int]) -> References:
    bases = s.scalar(select(func.count(m.LegalBasisRow.id)).where(m.LegalBasisRow.recipient_id == org_id)) or 0
    shared = s.scalar(select(func.count(m.SharingLogRow.id)).where(m.SharingLogRow.recipient_id == org_id)) or 0
    target = _Target(str(org_id), {str(c) for c in contact_ids})
    forms = sum(
        1
        for row in s.scalars(select(m.FormAnswerRow))
        if target.in_answers(catalog, row.form_id, row.form_version, row.step_id, row.answers)
    )
    forms += sum(
        1
        for row in s.scalars(select(m.FormDraftRow))
        if target.in_answers(catalog, row.form_id, row.form_version, None, row.answers)
    )
    return References(bases, shared, forms)


@dataclass
class _Target:
    org_id: str
    contact_ids: set[str]

    def in_answers(self, catalog, form_id: str, version: int, step_id: str | None, raw: str) -> bool:
        if self.org_id not in raw and not any(c in raw for c in self.contact_ids):
            return False  # the id appears nowhere in the text: no need to parse it
        try:
            answers = json.loads(raw)
        except ValueError:
            return False
        fields = _fields(catalog, form_id, version, step_id)
        if fields is None:  # definition unavailable: any value equal to the id counts (err on keeping)
            return self.org_id in set(_scalars(answers))
        return any(self._names_us(f, value) for _path, f, value in filled_values(fields, answers))

    def _names_us(self, f: Any, value: Any) -> bool:
        refers_to = of(f).refers_to
        if refers_to == "organisation":
            return str(value) == self.org_id
        if refers_to == "person" and getattr(f, "role", None) in ("contact", None):
            return str(value) in self.contact_ids
        return False


def _fields(catalog, form_id: str, version: int, step_id: str | None) -> list | None:
    """Top-level fields the answers belong to: a form's, a route step's, or all steps'."""
    if catalog is None:
        return None
    try:
        definition = catalog.get(form_id, version)
    except KeyError:
        return None
    if getattr(definition, "kind", "form") == "route":
        steps = [definition.step(step_id)] if step_id else list(definition.steps)
        return [f for step in steps for f in step.fields]
    return list(definition.fields)


def _scalars(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _scalars(item)
    elif isinstance(value, list):
        for item in value:
            yield from _scalars(item)
    elif value is not None and not isinstance(value, bool):
        yield str(value)
