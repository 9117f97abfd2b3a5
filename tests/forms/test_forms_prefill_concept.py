"""Prefill sources (checked per file and across the catalog) and concept validation."""

from __future__ import annotations

from datetime import date

from ibdesk.forms import Found, check_paths, load_catalog, prefill_answers, validate_answers

SOURCE = """
id: bron
version: 1
kind: form
title: Bron
category: opp
sections:
  - id: s
    title: S
    fields:
      - {id: sterk, type: longtext, label: Sterk}
      - {id: datum, type: date, label: Datum}
      - id: advies
        type: choice
        label: Advies
        options: [{value: havo, label: havo}, {value: mavo, label: mavo}]
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
    fields:
      - {id: krachten, type: longtext, label: Krachten}
"""


def target(prefill_lines: str, field: str = "{id: doel, type: text, label: Doel, max_length: 20}") -> str:
    return f"""
id: doel
version: 1
kind: form
title: Doel
category: handover
sections:
  - id: s
    title: S
    fields:
      - {field[:-1]}, prefill: [{prefill_lines}]}}
"""


def codes(write, tmp_path, text: str) -> list[tuple[str, str]]:
    write("bron.yaml", SOURCE)
    write("route.yaml", ROUTE)
    path = write("doel.yaml", text)
    return [(e.code, e.message) for e in check_paths([path])]


def test_valid_sources_pass_the_check(write, tmp_path):
    text = target(
        "{form: bron, field: sterk}, {form: route, step: stap, field: krachten}, {record: pupil.municipality}"
    )
    assert codes(write, tmp_path, text) == []


def test_unknown_form_step_or_field_is_e151(write, tmp_path):
    assert codes(write, tmp_path, target("{form: bestaat_niet, field: x}"))[0][0] == "E151"
    found = codes(write, tmp_path, target("{form: route, step: geen, field: krachten}"))
    assert found == [("E151", "prefill of field 'doel': route 'route' has no step 'geen'")]
    found = codes(write, tmp_path, target("{form: bron, field: sterkk}"))
    assert found == [("E151", "prefill of field 'doel': form 'bron' has no field 'sterkk'")]
    assert codes(write, tmp_path, target("{form: route, field: krachten}"))[0] == (
        "E151",
        "prefill of field 'doel': 'route' is a route: add 'step'",
    )


def test_a_source_of_another_type_is_e152(write, tmp_path):
    assert codes(write, tmp_path, target("{form: bron, field: datum}"))[0][0] == "E152"
    assert codes(write, tmp_path, target("{record: case.has_opp}"))[0][0] == "E152"
    assert (
        codes(write, tmp_path, target("{record: case.lead}", "{id: doel, type: person, role: guardian, label: Doel}"))[
            0
        ][0]
        == "E152"
    )


def test_malformed_sources_and_fields_that_cannot_be_prefilled_are_e150(write, tmp_path):
    assert codes(write, tmp_path, target("{form: bron}"))[0][0] == "E150"
    assert codes(write, tmp_path, target("{record: pupil.group, field: x}"))[0][0] == "E150"
    assert (
        codes(write, tmp_path, target("{record: pupil.group}", "{id: doel, type: signature, label: Doel}"))[0][0]
        == "E150"
    )
    assert codes(write, tmp_path, target("{record: pupil.bsn}"))[0][0] == "E104"  # not a record ibdesk offers


def test_first_fitting_source_wins_and_misfits_are_skipped(write, tmp_path):
    write("bron.yaml", SOURCE)
    write("doel.yaml", target("{form: bron, field: sterk}, {record: pupil.group}"))
    write(
        "keuze.yaml",
        target(
            "{form: bron, field: advies}",
            "{id: doel, type: choice, label: Doel, options: [{value: havo, label: havo}]}",
        ).replace("id: doel\n", "id: keuze\n", 1),
    )
    catalog = load_catalog(tmp_path)
    assert catalog.errors == []
    known = {"bron": {"sterk": "Veel te lange tekst voor dit veld", "advies": "mavo"}}

    def lookup(source):
        if source.record:
            return Found("groep 8", "uit de leerlinggegevens")
        value = known.get(source.form, {}).get(source.field)
        return Found(value, f"uit {source.form}") if value is not None else None

    filled = prefill_answers(catalog.latest("doel"), lookup)
    assert filled.answers == {"doel": "groep 8"} and filled.origins == {"doel": "uit de leerlinggegevens"}
    assert prefill_answers(catalog.latest("keuze"), lookup).answers == {}  # 'mavo' is not an option there
    known["bron"]["advies"] = "havo"
    chosen = prefill_answers(catalog.latest("keuze"), lookup)
    assert chosen.answers == {"doel": "havo"} and chosen.origins == {"doel": "uit bron"}


def test_a_concept_may_be_incomplete_but_never_wrong(write, form_yaml):
    from ibdesk.forms import load_definition

    form = load_definition(
        write(
            "f.yaml",
            form_yaml("""
        - id: s
          title: S
          fields:
            - {id: naam, type: text, label: Naam, required: true, max_length: 5}
            - id: datum
              type: date
              label: Datum
              required: true
              constraints: [{rule: "value <= today()", message: Niet in de toekomst.}]
            - id: doelen
              type: group
              label: Doelen
              min_items: 2
              fields: [{id: wat, type: text, label: Wat, required: true}]
    """),
        )
    )
    today = date(2026, 3, 1)
    assert validate_answers(form, {}, today, concept=True) == {}
    assert set(validate_answers(form, {}, today)) == {"naam", "datum", "doelen"}
    partial = {"doelen": [{}], "datum": "2026-04-01"}  # too few items, empty member, future date
    assert validate_answers(form, partial, today, concept=True) == {}
    assert validate_answers(form, partial, today)["datum"] == "Niet in de toekomst."
    wrong = {"naam": "veel te lang", "datum": "1-4-2026", "doelen": [{"wat": 3}], "extra": 1}
    assert validate_answers(form, wrong, today, concept=True) == {
        "naam": "Maximaal 5 tekens (nu 12).",
        "datum": "Ongeldige datum; gebruik JJJJ-MM-DD.",
        "doelen[0].wat": "Ongeldige waarde: tekst verwacht.",
        "extra": "Onbekend veld.",
    }


def test_shipped_prefills_point_at_real_fields():
    from ibdesk.paths import bundled_forms_dir

    catalog = load_catalog(bundled_forms_dir())
    assert catalog.errors == []
    sources = {
        (s.form, s.step, s.field, s.record)
        for d in catalog.forms()
        for f in d.fields
        for s in getattr(f, "prefill", ())
    }
    assert ("opp", None, "bevorderende_factoren", None) in sources  # handover ← OPP
    assert ("routekaart-po", "arrangement_opp", "arr_swv", None) in sources  # OPP ← route
    assert (None, None, None, "pupil.municipality") in sources  # ← the records
