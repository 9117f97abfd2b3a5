"""`ibdesk import edex|csv` and `ibdesk pupils` from an empty profile, as an IB'er or school IT
would use them: init → preview → confirm (terminal or --yes) → list → re-import → a new
school year → pupils who left. The export's content must not land anywhere but the store."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from support.exports import TODAY, edex, magister_csv, renamed, school, somtoday_csv

from .test_cli import assert_clean_failure, ibdesk

KIDS = school(12)


@pytest.fixture
def tmpdir_env(tmp_path, monkeypatch) -> Path:
    """Every ibdesk process of the test gets its own empty TMPDIR, to show nothing lands there."""
    folder = tmp_path / "tmp-of-ibdesk"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def pupils(home) -> list[dict]:
    result = ibdesk("pupils", "--json", home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def on_terminal(home: Path, *args: str, answer: bytes) -> tuple[int, str]:
    """Run ibdesk on a pseudo-terminal and answer its question."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "ibdesk", "--home", str(home), *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=dict(os.environ),
    )
    os.close(slave)
    output, answered = b"", False
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        output += chunk
        if not answered and b"[j/N]" in output:
            os.write(master, answer + b"\n")
            answered = True
    os.close(master)
    return process.wait(timeout=60), output.decode("utf-8", errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_edex_from_init_to_a_new_school_year(home, tmp_path, tmpdir_env):
    assert ibdesk("init", home=home).returncode == 0
    export = tmp_path / "leerlingen.xml"
    export.write_text(edex(KIDS), encoding="utf-8")
    town = ("--municipality", "Renkum")  # a profile made with `init` has no school yet

    dry = ibdesk("import", "edex", str(export), "--dry-run", *town, home=home)
    assert dry.returncode == 0, dry.stderr
    assert "Nieuw (12):" in dry.stdout and "+ Noor van der Berg, groep 1/2, geboren" in dry.stdout
    assert "Samenvatting: 12 nieuw, 0 bijgewerkt, 0 ongewijzigd" in dry.stdout and "Proef" in dry.stdout
    assert pupils(home) == []

    assert_clean_failure(ibdesk("import", "edex", str(export), *town, home=home), "Bevestig met --yes")
    assert pupils(home) == []
    code, text = on_terminal(home, "import", "edex", str(export), *town, answer=b"n")
    assert code == 0 and "Niets geïmporteerd." in text and pupils(home) == []
    code, text = on_terminal(home, "import", "edex", str(export), *town, answer=b"j")
    assert code == 0 and "Klaar: 12 leerling(en) toegevoegd" in text, text

    listed = pupils(home)
    assert len(listed) == 12
    noor = next(p for p in listed if p["administration_key"] == "1001")
    assert noor | {"id": 0} == {
        "id": 0,
        "name": "Noor van der Berg",
        "first_name": "Noor",
        "last_name": "van der Berg",
        "administration_key": "1001",
        "date_of_birth": KIDS[1].geboortedatum,
        "group": "groep 1/2",
        "status": "ingeschreven",
        "left_on": None,
        "administration_fields": ["birth_date", "first_name", "group", "last_name"],
    }
    again = ibdesk("import", "edex", str(export), "--yes", *town, home=home)
    assert (
        "Samenvatting: 0 nieuw, 0 bijgewerkt, 12 ongewijzigd" in again.stdout and "Er verandert niets." in again.stdout
    )

    next_year = [renamed(k, groep="g6") if k.groep == "g5" else k for k in KIDS[1:]]
    export.write_text(edex(next_year), encoding="utf-8")
    update = ibdesk("import", "edex", str(export), "--yes", *town, home=home)
    assert "~ Lotte Jansen: groep: groep 5 → groep 6A" in update.stdout, update.stdout
    assert "- Sem Verhoef, groep 1/2: vertrokken per" in update.stdout and "voeg --mark-left toe" in update.stdout
    assert all(p["status"] == "ingeschreven" for p in pupils(home))
    left = ibdesk("import", "edex", str(export), "--yes", "--mark-left", *town, home=home)
    assert "Klaar: 0 leerling(en) toegevoegd, 0 bijgewerkt, 1 als vertrokken gemarkeerd." in left.stdout
    sem = next(p for p in pupils(home) if p["administration_key"] == "1000")
    assert (sem["status"], sem["left_on"]) == ("vertrokken", TODAY.isoformat())

    text = "\n".join(ibdesk("pupils", home=home).stdout.splitlines())
    assert "Lotte Jansen" in text and "groep 6A" in text and "vertrokken per" in text
    _nothing_of_the_export_outside_the_store(home, tmpdir_env)


def _nothing_of_the_export_outside_the_store(home: Path, tmpdir: Path) -> None:
    needles = {part for kid in KIDS for part in (kid.roepnaam, kid.achternaam) if part and len(part) >= 5}
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" or ".log" in p.name for p in files), "the logs are searched too"
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in data, f"{path.name} holds part of the export in clear"
    assert list(tmpdir.iterdir()) == [], "no temporary files"


def test_csv_somtoday_then_magister_with_a_mapping_file_that_is_remembered(home, tmp_path):
    assert ibdesk("init", home=home).returncode == 0
    som = tmp_path / "somtoday.csv"
    som.write_bytes(somtoday_csv(KIDS))
    first = ibdesk("import", "csv", str(som), "--yes", home=home)
    assert first.returncode == 0, first.stderr
    assert "Kolomindeling (herkend aan de kolomnamen): leerlingnummer=Leerlingnummer" in first.stdout
    assert "12 leerling(en) toegevoegd" in first.stdout and len(pupils(home)) == 12

    mag = tmp_path / "magister.csv"
    mag.write_bytes(magister_csv([renamed(k, achternaam="Jansen-Smit") if k.key == "1004" else k for k in KIDS]))
    columns = tmp_path / "kolommen.yaml"
    columns.write_text(
        "leerlingnummer: Stamnr\nroepnaam: Roepnaam\ntussenvoegsel: Tussenv\nachternaam: Achternaam\n"
        "geboortedatum: Geb.datum\ngroep: Klas\n",
        encoding="utf-8",
    )
    second = ibdesk("import", "csv", str(mag), "--mapping", str(columns), "--yes", home=home)
    assert "Kolomindeling (uit kolommen.yaml)" in second.stdout
    assert "~ Lotte Jansen: achternaam: Jansen → Jansen-Smit" in second.stdout, second.stdout
    third = ibdesk("import", "csv", str(mag), "--dry-run", home=home)
    assert (
        "Kolomindeling (onthouden voor deze school)" in third.stdout and "0 bijgewerkt, 12 ongewijzigd" in third.stdout
    )


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"<EDEX><school/><leerlingen><leerling key='1'><achternaam>Wit</achternaam>", "regel 1, kolom"),
        (b"Stamnr;Roepnaam\n1;Sem\n", "geen XML"),
    ],
)
def test_a_damaged_or_wrong_file_is_refused_without_a_traceback(home, tmp_path, content, fragment):
    assert ibdesk("init", home=home).returncode == 0
    path = tmp_path / "export.xml"
    path.write_bytes(content)
    result = ibdesk("import", "edex", str(path), "--yes", home=home)
    assert_clean_failure(result, fragment)
    assert "er is niets veranderd" in result.stderr and pupils(home) == []


def test_a_missing_file_and_a_mapping_that_does_not_fit(home, tmp_path):
    assert ibdesk("init", home=home).returncode == 0
    assert_clean_failure(ibdesk("import", "edex", str(tmp_path / "weg.xml"), home=home), "bestaat niet")
    csv_file = tmp_path / "x.csv"
    csv_file.write_bytes(b"Nummer;Wie;Wanneer\n1;Sem;2016-03-12\n")
    assert_clean_failure(ibdesk("import", "csv", str(csv_file), home=home), "Kies een kolom voor: roepnaam")
