"""The school calendar: national holidays from the maintained `holidays` package per region,
the region from the school's municipality, a school's own file only as a cited override, and
never verzuim counted on a guessed calendar (issue 12, point 4).

Sources: Regeling vaststelling schoolvakanties 2025-2030 (OCW, Stcrt. 2024, 19237), via
`holidays.NL(subdiv=..., categories=("school",))`; Rijksoverheid/OCW regio-indeling
schoolvakanties; Algemene termijnenwet art. 3; Leerplichtwet art. 21a.
"""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ibdesk.domain.absence import Absence, AbsenceState, absence_status
from ibdesk.domain.calendar import parse_rows
from ibdesk.domain.holiday_regions import MUNICIPALITIES, check_region, region_for_municipality
from ibdesk.services.school_calendar import calendar_for, differences, load_overrides, merge, national_holidays

BORN = date(2015, 6, 1)

COVERED = [
    # (source, region, day, covered)
    ("issue 12 point 4: 2027-2028 is known (Regeling schoolvakanties 2025-2030)", "zuid", date(2027, 11, 15), True),
    ("the last school year of the Regeling ends with the summer break of 2030", "noord", date(2030, 9, 1), True),
    ("2030-2031 has no autumn break in the Regeling yet: not covered", "noord", date(2030, 10, 1), False),
    ("before 2014 the package has no school holidays: not covered", "midden", date(2013, 3, 1), False),
    (
        "issue 12 point 4: a mistyped region ('west') gives no calendar at all, not 'weekdays only'",
        "west",
        date(2026, 11, 2),
        False,
    ),
]


@pytest.mark.parametrize("source, region, day, covered", COVERED, ids=[c[0][:60] for c in COVERED])
def test_which_days_the_calendar_covers(source, region, day, covered):
    assert calendar_for(region, {}).covers(day) is covered, source


def test_no_verzuim_on_a_guessed_calendar():
    """issue 12 point 4: outside the calendar the status says so and counts nothing (Leerplichtwet art. 21a)."""
    absences = [Absence(date(2030, 9, 2), None, 40, False)]
    status = absence_status(absences, calendar_for("noord", {}), BORN, date(2030, 10, 4))
    assert status.state is AbsenceState.CALENDAR_MISSING
    assert status.uncovered == (date(2030, 9, 2), date(2030, 10, 4)) and status.report_due_on is None


REGIONS = [
    # (source, municipality, region) — Rijksoverheid/OCW regio-indeling schoolvakanties
    ("issue 12 point 4: Renkum is regio zuid (OCW regio-indeling)", "Renkum", "zuid"),
    ("Arnhem is regio zuid (OCW regio-indeling)", "Arnhem", "zuid"),
    ("Nijmegen is regio zuid (OCW regio-indeling)", "Nijmegen", "zuid"),
    ("Tiel is regio midden although south of Arnhem (OCW regio-indeling)", "Tiel", "midden"),
    ("Ede (Gelderland, Veluwe) is regio midden (OCW regio-indeling)", "Ede", "midden"),
    ("Hattem is the only Gelderland municipality in noord (OCW regio-indeling)", "Hattem", "noord"),
    ("Eemnes is the Utrecht municipality in noord (OCW regio-indeling)", "Eemnes", "noord"),
    ("Zeewolde is the Flevoland municipality in midden (OCW regio-indeling)", "Zeewolde", "midden"),
    ("Amsterdam is regio noord (Noord-Holland, OCW regio-indeling)", "Amsterdam", "noord"),
    ("Utrecht is regio midden (OCW regio-indeling)", "Utrecht", "midden"),
    ("Maastricht is regio zuid (Limburg, OCW regio-indeling)", "Maastricht", "zuid"),
    ("case and spacing do not matter", "  renkum ", "zuid"),
    ("'Den Haag' is 's-Gravenhage (midden)", "Den Haag", "midden"),
    ("'Bergen' is two municipalities (NH and L): no guess", "Bergen", None),
    ("an unknown name: no guess", "Atlantis", None),
]


@pytest.mark.parametrize("source, municipality, region", REGIONS, ids=[r[0][:60] for r in REGIONS])
def test_region_follows_the_municipality(source, municipality, region):
    assert region_for_municipality(municipality) == region, source


def test_the_table_has_every_municipality_of_2025():
    """342 municipalities on 1 January 2025 (CBS gemeentelijke indeling 2025)."""
    assert len(MUNICIPALITIES) == 342


@pytest.mark.parametrize("value, expected", [("west", None), ("Zuid", "zuid"), ("", None)])
def test_only_three_regions_exist(value, expected):
    if value == "west":
        with pytest.raises(ValueError, match="noord, midden en zuid"):
            check_region(value)
    else:
        assert check_region(value) == expected


# The developers' YAML of before issue 12, for 2026-2027 (the rows that disagree).
OLD_YAML = {
    "midden": [
        {"name": "Hemelvaart", "first": "2027-05-06", "last": "2027-05-07"},
        {"name": "Zomervakantie", "first": "2027-07-10", "last": "2027-08-22"},
    ],
    "noord": [
        {"name": "Herfstvakantie", "first": "2026-10-17", "last": "2026-10-25"},
        {"name": "Voorjaarsvakantie", "first": "2027-02-13", "last": "2027-02-21"},
        {"name": "Zomervakantie", "first": "2027-07-17", "last": "2027-08-29"},
        {"name": "Kerstvakantie", "first": "2026-12-19", "last": "2027-01-03"},
    ],  # agrees: not listed
    "zuid": [{"name": "Herfstvakantie", "first": "2026-10-24", "last": "2026-11-01"}],
}


def test_old_yaml_against_the_package_lists_each_difference_and_the_package_wins():
    """issue 12 point 4: the YAML and the package disagreed on 2026-27 periods; without a cited
    source the package wins (Regeling vaststelling schoolvakanties 2025-2030)."""
    found = differences({region: parse_rows(rows) for region, rows in OLD_YAML.items()})
    print("\n".join(d.text() for d in found))
    assert {(d.region, d.name, d.school_year) for d in found} == {
        ("midden", "Hemelvaart", "2026-2027"),
        ("midden", "Zomervakantie", "2026-2027"),
        ("noord", "Herfstvakantie", "2026-2027"),
        ("noord", "Voorjaarsvakantie", "2026-2027"),
        ("noord", "Zomervakantie", "2026-2027"),
        ("zuid", "Herfstvakantie", "2026-2027"),
    }
    assert all(d.used == "pakket" for d in found)
    zuid = calendar_for("zuid", {"zuid": parse_rows(OLD_YAML["zuid"])})
    assert not zuid.is_school_day(date(2026, 10, 19)) and zuid.is_school_day(date(2026, 10, 26))


def test_shipped_file_against_the_package():
    """The shipped resources/holidays.yaml may only differ from the package with a cited source."""
    found = differences(load_overrides())
    print("\n".join(d.text() for d in found) or "geen verschillen")
    assert all(d.source for d in found), [d.text() for d in found if not d.source]


OVERRIDES = [
    # (source, row, day, school day?)
    (
        "a studiedag with its source is a day without lessons (the school's jaarplanning)",
        {
            "name": "Studiedag",
            "first": "2026-11-16",
            "last": "2026-11-16",
            "source": "Jaarplanning 2026-2027 (fictief)",
        },
        date(2026, 11, 16),
        False,
    ),
    (
        "a studiedag without a source is ignored: the package wins",
        {"name": "Studiedag", "first": "2026-11-16", "last": "2026-11-16"},
        date(2026, 11, 16),
        True,
    ),
    (
        "a board's own autumn break with its source replaces the advisory week (Regeling: herfstvakantie is advies)",
        {"name": "Herfstvakantie", "first": "2026-10-24", "last": "2026-11-01", "source": "Besluit bestuur (fictief)"},
        date(2026, 10, 26),
        False,
    ),
    (
        "... and the advisory week becomes school time",
        {"name": "Herfstvakantie", "first": "2026-10-24", "last": "2026-11-01", "source": "Besluit bestuur (fictief)"},
        date(2026, 10, 19),
        True,
    ),
]


@pytest.mark.parametrize("source, row, day, school_day", OVERRIDES, ids=[o[0][:60] for o in OVERRIDES])
def test_a_school_file_only_overrides_with_a_source(source, row, day, school_day):
    calendar = calendar_for("zuid", {"zuid": parse_rows([row])})
    assert calendar.is_school_day(day) is school_day, source


def test_public_holidays_of_the_termijnenwet_are_not_school_days():
    """Algemene termijnenwet art. 3: Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag; not Goede Vrijdag."""
    zuid = calendar_for("zuid", {})
    assert not zuid.is_school_day(date(2027, 3, 29)) and not zuid.is_school_day(date(2027, 5, 6))
    assert not zuid.is_school_day(date(2027, 5, 17))
    assert zuid.is_school_day(date(2027, 3, 26))  # Goede Vrijdag: a school closed adds it
    assert {h.name for h in national_holidays("zuid")} >= {"Herfstvakantie", "Kerstvakantie", "Zomervakantie"}


def test_merge_reports_nothing_for_rows_that_agree():
    rows = parse_rows([{"name": "Kerstvakantie", "first": "2026-12-19", "last": "2027-01-03"}])
    assert merge("zuid", national_holidays("zuid"), rows)[1] == []


@given(st.dates(date(2014, 9, 1), date(2030, 6, 1)), st.integers(-5, 500))
@settings(max_examples=300, deadline=None)
def test_counting_school_days_equals_listing_them(first, length):
    """The fast count used for every pupil gives the same number as the list of school days."""
    zuid = calendar_for("zuid", {})
    last = first + timedelta(days=length)
    assert zuid.count_school_days(first, last) == len(zuid.school_days(first, last))
