"""ibdesk.text.dates: one way to write a date, one rule set to read it (issue 14, move 4)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ibdesk.errors import ValidationError
from ibdesk.text import dates

TODAY = date(2026, 2, 3)


# -- writing ------------------------------------------------------------------------------------
def test_the_written_forms():
    moment = datetime(2026, 2, 3, 9, 5, 7)
    assert dates.short_date(date(2026, 2, 3)) == "03-02-2026"
    assert dates.short_date(moment) == "03-02-2026", "a moment's date only"
    assert dates.short_date("2026-02-03") == "03-02-2026", "a stored ISO text"
    assert dates.long_date(date(2026, 2, 3)) == "3 februari 2026"
    assert dates.long_date(date(2026, 12, 31)) == "31 december 2026"
    assert dates.day_month(date(2026, 2, 3)) == "03-02"
    assert dates.clock(moment) == "09:05" and dates.clock(moment, seconds=True) == "09:05:07"
    assert dates.date_time(moment) == "3 februari 2026 om 09:05"
    assert dates.short_date_time(moment) == "03-02-2026 09:05"
    assert dates.short_date_time(moment, seconds=True) == "03-02-2026 09:05:07"
    assert dates.short_or_time(moment) == "03-02-2026 09:05" and dates.short_or_time(TODAY) == "03-02-2026"
    assert dates.span(date(2026, 9, 1), date(2026, 10, 20)) == "01-09-2026 t/m 20-10-2026"


def test_no_date_reads_as_the_caller_says():
    assert dates.short_date(None) == "" and dates.long_date(None) == "" and dates.short_or_time(None) == ""
    assert dates.short_date(None, "—") == "—"
    assert dates.short_date("geen datum") == "", "unreadable stored text is shown as missing"


def test_every_month_has_its_dutch_name():
    assert [dates.long_date(date(2026, m, 1)).split()[1] for m in range(1, 13)] == [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]


def test_moment_says_today_and_yesterday():
    now = datetime(2026, 2, 3, 17, 0)
    assert dates.moment(datetime(2026, 2, 3, 10, 32), now) == "vandaag om 10:32"
    assert dates.moment(datetime(2026, 2, 2, 16, 5), now) == "gisteren om 16:05"
    assert dates.moment(datetime(2025, 3, 14, 10, 32), now) == "14 maart 2025 om 10:32"


class _Calendar:
    def school_weeks(self, first, last):
        return 9 if first.year == 2026 else None


def test_period_and_duration():
    assert dates.period("2026-09-14", "2026-11-20", _Calendar()) == "14-09 – 20-11-2026 (9 schoolweken)"
    assert (
        dates.period(date(2025, 12, 29), date(2026, 1, 2))
        == "29-12-2025 – 02-01-2026 (1 kalenderweek; schoolkalender van die periode onbekend)"
    )
    assert dates.period(date(2026, 3, 2), date(2026, 3, 2)) == "02-03-2026"
    assert dates.period(date(2026, 3, 2), None) == "vanaf 02-03-2026 (loopt nog)"
    assert dates.period(None, None) == ""


def test_iso_to_short_shows_a_stored_answer_for_editing():
    assert dates.iso_to_short("2025-03-05") == "05-03-2025"
    assert dates.iso_to_short("2025-02-30") == "2025-02-30", "not a date: shown as it is (and flagged)"
    assert dates.iso_to_short("5 maart") == "5 maart"


# -- reading ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("3-2-2026", date(2026, 2, 3)),
        ("03-02-2026", date(2026, 2, 3)),
        ("2026-02-03", date(2026, 2, 3)),
        ("3/2/2026", date(2026, 2, 3)),
        ("3.2.2026", date(2026, 2, 3)),
        ("3 2 2026", date(2026, 2, 3)),
        ("03022026", date(2026, 2, 3)),
        (" 03-02-2026 ", date(2026, 2, 3)),
        ("vandaag", TODAY),
        ("Vandaag", TODAY),
        ("29-02-2024", date(2024, 2, 29)),
        ("29-2-2000", date(2000, 2, 29)),
        ("2028-02-29", date(2028, 2, 29)),
        ("31-12-2026", date(2026, 12, 31)),
    ],
)
def test_what_parses(text, expected):
    assert dates.parse_date(text, today=TODAY) == expected
    assert dates.read_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("29-02-2026", "29-02-2026 bestaat niet als datum. Controleer dag en maand."),
        ("29-02-1900", "bestaat niet als datum"),  # not a leap year: divisible by 100, not by 400
        ("31-04-2026", "bestaat niet als datum"),
        ("13-13-2026", "bestaat niet als datum"),
        ("0-1-2026", "bestaat niet als datum"),
        ("2026-02-30", "bestaat niet als datum"),
        ("morgen", r"'morgen' is geen datum. Schrijf de datum als dd-mm-jjjj\.$"),
        ("3-2-26", r"'3-2-26' is geen datum: schrijf het jaar met vier cijfers \(dd-mm-jjjj\)\."),
        ("1-1-99", "jaar met vier cijfers"),
        ("05-03-125", "geen datum"),
        ("3-2-202", "geen datum"),
        ("2026/02/03", "geen datum"),
        ("3-2", "geen datum"),
        ("3 februari 2026", "geen datum"),
    ],
)
def test_what_is_refused_with_a_dutch_message(text, fragment):
    with pytest.raises(ValidationError, match=fragment) as caught:
        dates.parse_date(text, "geboortedatum", today=TODAY)
    assert caught.value.field == "geboortedatum", "the message names the field it is about"
    assert dates.read_date(text, TODAY) is None


def test_empty_is_an_error_only_when_required():
    with pytest.raises(ValidationError, match=r"Vul een datum in \(dd-mm-jjjj\)\."):
        dates.parse_date("  ", "datum")
    with pytest.raises(ValidationError, match="Vul een datum in"):
        dates.parse_date(None)
    assert dates.parse_date("", required=False) is None and dates.parse_date(None, required=False) is None
    assert dates.read_date("", TODAY) is None


def test_dates_and_moments_pass_through():
    assert dates.parse_date(date(2024, 2, 29)) == date(2024, 2, 29)
    assert dates.parse_date(datetime(2024, 2, 29, 23, 59)) == date(2024, 2, 29)


def test_as_date_reads_stored_values_only():
    assert dates.as_date("2026-02-03T10:00:00") == date(2026, 2, 3)
    assert dates.as_date(datetime(2026, 2, 3, 10)) == date(2026, 2, 3)
    assert dates.as_date("03-02-2026") is None, "typed text goes through parse_date"
    assert dates.as_date(None) is None and dates.as_date(20260203) is None


def test_what_is_written_reads_back():
    """A round trip: every day of a leap year written short reads back as the same day."""
    day = date(2024, 1, 1)
    while day.year == 2024:
        assert dates.parse_date(dates.short_date(day)) == day
        day = date.fromordinal(day.toordinal() + 1)
