"""The examples in forms/README.md must be valid definitions."""

from __future__ import annotations

import re
from pathlib import Path

from ibdesk.forms import load_catalog, step_missing_evidence, validate_answers

README = Path(__file__).parents[2] / "forms" / "README.md"


def examples() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n# example: (\w+)\n(.*?)```", text, re.S)
    return {kind: body for kind, body in blocks}


def test_readme_examples_load_as_a_catalog(tmp_path):
    found = examples()
    assert set(found) == {"form", "route"}
    for kind, body in found.items():
        (tmp_path / f"{kind}.yaml").write_text(body, encoding="utf-8")
    catalog = load_catalog(tmp_path)
    assert catalog.errors == []
    form = catalog.latest("gesprek-ouders")
    answers = {
        "datum": "2024-09-02",
        "ouders_aanwezig": True,
        "acties": [{"wat": "Leesplan", "uiterlijk": "2024-09-01"}],
    }
    assert validate_answers(form, answers) == {"acties[0].uiterlijk": "De afspraak moet na het gesprek liggen."}
    route = catalog.latest("routekaart-voorbeeld")
    assert step_missing_evidence(route, "signalering", {}) == ["Datum gesprek met ouders", "Ouders gehoord"]
