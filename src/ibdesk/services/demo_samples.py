"""Plausible fictional answers for any form or route step, generated from its definition.

Used by the demo so that every route variant in forms/ gets complete evidence without
hand-written fixtures: dates ascend from a start day, texts say they are fictional.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from ibdesk.forms import drop_hidden, visible_fields

TEXT = "Besproken en vastgelegd (fictief voorbeeld)."
LONG = {
    "visie_ouders": "Ouders zien dat het thuis ook moeilijk gaat en willen graag samen zoeken naar hulp.",
    "visie_kind": "Ik wil graag weer rustig kunnen werken en vriendjes hebben.",
    "visie_leerling": "Ik vind de drukte in de klas lastig; een vaste plek helpt mij.",
    "hulpvraag": "Wat heeft deze leerling nodig om weer tot leren te komen, op school en thuis?",
}


class _Dates:
    def __init__(self, start: date):
        self.day = start

    def next(self) -> str:
        self.day += timedelta(days=3)
        return self.day.isoformat()


Sampler = Callable[[Any, _Dates, dict[str, str]], Any]


def _longtext(field: Any, _dates: _Dates, _people: dict[str, str]) -> str:
    return next((text for key, text in LONG.items() if field.id.endswith(key)), TEXT)


def _number(field: Any, _dates: _Dates, _people: dict[str, str]) -> Any:
    low = getattr(field, "min", None)
    return low if low is not None and low > 0 else 2


def _organisation(field: Any, _dates: _Dates, people: dict[str, str]) -> str:
    """An organisation of the field's own kind where the demo has one."""
    return people.get(f"organisation:{getattr(field, 'org_kind', None)}", people["organisation"])


def _group(field: Any, dates: _Dates, people: dict[str, str]) -> list[dict]:
    count = max(1, getattr(field, "min_items", 0) or 0)
    return [{f.id: _value(f, dates, people) for f in field.fields if f.has_value} for _ in range(count)]


# One sample per field type with a value (the types of forms/field_types.py but "info").
SAMPLES: dict[str, Sampler] = {
    "text": lambda _f, _d, _p: "Fictief",
    "longtext": _longtext,
    "date": lambda _f, dates, _p: dates.next(),
    "number": _number,
    "yesno": lambda _f, _d, _p: True,
    "choice": lambda f, _d, _p: f.options[0].value,
    "multichoice": lambda f, _d, _p: [f.options[0].value],
    "person": lambda f, _d, people: people.get(getattr(f, "role", None) or "staff", people["staff"]),
    "organisation": _organisation,
    "signature": lambda _f, _d, _p: "strokes:[[[100,500],[300,400],[500,600],[700,450]]]",
    "group": _group,
}


def _value(field: Any, dates: _Dates, people: dict[str, str]) -> Any:
    sample = SAMPLES.get(field.type)
    return sample(field, dates, people) if sample is not None else None


def sample_answers(container: Any, start: date, people: dict[str, str], only: set[str] | None = None) -> dict:
    """Answers for every field (or only those in `only`), then hidden ones dropped."""
    dates = _Dates(start)
    answers: dict = {}
    for field in container.fields:
        if field.has_value and (only is None or field.id in only):
            answers[field.id] = _value(field, dates, people)
    for _ in range(3):  # conditions may reveal fields that need a value too
        shown = visible_fields(container, answers, today=start + timedelta(days=400))
        for field in container.fields:
            if only is None and field.has_value and field.id in shown and field.id not in answers:
                answers[field.id] = _value(field, dates, people)
    return drop_hidden(container, answers, today=start + timedelta(days=400))


def people_for(session, base: dict[str, str]) -> dict[str, str]:
    """`base` plus, per kind an organisation field may ask for, the id of a demo organisation of
    that kind (so a 'jeugdhulpaanbieder' is a jeugdhulpaanbieder, on screen and in the PDF)."""
    from sqlalchemy import select

    from ibdesk.domain.organisations import FIELD_KINDS
    from ibdesk.store import models as m

    rows = list(session.scalars(select(m.OrganisationRow).order_by(m.OrganisationRow.id)))
    found = dict(base)
    for field_kind, kinds in FIELD_KINDS.items():
        match = next((r for r in rows if kinds is None or r.kind in {str(k) for k in kinds}), None)
        if match is not None:
            found[f"organisation:{field_kind}"] = str(match.id)
    return found
