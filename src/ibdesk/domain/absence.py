"""Verzuim and thuiszitters (domain.md §7): when to report to leerplicht, who is a
(potential) thuiszitter, and how many days are left to the Thuiszitterspact's norm.

Choices made where the sources are silent (and where tests pin them down):
- Hours of an absence period are spread evenly over its school days.
- "Four consecutive school weeks" skip weeks without any school day (holiday weeks).
- A thuiszitter spell is unauthorised absence without a school day attended in between;
  weekends and holidays inside it do not break it, and it is counted in calendar days.
- Leerplicht starts on the first day of the month after the 5th birthday and ends at 18.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ibdesk.domain.calendar import SchoolCalendar
from ibdesk.domain.validation import add_years

REPORT_HOURS = 16
REPORT_WEEKS = 4
THUISZITTER_DAYS = 28          # "more than four weeks"
POTENTIAL_SICK_DAYS = 7        # regions want pupils sick for more than a week registered
NORM_WARNING_DAYS = 56         # warn from 8 weeks on


@dataclass(frozen=True)
class Absence:
    first: date
    last: date | None            # None: still absent
    hours: float                 # lesson hours missed in the period
    authorised: bool             # geoorloofd (e.g. ill) or not
    reason: str = ""


@dataclass(frozen=True)
class Exemption:
    kind: str                    # art5_onder_a, art5_onder_b, art5a
    first: date
    last: date | None = None

    def active_on(self, day: date) -> bool:
        return self.first <= day and (self.last is None or day <= self.last)


class AbsenceState(StrEnum):
    NONE = "geen"
    POTENTIAL = "potentieel"         # potentiële thuiszitter
    THUISZITTER_2A = "2a"            # 4 weeks to 3 months
    THUISZITTER_2B = "2b"            # more than 3 months
    EXEMPT = "vrijgesteld"           # counted apart
    NOT_COMPULSORY = "niet_leerplichtig"


@dataclass(frozen=True)
class AbsenceStatus:
    state: AbsenceState
    report_due_on: date | None = None       # 16 hours within 4 school weeks reached on this day
    spell_start: date | None = None
    thuiszitter_since: date | None = None
    norm_deadline: date | None = None       # three months after the spell started
    days_left: int | None = None
    warn: bool = False

    @property
    def is_thuiszitter(self) -> bool:
        return self.state in (AbsenceState.THUISZITTER_2A, AbsenceState.THUISZITTER_2B)


def compulsory_from(birth: date) -> date:
    """First day of the month after the fifth birthday."""
    fifth = add_years(birth, 5)
    return date(fifth.year + (fifth.month == 12), fifth.month % 12 + 1, 1)


def is_compulsory(birth: date, day: date) -> bool:
    return compulsory_from(birth) <= day < add_years(birth, 18)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def hours_per_day(absences: list[Absence], calendar: SchoolCalendar, today: date,
                  authorised: bool = False) -> dict[date, float]:
    """Spread each period's hours over its school days (up to today)."""
    spread: dict[date, float] = {}
    for absence in absences:
        if absence.authorised != authorised:
            continue
        days = calendar.school_days(absence.first, min(absence.last or today, today))
        for day in days:
            spread[day] = spread.get(day, 0.0) + absence.hours / len(days)
    return spread


def report_due_on(absences: list[Absence], calendar: SchoolCalendar, birth: date, today: date) -> date | None:
    """The first day on which unauthorised hours in 4 consecutive school weeks reach 16."""
    first, until = compulsory_from(birth), add_years(birth, 18)  # compulsory: first <= day < until
    per_day = {d: h for d, h in hours_per_day(absences, calendar, today).items() if first <= d < until}
    per_week: dict[date, float] = {}
    for day in sorted(per_day):
        monday = calendar.week_start(day)
        per_week[monday] = per_week.get(monday, 0.0) + per_day[day]
        window = calendar.previous_school_weeks(day, REPORT_WEEKS)
        if sum(per_week.get(w, 0.0) for w in window) >= REPORT_HOURS - 1e-9:
            return day
    return None


def current_spell(absences: list[Absence], calendar: SchoolCalendar, today: date,
                  authorised: bool) -> date | None:
    """Start of the absence that is still going on today, bridging weekends and holidays."""
    periods = sorted((a.first, a.last or today) for a in absences if a.authorised == authorised)
    start: date | None = None
    end: date | None = None
    for first, last in periods:
        if end is not None and not calendar.school_days(end + timedelta(days=1), first - timedelta(days=1)):
            end = max(end, last)
        else:
            start, end = first, last
    if end is None or calendar.school_days(end + timedelta(days=1), today):
        return None  # the pupil attended at least one school day since
    return start


def absence_status(absences: list[Absence], calendar: SchoolCalendar, birth: date, today: date,
                   exemptions: list[Exemption] = ()) -> AbsenceStatus:
    if any(e.active_on(today) for e in exemptions):
        return AbsenceStatus(AbsenceState.EXEMPT)
    if not is_compulsory(birth, today):
        return AbsenceStatus(AbsenceState.NOT_COMPULSORY)
    due = report_due_on(absences, calendar, birth, today)
    spell = current_spell(absences, calendar, today, authorised=False)
    if spell is not None and (today - spell).days > THUISZITTER_DAYS:
        return _thuiszitter(spell, today, due)
    sick = current_spell(absences, calendar, today, authorised=True)
    if sick is not None and (today - sick).days > POTENTIAL_SICK_DAYS:
        return _with_norm(AbsenceStatus(AbsenceState.POTENTIAL, due, sick), sick, today)
    if spell is not None:
        return _with_norm(AbsenceStatus(AbsenceState.NONE, due, spell), spell, today)
    return AbsenceStatus(AbsenceState.NONE, due)


def _thuiszitter(spell: date, today: date, due: date | None) -> AbsenceStatus:
    deadline = add_months(spell, 3)
    state = AbsenceState.THUISZITTER_2B if today > deadline else AbsenceState.THUISZITTER_2A
    status = AbsenceStatus(state, due, spell, spell + timedelta(days=THUISZITTER_DAYS + 1))
    return _with_norm(status, spell, today)


def _with_norm(status: AbsenceStatus, spell: date, today: date) -> AbsenceStatus:
    deadline = add_months(spell, 3)
    return AbsenceStatus(status.state, status.report_due_on, spell, status.thuiszitter_since, deadline,
                         (deadline - today).days, (today - spell).days >= NORM_WARNING_DAYS)
