"""Evaluate parsed expressions over an environment of field values.

Values are None (null), bool, int, float, str, datetime.date and lists. Names
are looked up only in the given mapping (a missing name is null); nothing else
is reachable. Type mismatches raise ExpressionEvalError from ``evaluate``;
``condition`` turns them into None ("unknown") so a faulty condition never
crashes the UI.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .expression import Binary, Call, Literal, Name, Node, Unary, parse


class ExpressionEvalError(ValueError):
    """Runtime type error (e.g. comparing text with a number)."""


class _Ctx:
    __slots__ = ("env", "today")

    def __init__(self, env: Mapping[str, Any], today: date):
        self.env = env
        self.today = today


def evaluate(expr: str | Node, env: Mapping[str, Any], *, today: date | None = None) -> Any:
    """Evaluate ``expr``; raises ExpressionEvalError on a type mismatch."""
    node = parse(expr) if isinstance(expr, str) else expr
    return _eval(node, _Ctx(env, today or date.today()))


def condition(expr: str | Node, env: Mapping[str, Any], *, today: date | None = None) -> bool | None:
    """True/False for a condition; null counts as False; None means unknown.

    Unknown is returned when evaluation fails (type mismatch) or the result is
    not a yes/no value. Callers decide: a relevance condition that is unknown
    hides the field, a constraint that is unknown is not reported as violated.
    """
    try:
        result = evaluate(expr, env, today=today)
    except ExpressionEvalError:
        return None
    if result is None:
        return False
    return result if isinstance(result, bool) else None


def _eval(node: Node, ctx: _Ctx) -> Any:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Name):
        return ctx.env.get(node.name)
    if isinstance(node, Unary):
        return _unary(node, ctx)
    if isinstance(node, Binary):
        if node.op in ("and", "or"):
            return _logic(node, ctx)
        return _binary(node.op, _eval(node.left, ctx), _eval(node.right, ctx))
    if isinstance(node, Call):
        return _FUNCTIONS[node.name](ctx, [_eval(a, ctx) for a in node.args])
    raise ExpressionEvalError(f"unsupported node {type(node).__name__}")


def _truth(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    raise ExpressionEvalError(f"expected yes/no, got {_kind(value)}")


def _logic(node: Binary, ctx: _Ctx) -> bool:
    left = _truth(_eval(node.left, ctx))
    if node.op == "and" and not left:
        return False
    if node.op == "or" and left:
        return True
    return _truth(_eval(node.right, ctx))


def _unary(node: Unary, ctx: _Ctx) -> Any:
    value = _eval(node.operand, ctx)
    if node.op == "not":
        return not _truth(value)
    if value is None:
        return None
    if not _is_number(value):
        raise ExpressionEvalError(f"cannot negate {_kind(value)}")
    return -value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    names = {bool: "yes/no", int: "number", float: "number", str: "text", list: "list"}
    if isinstance(value, date):
        return "date"
    return names.get(type(value), type(value).__name__)


def _as_date(value: Any) -> Any:
    """ISO strings compared with a date are read as dates."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _binary(op: str, left: Any, right: Any) -> Any:
    if op in ("+", "-"):
        return _arith(op, left, right)
    if op == "in":
        return _contains(right, left)
    if isinstance(left, date) or isinstance(right, date):
        left, right = _as_date(left), _as_date(right)
    if op == "==":
        return equal(left, right)
    if op == "!=":
        return not equal(left, right)
    return _order(op, left, right)


def equal(a: Any, b: Any) -> bool:
    """Equality without Python's True == 1; null equals only null."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) and _is_number(b):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _order(op: str, a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    comparable = (
        (_is_number(a) and _is_number(b))
        or (isinstance(a, str) and isinstance(b, str))
        or (isinstance(a, date) and isinstance(b, date))
    )
    if not comparable:
        raise ExpressionEvalError(f"cannot compare {_kind(a)} with {_kind(b)}")
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _arith(op: str, a: Any, b: Any) -> Any:
    if a is None or b is None:
        return None
    if _is_number(a) and _is_number(b):
        return a + b if op == "+" else a - b
    if op == "+" and isinstance(a, str) and isinstance(b, str):
        return a + b
    raise ExpressionEvalError(f"cannot compute {_kind(a)} {op} {_kind(b)}")


def _contains(container: Any, item: Any) -> bool:
    if container is None or item is None:
        return False
    if isinstance(container, list):
        return any(equal(item, x) for x in container)
    if isinstance(container, str) and isinstance(item, str):
        return item in container
    raise ExpressionEvalError(f"cannot look for {_kind(item)} in {_kind(container)}")


# ---------------------------------------------------------------- functions


def _need_date(value: Any, fn: str) -> date:
    value = _as_date(value)
    if not isinstance(value, date):
        raise ExpressionEvalError(f"{fn}() needs a date, got {_kind(value)}")
    return value


def _fn_date(ctx: _Ctx, args: list) -> date | None:
    (text,) = args
    if text is None or isinstance(text, date):
        return text
    value = _as_date(text)
    if not isinstance(value, date):
        raise ExpressionEvalError(f"date() needs 'YYYY-MM-DD', got {text!r}")
    return value


def _fn_len(ctx: _Ctx, args: list) -> int:
    (value,) = args
    if value is None:
        return 0
    if isinstance(value, (str, list)):
        return len(value)
    raise ExpressionEvalError(f"len() needs text or a list, got {_kind(value)}")


def filled(value: Any) -> bool:
    """Not null, not blank text, not an empty list."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, (list, tuple, dict)):
        return len(value) > 0
    return True


MAX_PATTERN_LENGTH = 500


class PatternError(ValueError):
    """A pattern RE2 cannot run (backreferences, look-around) or that is too long."""


@lru_cache(maxsize=256)
def compile_regex(pattern: str):
    """Form patterns run on RE2 (google-re2): linear time in the input, so a pattern such as
    '^(a+)+$' cannot hang the app on typed text (Python's `re` backtracks exponentially)."""
    import re2

    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternError(f"pattern longer than {MAX_PATTERN_LENGTH} characters")
    options = re2.Options()
    options.log_errors = False
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PatternError(f"{detail} (patterns use RE2 syntax: no backreferences or look-around)") from None


def _fn_matches(ctx: _Ctx, args: list) -> bool:
    value, pattern = args
    if value is None:
        return False
    if not isinstance(value, str) or not isinstance(pattern, str):
        raise ExpressionEvalError("matches() needs text and a pattern")
    try:
        return compile_regex(pattern).search(value) is not None
    except PatternError as exc:
        raise ExpressionEvalError(f"invalid pattern: {exc}") from None


def _fn_days_between(ctx: _Ctx, args: list) -> int | None:
    a, b = args
    if a is None or b is None:
        return None
    return (_need_date(b, "days_between") - _need_date(a, "days_between")).days


def _fn_add_days(ctx: _Ctx, args: list) -> date | None:
    d, n = args
    if d is None or n is None:
        return None
    if not isinstance(n, int) or isinstance(n, bool):
        raise ExpressionEvalError("add_days() needs a whole number of days")
    try:
        return _need_date(d, "add_days") + timedelta(days=n)
    except OverflowError:
        raise ExpressionEvalError("add_days() result out of range") from None


def _fn_age(ctx: _Ctx, args: list) -> int | None:
    (born,) = args
    if born is None:
        return None
    born = _need_date(born, "age")
    today = ctx.today
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


_FUNCTIONS: dict[str, Callable[[_Ctx, list], Any]] = {
    "today": lambda ctx, args: ctx.today,
    "date": _fn_date,
    "len": _fn_len,
    "filled": lambda ctx, args: filled(args[0]),
    "empty": lambda ctx, args: not filled(args[0]),
    "matches": _fn_matches,
    "days_between": _fn_days_between,
    "add_days": _fn_add_days,
    "age": _fn_age,
}
