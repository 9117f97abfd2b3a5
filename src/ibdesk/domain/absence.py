"""Verzuim and thuiszitters (domain.md §7): when to report to leerplicht, who is a
(potential) thuiszitter, and how many school days are left to the Thuiszitterspact's norm.

Everything is counted in school days of the school's calendar: holidays are not verzuim
(Ingrado/OCW definitions; the Utrecht West definitions in seed 004). Where the calendar
does not cover the days that matter, the status is CALENDAR_MISSING and nothing is counted.

Choices made where the sources are silent (and where tests pin them down):
- Hours of an absence period are spread evenly over its school days.
- "Four consecutive school weeks" skip weeks without any school day (holiday weeks).
- A week is five school days: "more than four weeks" is more than 20 school days, the
  three-month norm is 13 school weeks (65 school days), the warning comes at 8 school
  weeks (40), "sick for more than a week" is more than 5 school days.
- A thuiszitter spell is unauthorised absence without a school day attended in between;
  weekends and holidays inside it do not break it and do not count.
- Leerplicht starts on the first day of the month after the 5th birthday and ends at 18.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ibdesk.domain.calendar import SchoolCalendar
from ibdesk.domain.validation import add_years
from ibdesk.i18n import tr

REPORT_HOURS = 16
REPORT_WEEKS = 4
WEEK = 5  # school days in a school week
THUISZITTER_DAYS = 4 * WEEK  # "more than four weeks" of school
POTENTIAL_SICK_DAYS = WEEK  # regions want pupils sick for more than a week registered
NORM_DAYS = 13 * WEEK  # three months = 13 school weeks
NORM_WARNING_DAYS = 8 * WEEK  # warn from 8 school weeks on
LOOKBACK = timedelta(days=140)  # absences that ended longer ago no longer change the status


@dataclass(frozen=True)
class Absence:
    first: date
    last: date | None  # None: still absent
    hours: float  # lesson hours missed in the period
    authorised: bool  # geoorloofd (e.g. ill) or not
    reason: str = ""


# Leerplichtwet art. 7 lid 1 (since 1 August 2017): the statement behind an art. 5 onder a
# exemption may come from a doctor, a psycholoog or an orthopedagoog (the latter two
# registered: BIG or NIP/NVO) appointed by the municipality.
EXPERTS_5A = {"arts": "arts", "psycholoog": "psycholoog", "orthopedagoog": "orthopedagoog"}


@dataclass(frozen=True)
class Exemption:
    kind: str  # art5_onder_a, art5_onder_b, art5a
    first: date
    last: date | None = None
    judged_by: str | None = None  # for art5_onder_a: arts | psycholoog | orthopedagoog

    def active_on(self, day: date) -> bool:
        return self.first <= day and (self.last is None or day <= self.last)


def exemption_problem(kind: str, judged_by: str | None) -> str | None:
    """A Dutch problem when an exemption rests on a statement the law does not accept."""
    if kind == "art5_onder_a" and judged_by is not None and judged_by not in EXPERTS_5A:
        return tr(
            "Een vrijstelling op grond van artikel 5 onder a rust op een verklaring van een arts, psycholoog of "
            "orthopedagoog die de gemeente heeft aangewezen (Leerplichtwet art. 7)."
        )
    return None


class AbsenceState(StrEnum):
    NONE = "geen"
    POTENTIAL = "potentieel"  # potentiële thuiszitter
    THUISZITTER_2A = "2a"  # 4 weeks to 3 months
    THUISZITTER_2B = "2b"  # more than 3 months
    NOT_ENROLLED = "niet_ingeschreven"  # absoluut verzuim: a thuiszitter by definition
    EXEMPT = "vrijgesteld"  # counted apart
    NOT_COMPULSORY = "niet_leerplichtig"
    CALENDAR_MISSING = "kalender_onbekend"  # the school calendar does not cover the days that matter


@dataclass(frozen=True)
class AbsenceStatus:
    state: AbsenceState
    report_due_on: date | None = None  # 16 hours within 4 school weeks reached on this day
    spell_start: date | None = None
    thuiszitter_since: date | None = None
    norm_deadline: date | None = None  # the 65th school day of the spell
    days_left: int | None = None  # school days left to the norm (negative: past it)
    warn: bool = False
    school_days: int | None = None  # school days in the current spell so far
    uncovered: tuple[date, date] | None = None  # days the calendar does not cover (CALENDAR_MISSING, or the
    # future days the norm deadline would need)

    @property
    def is_thuiszitter(self) -> bool:
        return self.state in (AbsenceState.THUISZITTER_2A, AbsenceState.THUISZITTER_2B, AbsenceState.NOT_ENROLLED)


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


def hours_per_day(
    absences: list[Absence], calendar: SchoolCalendar, today: date, authorised: bool = False
) -> dict[date, float]:
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


def current_spell(absences: list[Absence], calendar: SchoolCalendar, today: date, authorised: bool) -> date | None:
    """Start of the absence that is still going on today, bridging weekends and holidays."""
    periods = sorted((a.first, a.last or today) for a in absences if a.authorised == authorised)
    start: date | None = None
    end: date | None = None
    for first, last in periods:
        if end is not None and not calendar.count_school_days(end + timedelta(days=1), first - timedelta(days=1)):
            end = max(end, last)
        else:
            start, end = first, last
    if end is None or calendar.count_school_days(end + timedelta(days=1), today):
        return None  # the pupil attended at least one school day since
    return start


def absence_status(
    absences: list[Absence],
    calendar: SchoolCalendar,
    birth: date,
    today: date,
    exemptions: Sequence[Exemption] = (),
    enrolled: bool = True,
) -> AbsenceStatus:
    if any(e.active_on(today) for e in exemptions):
        return AbsenceStatus(AbsenceState.EXEMPT)
    if not is_compulsory(birth, today):
        return AbsenceStatus(AbsenceState.NOT_COMPULSORY)
    if not enrolled:
        return AbsenceStatus(AbsenceState.NOT_ENROLLED)
    recent = [a for a in absences if (a.last or today) >= today - LOOKBACK and a.first <= today]
    if recent:
        gap = calendar.gap(min(a.first for a in recent), today)
        if gap is not None:
            return AbsenceStatus(AbsenceState.CALENDAR_MISSING, uncovered=gap)
    due = report_due_on(recent, calendar, birth, today)
    spell = current_spell(recent, calendar, today, authorised=False)
    if spell is not None:
        counted = calendar.count_school_days(spell, today)
        if counted > THUISZITTER_DAYS:
            state = AbsenceState.THUISZITTER_2B if counted > NORM_DAYS else AbsenceState.THUISZITTER_2A
            return _with_norm(
                state, due, spell, counted, calendar, today, calendar.nth_school_day(spell, THUISZITTER_DAYS + 1)
            )
    sick = current_spell(recent, calendar, today, authorised=True)
    if sick is not None:
        counted = calendar.count_school_days(sick, today)
        if counted > POTENTIAL_SICK_DAYS:
            return _with_norm(AbsenceState.POTENTIAL, due, sick, counted, calendar, today)
    if spell is not None:
        return _with_norm(AbsenceState.NONE, due, spell, calendar.count_school_days(spell, today), calendar, today)
    return AbsenceStatus(AbsenceState.NONE, due)


def _with_norm(
    state: AbsenceState,
    due: date | None,
    spell: date,
    counted: int,
    calendar: SchoolCalendar,
    today: date,
    since: date | None = None,
) -> AbsenceStatus:
    """The three-month norm in school days: its day, the school days left, the 8-week warning."""
    deadline = calendar.nth_school_day(spell, NORM_DAYS)
    uncovered = None
    if deadline is None:
        left = None
        uncovered = calendar.gap(today, today + timedelta(days=7 * 20))
    elif deadline > today:
        left = calendar.count_school_days(today + timedelta(days=1), deadline)
    else:
        left = NORM_DAYS - counted
    return AbsenceStatus(state, due, spell, since, deadline, left, counted >= NORM_WARNING_DAYS, counted, uncovered)


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def from_verzuim_form(answers: dict) -> tuple[list[Absence], list[Exemption], bool]:
    """The periods, the exemption and 'ingeschreven' of a saved verzuim form, as the engine reads them."""
    absences = []
    for item in answers.get("perioden") or []:
        first = _day(item.get("van"))
        if first is None or not isinstance(item.get("uren"), (int, float)):
            continue
        absences.append(
            Absence(
                first,
                _day(item.get("tot")),
                float(item["uren"]),
                item.get("geoorloofd") is True,
                str(item.get("reden") or ""),
            )
        )
    exemptions = []
    start = _day(answers.get("vrijstelling_datum"))
    if answers.get("vrijstelling") is True and answers.get("vrijstelling_artikel") and start:
        exemptions.append(
            Exemption(
                str(answers["vrijstelling_artikel"]),
                start,
                _day(answers.get("vrijstelling_tot")),
                answers.get("vrijstelling_deskundige") or None,
            )
        )
    return absences, exemptions, answers.get("ingeschreven") is not False
