"""Unit tests for the expression language (parser, evaluator, functions)."""

from __future__ import annotations

from datetime import date

import pytest

from ibdesk.forms import (
    ExpressionEvalError,
    ExpressionSyntaxError,
    UnknownFunctionError,
    condition,
    evaluate,
    parse_expression,
    references,
    to_source,
)
from ibdesk.forms.expression import ArityError, tokenize

TODAY = date(2025, 3, 15)


def ev(text, **env):
    return evaluate(text, env, today=TODAY)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1 + 2 - 4", -1),
        ("-(2 - 5)", 3),
        ("1.5 + 1", 2.5),
        ("'a' + \"b\"", "ab"),
        ("not true or true", True),  # not binds tighter than or
        ("true or false and false", True),  # and binds tighter than or
        ("not 1 < 2", False),  # comparison binds tighter than not
        ("1 + 2 == 3", True),
        ("'adhd' in problemen", True),
        ("'ad' in 'adhd'", True),
        ("x in null", False),
        ("null == null", True),
        ("x == 3", False),  # unknown/missing name reads as null
        ("x < 3 or x > 3 or x == 3", False),
        ("'it\\'s' == \"it's\"", True),
    ],
)
def test_evaluate_basics(text, expected):
    assert ev(text, problemen=["dyslexie", "adhd"]) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("today()", TODAY),
        ("date('2024-08-01') < today()", True),
        ("d == '2025-01-01'", True),  # dates compare with ISO text as dates
        ("d < '2025-02-01'", True),
        ("days_between(date('2025-03-01'), today())", 14),
        ("add_days(d, 31)", date(2025, 2, 1)),
        ("age(date('2015-03-16'))", 9),
        ("age(date('2015-03-15'))", 10),
        ("age(null)", None),
        ("len('abc') + len(lijst) + len(null)", 5),
        ("filled('  ') or filled(lijst) and empty('')", True),
        ("filled(0) and filled(false)", True),
        ("matches('1234AB', '^[0-9]{4}[A-Z]{2}$')", True),
        ("matches(null, 'x')", False),
        ("add_days(null, 3)", None),
    ],
)
def test_functions(text, expected):
    assert ev(text, d=date(2025, 1, 1), lijst=[1, 2]) == expected


def test_true_is_not_one():
    assert ev("true == 1") is False
    assert ev("1 in lijst", lijst=[True]) is False


@pytest.mark.parametrize(
    "text",
    [
        "'a' < 3",
        "'a' + 1",
        "-'a'",
        "3 and true",
        "not 'x'",
        "len(5)",
        "date('nope')",
        "add_days(today(), 1.5)",
        "days_between('x', today())",
        "3 in 4",
    ],
)
def test_type_errors_raise_from_evaluate(text):
    with pytest.raises(ExpressionEvalError):
        ev(text)


@pytest.mark.parametrize("text", ["'a' < 3", "3 + 4", "'x'", "len(5) > 1"])
def test_condition_never_raises_and_reports_unknown(text):
    assert condition(text, {}, today=TODAY) is None


def test_condition_null_is_false():
    assert condition("x", {}) is False
    assert condition("x > 3", {"x": None}) is False
    assert condition("x > 3", {"x": 4}) is True


def test_short_circuit_avoids_type_errors():
    assert ev("filled(x) and x > 3", x=None) is False
    assert ev("empty(x) or x > 3", x=None) is True


@pytest.mark.parametrize(
    "text,position,cls",
    [
        ("a = 1", 2, ExpressionSyntaxError),
        ("a.b", 1, ExpressionSyntaxError),
        ("a[0]", 1, ExpressionSyntaxError),
        ("(a == 1", 7, ExpressionSyntaxError),
        ("a < b < c", 6, ExpressionSyntaxError),
        ("", 0, ExpressionSyntaxError),
        ("'open", 0, ExpressionSyntaxError),
        ("1 2", 2, ExpressionSyntaxError),
        ("12abc", 0, ExpressionSyntaxError),
        ("foo(1)", 0, UnknownFunctionError),
        ("x and len(a, b)", 6, ArityError),
    ],
)
def test_syntax_errors_have_positions(text, position, cls):
    with pytest.raises(cls) as info:
        parse_expression(text)
    assert info.value.position == position
    assert info.value.hint


def test_references_and_round_trip():
    text = "filled(a) and (b + 1 > c or 'x' in d) and not value"
    assert references(text) == {"a", "b", "c", "d", "value"}
    node = parse_expression(text)
    assert parse_expression(to_source(node)) == node


def test_parse_is_cached():
    assert parse_expression("a == 1") is parse_expression("a == 1")


def test_nesting_is_limited():
    with pytest.raises(ExpressionSyntaxError):
        parse_expression("(" * 500 + "1" + ")" * 500)
    with pytest.raises(ExpressionSyntaxError):
        parse_expression(" + ".join(["1"] * 500))


def test_tokenizer_keeps_backslashes_in_patterns():
    (tok, _end) = tokenize(r"'\d+'")
    assert tok.value == r"\d+"
