"""EDEX exports in the variations real systems write, damaged ones, and malicious ones.
Structure per the EDEXML 2.x schema (Edustandaard, EDEXML.structuur.xsd); every file is
written by the test itself with fictional pupils."""

from __future__ import annotations

from datetime import date

import pytest
from support.exports import GROUPS, TODAY, Groep, Kid, born_for, edex, line_of, school

from ibdesk.importing.edex import parse_edex
from ibdesk.importing.model import FileRejected

BORN = born_for(5).isoformat()


def names_and_groups(export) -> list[tuple[str, str | None]]:
    return [(p.name, p.group) for p in export.pupils]


def rejected(data: bytes) -> str:
    with pytest.raises(FileRejected) as caught:
        parse_edex(data)
    return str(caught.value)


def test_a_plain_export_gives_each_pupil_with_key_name_birth_date_and_group():
    kids = school(9)
    export = parse_edex(edex(kids).encode("utf-8"))
    assert (export.kind, export.brin, export.made_on) == ("edex", "99ZZ", TODAY)
    assert len(export.pupils) == 9 and export.problems == []
    first = export.pupils[0]
    assert (first.key, first.first_name, first.last_name) == ("1000", "Sem", "Verhoef")
    assert first.birth_date == date.fromisoformat(kids[0].geboortedatum)
    assert first.line == line_of(edex(kids), '<leerling key="1000">')
    assert [p.group for p in export.pupils] == [
        "groep 1/2",
        "groep 1/2",
        "groep 3",
        "groep 4",
        "groep 5",
        "groep 6A",
        "groep 7/8",
        "groep 8",
        "groep 1/2",
    ]
    assert export.pupils[1].last_name == "van der Berg", "voorvoegsel + achternaam, as the app shows a name"


@pytest.mark.parametrize(
    "namespace, prefix",
    [("http://www.edustandaard.nl/edex", ""), ("http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens", "le")],
)
def test_with_a_namespace_the_same_pupils_are_read(namespace, prefix):
    kids = school(5)
    plain = parse_edex(edex(kids).encode())
    spaced = parse_edex(edex(kids, namespace=namespace, prefix=prefix).encode())
    assert spaced.pupils == plain.pupils and spaced.brin == "99ZZ"


def test_combination_group_split_per_jaargroep_is_one_group_for_the_school():
    """Administrations write a combination group 1/2 once per jaargroep, under one name."""
    kids = [
        Kid("1", "Sem", "Verhoef", geboortedatum=born_for(1).isoformat(), groep="g1a"),
        Kid("2", "Noor", "Bakker", geboortedatum=born_for(2).isoformat(), groep="g1b"),
    ]
    assert [p.group for p in parse_edex(edex(kids).encode()).pupils] == ["groep 1/2", "groep 1/2"]


def test_several_jaargroepen_in_one_groep_keep_the_groups_name():
    groups = [Groep("c1", "Uilen", "C"), Groep("c2", "5/6", "C")]
    kids = [
        Kid("1", "Sem", "Verhoef", geboortedatum=BORN, groep="c1", jaargroep="5"),
        Kid("2", "Noor", "Bakker", geboortedatum=BORN, groep="c1", jaargroep="6"),
        Kid("3", "Daan", "Wit", geboortedatum=BORN, groep="c2", jaargroep="6"),
    ]
    assert [p.group for p in parse_edex(edex(kids, groups).encode()).pupils] == ["Uilen", "Uilen", "groep 5/6"]


def test_samengestelde_groep_is_used_only_when_a_pupil_has_no_groep():
    groups = [*GROUPS, Groep("sg78", "Combinatie 7/8", composite=True)]
    kids = [
        Kid("1", "Sem", "Verhoef", geboortedatum=BORN, groep="g5", samengestelde=("sgmuziek",)),
        Kid("2", "Noor", "Bakker", geboortedatum=BORN, groep=None, samengestelde=("sg78", "sgmuziek")),
    ]
    export = parse_edex(edex(kids, groups).encode())
    assert names_and_groups(export) == [("Sem Verhoef", "groep 5"), ("Noor Bakker", "Combinatie 7/8")]


def test_a_utf8_byte_order_mark_is_accepted():
    kids = school(3)
    export = parse_edex(b"\xef\xbb\xbf" + edex(kids).encode("utf-8"))
    assert export.encoding == "UTF-8 (met BOM)" and export.pupils[2].last_name == "Çelik"


def test_utf16_with_its_byte_order_mark_as_windows_tools_write_it():
    kids = school(3)
    text = edex(kids, declaration='<?xml version="1.0" encoding="UTF-16"?>')
    export = parse_edex(b"\xff\xfe" + text.encode("utf-16-le"))
    assert export.encoding == "UTF-16" and [p.name for p in export.pupils] == [k.name for k in kids]


@pytest.mark.parametrize("declared", [True, False])
def test_windows_1252_text_declared_or_not(declared):
    kids = [Kid("1", "Zoë", "Hendriks", geboortedatum=BORN), Kid("2", "Joëlle", "Brünger", geboortedatum=BORN)]
    head = '<?xml version="1.0" encoding="windows-1252"?>' if declared else '<?xml version="1.0"?>'
    export = parse_edex(edex(kids, declaration=head).encode("cp1252"))
    assert [p.name for p in export.pupils] == ["Zoë Hendriks", "Joëlle Brünger"]
    assert export.encoding == "Windows-1252"


def test_missing_optional_elements_are_fine():
    """No <groepen>, no <leerkrachten>, no voorvoegsel; voornamen instead of roepnaam; a
    jaargroep instead of a groep; no aanmaakdatum."""
    kids = [
        Kid("1", None, "Verhoef", geboortedatum=BORN, groep=None, jaargroep="5", voornamen="Sem Johannes"),
        Kid("2", "Noor", "Bakker", geboortedatum=BORN, groep=None, jaargroep="12"),
    ]
    text = edex(kids, groups=[], teachers=False).replace("<aanmaakdatum>", "<x>").replace("</aanmaakdatum>", "</x>")
    export = parse_edex(text.encode())
    assert names_and_groups(export) == [("Sem Verhoef", "groep 5"), ("Noor Bakker", "leerjaar 2")]
    assert export.problems == [] and export.made_on is None


def test_problems_of_single_pupils_name_the_line_and_do_not_stop_the_rest():
    kids = [
        Kid("1", "Sem", "Verhoef", geboortedatum="2016-02-30"),
        Kid("2", "Noor", "Bakker", geboortedatum=BORN, groep="onbekend"),
    ]
    text = edex([*kids, Kid("3", "Daan", "Wit", geboortedatum=BORN)]).replace('<leerling key="2">', "<leerling>")
    export = parse_edex(text.encode())
    assert [p.key for p in export.pupils] == ["1", "3"]
    messages = [p.text() for p in export.problems]
    assert messages[0].startswith(f"regel {line_of(text, '2016-02-30')}: Sem Verhoef: <geboortedatum> '2016-02-30'")
    assert "bestaat niet als datum" in messages[0]
    assert messages[1].startswith(f"regel {line_of(text, '<leerling>')}: Noor Bakker: <leerling> zonder key")


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"Stamnr;Roepnaam;Achternaam\n1;Sem;Verhoef\n", "geen XML"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binair bestand"),
        (b"<html><body>Inloggen</body></html>", "het hoofdelement is <html> (regel 1)"),
        (b"<EDEX><school><brincode>99ZZ</brincode></school></EDEX>", "<EDEX> (regel 1) heeft geen <leerlingen>"),
        (b"<EDEX><leerlingen/></EDEX>", "heeft geen <school>"),
    ],
)
def test_what_is_not_an_edex_file_is_refused_in_dutch(data, expected):
    message = rejected(data)
    assert message.startswith("Het bestand is niet ingelezen; er is niets veranderd.") and expected in message


def test_a_truncated_export_names_the_line_and_the_element_it_breaks_off_in():
    text = edex(school(30))
    start = '<leerling key="1020">'
    cut = text[: text.index("</achternaam>", text.index(start)) + len("</achternaam>")]  # then nothing
    message = rejected(cut.encode())
    assert f"in <leerling> (begonnen op regel {line_of(text, start)})" in message
    assert "onvolledig" in message and "Maak de export opnieuw" in message


def test_a_damaged_tag_names_line_column_and_element():
    text = edex(school(3)).replace("</roepnaam>", "</roepnam>", 1)
    message = rejected(text.encode())
    assert f"regel {line_of(text, '</roepnam>')}, kolom" in message
    assert "in <roepnaam>" in message and "afsluitende tag past niet" in message


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE EDEX [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<EDEX><school><brincode>99ZZ</brincode></school><leerlingen><leerling key="1"><achternaam>&lol9;</achternaam>
</leerling></leerlingen></EDEX>
"""


def test_billion_laughs_is_refused_without_expanding_anything():
    message = rejected(BILLION_LAUGHS)
    assert "Regel 2: het bestand bevat een DOCTYPE-verklaring" in message and "uit veiligheid" in message


def test_an_external_entity_is_refused_and_the_file_it_names_is_never_read(tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM-1234", encoding="utf-8")
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE EDEX [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
        '<EDEX><school/><leerlingen><leerling key="1"><achternaam>&x;</achternaam></leerling></leerlingen>'
        "</EDEX>"
    ).encode()
    message = rejected(data)
    assert "DOCTYPE" in message and "GEHEIM" not in message


def test_an_external_dtd_is_refused():
    data = b'<?xml version="1.0"?>\n<!DOCTYPE EDEX SYSTEM "http://example.invalid/edex.dtd">\n<EDEX/>'
    assert "Regel 2: het bestand bevat een DOCTYPE-verklaring" in rejected(data)


def test_an_unknown_entity_without_a_doctype_is_damage_not_expansion():
    text = edex(school(2)).replace("<roepnaam>Sem", "<roepnaam>&evil;Sem", 1)
    assert "onbekende entiteit" in rejected(text.encode())
