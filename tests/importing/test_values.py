"""Single values from an export, and that the importing package stays free of Qt and the database."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from ibdesk.errors import ValidationError
from ibdesk.importing.values import display_group, first_name, match_key, parse_day, surname


@pytest.mark.parametrize(
    "name, year, expected",
    [
        ("5", "5", "groep 5"),
        ("1/2", "1", "groep 1/2"),
        ("1 / 2", None, "groep 1/2"),
        ("4B", "4", "groep 4B"),
        ("Groep 7", "7", "groep 7"),
        ("Kabouters", "0", "Kabouters"),
        ("7/8", "C", "groep 7/8"),
        ("2B", "12", "2B"),
        ("H1A", "11", "H1A"),
        (None, "6", "groep 6"),
        (None, "13", "leerjaar 3"),
        (None, "H", None),
        (None, None, None),
        ("  ", "3", "groep 3"),
    ],
)
def test_group_names_as_the_app_shows_them(name, year, expected):
    assert display_group(name, year) == expected


def test_names():
    assert surname("van der", "Berg") == "van der Berg" and surname(None, " Çelik ") == "Çelik"
    assert surname("de", None) is None
    assert first_name(None, "Ismaël Hassan", "IH") == "Ismaël" and first_name("", None, "J.") == "J."
    assert match_key("Ayşe", "Ødegaard-Çelik") == match_key("ayse", "odegaard celik") == "ayse odegaard celik"
    assert match_key("Sem", "van 't Hof") == "sem van t hof"


def test_dates_and_what_is_not_one():
    assert parse_day("2016-03-12T00:00:00+01:00") == date(2016, 3, 12)
    with pytest.raises(ValidationError, match="geen datum"):
        parse_day("12 maart 2016")


def test_the_importing_package_imports_neither_qt_nor_the_database():
    code = (
        "import sys, ibdesk.importing.plan, ibdesk.importing.edex, ibdesk.importing.csvfile; "
        "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'sqlcipher3') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stderr
