"""Route helpers: evidence per step (stalled steps are a domain rule: domain/route.py)."""

from __future__ import annotations

import pytest

from ibdesk.forms import load_definition, step_missing_evidence, validate_answers, visible_fields

ROUTE = """
id: routekaart-test
version: 1
kind: route
title: Routekaart test
region: Renkum
level: [po]
category: support_history
steps:
  - id: signalering
    title: Signalering en eerste gesprek met ouders
    guidance: Bespreek het signaal met de ouders.
    participants: [leerkracht, ib, ouders]
    normal_duration_days: 42
    required: true
    fields:
      - {id: datum_gesprek, type: date, label: Datum gesprek}
      - {id: ouders_gehoord, type: yesno, label: Ouders gehoord}
      - id: reden_niet_gehoord
        type: longtext
        label: Waarom niet gehoord
        relevant: "ouders_gehoord == false"
    required_evidence: [datum_gesprek, ouders_gehoord, reden_niet_gehoord]
  - id: evaluatie
    title: Evaluatie
    fields:
      - {id: datum_gesprek, type: date, label: Datum evaluatie}
"""


@pytest.fixture
def route(write):
    return load_definition(write("route.yaml", ROUTE))


def test_route_model(route):
    assert route.kind == "route" and route.region == "Renkum"
    assert [s.id for s in route.steps] == ["signalering", "evaluatie"]
    assert route.step("signalering").participants == ("leerkracht", "ib", "ouders")
    assert [f.id for f in route.iter_fields()] == [
        "datum_gesprek",
        "ouders_gehoord",
        "reden_niet_gehoord",
        "datum_gesprek",
    ]


def test_missing_evidence_by_label(route):
    assert step_missing_evidence(route, "signalering", {}) == ["Datum gesprek", "Ouders gehoord"]
    assert step_missing_evidence(route, "signalering", {"ouders_gehoord": False}) == [
        "Datum gesprek",
        "Waarom niet gehoord",
    ]
    done = {"datum_gesprek": "2025-01-10", "ouders_gehoord": True}
    assert step_missing_evidence(route, "signalering", done) == []
    assert step_missing_evidence(route, "evaluatie", {}) == []
    with pytest.raises(KeyError):
        step_missing_evidence(route, "nope", {})


def test_step_answers_use_the_answers_api(route):
    step = route.step("signalering")
    assert validate_answers(step, {"datum_gesprek": "x"}) == {"datum_gesprek": "Ongeldige datum; gebruik JJJJ-MM-DD."}
    assert "reden_niet_gehoord" in visible_fields(step, {"ouders_gehoord": False})
    with pytest.raises(TypeError):
        validate_answers(route, {})
