"""Property-based tests for the expression language (hypothesis)."""

from __future__ import annotations

import builtins
import contextlib
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ibdesk.forms import (
    ExpressionEvalError,
    ExpressionSyntaxError,
    condition,
    evaluate,
    parse_expression,
    references,
    to_source,
)

NAMES = ["a", "b", "c"]
TODAY = date(2025, 1, 1)  # passed explicitly: date.today() imports 'time' lazily

# A test-side tree: ("lit", v) | ("name", n) | ("neg", t) | ("not", t) | (op, l, r)
ints = st.recursive(
    st.one_of(st.integers(0, 10**6).map(lambda v: ("lit", v)), st.sampled_from(NAMES).map(lambda n: ("name", n))),
    lambda sub: st.one_of(sub.map(lambda t: ("neg", t)), st.tuples(st.sampled_from(["+", "-"]), sub, sub)),
    max_leaves=12,
)
bools = st.recursive(
    st.one_of(
        st.booleans().map(lambda v: ("lit", v)),
        st.tuples(st.sampled_from(["==", "!=", "<", "<=", ">", ">="]), ints, ints),
    ),
    lambda sub: st.one_of(sub.map(lambda t: ("not", t)), st.tuples(st.sampled_from(["and", "or"]), sub, sub)),
    max_leaves=10,
)
envs = st.fixed_dictionaries({n: st.integers(-1000, 1000) for n in NAMES})

LEVEL = {
    "or": 1,
    "and": 2,
    "not": 3,
    "==": 4,
    "!=": 4,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "neg": 6,
    "lit": 7,
    "name": 7,
}


def reference(tree, env):
    """Straightforward evaluation of the test tree with Python operators."""
    tag = tree[0]
    if tag == "lit":
        return tree[1]
    if tag == "name":
        return env[tree[1]]
    if tag == "neg":
        return -reference(tree[1], env)
    if tag == "not":
        return not reference(tree[1], env)
    left, right = reference(tree[1], env), reference(tree[2], env)
    ops = {
        "+": lambda: left + right,
        "-": lambda: left - right,
        "==": lambda: left == right,
        "!=": lambda: left != right,
        "<": lambda: left < right,
        "<=": lambda: left <= right,
        ">": lambda: left > right,
        ">=": lambda: left >= right,
        "and": lambda: left and right,
        "or": lambda: left or right,
    }
    return ops[tag]()


def render(tree) -> str:
    """Minimal parentheses, relying on the documented precedence."""
    tag, level = tree[0], LEVEL[tree[0]]
    if tag == "lit":
        return {True: "true", False: "false"}.get(tree[1], str(tree[1])) if isinstance(tree[1], bool) else str(tree[1])
    if tag == "name":
        return tree[1]
    if tag == "neg":
        return "-" + _wrap(tree[1], LEVEL[tree[1][0]] < 6)
    if tag == "not":
        return "not " + _wrap(tree[1], LEVEL[tree[1][0]] < 3)
    left_level, right_level = LEVEL[tree[1][0]], LEVEL[tree[2][0]]
    if level == 4:  # comparisons do not chain
        return f"{_wrap(tree[1], left_level <= 4)} {tag} {_wrap(tree[2], right_level <= 4)}"
    return f"{_wrap(tree[1], left_level < level)} {tag} {_wrap(tree[2], right_level <= level)}"


def _wrap(tree, needed: bool) -> str:
    text = render(tree)
    return f"({text})" if needed else text


def names_in(tree) -> set[str]:
    if tree[0] == "name":
        return {tree[1]}
    return set().union(*(names_in(t) for t in tree[1:] if isinstance(t, tuple)))


@given(ints, envs)
def test_arithmetic_matches_reference(tree, env):
    assert evaluate(render(tree), env) == reference(tree, env)


@given(bools, envs)
def test_logic_and_comparisons_match_reference(tree, env):
    text = render(tree)
    assert evaluate(text, env) == reference(tree, env)
    assert condition(text, env) is reference(tree, env)
    assert references(text) == names_in(tree)


@given(st.one_of(ints, bools))
def test_to_source_round_trips(tree):
    node = parse_expression(render(tree))
    assert parse_expression(to_source(node)) == node


TOKENS = [
    "a",
    "b",
    "value",
    "1",
    "2.5",
    "'x'",
    '"y"',
    "true",
    "false",
    "null",
    "and",
    "or",
    "not",
    "in",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "(",
    ")",
    ",",
    "today",
    "len",
    "filled",
    "date",
    "matches",
    "age",
    "add_days",
    "'2024-01-01'",
    "=",
    ".",
    "[",
    "]",
    "__import__",
    "__class__",
    "lambda",
    ":",
    "*",
    "\\",
    "'",
]
token_soup = st.lists(st.sampled_from(TOKENS), max_size=25).map(" ".join)
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.text(max_size=3),
    st.dates(),
    st.lists(st.integers(0, 3), max_size=3),
)


@given(st.one_of(st.text(max_size=80), token_soup))
def test_parser_only_raises_its_own_error(text):
    try:
        parse_expression(text)
    except ExpressionSyntaxError as exc:
        assert 0 <= exc.position <= len(text)


@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(token_soup, st.fixed_dictionaries({"a": values, "b": values, "value": values}))
def test_evaluation_raises_only_eval_errors(text, env):
    try:
        node = parse_expression(text)
    except ExpressionSyntaxError:
        return
    with no_python_reachable():
        try:
            evaluate(node, env, today=TODAY)
        except ExpressionEvalError:
            pass
        assert condition(node, env, today=TODAY) in (True, False, None)


DANGEROUS = [
    "__import__('os')",
    "__import__('os').system('ls')",
    "().__class__",
    "''.__class__",
    "open('x')",
    "eval('1')",
    "exec('1')",
    "compile('1', 'x', 'exec')",
    "getattr(a, 'b')",
    "a.b",
    "a[0]",
    "lambda: 1",
    "lambda x: x",
    "[x for x in a]",
    "{}",
    "a if b else c",
    "globals()",
    "locals()",
    "vars()",
    "type(a)",
    "__builtins__['open']",
    "a; b",
    "a = 1",
    "1 * 2",
    "2 ** 8",
    "f'{a}'",
    "a:=1",
    "print(1)",
    "len.__self__",
]


@given(st.sampled_from(DANGEROUS))
def test_python_is_not_reachable(text):
    try:
        parse_expression(text)
    except ExpressionSyntaxError:
        return
    raise AssertionError(f"{text!r} parsed")


@given(st.sampled_from(["__builtins__", "__class__", "__import__", "open", "__dict__"]))
def test_names_only_come_from_the_environment(name):
    with no_python_reachable():
        assert evaluate(name, {}, today=TODAY) is None
        assert evaluate(name, {name: 7}, today=TODAY) == 7


@contextlib.contextmanager
def no_python_reachable():
    """Make builtins that could reach Python fail loudly while evaluating."""
    blocked = ["__import__", "open", "eval", "exec", "compile", "getattr", "globals", "vars"]
    saved = {n: getattr(builtins, n) for n in blocked}

    def trap(*args, **kwargs):
        raise AssertionError("evaluation touched a Python builtin")

    for n in blocked:
        setattr(builtins, n, trap)
    try:
        yield
    finally:
        for n, f in saved.items():
            setattr(builtins, n, f)
