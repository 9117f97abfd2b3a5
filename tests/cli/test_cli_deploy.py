"""School IT deploys ibdesk (issue 15): the machine policy is checked the same way by every
command, and a region's forms folder that cannot be reached is loud, never silently left out."""

import os
from pathlib import Path

import pytest
from support.cli import assert_clean_failure, ibdesk

from ibdesk.paths import bundled_forms_dir

SEM = [
    "--first-name",
    "Sem",
    "--last-name",
    "Verhoef",
    "--birth-date",
    "12-03-2016",
    "--group",
    "groep 5",
    "--municipality",
    "Renkum",
    "--guardian",
    "Anna Verhoef;moeder;ja",
]
ROUTE = "routekaart-po-regio-oost"


def ok(*args: str) -> str:
    result = ibdesk(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def write_policy(text: str) -> Path:
    path = Path(os.environ["IBDESK_POLICY"])
    path.write_text(text, encoding="utf-8")
    return path


def region_folder(tmp_path: Path) -> Path:
    """The region's own routekaart, version 5 (the bundled set has version 1)."""
    folder = tmp_path / "regio-forms"
    folder.mkdir()
    source = (bundled_forms_dir() / f"{ROUTE}.yaml").read_text(encoding="utf-8")
    assert "\nversion: 1\n" in source
    (folder / f"{ROUTE}-v5.yaml").write_text(source.replace("\nversion: 1\n", "\nversion: 5\n", 1), encoding="utf-8")
    return folder


def start_school() -> None:
    ok("init")
    ok("school", "--name", "OBS De Linde (fictief)", "--municipality", "Renkum", "--type", "po")
    ok("user", "--name", "Eva de Wit", "--role", "intern begeleider")
    ok("pupil", "add", *SEM)


def test_an_unreachable_policy_forms_folder_is_named_and_export_refuses(home, tmp_path):
    folder = region_folder(tmp_path)
    write_policy(f"forms_dir: {folder}\n")
    start_school()
    ok("case", "open", "1", "--route", f"{ROUTE}@5", "--question", "Lezen (fictief)")
    checked = ok("forms", "check")
    assert str(bundled_forms_dir()) in checked and str(folder) in checked
    shown = ibdesk("case", "1")
    assert shown.returncode == 0 and "let op" not in shown.stderr, shown.stderr

    folder.rename(tmp_path / "share-is-down")  # the network share is gone
    shown = ibdesk("case", "1")
    assert f"De formulierenmap {folder} is niet bereikbaar" in shown.stderr, shown.stderr
    assert f"{ROUTE} versie 5 (casus 1)" in shown.stderr
    out = tmp_path / "dossier.pdf"
    refused = ibdesk("export", "1", "--out", str(out))
    assert_clean_failure(
        refused, "Het dossier van casus 1 is niet gemaakt", f"{ROUTE} versie 5 ontbreekt", "Er is niets geschreven"
    )
    assert not out.exists() and not list(tmp_path.glob("*.pdf*"))
    english = ibdesk("export", "1", "--out", str(out), env={"IBDESK_LANG": "en"})  # said in the language chosen
    assert_clean_failure(
        english,
        "The dossier of case 1 was not made: the definition of "
        f"{ROUTE} version 5 is missing, so the dossier would be incomplete.",
        f"The forms folder {folder} cannot be reached;",
        "Nothing was written.",
    )
    check = ibdesk("forms", "check")
    assert check.returncode == 1 and f"{folder} bestaat niet of is niet bereikbaar" in check.stderr
    policy = ibdesk("policy", "check")
    assert policy.returncode == 1 and f"De formulierenmap {folder} is niet bereikbaar" in policy.stdout


BROKEN = [
    ("holiday_region: west\n", "'west' is geen vakantieregio"),
    ("school_cert: x.p12\n", "Onbekende instelling(en)"),
    ("retention_auto_delete: ja\n", "true of false"),
]


@pytest.mark.parametrize("text, message", BROKEN)
def test_every_command_refuses_a_broken_policy_the_same_way(home, tmp_path, text, message):
    ok("init")
    policy = write_policy(text)
    for command in (
        ["cases"],
        ["check"],
        ["backup", "--out", str(tmp_path / "b.ibk")],
        ["demo", "--no-gui"],
        ["attention"],
        ["export", "1", "--out", str(tmp_path / "x.pdf")],
        ["forms", "check"],
        ["school"],
    ):
        result = ibdesk(*command)
        assert_clean_failure(result, message, str(policy))
    assert not list(tmp_path.glob("*.ibk")) and not list(tmp_path.glob("*.pdf"))
    checked = ibdesk("policy", "check")
    assert_clean_failure(checked, message)


def test_init_with_a_broken_policy_writes_nothing(tmp_path):
    write_policy("holiday_region: west\n")
    home = tmp_path / "new-profile"
    assert_clean_failure(ibdesk("init", home=home), "'west' is geen vakantieregio")
    assert not home.exists()


def test_policy_check_of_a_file(tmp_path):
    good = tmp_path / "policy.yaml"
    good.write_text("holiday_region: zuid\nschool_type: vo\n", encoding="utf-8")
    result = ibdesk("policy", "check", str(good))
    assert result.returncode == 0 and "holiday_region: zuid" in result.stdout and "in orde" in result.stdout
    missing = tmp_path / "absent.yaml"
    assert_clean_failure(ibdesk("policy", "check", str(missing)), f"{missing} bestaat niet")
    named = tmp_path / "named.yaml"
    named.write_text(f"school_certificate: {tmp_path / 'geen.p12'}\norganisations_file: orgs.yaml\n", encoding="utf-8")
    result = ibdesk("policy", "check", str(named))
    assert result.returncode == 1
    assert f"school_certificate: het bestand {tmp_path / 'geen.p12'} bestaat niet" in result.stdout
    assert f"organisations_file: het bestand {tmp_path / 'orgs.yaml'} bestaat niet" in result.stdout
    assert "geen beleidsbestand" in ibdesk("policy", "check").stdout.lower()  # none on this PC: defaults


def test_check_names_the_keyring_backend(home):
    ok("init")
    checked = ok("check")
    assert "Sleutelbeheer (keyring-backend): support.file_keyring.FileKeyring (bruikbaar)" in checked
    failing = ibdesk(
        "check", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "IBDESK_PASSPHRASE": "fout"}
    )
    assert "Sleutelbeheer" not in failing.stdout  # no keyring and a wrong passphrase: not opened


def test_an_unexpected_installation_error_is_readable(tmp_path):
    """A frozen build that misses a module says which one (a type name alone helps nobody)."""
    from ibdesk.errors import unexpected_detail

    missing = ModuleNotFoundError("No module named 'aiohttp'", name="aiohttp")
    assert "onderdeel 'aiohttp' ontbreekt" in unexpected_detail(missing)
    assert unexpected_detail(ValueError("Sem Verhoef")) == "ValueError", "other messages may hold pupil data"
    script = tmp_path / "sitecustomize.py"  # the next `ibdesk` cannot import reportlab, as a bad freeze
    script.write_text("import sys\nsys.modules['reportlab'] = None\n", encoding="utf-8")
    ok("init")
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    result = ibdesk("export", "1", "--out", str(tmp_path / "x.pdf"), env=env)
    assert result.returncode == 1 and "onderdeel 'reportlab.lib' ontbreekt" in result.stderr, result.stderr


def test_demo_without_its_forms_refuses_before_creating_anything(home, tmp_path):
    """Issue 15, trial point 2: an installed ibdesk whose forms folder is missing printed a recovery
    key and then crashed with a KeyError, leaving a half-filled profile."""
    gone = tmp_path / "forms-not-installed"
    result = ibdesk("demo", "--no-gui", env={"IBDESK_FORMS_DIR": str(gone), "IBDESK_PASSPHRASE": "paarse olifant"})
    assert_clean_failure(result, "De demo kan niet worden gevuld", "routekaart-po", str(gone), "niets aangemaakt")
    assert "Herstelsleutel" not in result.stdout and not (home / "ibdesk.db").exists()
