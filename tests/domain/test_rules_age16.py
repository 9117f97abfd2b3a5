"""From 16 the pupil decides; parents' consent from before then stays valid until the pupil
decides otherwise; under 16 the pupil's objection is a zienswijze (issue 12, point 7).

Sources: UAVG art. 5 (under 16 the holders of parental responsibility consent); AVG art. 7
lid 3; Jeugdwet art. 7.3.4 (from 16 the young person decides and may ask for jeugdhulp).
"""

from datetime import date

import pytest

from ibdesk.domain.consent import PUPIL, Basis, decide, deciders, pupil_objections, self_referral_problem
from ibdesk.domain.model import Guardian
from ibdesk.services.guidance import views_heard

MOTHER, FATHER = Guardian("Moeder", "moeder", True, id=1), Guardian("Vader", "vader", True, id=2)
PARENTS = frozenset({"guardian:1", "guardian:2"})
BORN = date(2010, 11, 23)  # 16 on 23 November 2026
TEAM, PURPOSE, KIND = 7, "aanmelding_sociaal_team", "sociaal_team"


def consent(givers, given, record_id, **kw):
    return Basis("consent", TEAM, PURPOSE, frozenset({"opp"}), given, frozenset(givers), id=record_id, **kw)


CASES = [
    # (source, bases, day, allowed)
    (
        "issue 12 point 7: parents consented at 15; at 16 the pupil has not decided -> still valid (UAVG art. 5)",
        [consent(PARENTS, date(2026, 9, 1), 1)],
        date(2026, 12, 1),
        True,
    ),
    (
        "at 16 the pupil refuses -> the parents' consent no longer counts (UAVG art. 5, AVG art. 7(3))",
        [consent(PARENTS, date(2026, 9, 1), 1), consent({PUPIL}, date(2026, 11, 30), 2, decision="geweigerd")],
        date(2026, 12, 1),
        False,
    ),
    (
        "at 16 the pupil withdraws the parents' consent -> stops (AVG art. 7(3))",
        [consent(PARENTS, date(2026, 9, 1), 1, withdrawn_on=date(2026, 11, 30), withdrawn_by=PUPIL)],
        date(2026, 12, 1),
        False,
    ),
    (
        "at 16 the pupil consents himself (UAVG art. 5)",
        [consent({PUPIL}, date(2026, 11, 25), 1)],
        date(2026, 12, 1),
        True,
    ),
    (
        "issue 12 point 7: a 15-year-old's 'withdrawal' is a zienswijze, parents' consent stands (UAVG art. 5)",
        [consent(PARENTS, date(2026, 9, 1), 1, withdrawn_on=date(2026, 10, 1), withdrawn_by=PUPIL)],
        date(2026, 10, 5),
        True,
    ),
    (
        "a 15-year-old's refusal does not block the parents' consent (UAVG art. 5)",
        [consent(PARENTS, date(2026, 9, 1), 1), consent({PUPIL}, date(2026, 10, 1), 2, decision="geweigerd")],
        date(2026, 10, 5),
        True,
    ),
    (
        "an objection at 15 is no refusal at 16: the parents' consent stays until he decides (UAVG art. 5)",
        [consent(PARENTS, date(2026, 9, 1), 1), consent({PUPIL}, date(2026, 10, 1), 2, decision="geweigerd")],
        date(2026, 12, 1),
        True,
    ),
    (
        "parents consenting after the 16th birthday do not decide any more (UAVG art. 5)",
        [consent(PARENTS, date(2026, 11, 25), 1)],
        date(2026, 12, 1),
        False,
    ),
    (
        "only one of two parents consented before 16: nothing to carry over (UAVG art. 5, joint gezag)",
        [consent({"guardian:1"}, date(2026, 9, 1), 1)],
        date(2026, 12, 1),
        False,
    ),
]


@pytest.mark.parametrize("source, bases, day, allowed", CASES, ids=[c[0][:60] for c in CASES])
def test_consent_around_the_sixteenth_birthday(source, bases, day, allowed):
    who = deciders(BORN, [MOTHER, FATHER], day)
    assert decide(bases, TEAM, PURPOSE, "opp", day, who, KIND).allowed is allowed, source


def test_the_objection_of_a_fifteen_year_old_is_listed_as_a_zienswijze():
    bases = [consent(PARENTS, date(2026, 9, 1), 1, withdrawn_on=date(2026, 10, 1), withdrawn_by=PUPIL)]
    assert pupil_objections(bases, BORN, date(2026, 10, 5)) == bases


REFERRALS = [
    # (source, answers, day, problem?)
    (
        "issue 12 point 7: a pupil of 16 asks for jeugdhulp himself; parents not required (Jeugdwet art. 7.3.4)",
        {"aanvrager": "leerling_zelf"},
        date(2026, 12, 1),
        False,
    ),
    (
        "a pupil of 15 cannot refer himself without the parents (Jeugdwet art. 7.3.4)",
        {"aanvrager": "leerling_zelf"},
        date(2026, 10, 1),
        True,
    ),
    ("together with the parents is always fine", {"aanvrager": "samen_met_ouders"}, date(2026, 10, 1), False),
]


@pytest.mark.parametrize("source, answers, day, problem", REFERRALS, ids=[r[0][:60] for r in REFERRALS])
def test_who_may_refer(source, answers, day, problem):
    assert (self_referral_problem(answers, BORN, day) is not None) is problem, source


@pytest.mark.parametrize("day, heard", [(date(2026, 12, 1), True), (date(2026, 10, 1), False)])
def test_from_sixteen_the_pupils_own_view_is_enough(day, heard):
    """issue 12 point 7: the aanmelding of a 16-year-old does not wait for the parents' view."""
    from ibdesk.domain.model import Pupil

    pupil = Pupil("Floor", "Verwey (fictief)", BORN, "havo 4", 1, "Renkum")
    forms = {("aanmelding-sociaal-team", None): {"aanvrager": "leerling_zelf", "visie_kind": "Ik wil hulp."}}
    assert views_heard(forms, pupil, day) is heard
