from datetime import date

import pytest

from ibdesk.domain.opp import OppSigned, Timeliness, deadline_state, draw_up_deadline_without_opp, opp_status

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    "deadline, done, state",
    [
        (date(2026, 12, 1), date(2026, 11, 30), Timeliness.DONE_ON_TIME),
        (date(2026, 12, 1), date(2026, 12, 1), Timeliness.DONE_ON_TIME),
        (date(2026, 12, 1), date(2026, 12, 2), Timeliness.DONE_LATE),
        (date(2026, 11, 22), None, Timeliness.OVERDUE),
        (date(2026, 12, 23), None, Timeliness.DUE_SOON),
        (date(2026, 12, 24), None, Timeliness.DUE),
    ],
)
def test_deadline_states(deadline, done, state):
    assert deadline_state(deadline, done, TODAY) is state


def test_six_weeks_to_draw_up_the_opp():
    status = opp_status(
        [(date(2026, 10, 1), {"startdatum_ondersteuning": "2026-09-01", "datum_opgesteld": "2026-10-10"})],
        TODAY,
        None,
        OppSigned(("guardian:1",), {"guardian:1": ("gegeven", date(2026, 10, 14))}),
    )
    assert status.draw_up_deadline == date(2026, 10, 13) and status.draw_up is Timeliness.DONE_LATE
    assert draw_up_deadline_without_opp(date(2026, 10, 11), TODAY) is Timeliness.OVERDUE
    assert draw_up_deadline_without_opp(date(2026, 10, 12), TODAY) is Timeliness.DUE_SOON


def test_yearly_evaluation_counts_from_the_last_one_and_knows_leap_years():
    answers = {"datum_opgesteld": "2023-03-01", "laatste_evaluatie": "2025-12-01"}
    status = opp_status([(date(2025, 12, 1), answers)], TODAY)
    assert status.evaluation_due == date(2026, 12, 1) and status.evaluation is Timeliness.DUE_SOON
    leap = opp_status([(date(2024, 1, 1), {"datum_opgesteld": "2024-02-29"})], TODAY)
    assert leap.evaluation_due == date(2025, 2, 28) and leap.evaluation is Timeliness.OVERDUE


def test_agreement_and_hoorrecht():
    status = opp_status(
        [(TODAY, {"instemming": "gegeven", "leerling_gehoord": True, "hoor_datum": "2026-11-02"})],
        TODAY,
        None,
        OppSigned(("guardian:1",), {"guardian:1": ("geweigerd", date(2026, 11, 2))}),
    )
    assert status.agreement == "geweigerd" and status.pupil_heard and status.pupil_heard_on == date(2026, 11, 2)
    assert opp_status([(TODAY, {})], TODAY).agreement == "in_afwachting"
    assert opp_status([], TODAY) is None


def test_goal_lights_over_the_evaluations():
    first = {
        "doelen": [
            {"doel": "Lezen AVI E4", "stoplicht": "rood", "evaluatiedatum": "2026-01-15"},
            {"doel": "Rust in de klas", "stoplicht": "oranje", "evaluatiedatum": "2026-01-15"},
        ]
    }
    second = {
        "doelen": [
            {"doel": "Lezen AVI E4", "stoplicht": "groen", "evaluatiedatum": "2026-06-15"},
            {"doel": "Rust in de klas", "stoplicht": "donkergroen", "evaluatiedatum": "2026-06-15"},
        ]
    }
    goals = {g.goal: g for g in opp_status([(date(2026, 1, 15), first), (date(2026, 6, 15), second)], TODAY).goals}
    assert [light for _, light in goals["Lezen AVI E4"].lights] == ["rood", "groen"]
    assert goals["Rust in de klas"].latest == "donkergroen"
