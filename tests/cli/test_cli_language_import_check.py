"""`ibdesk import` and `ibdesk check` in the one language (issue 16.8): the preview of an import
with its problems, a file that is refused, and what `ibdesk check` reports, in English when the
language is English and in Dutch by default. Real `ibdesk` processes on a profile made with
`ibdesk init`, as a school's IT would script it."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ui_language import dutch_left

from .test_cli_language_messages import ibdesk, ok, refused

CSV = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Uitschrijfdatum\n"
    "3001;Daan;van;Dijk (fictief);12-05-2015;groep 6;\n"
    "3002;Noor;;Smit (fictief);31-02-2016;groep 5;\n"
    "3003;Bram;;Visser (fictief);03-11-2016;groep 5;01-01-2020\n"
    "3004;Lina;;Jansen (fictief);06-06-2016;groep 4;;extra\n"
    "3005;Sara;;Bos (fictief);04-04-2016;groep 4;\n"
    "3006;Sem;;Bos (fictief);05-05-2016;groep 4;\n"
)
STORED = [
    "Sara Bos (fictief)",
    "Sem Bos (fictief)",
    "Daan van Dijk (fictief)",
    "Noor Smit (fictief)",
    "Bram Visser (fictief)",
    "Lina Jansen (fictief)",
]
STORED += ["groep 4", "groep 5", "groep 6", "leerlingen.csv"]
STORED += ["Leerlingnummer", "Roepnaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Groep", "Uitschrijfdatum"]
STORED += ["leerlingnummer", "roepnaam", "tussenvoegsel", "achternaam", "geboortedatum", "groep", "uitschrijfdatum"]


@pytest.fixture
def export(home, tmp_path) -> Path:
    ok("init")
    path = tmp_path / "leerlingen.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_the_preview_of_an_import_and_its_problems_in_english(export):
    done = ibdesk("en", "import", "csv", str(export), "--dry-run", "--municipality", "Renkum")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "Column layout (recognised by the column names): " in out
    assert "New (4):" in out and "+ Daan van Dijk (fictief), groep 6, born 12-05-2015" in out
    assert "Problems (4):" in out
    assert "! line 4: Bram Visser (fictief): already left according to the export; not added." in out
    assert "! line 3: Noor Smit (fictief): not added: no (valid) date of birth in the export." in out
    assert "Summary: 4 new, 0 updated, 0 unchanged, 0 no longer in the export, 4 problems." in out
    assert out.splitlines()[-1] == "Dry run: nothing has changed."
    # the mapping line names the file's own (Dutch) column headers: stored data
    assert dutch_left(out.splitlines(), allowed=STORED + ["Renkum"]) == [], out

    dutch = ok("import", "csv", str(export), "--dry-run", "--municipality", "Renkum")
    assert "! regel 4: Bram Visser (fictief): volgens de export al uitgeschreven; niet toegevoegd." in dutch
    assert "Samenvatting: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 niet meer in de export, 4 problemen." in dutch


def test_a_file_that_is_no_export_is_refused_in_english(export):
    export.write_text("<EDEX><school/></EDEX>\n", encoding="utf-8")
    english = refused("en", "import", "csv", str(export))
    assert "The file was not read; nothing was changed. This looks like an XML file (EDEX), not a CSV." in english
    assert "Het bestand" not in english
    dutch = refused(None, "import", "csv", str(export))
    assert "Het bestand is niet ingelezen; er is niets veranderd. Dit lijkt een XML-bestand (EDEX)" in dutch


def test_ibdesk_check_in_english(export):
    english = ibdesk("en", "check")
    assert english.returncode == 0, english.stdout + english.stderr
    lines = english.stdout.splitlines()
    assert "Key (recovery key): in order" in lines, lines
    assert any(line.startswith("Now — WAL: ") for line in lines), lines
    assert dutch_left(lines) == [], lines
    dutch = ok("check")
    assert "Sleutel (herstelsleutel): in orde" in dutch.splitlines()
