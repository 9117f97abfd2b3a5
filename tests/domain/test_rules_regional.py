"""Regional deadlines are warnings with a reason, shown in the timeline, not hard constraints:
a true late date or an MDO that parents refused to attend can be saved (issue 12, point 12).

Source: the route definition forms/routekaart-po-regio-oost.yaml (SWV Regio Oost, fictional
example of a region's own agreements); the forms engine's `severity: warning` + `reason`.
"""

from datetime import date

import pytest
from support.rules_profile import add_pupil, open_case, school_services

from ibdesk.forms import step_warnings, validate_answers
from ibdesk.services.demo_samples import sample_answers
from ibdesk.services.forms import load_forms

TODAY = date(2026, 11, 23)
ROUTE = load_forms().latest("routekaart-po-regio-oost")
PEOPLE = {"staff": "1", "guardian": "1", "contact": "1", "organisation": "1"}


def step_answers(step_id: str, **changes) -> dict:
    return {**sample_answers(ROUTE.step(step_id), date(2026, 9, 1), PEOPLE), **changes}


CASES = [
    # (source, step, changes, reason field, warning fragment)
    (
        "issue 12 point 12: parents refused to attend the MDO -> saved with the reason (Regio Oost agreement)",
        "mdo",
        {"mdo_ouders_aanwezig": False, "mdo_reden_ouders_afwezig": "Ouders weigerden te komen (fictief)."},
        "mdo_reden_ouders_afwezig",
        "MDO plaats met ouders",
    ),
    (
        "issue 12 point 12: a true late first talk with parents (20 days) -> saved with the reason (Regio Oost)",
        "signalering",
        {
            "sig_datum_signaal": "2026-09-01",
            "sig_datum_gesprek_ouders": "2026-09-21",
            "sig_reden_later": "Ouders waren op vakantie (fictief).",
        },
        "sig_reden_later",
        "binnen twee weken",
    ),
    (
        "the jeugdconsulent could not come (Regio Oost)",
        "mdo",
        {"mdo_jeugdconsulent_aanwezig": False, "mdo_reden_jc_afwezig": "Ziek (fictief)."},
        "mdo_reden_jc_afwezig",
        "jeugdconsulent",
    ),
]


@pytest.mark.parametrize("source, step_id, changes, reason, fragment", CASES, ids=[c[0][:60] for c in CASES])
def test_a_regional_deadline_is_a_warning_with_its_reason(source, step_id, changes, reason, fragment):
    answers = step_answers(step_id, **changes)
    assert validate_answers(ROUTE.step(step_id), answers, today=TODAY) == {}, source
    warnings = step_warnings(ROUTE, step_id, answers, TODAY)
    assert any(fragment in w and changes[reason].rstrip(".") in w for w in warnings), (source, warnings)
    without = {k: v for k, v in answers.items() if k != reason}
    assert reason in validate_answers(ROUTE.step(step_id), without, today=TODAY), "the reason is required"


def test_general_rules_stay_hard():
    """A date in the future is still refused (not a regional agreement)."""
    answers = step_answers("mdo", mdo_datum="2027-01-01")
    assert "mdo_datum" in validate_answers(ROUTE.step("mdo"), answers, today=TODAY)


def test_the_timeline_shows_the_warning_on_a_new_profile(store):
    services = school_services(store, TODAY, route_id=ROUTE.id)
    pupil = add_pupil(services, date(2018, 2, 1), "groep 5")
    case = open_case(services, pupil, date(2026, 9, 1))
    answers = step_answers(
        "signalering",
        sig_datum_signaal="2026-09-01",
        sig_datum_gesprek_ouders="2026-09-21",
        sig_reden_later="Ouders waren op vakantie (fictief).",
    )
    services.forms.save(pupil.id, ROUTE.id, ROUTE.version, answers, case_id=case.id, step_id="signalering")
    view = next(v for v in services.guidance.overview(case.id).view.steps if v.info.id == "signalering")
    assert view.warnings == (
        "In Regio Oost vindt het eerste gesprek met ouders binnen twee weken na het signaal "
        "plaats. Reden: Ouders waren op vakantie (fictief).",
    )
