"""Loader, catalog and cross-file checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ibdesk.forms import (
    ERROR_CODES,
    DefinitionInvalid,
    FormDefinition,
    FormError,
    GroupField,
    RouteDefinition,
    check_paths,
    json_schema,
    load_catalog,
    load_definition,
)

SECTIONS = """
- id: basis
  title: Basis
  fields:
    - id: naam
      type: text
      label: Naam
      required: true
    - id: doelen
      type: group
      label: Doelen
      fields:
        - {id: omschrijving, type: text, label: Omschrijving}
"""

ROUTE = """
id: route
version: 1
kind: route
title: Route
category: support_history
steps:
  - id: stap
    title: Stap
    forms: [{form}]
    fields:
      - {{id: datum, type: date, label: Datum}}
    required_evidence: [datum]
"""


def test_load_definition_builds_frozen_model(write, form_yaml):
    d = load_definition(write("f.yaml", form_yaml(SECTIONS)))
    assert isinstance(d, FormDefinition)
    assert (d.id, d.version, d.kind, d.category, d.title) == ("test", 1, "form", "opp", "Test")
    assert [f.id for f in d.fields] == ["naam", "doelen"]
    assert [f.id for f in d.iter_fields()] == ["naam", "doelen", "omschrijving"]
    assert isinstance(d.field("doelen"), GroupField)
    assert d.section_of("naam").id == "basis"
    with pytest.raises((ValueError, AttributeError)):  # frozen: pydantic's ValidationError is a ValueError
        d.title = "changed"


def test_yaml_dates_are_read_as_iso_text(write, form_yaml):
    d = load_definition(
        write(
            "f.yaml",
            form_yaml("""
        - id: s
          title: S
          fields:
            - {id: d, type: date, label: D, default: 2024-08-01}
        """),
        )
    )
    assert d.field("d").default == "2024-08-01"


def test_definition_invalid_lists_all_errors(write, form_yaml):
    path = write(
        "f.yaml",
        form_yaml("""
        - id: s
          title: S
          fields:
            - {id: a, type: txt, label: A}
            - {id: b, type: text, label: B, relevant: "c == 1"}
            - {id: b, type: text, label: B2}
        """),
    )
    with pytest.raises(DefinitionInvalid) as info:
        load_definition(path)
    codes = [e.code for e in info.value.errors]
    assert codes == ["E103"]  # structural errors stop before semantic checks
    assert "f.yaml:10:" in str(info.value)


def test_semantic_errors_are_all_reported(write, form_yaml):
    path = write(
        "f.yaml",
        form_yaml("""
        - id: s
          title: S
          fields:
            - {id: b, type: text, label: B, relevant: "c == 1"}
            - {id: b, type: text, label: B2}
        """),
    )
    with pytest.raises(DefinitionInvalid) as info:
        load_definition(path)
    assert [(e.code, e.line) for e in info.value.errors] == [("E204", 10), ("E120", 11)]


def test_form_error_str():
    err = FormError("E103", "forms/opp.yaml", 12, 7, "unknown field type 'txt'", "use one of: text")
    assert str(err) == "forms/opp.yaml:12:7: E103 unknown field type 'txt' — use one of: text"


@pytest.mark.parametrize("quoted,offset", [('"{}"', 1), ("'{}'", 1), ("{}", 0)])
def test_expression_column_maps_into_the_file(write, form_yaml, quoted, offset):
    expr = "a == 1 and b = 2"
    path = write(
        "f.yaml",
        form_yaml(f"""
        - id: s
          title: S
          fields:
            - id: a
              type: number
              label: A
            - id: b
              type: number
              label: B
              relevant: {quoted.format(expr)}
        """),
    )
    [err] = check_paths([path])
    line = (path.read_text().splitlines())[err.line - 1]
    assert err.code == "E201"
    assert line[err.column - 1] == "="
    assert err.column == line.index("relevant: ") + len("relevant: ") + offset + expr.index("= 2") + 1


def test_catalog_loads_folder_and_archive_and_skips_broken(write, form_yaml, tmp_path):
    write("a.yaml", form_yaml(SECTIONS, id="a", version=2))
    write("archive/a-v1.yaml", form_yaml(SECTIONS, id="a", version=1))
    write("broken.yaml", "id: [unclosed\n")
    write("route.yaml", ROUTE.format(form="a"))
    write("notes.txt", "not a definition")
    catalog = load_catalog(tmp_path)
    assert [e.code for e in catalog.errors] == ["E001"]
    assert catalog.get("a", 1).version == 1
    assert catalog.latest("a").version == 2
    assert catalog.versions("a") == [1, 2]
    assert [d.id for d in catalog.forms()] == ["a"]
    assert [d.version for d in catalog.forms(all_versions=True)] == [1, 2]
    assert isinstance(catalog.routes()[0], RouteDefinition)
    assert ("a", 2) in catalog and len(catalog) == 3
    assert catalog.file_of("a", 1).endswith("a-v1.yaml")
    with pytest.raises(KeyError):
        catalog.latest("missing")
    with pytest.raises(KeyError):
        catalog.get("a", 9)


def test_duplicate_id_version_keeps_first_and_reports_both(write, form_yaml, tmp_path):
    write("a.yaml", form_yaml(SECTIONS, id="a"))
    write("archive/old.yaml", form_yaml(SECTIONS, id="a"))
    catalog = load_catalog(tmp_path)
    assert sorted((e.code, e.file.split("/")[-1], e.line) for e in catalog.errors) == [
        ("E140", "a.yaml", 2),
        ("E140", "old.yaml", 2),
    ]
    assert catalog.file_of("a", 1).endswith("a.yaml")


def test_route_with_unknown_form_is_kept_with_error(write, tmp_path):
    write("route.yaml", ROUTE.format(form="nergens"))
    catalog = load_catalog(tmp_path)
    assert [(e.code, e.line) for e in catalog.errors] == [("E131", 9)]
    assert catalog.latest("route").step("stap").forms == ("nergens",)


def test_route_naming_a_route_in_forms(write, tmp_path):
    write("route.yaml", ROUTE.format(form="route"))
    [err] = load_catalog(tmp_path).errors
    assert "is a route, not a form" in err.message


def test_check_single_file_uses_sibling_forms(write, form_yaml, tmp_path):
    write("a.yaml", form_yaml(SECTIONS, id="a"))
    route = write("route.yaml", ROUTE.format(form="a"))
    write("broken.yaml", "id: [unclosed\n")
    assert check_paths([route]) == []  # errors of sibling files are not reported
    assert [e.code for e in check_paths([tmp_path])] == ["E001"]


def test_check_missing_path(tmp_path):
    [err] = check_paths([tmp_path / "nope.yaml"])
    assert err.code == "E004"


def test_not_utf8(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"id: \xff\xfe\n")
    [err] = check_paths([path])
    assert err.code == "E004"


def test_json_schema_describes_both_kinds():
    schema = json_schema()
    text = json.dumps(schema)
    assert "FormDefinition" in text and "RouteDefinition" in text
    assert "multichoice" in text and "required_evidence" in text


def test_error_catalogue_is_documented():
    readme = Path(__file__).parents[2] / "forms" / "README.md"
    text = readme.read_text(encoding="utf-8")
    for code in ERROR_CODES:
        assert f"`{code}`" in text, code


def test_twelve_large_files_load_together(write, form_yaml, tmp_path):
    big = SECTIONS + "".join(
        f"""
- id: s{i}
  title: S{i}
  relevant: "filled(naam)"
  fields:
    - id: f{i}
      type: choice
      label: F
      relevant: "naam != 'x' and len(naam) > {i}"
      options: [{{value: a, label: A}}, {{value: b, label: B}}]
      constraints:
        - rule: "value != 'b' or filled(naam)"
          message: Nee.
    - {{id: d{i}, type: date, label: D, default: today, constraints: [{{rule: "value <= today()", message: X}}]}}
"""
        for i in range(12)
    )
    for n in range(12):
        write(f"f{n}.yaml", form_yaml(big, id=f"f{n}"))
    catalog = load_catalog(tmp_path)  # speed is measured in bench/bench_forms.py, not asserted here
    assert catalog.ok and len(catalog) == 12


@pytest.mark.parametrize(
    "relevant",
    [
        "relevant: 'a == ''x'' and b = 1'",
        'relevant: "a == \\"x\\" and b = 1"',
        "relevant: a == 'x'\n  and\n  b = 1",
        "relevant: |\n  a == 'x'\n    and b = 1",
        "relevant: >-\n  a == 'x' and\n  b = 1",
    ],
)
def test_expression_column_in_multiline_and_escaped_scalars(write, form_yaml, relevant):
    body = "\n".join("      " + line for line in relevant.splitlines())
    path = write(
        "f.yaml",
        form_yaml("""
        - id: s
          title: S
          fields:
            - {id: a, type: text, label: A}
            - id: b
              type: number
              label: B
        """)
        + body
        + "\n",
    )
    [err] = check_paths([path])
    line = path.read_text().splitlines()[err.line - 1]
    assert err.code == "E201" and line[err.column - 1 :].startswith("= 1")
