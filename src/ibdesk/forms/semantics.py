"""Checks that need more than the schema: ids, options, defaults, expressions.

Runs on a structurally valid model; every problem is reported with the
position of the offending YAML node (``Positions``).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date
from typing import Any

from . import model as m
from .errors import FormError
from .evaluator import PatternError, compile_regex
from .expression import KEYWORDS, Call, ExpressionSyntaxError, Literal, name_nodes, parse, walk
from .field_types import of
from .plan import CycleError, build_plan, section_key
from .prefill import RECORD_TYPES, record_fits, source_shape_problem
from .yamlsource import Positions

RESERVED_IDS = KEYWORDS | {"value"}
Placed = list[tuple[Any, tuple]]  # (field model, data path)


class Checker:
    def __init__(self, definition: Any, pos: Positions):
        self.defn = definition
        self.pos = pos
        self.errors: list[FormError] = []
        self.expr_failed = False

    def add(self, code: str, path: tuple, message: str, hint: str = "", *, key: bool = False) -> None:
        self.errors.append(self.pos.error(code, path, message, hint, key=key))

    def run(self) -> list[FormError]:
        if isinstance(self.defn, m.FormDefinition):
            self._check_form(self.defn)
        else:
            self._check_route(self.defn)
        return self.errors

    # ------------------------------------------------------------ containers

    def _check_form(self, form: m.FormDefinition) -> None:
        self._unique_ids(form.sections, ("sections",), "section")
        placed = [
            (f, ("sections", si, "fields", fi)) for si, s in enumerate(form.sections) for fi, f in enumerate(s.fields)
        ]
        names = self._check_scope(placed, frozenset(), frozenset())
        for si, s in enumerate(form.sections):
            if s.relevant:
                self._check_expr(s.relevant, ("sections", si, "relevant"), names, False)
        paths: dict[str, tuple] = {f.id: p for f, p in placed}
        paths.update({section_key(s.id): ("sections", si) for si, s in enumerate(form.sections)})
        self._check_cycles(form, paths)

    def _check_route(self, route: m.RouteDefinition) -> None:
        self._unique_ids(route.steps, ("steps",), "step")
        for si, step in enumerate(route.steps):
            base = ("steps", si)
            placed = [(f, base + ("fields", fi)) for fi, f in enumerate(step.fields)]
            self._check_scope(placed, frozenset(), frozenset())
            self._check_cycles(step, {f.id: p for f, p in placed})
            self._check_evidence(step, base)

    def _check_evidence(self, step: m.Step, base: tuple) -> None:
        by_id = {f.id: f for f in step.fields}
        for i, fid in enumerate(step.required_evidence):
            path = base + ("required_evidence", i)
            field = by_id.get(fid)
            if field is None:
                self.add(
                    "E130",
                    path,
                    f"required_evidence {fid!r} is not a field of step {step.id!r}",
                    _suggest(fid, [f.id for f in step.fields if f.has_value], "step fields"),
                )
            elif not field.has_value:
                self.add(
                    "E130",
                    path,
                    f"required_evidence {fid!r} is an info field and has no value",
                    "name a field that the user fills in",
                )
        if step.period is not None:
            for key, names in (("start", step.period.start), ("end", step.period.end)):
                for i, fid in enumerate((names,) if isinstance(names, str) else names or ()):
                    path = base + ("period", key) + (() if isinstance(names, str) else (i,))
                    field = by_id.get(fid)
                    if field is None or field.type != "date":
                        self.add(
                            "E132",
                            path,
                            f"period {key} {fid!r} is not a date field of step {step.id!r}",
                            _suggest(fid, [f.id for f in step.fields if f.type == "date"], "date fields"),
                        )
        if step.participants_field is not None:
            field = by_id.get(step.participants_field)
            if field is None or field.type not in ("multichoice", "text", "longtext"):
                self.add(
                    "E133",
                    base + ("participants_field",),
                    f"participants_field {step.participants_field!r} is not a multichoice or text field of "
                    f"step {step.id!r}",
                    _suggest(
                        step.participants_field,
                        [f.id for f in step.fields if f.type in ("multichoice", "text", "longtext")],
                        "multichoice or text fields",
                    ),
                )

    def _unique_ids(self, items: Iterable, base: tuple, what: str) -> None:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.id in seen:
                self.add(
                    "E121",
                    base + (i, "id"),
                    f"duplicate {what} id {item.id!r}",
                    f"{what} #{seen[item.id] + 1} already uses it; choose another id",
                )
            seen.setdefault(item.id, i)

    def _check_scope(self, placed: Placed, outer: frozenset, outer_info: frozenset) -> frozenset:
        """Check one answer scope; return the names its expressions may use."""
        seen: dict[str, tuple] = {}
        for f, path in placed:
            if f.id in seen:
                line = self.pos.at(seen[f.id] + ("id",))[0]
                self.add(
                    "E120",
                    path + ("id",),
                    f"duplicate field id {f.id!r}",
                    f"already used on line {line}; field ids must be unique in the form (in a group: within the group)",
                )
            seen.setdefault(f.id, path)
            if f.id in RESERVED_IDS:
                self.add(
                    "E122",
                    path + ("id",),
                    f"field id {f.id!r} is a reserved word",
                    "choose another id; reserved: " + ", ".join(sorted(RESERVED_IDS)),
                )
        names = outer | {f.id for f, _ in placed if f.has_value}
        info = outer_info | {f.id for f, _ in placed if not f.has_value}
        for f, path in placed:
            self._check_field(f, path, names, info)
        return names

    # ------------------------------------------------------------ fields

    def _check_field(self, f: Any, path: tuple, names: frozenset, info: frozenset) -> None:
        if f.relevant:
            self._check_expr(f.relevant, path + ("relevant",), names, False, info)
        for ci, c in enumerate(getattr(f, "constraints", ())):
            self._check_expr(c.rule, path + ("constraints", ci, "rule"), names, True, info)
            if c.reason is not None and c.reason not in names:
                self.add(
                    "E204",
                    path + ("constraints", ci, "reason"),
                    f"reason refers to unknown field {c.reason!r}",
                    "name a field of the same form or step that records why",
                )
        if isinstance(f, (m.ChoiceField, m.MultiChoiceField)):
            self._check_options(f, path)
        if isinstance(f, m.NumberField) and _gt(f.min, f.max):
            self.add("E125", path + ("min",), f"min ({f.min}) is larger than max ({f.max})", "swap or fix min and max")
        if isinstance(f, m.GroupField):
            self._check_group(f, path, names, info)
        self._check_prefill(f, path)
        if getattr(f, "default", None) is not None:
            problem = default_problem(f)
            if problem:
                self.add(
                    "E123",
                    path + ("default",),
                    f"invalid default for field {f.id!r}: {problem}",
                    "give a value of the field's type, or remove 'default'",
                )

    def _check_group(self, f: m.GroupField, path: tuple, names: frozenset, info: frozenset) -> None:
        if _gt(f.min_items, f.max_items):
            self.add(
                "E125",
                path + ("min_items",),
                f"min_items ({f.min_items}) is larger than max_items ({f.max_items})",
                "swap or fix min_items and max_items",
            )
        placed = [(c, path + ("fields", ci)) for ci, c in enumerate(f.fields)]
        for c, cpath in placed:
            if getattr(c, "prefill", ()):
                self.add(
                    "E150",
                    cpath + ("prefill",),
                    f"field {c.id!r} inside group {f.id!r} cannot be prefilled",
                    "prefill works on fields outside groups; remove 'prefill' here",
                    key=True,
                )
        self._check_scope(placed, names, info)
        self._check_cycles(f, {c.id: p for c, p in placed})

    def _check_prefill(self, f: Any, path: tuple) -> None:
        """Shape of each source and the type of record sources (form sources: catalog.py)."""
        sources = getattr(f, "prefill", ())
        if sources and not of(f).prefill:
            self.add(
                "E150",
                path + ("prefill",),
                f"a {f.type} field cannot be prefilled",
                "remove 'prefill' from field " + repr(f.id),
                key=True,
            )
            return
        for pi, source in enumerate(sources):
            where = path + ("prefill", pi)
            problem = source_shape_problem(source)
            if problem:
                self.add(
                    "E150",
                    where,
                    f"prefill of field {f.id!r}: {problem}",
                    "write {form: <id>, field: <id>}, {form: <route>, step: <id>, field: <id>} or {record: <key>}",
                )
            elif source.record is not None and not record_fits(source.record, f):
                fitting = sorted(k for k in RECORD_TYPES if record_fits(k, f))
                self.add(
                    "E152",
                    where + ("record",),
                    f"record {source.record!r} does not fit {f.type} field {f.id!r}",
                    "records that fit: " + (", ".join(fitting) or "none"),
                )

    def _check_options(self, f: Any, path: tuple) -> None:
        seen: set = set()
        for oi, opt in enumerate(f.options):
            if opt.value in seen:
                self.add(
                    "E111",
                    path + ("options", oi, "value"),
                    f"duplicate option value {opt.value!r} in field {f.id!r}",
                    "option values must be unique; change or remove one",
                )
            seen.add(opt.value)

    # ------------------------------------------------------------ expressions

    def _check_expr(
        self, source: str, path: tuple, names: frozenset, allow_value: bool, info: frozenset = frozenset()
    ) -> None:
        try:
            node = parse(source)
        except ExpressionSyntaxError as exc:
            self.expr_failed = True
            self._at_offset(exc.code, path, exc.position, f"{exc.message} in {_quote(source)}", exc.hint)
            return
        for ref in name_nodes(node):
            if ref.name == "value":
                if not allow_value:
                    self.expr_failed = True
                    self._at_offset(
                        "E205",
                        path,
                        ref.pos,
                        "'value' can only be used in a constraint rule",
                        "refer to the field by its id",
                    )
            elif ref.name not in names:
                self.expr_failed = True
                why = "is an info field and has no value" if ref.name in info else "does not exist"
                self._at_offset(
                    "E204", path, ref.pos, f"field {ref.name!r} {why}", _suggest(ref.name, sorted(names), "fields")
                )
        for call in (n for n in walk(node) if isinstance(n, Call)):
            self._check_literal_args(call, path)

    def _check_literal_args(self, call: Call, path: tuple) -> None:
        if call.name == "date" and isinstance(call.args[0], Literal):
            value = call.args[0].value
            if not isinstance(value, str) or not _iso_date(value):
                self._at_offset(
                    "E207",
                    path,
                    call.args[0].pos,
                    f"invalid date literal {value!r}",
                    "write dates as 'YYYY-MM-DD', e.g. date('2024-08-01')",
                )
        if call.name == "matches" and isinstance(call.args[1], Literal):
            try:
                compile_regex(str(call.args[1].value))
            except PatternError as exc:
                self._at_offset(
                    "E207",
                    path,
                    call.args[1].pos,
                    f"invalid regular expression: {exc}",
                    "fix the pattern (RE2 syntax, linear time: no backreferences or look-around)",
                )

    def _at_offset(self, code: str, path: tuple, offset: int, message: str, hint: str) -> None:
        line, col = self.pos.in_scalar(path, offset)
        self.errors.append(FormError(code, self.pos.file, line, col, message, hint))

    def _check_cycles(self, container: Any, paths: dict[str, tuple]) -> None:
        if self.expr_failed:
            return
        try:
            build_plan(container)
        except CycleError as exc:
            first = min((k for k in exc.keys if k in paths), key=lambda k: paths[k])
            shown = " → ".join(k.replace("section:", "section ") for k in exc.keys)
            self.add(
                "E206",
                paths[first] + ("relevant",),
                f"circular relevance: {shown}",
                "a condition may not depend (indirectly) on the field or section it hides",
            )


def _quote(source: str) -> str:
    text = " ".join(source.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _gt(a: Any, b: Any) -> bool:
    return a is not None and b is not None and a > b


def _suggest(name: str, candidates: list[str], what: str) -> str:
    close = difflib.get_close_matches(name, candidates, n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    shown = ", ".join(candidates[:12]) + (" …" if len(candidates) > 12 else "")
    return f"known {what}: {shown}" if candidates else f"there are no {what} to refer to"


def _iso_date(text: str) -> bool:
    try:
        return len(text) == 10 and bool(date.fromisoformat(text))
    except ValueError:
        return False


def default_problem(f: Any) -> str | None:
    """Why ``f.default`` does not fit the field, or None."""
    value = f.default
    if isinstance(f, m.DateField):
        return None if value == "today" or _iso_date(value) else f"{value!r} is not 'YYYY-MM-DD' or 'today'"
    if isinstance(f, (m.TextField, m.LongTextField)) and f.max_length and len(value) > f.max_length:
        return f"longer than max_length {f.max_length}"
    if isinstance(f, m.NumberField):
        return _number_problem(f, value)
    if isinstance(f, m.ChoiceField):
        values = [o.value for o in f.options]
        return None if value in values else f"{value!r} is not one of the options {values}"
    if isinstance(f, m.MultiChoiceField):
        values = [o.value for o in f.options]
        bad = [v for v in value if v not in values]
        return f"{bad!r} not among the options {values}" if bad else None
    return None


def _number_problem(f: m.NumberField, value: Any) -> str | None:
    if f.min is not None and value < f.min:
        return f"{value} is below min {f.min}"
    if f.max is not None and value > f.max:
        return f"{value} is above max {f.max}"
    if f.decimals is not None and round(value, f.decimals) != value:
        return f"{value} has more than {f.decimals} decimals"
    return None
