"""The OPP's six-week deadline is met by a vastgesteld OPP, counted from the start of the
arrangement; instemming per parent or by the adult pupil; Zvw/Wlz as payer (issue 12, point 8).

Sources: WPO art. 40a, WEC art. 41a, WVO (OPP: vaststellen binnen zes weken na de start van
de ondersteuning; instemmingsrecht op het handelingsdeel sinds 1 augustus 2017, door ouders
of de meerderjarige leerling); Zorgverzekeringswet; Wet langdurige zorg.
"""

from datetime import date

import pytest
from support.rules_profile import add_pupil, open_case, school_services

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.opp import OppSigned, Timeliness, arrangement_start, opp_signed, opp_status
from ibdesk.services.demo_samples import sample_answers
from ibdesk.services.forms import load_forms

TODAY = date(2026, 11, 23)
CHILD = date(2016, 5, 1)
ADULT = date(2008, 3, 1)  # 18 on 1 March 2026
BASE = {"startdatum_ondersteuning": "2026-09-01", "datum_opgesteld": "2026-09-20"}

MOTHER, FATHER = "guardian:1", "guardian:2"
BOTH = (MOTHER, FATHER)


def signed(required, **decisions):
    """The signatures on the OPP: signer -> (decision, day) (keys guardian_1 -> guardian:1)."""
    return OppSigned(
        tuple(required), {k.replace("_", ":"): (d, date.fromisoformat(on)) for k, (d, on) in decisions.items()}
    )


DEADLINE = [
    # (source, signatures, route start, today, state, settled on)
    (
        "issue 12 point 8: drawn up in week 3 but nobody signed: the deadline is not met (WPO art. 40a lid 2)",
        signed(BOTH),
        None,
        TODAY,
        Timeliness.OVERDUE,
        None,
    ),
    (
        "vastgesteld when the last parent signs in week 6 (WPO art. 40a lid 2)",
        signed(BOTH, guardian_1=("gegeven", "2026-10-02"), guardian_2=("gegeven", "2026-10-10")),
        None,
        TODAY,
        Timeliness.DONE_ON_TIME,
        date(2026, 10, 10),
    ),
    (
        "instemming after six weeks: late (WPO art. 40a)",
        signed((MOTHER,), guardian_1=("gegeven", "2026-10-20")),
        None,
        TODAY,
        Timeliness.DONE_LATE,
        date(2026, 10, 20),
    ),
    (
        "issue 12 point 8: the clock starts with the arrangement in the route (1-10), not the OPP's own date",
        signed(BOTH),
        date(2026, 10, 1),
        date(2026, 11, 5),
        Timeliness.DUE_SOON,
        None,
    ),
]


@pytest.mark.parametrize(
    "source, signatures, start, today, state, settled", DEADLINE, ids=[d[0][:60] for d in DEADLINE]
)
def test_six_weeks_to_a_vastgesteld_opp(source, signatures, start, today, state, settled):
    status = opp_status([(date(2026, 9, 20), BASE)], today, start, signatures)
    assert status.draw_up is state, source
    assert status.settled_on == settled, source


AGREEMENT = [
    # (source, answers of the form, signatures, agreement) -- WPO art. 40a lid 2, WEC art. 41a, WVO art. 17a
    (
        "issue 11.3: one of two parents with gezag signed: no instemming yet, whatever the form says",
        {"instemming": "gegeven", "instemming_datum": "2026-10-01"},
        signed(BOTH, guardian_1=("gegeven", "2026-10-01")),
        "in_afwachting",
    ),
    (
        "issue 11.3: the form's 'Ouders stemmen in' without any signature is no instemming",
        {"instemming": "gegeven", "instemming_door": "1", "instemming_door_2": "2", "instemming_datum": "2026-10-01"},
        signed(BOTH),
        "in_afwachting",
    ),
    (
        "issue 12 point 8: split decision of two parents is no instemming (WPO art. 40a)",
        {},
        signed(BOTH, guardian_1=("gegeven", "2026-10-01"), guardian_2=("geweigerd", "2026-10-02")),
        "verdeeld",
    ),
    (
        "both parents with gezag signed: instemming (WPO art. 40a lid 2)",
        {},
        signed(BOTH, guardian_1=("gegeven", "2026-10-01"), guardian_2=("gegeven", "2026-10-01")),
        "gegeven",
    ),
    (
        "one parent refused, the other has not decided: no instemming (WPO art. 40a lid 2)",
        {},
        signed(BOTH, guardian_2=("geweigerd", "2026-10-01")),
        "geweigerd",
    ),
    (
        "the pupil of 18+ agrees himself; a parent's signature does not count (WEC art. 41a / WVO)",
        {},
        signed(("pupil",), guardian_1=("gegeven", "2026-10-01")),
        "in_afwachting",
    ),
    (
        "issue 12 point 8: a VO pupil of 18+ gives instemming himself (WEC art. 41a / WVO)",
        {},
        signed(("pupil",), pupil=("gegeven", "2026-10-01")),
        "gegeven",
    ),
    ("no parent with gezag recorded: nobody can agree yet", {"instemming": "gegeven"}, signed(()), "in_afwachting"),
]


@pytest.mark.parametrize("source, answers, signatures, agreement", AGREEMENT, ids=[a[0][:60] for a in AGREEMENT])
def test_who_gives_instemming(source, answers, signatures, agreement):
    status = opp_status([(date(2026, 10, 1), answers)], TODAY, None, signatures)
    assert status.agreement == agreement, source
    if agreement != "gegeven":
        assert status.settled_on is None


@pytest.mark.parametrize("birth, expected", [(CHILD, BOTH), (ADULT, ("pupil",))])
def test_who_must_agree_with_the_opp(birth, expected):
    """WPO art. 40a lid 2: every parent with gezag; WEC art. 41a / WVO: the pupil of 18+ himself."""
    from ibdesk.domain.model import Guardian

    guardians = [
        Guardian("Moeder (fictief)", relation="moeder", has_gezag=True, id=1),
        Guardian("Vader (fictief)", relation="vader", has_gezag=True, id=2),
        Guardian("Stiefvader (fictief)", relation="stiefvader", has_gezag=False, id=3),
    ]
    assert opp_signed(birth, guardians, [], TODAY).required == expected


def test_a_bijstelling_waits_for_new_signatures_but_the_six_weeks_were_met_by_the_first():
    """WPO art. 40a: a changed handelingsdeel needs instemming again; the OPP was vastgesteld in time."""
    from ibdesk.domain.model import Guardian

    guardians = [Guardian("Moeder (fictief)", relation="moeder", has_gezag=True, id=1)]
    first = {MOTHER: ("gegeven", date(2026, 10, 5))}
    signed = opp_signed(CHILD, guardians, [first, {}], TODAY)
    assert signed.first_agreed == date(2026, 10, 5) and signed.decisions == {}
    status = opp_status([(date(2026, 9, 20), BASE), (date(2026, 11, 1), BASE)], TODAY, None, signed)
    assert status.agreement == "in_afwachting" and status.settled_on is None
    assert status.draw_up is Timeliness.DONE_ON_TIME


def test_zvw_and_wlz_can_pay_for_youth_care_in_the_opp():
    """issue 12 point 8: Zorgverzekeringswet and Wet langdurige zorg are payers too."""
    options = {o.value for o in load_forms().latest("opp").field("jh_betaald_door").options}
    assert {"zvw", "wlz", "gemeente", "school", "swv"} <= options


def test_the_route_arrangement_start_drives_the_deadline_on_a_new_profile(store):
    """issue 12 point 8, as a user records it: arrangement toegekend per 1-10 in the route, then the OPP."""
    services = school_services(store, TODAY, route_id="routekaart-po")
    pupil = add_pupil(services, CHILD, "groep 6")
    case = open_case(services, pupil, date(2026, 6, 1))
    swv = services.records.save_organisation(Organisation(OrgKind.SWV_LOKET, "SWV Loket (fictief)", "Renkum"))
    route = services.catalog.latest("routekaart-po")
    step = route.step("arrangement_opp")
    care = services.records.save_organisation(Organisation(OrgKind.JEUGDHULP, "Jeugdhulp Oost (fictief)", "Renkum"))
    people = {
        "staff": "1",
        "guardian": str(pupil.guardians[0].id),
        "contact": "1",
        "organisation": str(swv.id),
        "organisation:jeugdhulp": str(care.id),
    }  # an organisation field takes one of its kind
    arrangement = {
        **sample_answers(step, date(2026, 9, 1), people),
        "arr_besluit": "toegekend",
        "arr_startdatum": "2026-10-01",
    }
    services.forms.save(pupil.id, route.id, route.version, arrangement, case_id=case.id, step_id=step.id)
    opp = services.catalog.latest("opp")
    answers = {
        **sample_answers(opp, date(2026, 9, 1), people),
        "startdatum_ondersteuning": "2026-09-01",
        "instemming": "in_afwachting",
    }
    from ibdesk.forms import drop_hidden

    services.forms.save(pupil.id, "opp", opp.version, drop_hidden(opp, answers), case_id=case.id)
    status = services.guidance.overview(case.id).opp
    assert status.support_start == date(2026, 10, 1) == arrangement_start(arrangement)
    assert status.draw_up_deadline == date(2026, 11, 12) and status.draw_up is Timeliness.OVERDUE
