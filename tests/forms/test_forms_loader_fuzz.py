"""Robustness: mutated definitions never crash the loader; errors stay well-formed."""

from __future__ import annotations

import copy

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ibdesk.forms import ERROR_CODES, parse_definition

VALID = yaml.safe_load("""
id: fuzz
version: 1
kind: form
title: Fuzz
category: opp
sections:
  - id: s
    title: S
    relevant: "filled(a)"
    fields:
      - {id: a, type: text, label: A, required: true}
      - id: b
        type: choice
        label: B
        relevant: "a == 'x'"
        options: [{value: p, label: P}, {value: q, label: Q}]
        default: p
      - id: g
        type: group
        label: G
        min_items: 1
        fields:
          - {id: c, type: number, label: C, min: 0, max: 5, constraints: [{rule: "value > 1", message: M}]}
""")


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths(v, prefix + (i,))


ALL_PATHS = [p for p in paths(VALID) if p]
REPLACEMENTS = [
    None,
    0,
    -1,
    2.5,
    "",
    "x",
    "txt",
    "value",
    "a ==",
    "a.b",
    True,
    [],
    {},
    [1],
    {"a": 1},
    "today",
    "2024-13-01",
    [{"value": "p"}],
    "DELETE",
]


def mutate(data, path, replacement):
    data = copy.deepcopy(data)
    parent = data
    for seg in path[:-1]:
        parent = parent[seg]
    if replacement == "DELETE":
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    return data


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), st.sampled_from(REPLACEMENTS)), min_size=1, max_size=3))
def test_mutations_give_well_formed_errors(mutations):
    data = VALID
    for path, replacement in mutations:
        try:
            data = mutate(data, path, replacement)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    definition, errors, _ = parse_definition(text, "f.yaml")
    assert (definition is None) == bool(errors)
    lines = text.count("\n") + 1
    for err in errors:
        assert err.code in ERROR_CODES
        assert 1 <= err.line <= lines and err.column >= 1
        assert err.message and err.hint, str(err)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text):
    definition, errors, _ = parse_definition(text, "f.yaml")
    assert definition is None and errors
