"""Issue 13 point 11: a region's forms folder cannot hang ibdesk.

A few hundred bytes of nested YAML aliases, and a pattern with catastrophic backtracking
('^(a+)+$' on 26 typed characters took 23.6 s with Python's `re`), run in real processes
with a time limit; `!!python` tags stay refused."""

import shutil
import subprocess
import sys

from support.cli import ibdesk

FORM_HEAD = "id: {id}\nversion: 1\nkind: form\ntitle: Test (fictief)\ncategory: meeting\nlevel: [po]\n"
BOMB = FORM_HEAD.format(id="bom") + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['x'] * 9)}]\n"
    for p, n in zip(["", "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi")
)
CATASTROPHIC = (
    FORM_HEAD.format(id="patroon")
    + """sections:
  - id: s
    title: S
    fields:
      - id: naam
        type: text
        label: Naam
        constraints:
          - rule: "matches(value, '^(a+)+$')"
            message: Alleen a's.
"""
)


def test_nested_aliases_are_refused_quickly(tmp_path):
    bomb = tmp_path / "bom.yaml"
    bomb.write_text(BOMB)
    assert len(BOMB.encode()) < 600
    result = ibdesk("forms", "check", str(bomb), timeout=60)
    assert result.returncode == 1 and "E005" in result.stdout + result.stderr


def test_a_forms_folder_with_a_bomb_does_not_hang_a_case(home, tmp_path):
    from ibdesk.paths import bundled_forms_dir

    folder = tmp_path / "regio"
    shutil.copytree(bundled_forms_dir(), folder)
    (folder / "bom.yaml").write_text(BOMB)
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    result = ibdesk("case", "2", env={"IBDESK_FORMS_DIR": str(folder)}, timeout=90)
    assert result.returncode == 0, result.stderr


def test_a_catastrophic_pattern_runs_in_linear_time(tmp_path):
    form = tmp_path / "patroon.yaml"
    form.write_text(CATASTROPHIC)
    checked = ibdesk("forms", "check", str(form), timeout=60)
    assert "Traceback" not in checked.stdout + checked.stderr
    code = (
        "from ibdesk.forms.evaluator import condition\n"
        "print(condition(\"matches(x, '^(a+)+$')\", {'x': 'a' * 26 + '!'}))\n"
        "print(condition(\"matches(x, '^(a+)+$')\", {'x': 'a' * 100000 + '!'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_patterns_the_linear_engine_cannot_run_are_refused_by_forms_check(tmp_path):
    form = tmp_path / "terugverwijzing.yaml"
    form.write_text(CATASTROPHIC.replace("^(a+)+$", r"^(a)\\1$"))
    result = ibdesk("forms", "check", str(form), timeout=60)
    assert result.returncode == 1 and "E207" in result.stdout and "RE2" in result.stdout


def test_python_tags_stay_refused(tmp_path):
    form = tmp_path / "python.yaml"
    form.write_text(FORM_HEAD.format(id="py") + "x: !!python/object/apply:os.system ['echo gehackt']\n")
    result = ibdesk("forms", "check", str(form), timeout=60)
    assert result.returncode == 1 and "gehackt" not in result.stdout
