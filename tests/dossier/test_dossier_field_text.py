"""How each field type reads in the dossier (through the field-type registry): Dutch dates,
option labels instead of codes, organisation names instead of ids, a repeated group as a
table without its signature column. Starts from an empty profile with one organisation
added the way the Contacten page adds it."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.dossier.answers import Directory, FieldRow, GroupTable, form_blocks, value_text
from ibdesk.forms import parse_definition
from ibdesk.services.dossier_sources import directory as read_directory
from ibdesk.services.organisations import OrganisationService

DEFINITION = """\
id: t
version: 1
kind: form
title: Test
category: youth_care
sections:
  - id: s
    title: Aanmelding
    fields:
      - {id: datum, type: date, label: Datum aanmelding}
      - id: soort
        type: choice
        label: Soort hulp
        options: [{value: 1, label: Ambulant}, {value: 2, label: Dagbehandeling}]
      - {id: thema, type: multichoice, label: Thema's, options: [{value: a, label: Gedrag}, {value: b, label: Thuis}]}
      - {id: bij, type: organisation, label: Aangemeld bij}
      - {id: akkoord, type: yesno, label: Ouders akkoord}
      - {id: uren, type: number, label: Uren per week}
      - {id: door, type: person, label: Ingevuld door, role: staff}
      - {id: handtekening, type: signature, label: Handtekening}
      - id: afspraken
        type: group
        label: Afspraken
        fields:
          - {id: wanneer, type: date, label: Wanneer}
          - {id: met, type: organisation, label: Met}
          - {id: vorm, type: choice, label: Vorm, options: [{value: tel, label: Telefonisch}, {value: mdo, label: MDO}]}
          - {id: paraaf, type: signature, label: Paraaf}
"""
STROKES = "strokes:[[[100,500],[300,400]]]"


def _definition():
    definition, errors, _ = parse_definition(DEFINITION, "t.yaml")
    assert errors == []
    return definition


def _organisation(store) -> str:
    org = OrganisationService(store).save(Organisation(OrgKind.JEUGDHULP, "Jeugdhulp De Brug (fictief)"))
    return str(org.id)


def _directory(store, staff: str) -> Directory:
    """The names the export reads from the store (no pupil guardians here), with `staff` as the
    case lead's line."""
    found = read_directory(store, SimpleNamespace(guardians=[]), "", "")
    return replace(found, staff=staff)


def test_each_field_type_reads_as_dutch_text_in_the_dossier(store):
    org = _organisation(store)
    directory = _directory(store, staff="J. de Vries (fictief)")
    answers = {
        "datum": "2026-03-12",
        "soort": 2,
        "thema": ["a", "b"],
        "bij": org,
        "akkoord": True,
        "uren": 2.5,
        "door": "J. de Vries (fictief)",
        "handtekening": STROKES,
    }
    [block] = form_blocks(_definition(), answers, directory)
    assert block.title == "Aanmelding"
    assert [(r.label, r.text) for r in block.rows if isinstance(r, FieldRow)] == [
        ("Datum aanmelding", "12-03-2026"),
        ("Soort hulp", "Dagbehandeling"),
        ("Thema's", "Gedrag; Thuis"),
        ("Aangemeld bij", "Jeugdhulp De Brug (fictief)"),
        ("Ouders akkoord", "Ja"),
        ("Uren per week", "2,5"),
        ("Ingevuld door", "J. de Vries (fictief)"),
        ("Handtekening", "Getekend"),
    ]


def test_a_repeated_group_is_a_table_of_its_filled_columns_without_signatures(store):
    org = _organisation(store)
    directory = _directory(store, staff="")
    answers = {
        "afspraken": [
            {"wanneer": "2026-04-01", "met": org, "vorm": "mdo", "paraaf": STROKES},
            {"wanneer": "2026-05-06", "vorm": "tel"},
        ]
    }
    [block] = form_blocks(_definition(), answers, directory)
    [table] = block.rows
    assert isinstance(table, GroupTable)
    assert table.label == "Afspraken"
    assert table.columns == ("Wanneer", "Met", "Vorm")
    assert table.items == (("01-04-2026", "Jeugdhulp De Brug (fictief)", "MDO"), ("06-05-2026", "", "Telefonisch"))


def test_an_unknown_code_or_a_deleted_organisation_still_reads_sensibly(store):
    directory = _directory(store, staff="")
    definition = _definition()
    assert value_text(definition.field("soort"), 7, directory) == "7"
    assert value_text(definition.field("bij"), "999", directory) == "organisatie (niet meer bekend)"
    assert value_text(definition.field("datum"), "", directory) == ""
    assert value_text(definition.field("thema"), [], directory) == ""
