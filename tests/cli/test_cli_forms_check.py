"""`ibdesk forms check` itself, as school IT runs it on a region's folder (issue 16, point 10)."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.cli import ibdesk

FORMS = Path(__file__).parents[2] / "forms"


def test_forms_check_passes_the_bundled_definitions():
    result = ibdesk("forms", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    count = len(list(FORMS.rglob("*.yaml")))
    assert f"Alle definities zijn in orde ({count} bestanden)." in result.stdout


def test_forms_check_names_file_line_and_column_of_a_mistake(tmp_path):
    region = tmp_path / "regio"
    shutil.copytree(FORMS, region)
    opp = region / "opp.yaml"
    text = opp.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.strip().startswith("category:"))
    opp.write_text(text.replace("category:", "category: medisch #", 1), encoding="utf-8")
    result = ibdesk("forms", "check", str(region))
    assert result.returncode == 1
    assert f"{opp}:{line}:" in result.stdout, result.stdout
    assert "medisch" in result.stdout and "fout(en) in de formulierdefinities" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_forms_check_of_a_missing_folder_says_so(tmp_path):
    result = ibdesk("forms", "check", str(tmp_path / "bestaat-niet"))
    assert result.returncode == 1 and "bestaat niet" in result.stderr
