"""Answers against a definition: visibility, validation (messages in the language shown), defaults.

``container`` is a FormDefinition or a route Step (each step has its own
answers). Paths name fields: ``startdatum`` for a top-level field and
``doelen[0].omschrijving`` for a field inside item 0 of group ``doelen``.

Hidden fields (relevant condition false, or inside a hidden section or group)
are never required and never validated; their stored values are ignored and
read as null by other conditions (``drop_hidden`` removes them).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from ibdesk.i18n import language, tr

from . import model as m
from .evaluator import condition, equal, filled
from .field_types import of


def messages() -> dict[str, str]:
    """The messages of a value that does not fit its field, in the language shown (looked up
    when a problem is found, never at import); `{n}`-style fields are filled in by the caller."""
    return _messages(language())


@cache
def _messages(lang: str) -> dict[str, str]:
    return {
        "required": tr("Dit veld is verplicht."),
        "unknown": tr("Onbekend veld."),
        "info": tr("Bij een toelichting hoort geen antwoord."),
        "text": tr("Ongeldige waarde: tekst verwacht."),
        "max_length": tr("Maximaal {n} tekens (nu {len})."),
        "date": tr("Ongeldige datum; gebruik JJJJ-MM-DD."),
        "number": tr("Ongeldig getal."),
        "whole": tr("Alleen hele getallen zijn toegestaan."),
        "decimals": tr("Maximaal {n} {word} achter de komma."),
        "min": tr("De waarde moet minimaal {n} zijn."),
        "max": tr("De waarde mag hoogstens {n} zijn."),
        "yesno": tr("Kies ja of nee."),
        "option": tr("Onbekende keuze: {v}."),
        "options": tr("Ongeldige waarde: lijst met keuzes verwacht."),
        "double": tr("Een keuze staat er meer dan eens in."),
        "reference": tr("Ongeldige verwijzing."),
        "signature": tr("Ongeldige handtekening."),
        "list": tr("Ongeldige waarde: lijst verwacht."),
        "item": tr("Ongeldig onderdeel."),
        "min_items": tr("Voeg er minimaal {n} toe."),
        "max_items": tr("Maximaal {n} toegestaan."),
        "answers": tr("Antwoorden moeten een object zijn."),
    }


def _container(definition: Any) -> Any:
    if isinstance(definition, m.RouteDefinition):
        raise TypeError("route answers are per step: pass route.step(step_id)")
    return definition


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _iso(v: Any) -> date | None:
    if isinstance(v, str) and len(v) == 10:
        try:
            return date.fromisoformat(v)
        except ValueError:
            return None
    return None


def expr_value(f: Any, raw: Any) -> Any:
    """Value as expressions see it; wrong-typed answers read as null."""
    return _AS_EXPRESSION[of(f).value](raw)


def _scalar(raw: Any) -> Any:
    return raw if isinstance(raw, (str, int)) and not isinstance(raw, bool) else None


# value kind (field_types.ValueKind) -> the answer as expressions see it
_AS_EXPRESSION = {
    "string": lambda raw: raw if isinstance(raw, str) else None,
    "date": _iso,
    "number": lambda raw: raw if _is_number(raw) else None,
    "bool": lambda raw: raw if isinstance(raw, bool) else None,
    "scalar": _scalar,
    "list": lambda raw: list(raw) if isinstance(raw, (list, tuple)) else None,
    "none": lambda _raw: None,
}


def scope_visibility(container: Any, answers: Mapping, outer: Mapping, today: date) -> tuple[dict, dict]:
    """(visible by key, environment) for one scope, conditions in plan order."""
    env = dict(outer)
    for f in container.fields:
        env[f.id] = expr_value(f, answers.get(f.id))
    visible: dict[str, bool] = {}
    for entry in container.visibility_plan:
        shown = entry.parent is None or visible[entry.parent]
        if shown and entry.relevant is not None:
            shown = condition(entry.relevant, env, today=today) is True
        visible[entry.key] = shown
        if not shown and entry.field is not None:
            env[entry.key] = None
    return visible, env


def _items(raw: Any) -> list:
    return list(raw) if isinstance(raw, (list, tuple)) else []


def visible_fields(definition: Any, answers: Mapping, today: date | None = None) -> set[str]:
    """Paths of fields to show (info fields included)."""
    container, today = _container(definition), today or date.today()
    answers = answers if isinstance(answers, Mapping) else {}
    visible, env = scope_visibility(container, answers, {}, today)
    out: set[str] = set()
    for f in container.fields:
        if not visible[f.id]:
            continue
        out.add(f.id)
        if isinstance(f, m.GroupField):
            for i, item in enumerate(_items(answers.get(f.id))):
                item = item if isinstance(item, Mapping) else {}
                shown, _ = scope_visibility(f, item, env, today)
                out.update(f"{f.id}[{i}].{c.id}" for c in f.fields if shown[c.id])
    return out


def drop_hidden(definition: Any, answers: Mapping, today: date | None = None) -> dict:
    """Copy of ``answers`` without values of hidden fields (and unknown keys)."""
    container, today = _container(definition), today or date.today()
    visible, env = scope_visibility(container, answers, {}, today)
    out = {}
    for f in container.fields:
        if f.has_value and visible[f.id] and f.id in answers:
            out[f.id] = answers[f.id]
            if isinstance(f, m.GroupField) and isinstance(answers[f.id], (list, tuple)):
                out[f.id] = [_drop_item(f, item, env, today) for item in answers[f.id]]
    return out


def _drop_item(group: m.GroupField, item: Any, env: dict, today: date) -> Any:
    if not isinstance(item, Mapping):
        return item
    shown, _ = scope_visibility(group, item, env, today)
    return {c.id: item[c.id] for c in group.fields if c.has_value and shown[c.id] and c.id in item}


def validate_answers(
    definition: Any, answers: Mapping, today: date | None = None, concept: bool = False
) -> dict[str, str]:
    """Map field path → Dutch message for every problem; empty dict when valid.

    ``concept=True`` checks a concept (work saved to finish later): empty required fields,
    too few group items and constraint rules are not reported; a value that does not fit
    its field (type, length, range, option, unknown field) still is.
    """
    container, today = _container(definition), today or date.today()
    if not isinstance(answers, Mapping):
        return {"": messages()["answers"]}
    errors: dict[str, str] = {}
    _validate_scope(container, answers, {}, "", today, errors, concept)
    return errors


def _validate_scope(
    container: Any, answers: Mapping, outer: Mapping, prefix: str, today: date, errors: dict, concept: bool = False
) -> None:
    visible, env = scope_visibility(container, answers, outer, today)
    by_id = {f.id: f for f in container.fields}
    for key in answers:
        f = by_id.get(key)
        if f is None:
            errors[f"{prefix}{key}"] = messages()["unknown"]
        elif not f.has_value and answers[key] is not None:
            errors[f"{prefix}{key}"] = messages()["info"]
    for f in container.fields:
        if f.has_value and visible[f.id]:
            _validate_field(f, answers.get(f.id), env, f"{prefix}{f.id}", today, errors, concept)


def _validate_field(f: Any, raw: Any, env: dict, path: str, today: date, errors: dict, concept: bool = False) -> None:
    if not filled(raw):
        if concept:
            return
        if f.required:
            errors[path] = messages()["required"]
        elif isinstance(f, m.GroupField) and f.min_items:
            errors[path] = messages()["min_items"].format(n=f.min_items)
        return
    problem = value_problem(f, raw, concept)
    if problem:
        errors[path] = problem
        return
    if isinstance(f, m.GroupField):
        for i, item in enumerate(raw):
            if isinstance(item, Mapping):
                _validate_scope(f, item, env, f"{path}[{i}].", today, errors, concept)
            else:
                errors[f"{path}[{i}]"] = messages()["item"]
    if not concept:
        _check_constraints(f, raw, env, path, today, errors)


def _check_constraints(f: Any, raw: Any, env: dict, path: str, today: date, errors: dict) -> None:
    if not f.constraints:
        return
    scope = dict(env)
    scope["value"] = expr_value(f, raw)
    for c in f.constraints:
        if c.severity == "error" and condition(c.rule, scope, today=today) is False:  # unknown: no violation
            errors[path] = c.message
            return


def constraint_warnings(definition: Any, answers: Mapping, today: date | None = None) -> list[tuple[str, str, Any]]:
    """(field id, message, the reason given) for every warning whose rule is false (top-level fields)."""
    container, today = _container(definition), today or date.today()
    answers = answers if isinstance(answers, Mapping) else {}
    visible, env = scope_visibility(container, answers, {}, today)
    found = []
    for f in container.fields:
        raw = answers.get(f.id)
        if not (f.has_value and visible[f.id] and filled(raw) and getattr(f, "constraints", ())):
            continue
        scope = {**env, "value": expr_value(f, raw)}
        for c in f.constraints:
            if c.severity == "warning" and condition(c.rule, scope, today=today) is False:
                found.append((f.id, c.message, answers.get(c.reason) if c.reason else None))
    return found


def value_problem(f: Any, raw: Any, concept: bool = False) -> str | None:
    """Dutch message when a filled-in value does not fit the field type (in a concept a
    group may still have too few items)."""
    t = f.type
    if t in ("text", "longtext"):
        if not isinstance(raw, str):
            return messages()["text"]
        if f.max_length and len(raw) > f.max_length:
            return messages()["max_length"].format(n=f.max_length, len=len(raw))
    elif t == "date":
        return None if _iso(raw) else messages()["date"]
    elif t == "number":
        return _number_problem(f, raw)
    elif t == "yesno":
        return None if isinstance(raw, bool) else messages()["yesno"]
    elif t == "choice":
        return _option_problem(f, [raw])
    elif t == "multichoice":
        if not isinstance(raw, (list, tuple)):
            return messages()["options"]
        if any(equal(a, b) for i, a in enumerate(raw) for b in raw[i + 1 :]):
            return messages()["double"]
        return _option_problem(f, raw)
    elif t in ("person", "organisation"):
        ok = isinstance(raw, (str, int)) and not isinstance(raw, bool)
        return None if ok else messages()["reference"]
    elif t == "signature":
        return None if isinstance(raw, str) else messages()["signature"]
    elif t == "group":
        return _group_problem(f, raw, concept)
    return None


def _number_problem(f: m.NumberField, raw: Any) -> str | None:
    if not _is_number(raw):
        return messages()["number"]
    if f.decimals == 0 and raw != int(raw):
        return messages()["whole"]
    if f.decimals and round(raw, f.decimals) != raw:
        return messages()["decimals"].format(n=f.decimals, word=tr("cijfer") if f.decimals == 1 else tr("cijfers"))
    if f.min is not None and raw < f.min:
        return messages()["min"].format(n=_fmt(f.min))
    if f.max is not None and raw > f.max:
        return messages()["max"].format(n=_fmt(f.max))
    return None


def _fmt(n: Any) -> str:
    return str(n).replace(".", ",")


def _option_problem(f: Any, values: Any) -> str | None:
    allowed = [o.value for o in f.options]
    for v in values:
        if not any(equal(v, a) for a in allowed):
            return messages()["option"].format(v=repr(v))
    return None


def _group_problem(f: m.GroupField, raw: Any, concept: bool = False) -> str | None:
    if not isinstance(raw, (list, tuple)):
        return messages()["list"]
    if f.min_items is not None and len(raw) < f.min_items and not concept:
        return messages()["min_items"].format(n=f.min_items)
    if f.max_items is not None and len(raw) > f.max_items:
        return messages()["max_items"].format(n=f.max_items)
    return None


def default_item(group: m.GroupField, today: date | None = None) -> dict:
    """Answers for a new, empty item of ``group`` (its fields' defaults)."""
    return _defaults(group.fields, today or date.today())


def default_answers(definition: Any, today: date | None = None) -> dict:
    """Initial answers: every field's default ('today' resolved); groups get
    ``min_items`` default items."""
    return _defaults(_container(definition).fields, today or date.today())


def _defaults(fields: Any, today: date) -> dict:
    out: dict[str, Any] = {}
    for f in fields:
        if isinstance(f, m.GroupField):
            if f.min_items:
                out[f.id] = [_defaults(f.fields, today) for _ in range(f.min_items)]
            continue
        value = getattr(f, "default", None)
        if value is None:
            continue
        if f.type == "date" and value == "today":
            value = today.isoformat()
        out[f.id] = list(value) if isinstance(value, tuple) else value
    return out
