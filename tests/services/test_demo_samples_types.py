"""The demo's sample answers know every field type with a value, and each sample is an
answer the form engine accepts (the demo fills every shipped form through them)."""

from __future__ import annotations

from datetime import date

from ibdesk.forms import FIELD_TYPES, parse_definition, validate_answers
from ibdesk.services.demo_samples import SAMPLES, sample_answers

DEFINITION = """\
id: t
version: 1
kind: form
title: T
category: opp
sections:
  - id: s
    title: S
    fields:
      - {id: info, type: info, text: Uitleg}
      - {id: naam, type: text, label: Naam}
      - {id: visie_ouders, type: longtext, label: Visie ouders}
      - {id: datum, type: date, label: Datum}
      - {id: uren, type: number, label: Uren, min: 1, max: 40}
      - {id: akkoord, type: yesno, label: Akkoord}
      - {id: soort, type: choice, label: Soort, options: [{value: a, label: A}]}
      - {id: thema, type: multichoice, label: Thema, options: [{value: g, label: G}]}
      - {id: ouder, type: person, label: Ouder, role: guardian}
      - {id: org, type: organisation, label: Organisatie, org_kind: jeugdhulp}
      - {id: teken, type: signature, label: Handtekening}
      - id: doelen
        type: group
        label: Doelen
        min_items: 2
        fields:
          - {id: wat, type: text, label: Wat}
          - {id: per, type: date, label: Per}
"""
PEOPLE = {"staff": "1", "guardian": "4", "contact": "5", "organisation": "6", "organisation:jeugdhulp": "7"}


def test_every_type_with_a_value_has_a_sample():
    assert set(SAMPLES) == set(FIELD_TYPES) - {"info"}


def test_the_samples_are_answers_the_engine_accepts():
    definition, errors, _ = parse_definition(DEFINITION, "t.yaml")
    assert errors == []
    answers = sample_answers(definition, date(2026, 1, 5), PEOPLE)
    assert validate_answers(definition, answers, date(2027, 1, 1)) == {}
    assert answers["ouder"] == "4" and answers["org"] == "7" and answers["uren"] == 1
    assert answers["visie_ouders"].startswith("Ouders zien")
    assert len(answers["doelen"]) == 2 and answers["doelen"][1]["per"] > answers["doelen"][0]["per"] > answers["datum"]
    assert "info" not in answers
