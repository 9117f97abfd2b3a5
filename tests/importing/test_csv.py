"""CSV exports in two layouts (Magister-like and Somtoday-like): delimiter and encoding
detected, columns recognised or mapped, Dutch and ISO dates. All pupils are fictional."""

from __future__ import annotations

import re
from datetime import date

import pytest
from support.exports import Kid, born_for, magister_csv, school, somtoday_csv

from ibdesk.importing import csvfile
from ibdesk.importing.model import FileRejected

KIDS = school(6)


def test_magister_layout_semicolons_windows_1252_dutch_dates():
    table = csvfile.read_table(magister_csv(KIDS))
    assert (table.delimiter, table.encoding) == (";", "Windows-1252")
    assert table.columns == ["Stamnr", "Roepnaam", "Tussenv", "Achternaam", "Geb.datum", "Klas", "Woonplaats"]
    mapping = csvfile.guess_mapping(table.columns)
    assert mapping == {
        "leerlingnummer": "Stamnr",
        "roepnaam": "Roepnaam",
        "tussenvoegsel": "Tussenv",
        "achternaam": "Achternaam",
        "geboortedatum": "Geb.datum",
        "groep": "Klas",
    }
    export = csvfile.to_export(table, mapping)
    assert export.problems == [] and not export.gives_municipality, "a woonplaats is not a woongemeente"
    second = export.pupils[1]
    assert (second.key, second.first_name, second.last_name, second.group) == ("1001", "Noor", "van der Berg", "1/2")
    assert second.birth_date == date.fromisoformat(KIDS[1].geboortedatum) and second.line == 3
    assert export.pupils[2].last_name == "Çelik", "Windows-1252 decoded"


def test_somtoday_layout_commas_quotes_bom_iso_dates_and_woongemeente():
    kids = [
        *KIDS[:2],
        Kid(
            "77",
            "Fenna",
            "Mulder, de Jong",
            geboortedatum=born_for(6).isoformat(),
            groep="g6",
            uitstroomdatum="2024-07-12",
        ),
    ]
    table = csvfile.read_table(somtoday_csv(kids))
    assert (table.delimiter, table.encoding) == (",", "UTF-8 (met BOM)")
    mapping = csvfile.guess_mapping(table.columns)
    assert mapping["groep"] == "Stamgroep" and mapping["woongemeente"] == "Gemeente"
    assert mapping["uitschrijfdatum"] == "Uitschrijfdatum" and mapping["tussenvoegsel"] == "Voorvoegsel"
    export = csvfile.to_export(table, mapping)
    assert export.gives_municipality and export.problems == []
    last = export.pupils[-1]
    assert (last.last_name, last.municipality, last.left_on) == ("Mulder, de Jong", "Renkum", date(2024, 7, 12))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12-03-2016", date(2016, 3, 12)),
        ("1-3-2016", date(2016, 3, 1)),
        ("12/03/2016", date(2016, 3, 12)),
        ("12.03.2016", date(2016, 3, 12)),
        ("2016-03-12", date(2016, 3, 12)),
        ("2016-03-12T00:00:00", date(2016, 3, 12)),
        ("12-3-2016 0:00", date(2016, 3, 12)),
        ("2016/3/12", date(2016, 3, 12)),
    ],
)
def test_dates_dutch_and_iso(text, expected):
    data = f"Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep\n1;Sem;Verhoef;{text};5\n".encode()
    table = csvfile.read_table(data)
    assert csvfile.to_export(table, csvfile.guess_mapping(table.columns)).pupils[0].birth_date == expected


def test_a_date_that_cannot_be_read_is_a_problem_on_its_row():
    data = (
        b"Leerlingnummer\tRoepnaam\tAchternaam\tGeboortedatum\tGroep\n1\tSem\tVerhoef\t12-03-16\t5\n"
        b"2\tNoor\tBakker\t31-02-2016\t5\n"
    )
    table = csvfile.read_table(data)
    export = csvfile.to_export(table, csvfile.guess_mapping(table.columns))
    assert table.delimiter == "\t"
    assert [p.text() for p in export.problems] == [
        "regel 2: Sem Verhoef: geboortedatum '12-03-16': '12-03-16' is geen datum: "
        "schrijf het jaar met vier cijfers (dd-mm-jjjj).",
        "regel 3: Noor Bakker: geboortedatum '31-02-2016': 31-02-2016 bestaat niet als datum. Controleer dag en maand.",
    ]
    assert [p.birth_date for p in export.pupils] == [None, None]


def test_a_mapping_names_only_columns_the_file_has_and_every_required_target():
    table = csvfile.read_table(magister_csv(KIDS))
    with pytest.raises(
        FileRejected,
        match=re.escape("Kolom 'Leerlingnr' staat niet in het bestand. Kolommen in het bestand: Stamnr, Roepnaam"),
    ):
        csvfile.check_mapping({"leerlingnummer": "Leerlingnr", "roepnaam": "Roepnaam"}, table.columns)
    with pytest.raises(FileRejected, match="Kies een kolom voor: achternaam, geboortedatum, groep of klas"):
        csvfile.check_mapping({"roepnaam": "Roepnaam"}, table.columns)
    with pytest.raises(FileRejected, match="Onbekend veld in de kolomindeling: klas"):
        csvfile.check_mapping({"klas": "Klas"}, table.columns)


def test_mapping_file_in_yaml_or_json(tmp_path):
    yaml_file = tmp_path / "kolommen.yaml"
    yaml_file.write_text("leerlingnummer: Stamnr\nroepnaam: Roepnaam\nachternaam: Achternaam\n", encoding="utf-8")
    json_file = tmp_path / "kolommen.json"
    json_file.write_text('{"leerlingnummer": "Stamnr", "groep": "Klas", "woongemeente": null}', encoding="utf-8")
    assert csvfile.load_mapping_file(yaml_file) == {
        "leerlingnummer": "Stamnr",
        "roepnaam": "Roepnaam",
        "achternaam": "Achternaam",
    }
    assert csvfile.load_mapping_file(json_file) == {"leerlingnummer": "Stamnr", "groep": "Klas"}
    broken = tmp_path / "kapot.yaml"
    broken.write_text("- Stamnr\n- Roepnaam\n", encoding="utf-8")
    with pytest.raises(FileRejected, match="schrijf de kolomindeling als veld: kolomnaam"):
        csvfile.load_mapping_file(broken)


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "leeg"),
        (b"Alleen een regel zonder scheidingstekens\n", "geen kolommen gevonden"),
        (b'<?xml version="1.0"?><EDEX/>', "Importeer het dan als EDEX"),
        (b"PK\x03\x04\x00\x00binary", "binair bestand"),
    ],
)
def test_what_is_not_a_csv_export_is_refused(data, expected):
    with pytest.raises(FileRejected, match=expected):
        csvfile.read_table(data)


def test_excel_sep_line_and_a_row_with_too_many_values():
    data = b"sep=;\nStamnr;Roepnaam;Achternaam;Geb.datum;Klas\n1;Sem;Verhoef;12-03-2016;5;extra\n"
    table = csvfile.read_table(data)
    export = csvfile.to_export(table, csvfile.guess_mapping(table.columns))
    assert table.delimiter == ";" and export.pupils[0].line == 3
    assert "meer waarden dan kolommen" in export.problems[0].text()


def test_remembered_mapping_fits_only_a_file_with_its_columns():
    assert csvfile.fits({"roepnaam": "Roepnaam"}, ["Roepnaam", "Achternaam"])
    assert not csvfile.fits({"roepnaam": "Voornaam"}, ["Roepnaam", "Achternaam"])
    assert not csvfile.fits(None, ["Roepnaam"])
