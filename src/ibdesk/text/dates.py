"""Dates: how they are written, in Dutch or English, and the one rule set for reading them.

Written forms (Dutch, then English):
- `short_date`  '03-02-2026'                (tables, lists, the CLI, sentences; both languages)
- `long_date`   '3 februari 2026'           '3 February 2026'
- `date_time`   '3 februari 2026 om 14:05'  '3 February 2026 at 14:05'; `short_date_time` '03-02-2026 14:05'
- `moment`      'vandaag om 10:32', 'gisteren om 16:05'; 'today at 10:32', 'yesterday at 16:05'
- `period`      '14-09 – 20-11-2026 (9 schoolweken)'; '14-09 – 20-11-2026 (9 school weeks)'
Numbers stay day-month-year in English too (a Dutch school; the British order).

Which language: the writers with words (`long_date`, `date_time`, `moment`, `period`, `span`,
`duration`) write Dutch unless the caller passes `lang`. Dutch is the default because a date in a
PDF, the audit log or a stored statement must stay Dutch in either language, and most callers are
those documents: they say nothing and cannot turn English by a change elsewhere. A screen or the
CLI passes `lang=i18n.language()` (the language shown); tests/text/test_dates_language.py checks
that every call under ui/ and cli/ does, and that no call under dossier/ asks for another language.
A forgotten `lang` on a screen shows Dutch, which the English screen tests see; a document can
never silently print English. The English words (month names, "today", "at", "school weeks") are
locale data kept here, not in the catalog: a writer takes its language as an argument, as one
session writes Dutch documents and English screens, while the catalog answers in the session's
language only.

Reading (`parse_date`), the same for every screen, the CLI and imports, in both languages:
- day-month-year: 3-2-2026, 03-02-2026, 3/2/2026, 3.2.2026, 3 2 2026, 03022026 (ddmmjjjj)
- ISO: 2026-02-03
- 'vandaag' or 'today'
The year has four digits: 3-2-26 is refused, never guessed (2026? 1926?), because a date here is
a birth date, a consent or a legal deadline, and a CSV import stores it without anyone seeing
the guess. Anything else, or a day that does not exist (29-02-2025, 31-04-2026), raises a
ValidationError whose message (in the language shown) says what is wrong and how to write the date.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal, overload

from ibdesk.errors import ValidationError
from ibdesk.i18n import DUTCH, ENGLISH, tr
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
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TODAY_WORDS = ("vandaag", "today")  # what `parse_date` reads as today's date, in either language
# The words around a date, by language: Dutch for documents (the default), English for screens.
_WORDS: dict[str, dict[str, str]] = {
    DUTCH: {
        "at": "{day} om {time}",
        "today": "vandaag",
        "yesterday": "gisteren",
        "open": "vanaf {date} (loopt nog)",
        "through": "{first} t/m {last}",
        "school week": "schoolweek",
        "school weeks": "schoolweken",
        "calendar week": "kalenderweek",
        "calendar weeks": "kalenderweken",
        "no calendar": "{weeks}; schoolkalender van die periode onbekend",
    },
    ENGLISH: {
        "at": "{day} at {time}",
        "today": "today",
        "yesterday": "yesterday",
        "open": "from {date} (ongoing)",
        "through": "{first} to {last}",
        "school week": "school week",
        "school weeks": "school weeks",
        "calendar week": "calendar week",
        "calendar weeks": "calendar weeks",
        "no calendar": "{weeks}; school calendar for that period unknown",
    },
}
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
    if text in TODAY_WORDS:
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
def _words(lang: str) -> dict[str, str]:
    """The date words of `lang` ("nl" or "en"); anything else is refused, never guessed."""
    try:
        return _WORDS[lang]
    except KeyError:
        raise ValueError(f"no date words for language {lang!r}") from None


def short_date(value: object, empty: str = "") -> str:
    """'03-02-2026'; `empty` when there is no date (the same in both languages)."""
    day = as_date(value)
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}" if day else empty


def long_date(value: object, empty: str = "", *, lang: str = DUTCH) -> str:
    """'3 februari 2026'; with lang="en" '3 February 2026'."""
    day = as_date(value)
    if day is None:
        return empty
    _words(lang)  # refuses a language it has no words for
    months = ENGLISH_MONTHS if lang == ENGLISH else MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


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


def date_time(moment: datetime, *, lang: str = DUTCH) -> str:
    """'3 februari 2026 om 14:05'; with lang="en" '3 February 2026 at 14:05'."""
    return _words(lang)["at"].format(day=long_date(moment, lang=lang), time=clock(moment))


def short_date_time(moment: datetime, seconds: bool = False) -> str:
    """'03-02-2026 14:05' (tables and logs; `seconds` for the audit trail)."""
    return f"{short_date(moment)} {clock(moment, seconds)}"


def short_or_time(value: date | datetime | None) -> str:
    """A date as '03-02-2026', a moment as '03-02-2026 14:05', nothing as ''."""
    if isinstance(value, datetime):
        return short_date_time(value)
    return short_date(value)


def moment(when: datetime, now: datetime | None = None, *, lang: str = DUTCH) -> str:
    """'vandaag om 10:32', 'gisteren om 16:05' or '14 maart 2025 om 10:32'; in English
    'today at 10:32', 'yesterday at 16:05' or '14 March 2025 at 10:32'."""
    words = _words(lang)
    now = now or datetime.now()
    days = (now.date() - when.date()).days
    day = {0: words["today"], 1: words["yesterday"]}.get(days) or long_date(when, lang=lang)
    return words["at"].format(day=day, time=clock(when))


def period(start: object, end: object, calendar=None, *, lang: str = DUTCH) -> str:
    """'14-09 – 20-11-2026 (9 schoolweken)'; one day reads as that day; an open end reads
    'vanaf 14-09-2026 (loopt nog)'. Durations count school weeks of `calendar` (domain/calendar.py).
    In English '(9 school weeks)', 'from 14-09-2026 (ongoing)'."""
    first, last = as_date(start), as_date(end)
    if first is None:
        return ""
    if last is None:
        return _words(lang)["open"].format(date=short_date(first))
    first, last = min(first, last), max(first, last)
    if first == last:
        return short_date(first)
    begin = day_month(first) if first.year == last.year else short_date(first)
    return f"{begin} – {short_date(last)} ({duration(first, last, calendar, lang=lang)})"


def span(first: object, last: object, *, lang: str = DUTCH) -> str:
    """'01-09-2026 t/m 20-10-2026'; in English '01-09-2026 to 20-10-2026'."""
    return _words(lang)["through"].format(first=short_date(first), last=short_date(last))


def duration(first: date, last: date, calendar=None, *, lang: str = DUTCH) -> str:
    """In school weeks (holiday weeks do not count); where the school calendar does not cover
    the period, in calendar weeks, and it says so."""
    words = _words(lang)
    weeks = calendar.school_weeks(first, last) if calendar is not None else None
    if weeks is not None:
        return plural(weeks, words["school week"], words["school weeks"])
    plain = ((last - first).days + 7) // 7
    return words["no calendar"].format(weeks=plural(plain, words["calendar week"], words["calendar weeks"]))
