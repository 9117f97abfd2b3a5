"""School days and school weeks for a region: weekdays minus the region's holidays, only
where the calendar is known.

A calendar *covers* the periods for which all its holidays are known (the national school
holidays of whole school years, see services/school_calendar.py). Outside them ibdesk
does not know which days are school days, so it says so and counts nothing there: holidays
are not verzuim, and a guessed calendar would turn a required melding into none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Holiday:
    name: str
    first: date
    last: date
    source: str | None = None

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class SchoolCalendar:
    region: str | None
    holidays: tuple[Holiday, ...] = field(default_factory=tuple)
    covered: tuple[tuple[date, date], ...] = ()  # periods whose holidays are all known
    source: str = ""

    def holiday_on(self, day: date) -> Holiday | None:
        return next((h for h in self.holidays if h.covers(day)), None)

    @cached_property
    def _holiday_days(self) -> frozenset[date]:
        days = set()
        for holiday in self.holidays:
            day = holiday.first
            while day <= holiday.last:
                days.add(day)
                day += ONE_DAY
        return frozenset(days)

    # -- coverage ---------------------------------------------------------------------------
    def covers(self, day: date) -> bool:
        return any(first <= day <= last for first, last in self.covered)

    def gap(self, first: date, last: date) -> tuple[date, date] | None:
        """The first stretch of days in [first, last] the calendar does not cover, or None."""
        day = first
        while day <= last:
            period = next(((a, b) for a, b in self.covered if a <= day <= b), None)
            if period is None:
                end = min((a - ONE_DAY for a, _ in self.covered if a > day), default=last)
                return day, min(end, last)
            day = period[1] + ONE_DAY
        return None

    @property
    def covered_until(self) -> date | None:
        return max((b for _, b in self.covered), default=None)

    # -- school days ------------------------------------------------------------------------
    @cached_property
    def _holiday_weekdays(self) -> list[date]:
        return sorted(d for d in self._holiday_days if d.weekday() < 5)

    def count_school_days(self, first: date, last: date) -> int:
        """len(school_days(first, last)), by arithmetic (called for every pupil on every overview)."""
        if last < first:
            return 0
        weeks, rest = divmod((last - first).days + 1, 7)
        weekdays = weeks * 5 + sum(1 for n in range(rest) if (first.weekday() + n) % 7 < 5)
        holidays = self._holiday_weekdays
        return weekdays - (bisect_right(holidays, last) - bisect_left(holidays, first))

    def is_school_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holiday_days

    def school_days(self, first: date, last: date) -> list[date]:
        holidays, days, day = self._holiday_days, [], first
        while day <= last:
            if day.weekday() < 5 and day not in holidays:
                days.append(day)
            day += ONE_DAY
        return days

    def nth_school_day(self, first: date, n: int) -> date | None:
        """The n-th school day from `first` on (1 = the first school day); None past coverage."""
        holidays, day, count = self._holiday_days, first, 0
        while True:
            period = next(((a, b) for a, b in self.covered if a <= day <= b), None)
            if period is None:
                return None
            while day <= period[1]:
                if day.weekday() < 5 and day not in holidays:
                    count += 1
                    if count == n:
                        return day
                day += ONE_DAY

    def week_start(self, day: date) -> date:
        return day - timedelta(days=day.weekday())

    def is_school_week(self, monday: date) -> bool:
        """A week counts as a school week when it has at least one school day."""
        return any(self.is_school_day(monday + timedelta(days=n)) for n in range(5))

    def school_weeks(self, first: date, last: date) -> int | None:
        """How many school weeks the period [first, last] touches (holiday weeks do not count);
        None when the calendar does not cover the whole period (nothing is guessed)."""
        if last < first or self.gap(first, last) is not None:
            return None
        monday, end, weeks = self.week_start(first), self.week_start(last), 0
        while monday <= end:
            weeks += any(
                first <= monday + timedelta(days=n) <= last and self.is_school_day(monday + timedelta(days=n))
                for n in range(5)
            )
            monday += timedelta(days=7)
        return weeks

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
        weeks: list[date] = []
        guard = 0
        while len(weeks) < count and guard < 60:
            if self.is_school_week(monday):
                weeks.append(monday)
            monday -= timedelta(days=7)
            guard += 1
        return weeks


def parse_holidays(region: str, rows: list[dict], covered: tuple[tuple[date, date], ...] = ()) -> SchoolCalendar:
    """Build a calendar from rows like {name, first: 'YYYY-MM-DD', last: 'YYYY-MM-DD'}."""
    return SchoolCalendar(region, tuple(sorted(parse_rows(rows), key=lambda h: h.first)), covered)


def parse_rows(rows: list[dict]) -> list[Holiday]:
    holidays = []
    for row in rows:
        first, last = date.fromisoformat(str(row["first"])), date.fromisoformat(str(row["last"]))
        if last < first:
            raise ValueError(f"holiday {row['name']!r} ends before it starts")
        source = str(row["source"]).strip() if row.get("source") else None
        holidays.append(Holiday(str(row["name"]), first, last, source or None))
    return holidays
