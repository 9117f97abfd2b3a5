"""Consent and legal bases on a new, empty profile, the way a user records them (issue 12,
points 1, 2, 7 and 10).

Sources: AVG art. 7 lid 3; UAVG art. 5; WPO art. 42 (onderwijskundig rapport: receiving school).
"""

from datetime import date

import pytest
from support.rules_profile import add_pupil, add_team, open_case, school_services

from ibdesk.domain.consent import PUPIL, Basis
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.errors import InvalidRecord
from ibdesk.services.consent import basis_from_answers
from ibdesk.services.consent_forms import consent_need

TODAY = date(2026, 11, 23)
DATA = frozenset({"identification", "support_history", "health"})


def setup(store, born=date(2016, 3, 1), group="groep 6"):
    services = school_services(store, TODAY)
    team = add_team(services)
    pupil = add_pupil(services, born, group)
    case = open_case(services, pupil, date(2026, 9, 1))
    return services, team, pupil, case


def decision(services, case, team, on=TODAY, category="health"):
    return services.consent.decision(case.id, team.id, "aanmelding_sociaal_team", category, on)


def test_refusal_then_consent_counts_again(store):
    """issue 12 point 1: both parents refused in March, consented in October (AVG art. 7(3), UAVG art. 5)."""
    services, team, pupil, case = setup(store)
    parents = frozenset(f"guardian:{g.id}" for g in pupil.guardians)
    services.consent.record(
        case.id,
        Basis(
            "consent",
            team.id,
            "aanmelding_sociaal_team",
            DATA,
            date(2026, 3, 2),
            parents,
            decision="geweigerd",
            method="mondeling",
            heard_by="IB'er",
        ),
    )
    assert not decision(services, case, team).allowed
    services.consent.record(
        case.id,
        Basis(
            "consent",
            team.id,
            "aanmelding_sociaal_team",
            DATA,
            date(2026, 10, 1),
            parents,
            valid_until=date(2027, 7, 31),
            method="getekend_papier",
        ),
    )
    assert decision(services, case, team).allowed
    lines = consent_need(services.consent, case.id, team.id, team.name).decisions
    assert all("toestemming gegeven op 01-10-2026" in line for line in lines) and len(lines) == 2


def test_okr_recorded_for_the_sociaal_team_is_refused(store):
    """issue 12 point 2: after a refusal, the OKR duty cannot open health data to the Sociaal Team."""
    services, team, pupil, case = setup(store)
    parents = frozenset(f"guardian:{g.id}" for g in pupil.guardians)
    services.consent.record(
        case.id,
        Basis(
            "consent",
            team.id,
            "aanmelding_sociaal_team",
            DATA,
            date(2026, 3, 2),
            parents,
            decision="geweigerd",
            method="getekend_papier",
        ),
    )
    with pytest.raises(InvalidRecord) as refused:
        services.consent.record(
            case.id, Basis("legal_task", team.id, "aanmelding_sociaal_team", DATA, TODAY, task="okr")
        )
    assert "ontvangende school" in refused.value.errors["ontvanger"]
    assert not decision(services, case, team).allowed


def test_okr_to_a_receiving_school_is_recorded(store):
    services, _team, _pupil, case = setup(store)
    school = services.records.save_organisation(Organisation(OrgKind.SCHOOL, "Het Heuvelcollege (fictief)", "Renkum"))
    answers = {
        "ontvanger": school.id,
        "doel_soort": "overdracht",
        "categorieen": ["identification", "opp"],
        "grondslag": "wettelijke_taak",
        "wettelijke_taak": "okr",
        "datum": "2026-11-20",
    }
    services.consent.record(case.id, basis_from_answers(answers))
    assert services.consent.decision(case.id, school.id, "overdracht", "opp").allowed


def test_a_fifteen_year_olds_withdrawal_is_kept_as_zienswijze(store):
    """issue 12 point 7: the parents' consent stays; the objection is recorded as the pupil's view."""
    services, team, pupil, case = setup(store, born=date(2011, 6, 1), group="klas 3")
    parents = frozenset(f"guardian:{g.id}" for g in pupil.guardians) | {PUPIL}
    basis_id = services.consent.record(
        case.id,
        Basis(
            "consent", team.id, "aanmelding_sociaal_team", DATA, date(2026, 10, 1), parents, method="getekend_papier"
        ),
    )
    message = services.consent.withdraw(basis_id, TODAY, PUPIL)
    assert "zienswijze" in message and decision(services, case, team).allowed
    assert any("bezwaar van de leerling" in text for _, text, _ in services.consent.viewpoints(case.id))
