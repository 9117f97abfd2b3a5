"""The field-type registry (forms/field_types.py): one entry per type the definition format
allows, every type the shipped forms use among them, and the facts other layers act on."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest

from ibdesk.forms import FIELD_TYPES, load_catalog, parse_definition
from ibdesk.forms import model as m
from ibdesk.forms.field_types import REGISTRY, UnknownFieldType, field_type, filled_values
from ibdesk.forms.text import typed_text

FORMS = Path(__file__).parents[2] / "forms"


def _union_types(union) -> set[str]:
    """The `type` literals of a discriminated union of field models."""
    members = typing.get_args(typing.get_args(union)[0])
    return {typing.get_args(cls.model_fields["type"].annotation)[0] for cls in members}


def shipped_types() -> set[str]:
    catalog = load_catalog(FORMS)
    return {f.type for definition in catalog for f in definition.iter_fields()}


def test_the_registry_has_one_entry_per_type_the_format_allows():
    assert set(FIELD_TYPES) == _union_types(m.AnyField)
    assert _union_types(m.ItemField) == set(FIELD_TYPES) - {"group"}
    assert set(REGISTRY) == set(FIELD_TYPES)
    assert all(entry.name == name for name, entry in REGISTRY.items())


def test_every_type_the_shipped_forms_use_has_an_entry():
    used = shipped_types()
    assert {"date", "choice", "organisation", "group", "person", "signature"} <= used  # the scan saw the forms
    assert used <= set(REGISTRY)


def test_an_unknown_type_is_a_clear_error_not_a_key_error():
    with pytest.raises(UnknownFieldType, match=r"unknown field type 'slider'.*known types: text"):
        field_type("slider")
    assert not issubclass(UnknownFieldType, KeyError)


def test_a_definition_with_an_unknown_type_is_refused_when_the_file_is_checked():
    source = (
        "id: t\nversion: 1\nkind: form\ntitle: T\ncategory: opp\nsections:\n"
        "  - id: s\n    title: S\n    fields:\n      - {id: a, type: slider, label: A}\n"
    )
    definition, errors, _ = parse_definition(source, "t.yaml")
    assert definition is None
    assert [(e.code, e.line) for e in errors] == [("E103", 10)]
    assert "unknown field type 'slider'" in errors[0].message


def test_only_fields_with_a_single_value_may_be_prefilled():
    assert {name for name, entry in REGISTRY.items() if not entry.prefill} == {"group", "signature", "info"}
    source = (
        "id: t\nversion: 1\nkind: form\ntitle: T\ncategory: opp\nsections:\n"
        "  - id: s\n    title: S\n    fields:\n"
        "      - {id: a, type: signature, label: A, prefill: [{record: case.lead}]}\n"
    )
    _definition, errors, _ = parse_definition(source, "t.yaml")
    assert [e.code for e in errors] == ["E150"]
    assert "a signature field cannot be prefilled" in errors[0].message


def test_references_name_exactly_the_organisation_and_person_types():
    assert {n: e.refers_to for n, e in REGISTRY.items() if e.refers_to != "none"} == {
        "organisation": "organisation",
        "person": "person",
    }


GROUPED = (
    "id: t\nversion: 1\nkind: form\ntitle: T\ncategory: opp\nsections:\n"
    "  - id: s\n    title: S\n    fields:\n"
    "      - {id: note, type: text, label: Notitie}\n"
    "      - {id: soort, type: choice, label: Soort, options: [{value: a, label: Aanpak thuis}, "
    "{value: b, label: Begeleiding}]}\n"
    "      - id: doelen\n        type: group\n        label: Doelen\n        fields:\n"
    "          - {id: wat, type: longtext, label: Wat}\n"
    "          - {id: wie, type: organisation, label: Wie}\n"
    "          - {id: wanneer, type: date, label: Wanneer}\n"
)


def _grouped():
    definition, errors, _ = parse_definition(GROUPED, "t.yaml")
    assert errors == []
    return definition


def test_filled_values_walk_into_repeated_groups_with_their_paths():
    answers = {"note": "", "soort": "b", "doelen": [{"wat": "Rust in de klas", "wie": "7"}, "kapot", {"wanneer": None}]}
    found = [(path, f.type, value) for path, f, value in filled_values(_grouped().fields, answers)]
    assert found == [
        ("soort", "choice", "b"),
        ("doelen[0].wat", "longtext", "Rust in de klas"),
        ("doelen[0].wie", "organisation", "7"),
    ]


def test_search_finds_typed_text_and_chosen_labels_also_inside_groups_but_no_ids_or_dates():
    answers = {
        "note": "Gesprek (fictief)",
        "soort": "b",
        "doelen": [{"wat": "Rust in de klas", "wie": "7", "wanneer": "2026-03-12"}],
    }
    assert typed_text(_grouped(), answers) == ["Gesprek (fictief)", "Begeleiding", "Rust in de klas"]
