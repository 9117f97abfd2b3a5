"""Plausible fictional answers for any form or route step, generated from its definition.

Used by the demo so that every route variant in forms/ gets complete evidence without
hand-written fixtures: dates ascend from a start day, texts say they are fictional.
"""
from __future__ import annotations

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


def _value(field: Any, dates: _Dates, people: dict[str, str]) -> Any:
    t = field.type
    if t == "date":
        return dates.next()
    if t == "text":
        return "Fictief"
    if t == "longtext":
        return next((text for key, text in LONG.items() if field.id.endswith(key)), TEXT)
    if t == "number":
        low = getattr(field, "min", None)
        return low if low is not None and low > 0 else 2
    if t == "yesno":
        return True
    if t == "choice":
        return field.options[0].value
    if t == "multichoice":
        return [field.options[0].value]
    if t == "person":
        return people.get(getattr(field, "role", None) or "staff", people["staff"])
    if t == "organisation":  # an organisation of the field's own kind where the demo has one
        return people.get(f"organisation:{getattr(field, 'org_kind', None)}", people["organisation"])
    if t == "signature":
        return "strokes:[[[100,500],[300,400],[500,600],[700,450]]]"
    if t == "group":
        count = max(1, getattr(field, "min_items", 0) or 0)
        return [{f.id: _value(f, dates, people) for f in field.fields if f.has_value} for _ in range(count)]
    return None


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
