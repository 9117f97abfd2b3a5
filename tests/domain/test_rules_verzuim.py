"""Verzuim and thuiszitters are counted in school days: holidays are not verzuim (issue 12,
points 3, 11 and 17).

Sources: Ingrado/OCW thuiszitter definition (more than four weeks of ongeoorloofd verzuim,
in school weeks; Utrecht West definitions, seed 004); Leerplichtwet art. 21a (16 hours in
four consecutive school weeks); Thuiszitterspact (no child more than three months at home);
Leerplichtwet art. 7 (statement for art. 5 onder a: arts, psycholoog or orthopedagoog).
"""

from datetime import date

import pytest

from ibdesk.domain.absence import Absence, AbsenceState, Exemption, absence_status, exemption_problem, from_verzuim_form
from ibdesk.services.school_calendar import calendar_for

MIDDEN = calendar_for("midden", {})  # summer break 2026: 18 July - 30 August
BORN = date(2015, 6, 1)


def unauthorised(first, last=None, hours=200.0):
    return Absence(first, last, hours, False)


STATES = [
    # (source, absences, today, state, school days in the spell)
    (
        "issue 12 point 3: absent from Mon 13-07-2026, first day after the summer break = 6 school days, "
        "not a thuiszitter (Ingrado/OCW: school weeks; holidays are not verzuim)",
        [unauthorised(date(2026, 7, 13))],
        date(2026, 8, 31),
        AbsenceState.NONE,
        6,
    ),
    (
        "the 20th school day is not yet 'more than four weeks' (Ingrado/OCW, seed 004)",
        [unauthorised(date(2026, 7, 13))],
        date(2026, 9, 18),
        AbsenceState.NONE,
        20,
    ),
    (
        "the 21st school day is (Ingrado/OCW, seed 004)",
        [unauthorised(date(2026, 7, 13))],
        date(2026, 9, 21),
        AbsenceState.THUISZITTER_2A,
        21,
    ),
    (
        "the autumn break does not count either: 1-10-2026 to 2-11-2026 is 21 school days (Ingrado/OCW)",
        [unauthorised(date(2026, 10, 1))],
        date(2026, 11, 5),
        AbsenceState.THUISZITTER_2A,
        21,
    ),
    (
        "sick during the summer break is no absence: 2 school days (seed 004: potentiële thuiszitter > 1 week)",
        [Absence(date(2026, 7, 16), None, 40, True)],
        date(2026, 8, 20),
        AbsenceState.NONE,
        None,
    ),
    (
        "sick for 6 school days is a potential thuiszitter (seed 004)",
        [Absence(date(2026, 11, 9), None, 30, True)],
        date(2026, 11, 16),
        AbsenceState.POTENTIAL,
        6,
    ),
]


@pytest.mark.parametrize("source, absences, today, state, counted", STATES, ids=[s[0][:60] for s in STATES])
def test_thuiszitter_status_counts_school_days(source, absences, today, state, counted):
    status = absence_status(absences, MIDDEN, BORN, today)
    assert status.state is state, source
    if counted is not None:
        assert status.school_days == counted, source


NORM = [
    # (source, first day absent, today, norm day, school days left, warn)
    (
        "issue 12 point 3: the 3-month norm skips the summer break: 65th school day from 13-07-2026 "
        "(Thuiszitterspact, counted in school weeks)",
        date(2026, 7, 13),
        date(2026, 9, 21),
        date(2026, 11, 27),
        44,
        False,
    ),
    (
        "the 8-week warning comes at the 40th school day, not after 56 calendar days (Thuiszitterspact)",
        date(2026, 7, 13),
        date(2026, 10, 16),
        date(2026, 11, 27),
        25,
        True,
    ),
    (
        "the day before: 39 school days, no warning yet (Thuiszitterspact)",
        date(2026, 7, 13),
        date(2026, 10, 15),
        date(2026, 11, 27),
        26,
        False,
    ),
    (
        "past the norm: school days over it are negative (Thuiszitterspact)",
        date(2026, 7, 13),
        date(2026, 12, 4),
        date(2026, 11, 27),
        -5,
        True,
    ),
]


@pytest.mark.parametrize("source, first, today, deadline, left, warn", NORM, ids=[n[0][:60] for n in NORM])
def test_three_month_norm_and_warning_in_school_days(source, first, today, deadline, left, warn):
    status = absence_status([unauthorised(first)], MIDDEN, BORN, today)
    assert status.norm_deadline == deadline, source
    assert status.days_left == left and status.warn is warn, source


def test_sixteen_hours_in_four_school_weeks_across_the_autumn_break():
    """Leerplichtwet art. 21a: the autumn-break week is not one of the four school weeks, so the
    weeks of 5 October and 2 November are within four consecutive school weeks."""
    absences = [
        Absence(date(2026, 10, 5), date(2026, 10, 5), 8, False),
        Absence(date(2026, 11, 2), date(2026, 11, 2), 8, False),
    ]
    status = absence_status(absences, MIDDEN, BORN, date(2026, 11, 6))
    assert status.report_due_on == date(2026, 11, 2)


FORM = [
    # (source, verzuim form answers, state)
    (
        "issue 12 point 11: the form's periods are counted (the form says 'ibdesk telt de dagen')",
        {"ingeschreven": True, "perioden": [{"van": "2026-09-01", "uren": 150, "geoorloofd": False}]},
        AbsenceState.THUISZITTER_2A,
    ),
    (
        "issue 12 point 11: 'ingeschreven' = nee is a thuiszitter by definition (Ingrado/OCW; absoluut verzuim)",
        {"ingeschreven": False, "perioden": []},
        AbsenceState.NOT_ENROLLED,
    ),
    (
        "issue 12 point 11: the form's exemption counts the pupil apart (Leerplichtwet art. 5)",
        {
            "ingeschreven": True,
            "perioden": [{"van": "2026-09-01", "uren": 150, "geoorloofd": False}],
            "vrijstelling": True,
            "vrijstelling_artikel": "art5_onder_a",
            "vrijstelling_datum": "2026-10-01",
            "vrijstelling_deskundige": "orthopedagoog",
        },
        AbsenceState.EXEMPT,
    ),
]


@pytest.mark.parametrize("source, answers, state", FORM, ids=[f[0][:60] for f in FORM])
def test_the_engine_reads_the_verzuim_form(source, answers, state):
    absences, exemptions, enrolled = from_verzuim_form(answers)
    assert absence_status(absences, MIDDEN, BORN, date(2026, 11, 20), exemptions, enrolled).state is state, source


EXPERTS = [
    # (source, kind, judged by, accepted)
    (
        "issue 12 point 17: art. 5 onder a on a psycholoog's statement (Leerplichtwet art. 7, since 2017)",
        "art5_onder_a",
        "psycholoog",
        True,
    ),
    (
        "art. 5 onder a on an orthopedagoog's statement (Leerplichtwet art. 7, since 2017)",
        "art5_onder_a",
        "orthopedagoog",
        True,
    ),
    ("art. 5 onder a on a doctor's statement (Leerplichtwet art. 7)", "art5_onder_a", "arts", True),
    (
        "art. 5 onder a on a teacher's statement is not an exemption (Leerplichtwet art. 7)",
        "art5_onder_a",
        "leerkracht",
        False,
    ),
    ("art. 5 onder b needs no statement of an expert (Leerplichtwet art. 5 onder b)", "art5_onder_b", None, True),
]


@pytest.mark.parametrize("source, kind, expert, accepted", EXPERTS, ids=[e[0][:60] for e in EXPERTS])
def test_who_may_state_an_art_5_onder_a_exemption(source, kind, expert, accepted):
    assert (exemption_problem(kind, expert) is None) is accepted, source
    if accepted:
        exempt = Exemption(kind, date(2026, 9, 1), judged_by=expert)
        status = absence_status([unauthorised(date(2026, 9, 1))], MIDDEN, BORN, date(2026, 11, 20), [exempt])
        assert status.state is AbsenceState.EXEMPT
