"""Dutch dates: how they are written and the one rule set for reading them.

Written forms:
- `short_date`  '03-02-2026'           (tables, lists, the CLI, sentences)
- `long_date`   '3 februari 2026'      (document headings, letters)
- `date_time`   '3 februari 2026 om 14:05'; `short_date_time` '03-02-2026 14:05'
- `moment`      'vandaag om 10:32', 'gisteren om 16:05' or a long date with time
- `period`      '14-09 – 20-11-2026 (9 schoolweken)'

Reading (`parse_date`), the same for every screen, the CLI and imports:
- day-month-year: 3-2-2026, 03-02-2026, 3/2/2026, 3.2.2026, 3 2 2026, 03022026 (ddmmjjjj)
- ISO: 2026-02-03
- 'vandaag'
The year has four digits: 3-2-26 is refused, never guessed (2026? 1926?), because a date here is
a birth date, a consent or a legal deadline, and a CSV import stores it without anyone seeing
the guess. Anything else, or a day that does not exist (29-02-2025, 31-04-2026), raises a
ValidationError whose Dutch message says what is wrong and how to write the date.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal, overload

from ibdesk.errors import ValidationError
from ibdesk.i18n import tr
from ibdesk.text.numbers import plural

MONTHS = (
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
)
PLACEHOLDER = "dd-mm-jjjj"
INVALID = "Ongeldige datum; typ de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2025."


def invalid_date() -> str:
    """INVALID in the language shown (for a date field's inline message on screen)."""
    return tr("Ongeldige datum; typ de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2025.")


_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2}$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


# -- reading ------------------------------------------------------------------------------------
def as_date(value: object) -> date | None:
    """A date from a date, datetime or ISO text (a timestamp's date part); None otherwise.
    For stored values only: what people type goes through `parse_date`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@overload
def parse_date(
    value: str | date | None, field: str = ..., *, required: Literal[True] = ..., today: date | None = ...
) -> date: ...
@overload
def parse_date(
    value: str | date | None, field: str = ..., *, required: bool, today: date | None = ...
) -> date | None: ...
def parse_date(
    value: str | date | None, field: str = "datum", *, required: bool = True, today: date | None = None
) -> date | None:
    """The date a person wrote (rules in the module docstring); None when empty and not required."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip() if value is not None else ""
    if not text:
        if required:
            raise ValidationError(tr("Vul een datum in (dd-mm-jjjj)."), field)
        return None
    parts = _parts(text.lower(), today or date.today())
    if parts is None and _SHORT_YEAR.match(text):
        raise ValidationError(
            tr("'{text}' is geen datum: schrijf het jaar met vier cijfers (dd-mm-jjjj).", text=text), field
        )
    if parts is None:
        raise ValidationError(tr("'{text}' is geen datum. Schrijf de datum als dd-mm-jjjj.", text=text), field)
    year, month, day = parts
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(tr("{text} bestaat niet als datum. Controleer dag en maand.", text=text), field) from None


def _parts(text: str, today: date) -> tuple[int, int, int] | None:
    if text == "vandaag":
        return today.year, today.month, today.day
    if m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
        return year, month, day
    m = _DMY.match(text) or _COMPACT.match(text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    return year, month, day


def read_date(text: str, today: date | None = None) -> date | None:
    """`parse_date` for a field being typed: None for empty or not-a-date text."""
    try:
        return parse_date(text, required=False, today=today)
    except ValidationError:
        return None


# -- writing ------------------------------------------------------------------------------------
def short_date(value: object, empty: str = "") -> str:
    """'03-02-2026'; `empty` when there is no date."""
    day = as_date(value)
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}" if day else empty


def long_date(value: object, empty: str = "") -> str:
    """'3 februari 2026'."""
    day = as_date(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else empty


def iso_to_short(text: str) -> str:
    """'2025-03-05' → '05-03-2025' (a stored ISO answer shown for editing); other text unchanged."""
    if not _ISO.match(text):
        return text
    try:
        return short_date(date.fromisoformat(text))
    except ValueError:
        return text


def day_month(value: object) -> str:
    """'03-02' (the year is said elsewhere, as in a period)."""
    day = as_date(value)
    return f"{day.day:02d}-{day.month:02d}" if day else ""


def clock(moment: datetime, seconds: bool = False) -> str:
    """'14:05' or '14:05:09'."""
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{text}:{moment.second:02d}" if seconds else text


def date_time(moment: datetime) -> str:
    """'3 februari 2026 om 14:05'."""
    return f"{long_date(moment)} om {clock(moment)}"


def short_date_time(moment: datetime, seconds: bool = False) -> str:
    """'03-02-2026 14:05' (tables and logs; `seconds` for the audit trail)."""
    return f"{short_date(moment)} {clock(moment, seconds)}"


def short_or_time(value: date | datetime | None) -> str:
    """A date as '03-02-2026', a moment as '03-02-2026 14:05', nothing as ''."""
    if isinstance(value, datetime):
        return short_date_time(value)
    return short_date(value)


def moment(when: datetime, now: datetime | None = None) -> str:
    """'vandaag om 10:32', 'gisteren om 16:05' or '14 maart 2025 om 10:32'."""
    now = now or datetime.now()
    days = (now.date() - when.date()).days
    day = {0: "vandaag", 1: "gisteren"}.get(days) or long_date(when)
    return f"{day} om {clock(when)}"


def period(start: object, end: object, calendar=None) -> str:
    """'14-09 – 20-11-2026 (9 schoolweken)'; one day reads as that day; an open end reads
    'loopt nog'. Durations count school weeks of `calendar` (domain/calendar.py)."""
    first, last = as_date(start), as_date(end)
    if first is None:
        return ""
    if last is None:
        return f"vanaf {short_date(first)} (loopt nog)"
    first, last = min(first, last), max(first, last)
    if first == last:
        return short_date(first)
    begin = day_month(first) if first.year == last.year else short_date(first)
    return f"{begin} – {short_date(last)} ({duration(first, last, calendar)})"


def span(first: object, last: object) -> str:
    """'01-09-2026 t/m 20-10-2026'."""
    return f"{short_date(first)} t/m {short_date(last)}"


def duration(first: date, last: date, calendar=None) -> str:
    """In school weeks (holiday weeks do not count); where the school calendar does not cover
    the period, in calendar weeks, and it says so."""
    weeks = calendar.school_weeks(first, last) if calendar is not None else None
    if weeks is not None:
        return plural(weeks, "schoolweek", "schoolweken")
    plain = ((last - first).days + 7) // 7
    return f"{plural(plain, 'kalenderweek', 'kalenderweken')}; schoolkalender van die periode onbekend"
