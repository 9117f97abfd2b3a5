"""Dates relative to today that hold on every day of the year, 29 February included
(`replace(year=…)` on today raises ValueError on 29 February in three years out of four)."""

from __future__ import annotations

from datetime import date

from ibdesk.domain.validation import add_years, age_on


def born_years_ago(day: date, years: int) -> date:
    """A birth date that makes someone exactly `years` old on `day` (28 February for a 29 February
    that the birth year lacks: born on 1 March they would still be a year younger)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


def years_later(day: date, years: int) -> date:
    """The same day `years` later (29 February becomes 1 March)."""
    return add_years(day, years)


__all__ = ["age_on", "born_years_ago", "years_later"]
