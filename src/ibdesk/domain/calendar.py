"""School days and school weeks for a region: weekdays minus the region's holidays.

Holidays are data (resources/holidays.yaml, per region), so a region or school can
correct them without a code change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property


@dataclass(frozen=True)
class Holiday:
    name: str
    first: date
    last: date

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class SchoolCalendar:
    region: str
    holidays: tuple[Holiday, ...] = field(default_factory=tuple)

    def holiday_on(self, day: date) -> Holiday | None:
        return next((h for h in self.holidays if h.covers(day)), None)

    @cached_property
    def _holiday_days(self) -> frozenset[date]:
        days = set()
        for holiday in self.holidays:
            day = holiday.first
            while day <= holiday.last:
                days.add(day)
                day += timedelta(days=1)
        return frozenset(days)

    def is_school_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holiday_days

    def school_days(self, first: date, last: date) -> list[date]:
        holidays, days, day, one = self._holiday_days, [], first, timedelta(days=1)
        while day <= last:
            if day.weekday() < 5 and day not in holidays:
                days.append(day)
            day += one
        return days

    def week_start(self, day: date) -> date:
        return day - timedelta(days=day.weekday())

    def is_school_week(self, monday: date) -> bool:
        """A week counts as a school week when it has at least one school day."""
        return any(self.is_school_day(monday + timedelta(days=n)) for n in range(5))

    def previous_school_weeks(self, day: date, count: int) -> list[date]:
        """The Mondays of the `count` school weeks ending with the week of `day` (holiday weeks skipped)."""
        return list(self._previous_weeks(self.week_start(day), count))

    def _previous_weeks(self, monday: date, count: int) -> tuple[date, ...]:
        key = (monday, count)
        cache = self.__dict__.setdefault("_weeks_cache", {})
        if key not in cache:
            cache[key] = tuple(self._walk_back(monday, count))
        return cache[key]

    def _walk_back(self, monday: date, count: int) -> list[date]:
        weeks = []
        guard = 0
        while len(weeks) < count and guard < 60:
            if self.is_school_week(monday):
                weeks.append(monday)
            monday -= timedelta(days=7)
            guard += 1
        return weeks


def parse_holidays(region: str, rows: list[dict]) -> SchoolCalendar:
    """Build a calendar from rows like {name, first: 'YYYY-MM-DD', last: 'YYYY-MM-DD'}."""
    holidays = []
    for row in rows:
        first, last = date.fromisoformat(str(row["first"])), date.fromisoformat(str(row["last"]))
        if last < first:
            raise ValueError(f"holiday {row['name']!r} ends before it starts")
        holidays.append(Holiday(str(row["name"]), first, last))
    return SchoolCalendar(region, tuple(sorted(holidays, key=lambda h: h.first)))
