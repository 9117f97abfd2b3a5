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


def period(start: object, end: object) -> str:
    """'12-03 – 26-03-2026 (2 weken)'; an open end reads 'loopt nog'."""
    first, last = as_date(start), as_date(end)
    if first is None:
        return ""
    if last is None:
        return f"vanaf {short_date(first)} (loopt nog)"
    begin = first.strftime("%d-%m") if first.year == last.year else short_date(first)
    return f"{begin} – {short_date(last)} ({duration(first, last)})"


def duration(first: date, last: date) -> str:
    days = max(0, (last - first).days)
    if days < 14:
        return f"{days} dag{'en' if days != 1 else ''}"
    if days < 120:
        weeks = round(days / 7)
        return f"{weeks} weken"
    months = round(days / 30.4)
    return f"{months} maanden"


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
