from datetime import date

import pytest

from ibdesk.domain.absence import (
    Absence,
    AbsenceState,
    Exemption,
    absence_status,
    add_months,
    compulsory_from,
    current_spell,
    is_compulsory,
    report_due_on,
)
from ibdesk.domain.calendar import Holiday, SchoolCalendar

# Autumn holiday Mon 19 – Fri 23 Oct 2026 (region midden), Christmas 21 Dec 2026 – 1 Jan 2027.
KNOWN = ((date(2020, 8, 1), date(2030, 7, 31)),)  # the days these calendars cover
CAL = SchoolCalendar(
    "midden",
    (
        Holiday("herfstvakantie", date(2026, 10, 17), date(2026, 10, 25)),
        Holiday("kerstvakantie", date(2026, 12, 19), date(2027, 1, 3)),
    ),
    KNOWN,
)
NO_HOLIDAYS = SchoolCalendar("geen", (), KNOWN)
BORN = date(2015, 6, 1)


@pytest.mark.parametrize(
    "birth, expected",
    [
        (date(2021, 3, 15), date(2026, 4, 1)),
        (date(2021, 12, 5), date(2027, 1, 1)),
        (date(2020, 2, 29), date(2025, 4, 1)),  # leap day: the 5th birthday is 1 March 2025
    ],
)
def test_compulsory_from_first_of_next_month(birth, expected):
    assert compulsory_from(birth) == expected


@pytest.mark.parametrize(
    "day, compulsory",
    [
        (date(2026, 3, 31), False),
        (date(2026, 4, 1), True),  # turns 5 on 15 March 2026
    ],
)
def test_turning_five(day, compulsory):
    assert is_compulsory(date(2021, 3, 15), day) is compulsory


@pytest.mark.parametrize("day, compulsory", [(date(2026, 11, 22), True), (date(2026, 11, 23), False)])
def test_turning_eighteen_ends_compulsory_schooling(day, compulsory):
    assert is_compulsory(date(2008, 11, 23), day) is compulsory


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 10, 15), 3, date(2027, 1, 15)),
    ],
)
def test_add_months_clamps_to_month_end_and_knows_leap_years(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    "absences, today, due",
    [
        # 4 hours a week for four weeks: the 16th hour falls on Friday of week four.
        ([Absence(date(2026, 9, 7), date(2026, 10, 2), 16, False)], date(2026, 11, 1), date(2026, 10, 2)),
        # 15 hours is not enough.
        ([Absence(date(2026, 9, 7), date(2026, 10, 2), 15, False)], date(2026, 11, 1), None),
        # Authorised hours never count.
        ([Absence(date(2026, 9, 7), date(2026, 10, 2), 40, True)], date(2026, 11, 1), None),
        # 8 hours before and 8 after the autumn holiday: the holiday week is skipped, so the
        # weeks of 12 Oct and 26 Oct are consecutive school weeks.
        (
            [
                Absence(date(2026, 10, 12), date(2026, 10, 12), 8, False),
                Absence(date(2026, 10, 26), date(2026, 10, 26), 8, False),
            ],
            date(2026, 11, 1),
            date(2026, 10, 26),
        ),
        # The same hours five school weeks apart do not add up.
        (
            [
                Absence(date(2026, 9, 21), date(2026, 9, 21), 8, False),
                Absence(date(2026, 10, 26), date(2026, 10, 26), 8, False),
            ],
            date(2026, 11, 1),
            None,
        ),
    ],
)
def test_report_to_leerplicht(absences, today, due):
    assert report_due_on(absences, CAL, BORN, today) == due


def test_hours_before_compulsory_age_do_not_count():
    absences = [Absence(date(2026, 3, 2), date(2026, 3, 27), 20, False)]
    assert report_due_on(absences, NO_HOLIDAYS, date(2021, 3, 15), date(2026, 5, 1)) is None


def test_absence_spanning_a_holiday_is_one_spell():
    absences = [Absence(date(2026, 10, 5), date(2026, 10, 16), 50, False), Absence(date(2026, 10, 26), None, 60, False)]
    assert current_spell(absences, CAL, date(2026, 11, 20), authorised=False) == date(2026, 10, 5)


def test_a_school_day_attended_ends_the_spell():
    absences = [
        Absence(date(2026, 9, 1), date(2026, 9, 30), 80, False),
        Absence(date(2026, 10, 2), None, 20, False),
    ]  # attended Thursday 1 October
    assert current_spell(absences, NO_HOLIDAYS, date(2026, 10, 10), authorised=False) == date(2026, 10, 2)


# In school days (weekdays here): > 20 is a thuiszitter, 65 is the norm, warn from 40.
@pytest.mark.parametrize(
    "first, today, state, days_left, warn, deadline",
    [
        (date(2026, 11, 2), date(2026, 11, 20), AbsenceState.NONE, 50, False, date(2027, 1, 29)),  # 15 school days
        (date(2026, 10, 1), date(2026, 10, 28), AbsenceState.NONE, 45, False, date(2026, 12, 30)),  # exactly 20
        (date(2026, 10, 1), date(2026, 10, 29), AbsenceState.THUISZITTER_2A, 44, False, date(2026, 12, 30)),
        (date(2026, 9, 1), date(2026, 10, 27), AbsenceState.THUISZITTER_2A, 24, True, date(2026, 11, 30)),  # 41: warn
        (date(2026, 8, 17), date(2026, 11, 18), AbsenceState.THUISZITTER_2B, -3, True, date(2026, 11, 13)),
    ],
)
def test_thuiszitter_and_the_three_month_norm(first, today, state, days_left, warn, deadline):
    status = absence_status([Absence(first, None, 200, False)], NO_HOLIDAYS, BORN, today)
    assert status.state is state
    assert status.days_left == days_left and status.warn is warn
    assert status.norm_deadline == deadline


def test_sick_more_than_a_week_is_a_potential_thuiszitter():
    status = absence_status([Absence(date(2026, 11, 9), None, 30, True, "ziek")], CAL, BORN, date(2026, 11, 17))
    assert status.state is AbsenceState.POTENTIAL
    short = absence_status([Absence(date(2026, 11, 12), None, 10, True, "ziek")], CAL, BORN, date(2026, 11, 17))
    assert short.state is AbsenceState.NONE


def test_exempt_pupils_are_counted_apart():
    exemption = Exemption("art5_onder_a", date(2026, 9, 1))
    status = absence_status(
        [Absence(date(2026, 6, 1), None, 400, False)], NO_HOLIDAYS, BORN, date(2026, 11, 1), [exemption]
    )
    assert status.state is AbsenceState.EXEMPT and not status.is_thuiszitter


def test_not_compulsory_at_eighteen():
    status = absence_status(
        [Absence(date(2026, 6, 1), None, 400, False)], NO_HOLIDAYS, date(2008, 1, 1), date(2026, 11, 1)
    )
    assert status.state is AbsenceState.NOT_COMPULSORY
