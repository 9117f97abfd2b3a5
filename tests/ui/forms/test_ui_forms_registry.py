"""The UI's field-type registry (ui/forms/inputs.py) covers the same types as the Qt-free one,
every type the shipped forms use, and each entry builds an input that gives back the value
it was given (a repeated group builds its rows through the same registry)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ibdesk.forms import FIELD_TYPES, load_catalog, parse_definition
from ibdesk.forms.field_types import REGISTRY, UnknownFieldType
from ibdesk.ui.forms.group_widget import GroupInput
from ibdesk.ui.forms.inputs import INPUTS, input_kind
from ibdesk.ui.forms.row_base import BuildContext

from .helpers import FORMS

EVERY_TYPE = """\
id: t
version: 1
kind: form
title: Alle soorten velden
category: opp
sections:
  - id: s
    title: Alles
    fields:
      - {id: info, type: info, label: Toelichting, text: Vul in wat bekend is (fictief).}
      - {id: naam, type: text, label: Naam}
      - {id: verhaal, type: longtext, label: Verhaal}
      - {id: datum, type: date, label: Datum}
      - {id: uren, type: number, label: Uren, decimals: 1}
      - {id: akkoord, type: yesno, label: Akkoord}
      - {id: soort, type: choice, label: Soort, options: [{value: a, label: Ambulant}, {value: b, label: Dag}]}
      - {id: thema, type: multichoice, label: Thema, options: [{value: g, label: Gedrag}, {value: t, label: Thuis}]}
      - {id: wie, type: person, label: Wie}
      - {id: org, type: organisation, label: Organisatie}
      - {id: teken, type: signature, label: Handtekening}
      - id: doelen
        type: group
        label: Doelen
        item_label: Doel
        fields:
          - {id: wat, type: text, label: Wat}
          - {id: per, type: date, label: Per}
          - {id: bij, type: organisation, label: Bij}
"""
ANSWERS = {
    "naam": "Sanne (fictief)",
    "verhaal": "Gaat goed.",
    "datum": "2025-03-01",
    "uren": 2.5,
    "akkoord": False,
    "soort": "b",
    "thema": ["g", "t"],
    "wie": 2,
    "org": 11,
    "teken": "strokes:[[[100,500],[300,400]]]",
    "doelen": [{"wat": "Rust", "per": "2025-04-01", "bij": 10}, {"wat": "Lezen"}],
}


def test_both_registries_know_exactly_the_types_of_the_format():
    assert set(INPUTS) == set(REGISTRY) == set(FIELD_TYPES)


def test_every_type_the_shipped_forms_use_has_a_widget():
    used = {f.type for definition in load_catalog(FORMS) for f in definition.iter_fields()}
    assert len(used) >= 10
    assert used <= set(INPUTS)
    assert all(INPUTS[t].make is not None for t in used if t != "info")


def test_an_unknown_type_is_a_clear_error_in_the_ui_too():
    with pytest.raises(UnknownFieldType, match="unknown field type 'slider'"):
        input_kind("slider")


def test_a_group_without_a_row_factory_says_what_is_missing(qtbot):
    definition, errors, _ = parse_definition(EVERY_TYPE, "t.yaml")
    assert errors == []
    group = GroupInput(definition.field("doelen"), BuildContext())
    qtbot.addWidget(group.widget)
    with pytest.raises(RuntimeError, match="make_row is not set"):
        group.set_value([{"wat": "Rust"}])


def test_every_type_builds_an_input_that_gives_back_its_value(make_view):
    definition, errors, _ = parse_definition(EVERY_TYPE, "t.yaml")
    assert errors == []
    view = make_view(definition)
    view.set_answers(ANSWERS)
    view.finish_building()
    QApplication.processEvents()
    assert view.answers() == ANSWERS
    assert view.row("info").input is None
    assert isinstance(view.row("doelen").input, GroupInput)
    assert len(view.row("doelen").input.items) == 2
    assert view.row("doelen[0].bij").value() == 10
