"""Answers: visibility, validation messages (Dutch), defaults, drop_hidden."""

from __future__ import annotations

from datetime import date

import pytest

from ibdesk.forms import default_answers, default_item, drop_hidden, load_definition, validate_answers, visible_fields

TODAY = date(2025, 3, 15)

FORM = """
- id: basis
  title: Basis
  fields:
    - id: startdatum
      type: date
      label: Startdatum
      required: true
      default: today
      constraints:
        - rule: "value <= today()"
          message: De startdatum mag niet in de toekomst liggen.
    - id: extra
      type: yesno
      label: Extra ondersteuning
      default: false
    - id: soort
      type: choice
      label: Soort
      required: true
      relevant: "extra == true"
      options: [{value: licht, label: Licht}, {value: zwaar, label: Zwaar}]
    - id: toelichting
      type: longtext
      label: Toelichting
      relevant: "soort == 'zwaar'"
      required: true
      max_length: 10
    - id: uitleg
      type: info
      text: Lees dit.
- id: details
  title: Details
  relevant: "extra == true"
  fields:
    - id: uren
      type: number
      label: Uren
      required: true
      min: 1
      max: 40
      decimals: 1
    - id: problemen
      type: multichoice
      label: Problemen
      default: [lezen]
      options: [{value: lezen, label: Lezen}, {value: rekenen, label: Rekenen}]
    - id: contact
      type: person
      label: Contactpersoon
    - id: handtekening
      type: signature
      label: Handtekening
- id: doelen_sectie
  title: Doelen
  fields:
    - id: doelen
      type: group
      label: Doelen
      min_items: 1
      max_items: 2
      fields:
        - {id: omschrijving, type: text, label: Omschrijving, required: true}
        - {id: behaald, type: yesno, label: Behaald, default: false}
        - id: reden
          type: text
          label: Reden
          relevant: "behaald == false and extra == true"
          required: true
"""


@pytest.fixture
def form(write, form_yaml):
    return load_definition(write("f.yaml", form_yaml(FORM)))


def test_visibility_follows_conditions_and_sections(form):
    base = {"extra": False, "doelen": [{"omschrijving": "x", "behaald": False}]}
    assert visible_fields(form, base, TODAY) == {
        "startdatum",
        "extra",
        "uitleg",
        "doelen",
        "doelen[0].omschrijving",
        "doelen[0].behaald",
    }
    shown = visible_fields(form, {**base, "extra": True, "soort": "zwaar"}, TODAY)
    assert {"soort", "toelichting", "uren", "problemen", "doelen[0].reden"} <= shown


def test_hidden_fields_read_as_null_in_later_conditions(form):
    # soort keeps a stale 'zwaar' but is hidden, so toelichting is hidden too
    shown = visible_fields(form, {"extra": False, "soort": "zwaar"}, TODAY)
    assert "soort" not in shown and "toelichting" not in shown


def test_valid_answers_give_no_messages(form):
    answers = {
        "startdatum": "2025-01-06",
        "extra": True,
        "soort": "licht",
        "uren": 2.5,
        "problemen": ["lezen", "rekenen"],
        "contact": "p-12",
        "handtekening": "sig:1",
        "doelen": [{"omschrijving": "Lezen", "behaald": True}],
    }
    assert validate_answers(form, answers, TODAY) == {}


def test_required_and_hidden(form):
    errors = validate_answers(form, {"extra": False, "doelen": [{"omschrijving": "x"}]}, TODAY)
    assert errors == {"startdatum": "Dit veld is verplicht."}  # soort/uren hidden: not required
    errors = validate_answers(
        form, {"startdatum": "2025-01-01", "extra": True, "doelen": [{"omschrijving": " "}]}, TODAY
    )
    assert errors == {
        "soort": "Dit veld is verplicht.",
        "uren": "Dit veld is verplicht.",
        "doelen[0].omschrijving": "Dit veld is verplicht.",
    }


@pytest.mark.parametrize(
    "key,value,message",
    [
        ("startdatum", "2025-02-30", "Ongeldige datum; gebruik JJJJ-MM-DD."),
        ("startdatum", "15-03-2025", "Ongeldige datum; gebruik JJJJ-MM-DD."),
        ("startdatum", "2025-03-16", "De startdatum mag niet in de toekomst liggen."),
        ("soort", "middel", "Onbekende keuze: 'middel'."),
        ("uren", 0, "De waarde moet minimaal 1 zijn."),
        ("uren", 41, "De waarde mag hoogstens 40 zijn."),
        ("uren", 1.25, "Maximaal 1 cijfer achter de komma."),
        ("uren", "3", "Ongeldig getal."),
        ("uren", True, "Ongeldig getal."),
        ("extra", "ja", "Kies ja of nee."),
        ("problemen", ["lezen", "schrijven"], "Onbekende keuze: 'schrijven'."),
        ("problemen", ["lezen", "lezen"], "Een keuze staat er meer dan eens in."),
        ("problemen", "lezen", "Ongeldige waarde: lijst met keuzes verwacht."),
        ("contact", True, "Ongeldige verwijzing."),
        ("doelen", [], "Voeg er minimaal 1 toe."),
        ("doelen", [{"omschrijving": "a"}] * 3, "Maximaal 2 toegestaan."),
        ("doelen", {"omschrijving": "a"}, "Ongeldige waarde: lijst verwacht."),
        ("onbekend", 1, "Onbekend veld."),
        ("uitleg", "x", "Bij een toelichting hoort geen antwoord."),
    ],
)
def test_messages(form, key, value, message):
    answers = {
        "startdatum": "2025-01-01",
        "extra": True,
        "soort": "licht",
        "uren": 2,
        "doelen": [{"omschrijving": "a", "behaald": True}],
        key: value,
    }
    assert validate_answers(form, answers, TODAY) == {key: message}


def test_group_items_are_validated_with_paths(form):
    answers = {
        "startdatum": "2025-01-01",
        "extra": True,
        "soort": "zwaar",
        "uren": 2,
        "toelichting": "veel te lange tekst",
        "doelen": [{"omschrijving": "a", "behaald": False, "x": 1}, "kapot"],
    }
    assert validate_answers(form, answers, TODAY) == {
        "toelichting": "Maximaal 10 tekens (nu 19).",
        "doelen[0].reden": "Dit veld is verplicht.",
        "doelen[0].x": "Onbekend veld.",
        "doelen[1]": "Ongeldig onderdeel.",
    }


def test_answers_must_be_a_mapping(form):
    assert validate_answers(form, ["x"], TODAY) == {"": "Antwoorden moeten een object zijn."}


def test_defaults(form):
    assert default_answers(form, TODAY) == {
        "startdatum": "2025-03-15",
        "extra": False,
        "problemen": ["lezen"],
        "doelen": [{"behaald": False}],
    }
    assert default_item(form.field("doelen"), TODAY) == {"behaald": False}


def test_drop_hidden(form):
    answers = {
        "startdatum": "2025-01-01",
        "extra": False,
        "soort": "zwaar",
        "uren": 3,
        "onbekend": 1,
        "doelen": [{"omschrijving": "a", "behaald": False, "reden": "r"}],
    }
    assert drop_hidden(form, answers, TODAY) == {
        "startdatum": "2025-01-01",
        "extra": False,
        "doelen": [{"omschrijving": "a", "behaald": False}],
    }


def test_faulty_condition_hides_and_faulty_constraint_passes(write, form_yaml):
    form = load_definition(
        write(
            "f.yaml",
            form_yaml("""
        - id: s
          title: S
          fields:
            - {id: naam, type: text, label: Naam}
            - {id: x, type: text, label: X, required: true, relevant: "naam > 3"}
            - id: y
              type: text
              label: Y
              constraints: [{rule: "value < 3", message: Nooit.}]
        """),
        )
    )
    answers = {"naam": "abc", "y": "tekst"}
    assert "x" not in visible_fields(form, answers, TODAY)
    assert validate_answers(form, answers, TODAY) == {}
