"""The definitions shipped in forms/ must load cleanly and work with the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from ibdesk.forms import (
    FormDefinition,
    check_paths,
    default_answers,
    load_catalog,
    step_missing_evidence,
    validate_answers,
    visible_fields,
)

FORMS = Path(__file__).parents[2] / "forms"


def test_the_bundled_forms_folder_holds_definitions():
    """A missing or emptied forms/ is a failure, not a reason to skip the tests below."""
    assert len(list(FORMS.glob("*.yaml"))) >= 5, FORMS


def test_a_route_is_found_as_a_route_and_a_form_is_not_one():
    """Catalog.route: what guidance and the school's default route read; a form's id is no route."""
    catalog = load_catalog(FORMS)
    route = catalog.routes()[0]
    assert catalog.route(route.id) is catalog.latest(route.id)
    assert catalog.route(route.id, route.version) is catalog.get(route.id, route.version)
    with pytest.raises(KeyError):
        catalog.route(catalog.forms()[0].id)
    with pytest.raises(KeyError):
        catalog.route("bestaat-niet")


def test_shipped_definitions_have_no_errors():
    errors = check_paths([FORMS])
    assert errors == [], "\n".join(map(str, errors))


def test_engine_runs_on_every_shipped_definition():
    catalog = load_catalog(FORMS)
    for definition in catalog:
        if isinstance(definition, FormDefinition):
            answers = default_answers(definition)
            assert isinstance(validate_answers(definition, answers), dict)
            assert visible_fields(definition, answers) <= {
                *(f.id for f in definition.fields),
                *_group_paths(definition, answers),
            }
        else:
            for step in definition.steps:
                assert isinstance(validate_answers(step, default_answers(step)), dict)
                assert isinstance(step_missing_evidence(definition, step.id, {}), list)


def _group_paths(definition, answers):
    for f in definition.fields:
        for i, _ in enumerate(answers.get(f.id) or []) if f.type == "group" else ():
            for c in f.fields:
                yield f"{f.id}[{i}].{c.id}"
