"""`ibdesk selftest` for school IT (issue 15): every part runs for real, is timed, exit 0 only when
all work, and nothing is left behind (no temporary folder, no keyring entry)."""

import json
import os
import tempfile
from pathlib import Path

from support.cli import ibdesk
from support.ui_language import dutch_left


def keyring_entries() -> dict:
    path = Path(os.environ["IBDESK_TEST_KEYRING_FILE"])
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("ibdesk-selftest-*")}


def test_selftest_passes_times_each_part_and_leaves_nothing(tmp_path):
    shots = tmp_path / "shots"
    shots.mkdir()
    before_tmp, before_keys = leftovers(), keyring_entries()
    result = ibdesk("selftest", "--screenshots", str(shots), home=tmp_path / "profile", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for part in ("sleutelbeheer", "versleutelde opslag", "formulieren", "pdf maken, tekenen, controleren", "schermen"):
        line = next(line for line in lines if part in line)
        assert line.startswith("OK") and " s  " in line, line
    assert "support.file_keyring.FileKeyring (bruikbaar)" in result.stdout
    assert "processtart tot hoofdvenster" in result.stdout and "Zelftest geslaagd." in lines
    pngs = sorted(p.name for p in shots.glob("*.png"))
    assert pngs[0] == "01-overzicht.png" and "casus" in pngs[-1] and len(pngs) >= 8, pngs
    assert leftovers() == before_tmp, "the temporary profile was removed"
    assert keyring_entries() == before_keys, "no keyring entry is left behind"
    assert not (tmp_path / "profile" / "ibdesk.db").exists(), "the user's own profile is not touched"


def test_selftest_fails_when_a_part_fails(tmp_path):
    folder = tmp_path / "share-is-down"
    Path(os.environ["IBDESK_POLICY"]).write_text(f"forms_dir: {folder}\n", encoding="utf-8")
    before_keys = keyring_entries()
    result = ibdesk("selftest", home=tmp_path / "profile", timeout=600)
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if "formulieren" in line)
    assert line.startswith("FOUT") and f"De formulierenmap {folder} is niet bereikbaar" in line
    assert "Zelftest NIET geslaagd" in result.stderr and "Zelftest geslaagd." not in result.stdout
    assert keyring_entries() == before_keys


def test_selftest_reports_in_english(tmp_path):
    """School IT on an English Windows reads the report in English (issue 16.8)."""
    folder = tmp_path / "share-is-down"
    Path(os.environ["IBDESK_POLICY"]).write_text(f"forms_dir: {folder}\n", encoding="utf-8")
    result = ibdesk("selftest", home=tmp_path / "profile", env={"IBDESK_LANG": "en"}, timeout=600)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    forms = next(line for line in lines if " forms " in line)
    assert forms.startswith("ERROR") and f"The forms folder {folder} cannot be reached" in forms
    store = next(line for line in lines if "encrypted storage" in line)
    assert store.startswith("OK") and "fictional pupils and" in store and store.endswith("check passed")
    pdf = next(line for line in lines if "make, sign and check a PDF" in line)
    assert pdf.startswith("OK") and "pages, signed (" in pdf and pdf.endswith(") and checked")
    screens = next(line for line in lines if " screens " in line)  # the app itself says the forms are missing
    assert screens.startswith("ERROR") and "The app reported: Forms not available: The forms folder" in screens
    assert "Self-test NOT passed: 2 part(s) failed." in result.stderr
    assert dutch_left(lines, allowed=[str(folder)]) == [], result.stdout
