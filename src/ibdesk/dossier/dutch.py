"""Dutch formatting for documents: dates, durations, yes/no, fingerprints."""
from __future__ import annotations

from datetime import date, datetime

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")


def as_date(value: object) -> date | None:
    """A date from a date, datetime or ISO text; None when it is none of those."""
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


def long_date(value: object) -> str:
    """'23 november 2026'."""
    day = as_date(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def short_date(value: object) -> str:
    """'23-11-2026'."""
    day = as_date(value)
    return day.strftime("%d-%m-%Y") if day else ""


def date_time(moment: datetime) -> str:
    """'23 november 2026 om 14:05'."""
    return f"{long_date(moment)} om {moment.strftime('%H:%M')}"


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
    begin = first.strftime("%d-%m") if first.year == last.year else short_date(first)
    return f"{begin} – {short_date(last)} ({duration(first, last, calendar)})"


def duration(first: date, last: date, calendar=None) -> str:
    """In school weeks (holiday weeks do not count); where the school calendar does not cover
    the period, in calendar weeks, and it says so."""
    weeks = calendar.school_weeks(first, last) if calendar is not None else None
    if weeks is not None:
        return f"{weeks} schoolwe{'ek' if weeks == 1 else 'ken'}"
    plain = ((last - first).days + 7) // 7
    return f"{plain} kalenderwe{'ek' if plain == 1 else 'ken'}; schoolkalender van die periode onbekend"


def yes_no(value: object) -> str:
    return "Ja" if value is True else "Nee" if value is False else ""


def number(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",").removesuffix(",0")
    return str(value)


def fingerprint(digest: bytes) -> str:
    """SHA-256 as 16 groups of 4 hex digits, easy to read aloud on the phone."""
    text = digest.hex().upper()
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))
