"""Translate pydantic validation errors into FormErrors with file positions."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from . import model as m
from .errors import FormError
from .yamlsource import Positions

_CONTAINERS = {
    "sections": m.Section,
    "steps": m.Step,
    "options": m.Option,
    "constraints": m.Constraint,
    "prefill": m.PrefillSource,
}
_FIELD_MODELS = {
    "text": m.TextField,
    "longtext": m.LongTextField,
    "date": m.DateField,
    "number": m.NumberField,
    "yesno": m.YesNoField,
    "choice": m.ChoiceField,
    "multichoice": m.MultiChoiceField,
    "person": m.PersonField,
    "organisation": m.OrganisationField,
    "group": m.GroupField,
    "signature": m.SignatureField,
    "info": m.InfoField,
}
_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "tuple_type": "a list",
    "list_type": "a list",
    "model_type": "a mapping (key: value lines)",
    "dict_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
}


def translate(exc: ValidationError, data: dict, pos: Positions) -> list[FormError]:
    """One FormError per problem; wrong-type errors on one value are merged."""
    out: list[FormError] = []
    expected: dict[tuple, list[ErrorDetails]] = {}
    for err in exc.errors(include_url=False):
        path, tail = _clean_loc(err["loc"], data)
        if err["type"] in _EXPECTED:
            expected.setdefault(path, []).append(err)
            continue
        made = _translate_one(err, path, tail, data, pos)
        if made is not None:
            out.append(made)
    for path, errs in expected.items():
        out.append(_type_error(path, errs, data, pos))
    return out


def _clean_loc(loc: tuple, data: Any) -> tuple[tuple, tuple]:
    """Split a pydantic loc into a real data path and the rest.

    Union tags (the field ``type`` or definition ``kind`` pydantic inserts)
    are dropped; what cannot be followed (a missing key, a union member name)
    is returned as the tail.
    """
    path: list = []
    cur, tag_skipped = data, False
    for i, seg in enumerate(loc):
        if isinstance(cur, dict) and not tag_skipped and seg in (cur.get("type"), cur.get("kind")):
            tag_skipped = True
        elif _has_step(cur, seg):
            path.append(seg)
            cur, tag_skipped = cur[seg], False
        else:
            return tuple(path), tuple(loc[i:])
    return tuple(path), ()


def _has_step(cur: Any, seg: str | int) -> bool:
    """Whether `seg` leads one level down: a key of a mapping or an index of a tuple."""
    if isinstance(cur, dict):
        return isinstance(seg, str) and seg in cur
    return isinstance(cur, tuple) and isinstance(seg, int) and 0 <= seg < len(cur)


def _get(data: Any, path: tuple) -> Any:
    for seg in path:
        data = data[seg]
    return data


def _model_for(path: tuple, data: Any):
    """The model class describing the mapping at ``path``."""
    obj = _get(data, path)
    if not path:
        return {"form": m.FormDefinition, "route": m.RouteDefinition}.get(obj.get("kind"))
    parent = path[-2] if len(path) >= 2 else None
    if parent == "fields" and isinstance(obj, dict):
        kind = obj.get("type")
        return _FIELD_MODELS.get(kind) if isinstance(kind, str) else None
    return _CONTAINERS.get(parent) if isinstance(parent, str) else None


def describe(path: tuple, data: Any) -> str:
    """Human name of the innermost thing at ``path``: "field 'x'", "section 's'"…"""
    names = {
        "fields": "field",
        "sections": "section",
        "steps": "step",
        "options": "option",
        "constraints": "constraint",
        "prefill": "prefill source",
    }
    for i in range(len(path) - 1, 0, -1):
        if isinstance(path[i], int) and path[i - 1] in names:
            obj = _get(data, path[: i + 1])
            ident = obj.get("id") if isinstance(obj, dict) else None
            label = f" {ident!r}" if isinstance(ident, str) else f" #{path[i] + 1}"
            return names[path[i - 1]] + label
    return "the definition"


def _allowed_keys(path: tuple, data: Any) -> list[str]:
    model = _model_for(path, data)
    return list(model.model_fields) if model else []


def _translate_one(err: ErrorDetails, path: tuple, tail: tuple, data: Any, pos: Positions) -> FormError | None:
    kind, ctx, where = err["type"], err.get("ctx") or {}, describe(path, data)
    if kind == "missing":
        key = tail[0] if tail else path[-1]
        if key == "options":
            return pos.error(
                "E110", path, f"{where} has no options", "add 'options:' with '- {value: ..., label: ...}' items"
            )
        return pos.error("E101", path, f"missing required key {key!r} in {where}", f"add '{key}: …'")
    if kind == "extra_forbidden":
        return _unknown_key(path, data, pos)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return _bad_tag(err, path, ctx, where, pos)
    if kind == "too_short":
        if err.get("input"):  # non-empty input: items failed and are reported themselves
            return None
        if path and path[-1] == "options":
            return pos.error("E110", path, f"{where} has no options", "add at least one option")
        return pos.error("E109", path, f"{path[-1] if path else 'list'!s} must not be empty", "add at least one item")
    if kind == "literal_error":
        return pos.error(
            "E104",
            path,
            f"{_short(err.get('input'))} is not allowed for {path[-1] if path else 'this key'!s} in {where}",
            f"use one of: {ctx.get('expected', '')}".replace("'", ""),
        )
    if kind == "string_pattern_mismatch":
        return pos.error(
            "E106",
            path,
            f"invalid id {err.get('input')!r} in {where}",
            "start with a lowercase letter; then lowercase letters, digits, '_'"
            + (" or '-'" if "-" in str(ctx.get("pattern", "")) else ""),
        )
    if kind in ("greater_than_equal", "greater_than", "finite_number"):
        limit = ctx.get("ge", ctx.get("gt"))
        text = "must be a finite number" if limit is None else f"must be at least {limit}"
        return pos.error("E107", path, f"{path[-1]!s} {text} (got {err.get('input')!r})", "fix the number")
    return pos.error("E105", path, f"{err['msg']} in {where}", "see forms/README.md for the format")


def _unknown_key(path: tuple, data: Any, pos: Positions) -> FormError:
    key, owner = path[-1], path[:-1]
    allowed = _allowed_keys(owner, data)
    where = describe(owner, data)
    close = difflib.get_close_matches(str(key), allowed, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    hint += f"allowed keys here: {', '.join(allowed)}" if allowed else "remove it"
    return pos.error("E102", path, f"unknown key {key!r} in {where}", hint, key=True)


def _bad_tag(err: ErrorDetails, path: tuple, ctx: dict, where: str, pos: Positions) -> FormError:
    discriminator = str(ctx.get("discriminator", "")).strip("'")
    expected = str(ctx.get("expected_tags", "")).replace("'", "")
    if not expected:
        expected = ", ".join(m.FIELD_TYPES) if discriminator == "type" else "form, route"
    if err["type"] == "union_tag_not_found":
        return pos.error(
            "E101",
            path,
            f"missing required key {discriminator!r} in {where}",
            f"add '{discriminator}: …' (one of: {expected})",
        )
    tag = ctx.get("tag")
    if discriminator == "kind":
        return pos.error("E108", path + ("kind",), f"unknown kind {tag!r}", "use 'kind: form' or 'kind: route'")
    if tag == "group":
        return pos.error(
            "E126",
            path + ("type",),
            f"{where}: a group cannot contain a group",
            "move the inner group's fields into the outer group or a new section",
        )
    close = difflib.get_close_matches(str(tag), m.FIELD_TYPES, n=1)
    hint = (f"did you mean {close[0]!r}? " if close else "") + f"use one of: {expected}"
    return pos.error("E103", path + ("type",), f"unknown field type {tag!r}", hint)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _type_error(path: tuple, errs: list[ErrorDetails], data: Any, pos: Positions) -> FormError:
    kinds = list(dict.fromkeys(_EXPECTED[e["type"]] for e in errs))
    if "a number" in kinds and "a whole number" in kinds:
        kinds.remove("a whole number")
    wanted = " or ".join(kinds)
    value = errs[0].get("input")
    if path and isinstance(path[-1], int):
        subject = describe(path, data)
    else:
        key = path[-1] if path else "value"
        subject = f"{key!r} in {describe(path, data)}"
    if value is None:
        return pos.error(
            "E105",
            path,
            f"{subject} is empty; expected {wanted}",
            "fill in a value (or remove the key if it is optional)",
        )
    hint = f"write {wanted} here"
    if isinstance(value, bool) and "text" in wanted:
        hint = "YAML reads yes/no/true/false/on/off as a yes/no value; put it in quotes"
    elif "list" in wanted:
        hint = "write [a, b] or one '- item' per line"
    elif "mapping" in wanted:
        hint = "write 'key: value' lines (indented) here"
    return pos.error("E105", path, f"{subject} should be {wanted}, got {_short(value)}", hint)
