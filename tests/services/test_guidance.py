"""The demo covers every state, and a case can be walked from signal to 'ready'."""

from datetime import date

import pytest

from ibdesk.domain.consent import Basis
from ibdesk.domain.model import Case, CaseStatus
from ibdesk.domain.responsibility import Party
from ibdesk.domain.route import StepState
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.services.demo_samples import people_for, sample_answers

from .conftest import TODAY

PEOPLE = {"staff": "1", "guardian": "1", "contact": "1", "organisation": "1"}


def test_demo_has_a_ready_case(services):
    ov = services.guidance.overview(2)
    assert ov.readiness.ready and ov.readiness.missing == []
    assert ov.responsibility.party is Party.BOTH and ov.responsibility.reasons


def test_demo_has_a_case_that_is_not_ready_with_missing_items(services):
    ov = services.guidance.overview(3)
    assert not ov.readiness.ready
    assert "Stap 'Consultatie IB'er en leerlingbespreking' is nog niet afgerond." in ov.readiness.missing
    assert any("bewijs ontbreekt" in line for line in ov.readiness.missing)
    assert ov.responsibility.party is Party.UNKNOWN and len(ov.responsibility.missing) == 5


def test_demo_has_a_stalled_case_with_escalation(services):
    ov = services.guidance.overview(5)
    assert [v.info.id for v in ov.view.stalled] == ["basisondersteuning"]
    assert ov.escalations and ov.escalations[0].mandate


def test_closed_case_never_stalls(services):
    assert services.guidance.overview(6).view.stalled == []


def test_demo_grensverkeer_shows_both_sociaal_teams(services):
    ov = services.guidance.overview(9)
    assert ov.teams.crosses_border
    assert ov.teams.residence.municipality == "Arnhem" and ov.teams.school.municipality == "Renkum"


def test_demo_opp_states(services):
    assert str(services.guidance.overview(7).opp.evaluation) == "verlopen"
    assert str(services.guidance.overview(2).opp.evaluation) == "binnenkort"
    assert str(services.guidance.overview(10).opp.draw_up) == "binnenkort"


def test_attention_lists_every_kind(services):
    attention = services.attention.compute()
    kinds = {i.kind for i in attention.items}
    assert kinds == {
        "ready",
        "stalled",
        "opp_deadline",
        "opp_evaluation",
        "leerplicht",
        "thuiszitter",
        "action",
        "st_answer",
        "st_evaluation",
    }
    thuiszitter = next(i for i in attention.items if i.kind == "thuiszitter")
    assert "nog 16 schooldagen tot de driemaandennorm" in thuiszitter.detail and thuiszitter.target[0] == "pupil"
    assert attention.cases_by_status == {"signaal": 1, "lopend": 8, "aangemeld": 1, "opvolging": 1, "gesloten": 1}


def test_walk_a_case_from_signal_to_ready(services):
    """A new case on the real routekaart-po: each step needs its evidence before it is done."""
    pupil = next(p for p in services.records.pupils() if p.last_name == "Bakkum")
    case = services.records.save_case(Case(pupil.id, "Wat heeft deze leerling nodig?", TODAY, "Marieke de Wit"))
    route = services.guidance.overview(case.id).route
    with pytest.raises(UserError, match="kan nog niet worden afgerond"):
        services.guidance.set_step(case.id, route.steps[0].id, StepState.DONE)
    with pytest.raises(UserError, match="niet 'niet van toepassing' zijn"):
        services.guidance.set_step(case.id, route.steps[0].id, StepState.NOT_APPLICABLE, "Niet nodig geweest")
    skippable = next(s for s in route.steps if s.allow_not_applicable)
    with pytest.raises(UserError, match="waarom"):
        services.guidance.set_step(case.id, skippable.id, StepState.NOT_APPLICABLE, "x")
    with services.store.session() as s:
        people = people_for(s, PEOPLE)  # an organisation field takes an organisation of its kind
    for step in route.steps:
        if not step.required:
            continue
        answers = sample_answers(step, date(2026, 9, 1), people)
        services.forms.save(pupil.id, route.id, route.version, answers, case_id=case.id, step_id=step.id)
        services.guidance.set_step(case.id, step.id, StepState.DONE, participants=("ib", "ouders"))
    ov = services.guidance.overview(case.id)
    assert ov.case.status is CaseStatus.RUNNING
    assert ov.readiness.missing[0] == "De vragen van 'Wie is aan zet?' zijn nog niet beantwoord."
    assert len(ov.readiness.missing) == 2
    services.forms.save(
        pupil.id,
        "wie-is-aan-zet",
        1,
        {"ook_buiten_school": False, "vrijstelling": False, "datum_afweging": "2026-11-20"},
        case_id=case.id,
    )
    ov = services.guidance.overview(case.id)
    assert ov.responsibility.party is Party.SCHOOL
    assert ov.readiness.missing == [
        f"Geen geldige grondslag (toestemming) om gegevens te delen met {ov.teams.residence.name}."
    ]
    parents = [f"guardian:{g.id}" for g in pupil.guardians if g.has_gezag]
    services.consent.record(
        case.id,
        Basis(
            "consent",
            ov.teams.residence.id,
            "aanmelding_sociaal_team",
            frozenset({"support_history"}),
            TODAY,
            frozenset(parents),
        ),
    )
    assert services.guidance.overview(case.id).readiness.ready


def test_step_evidence_is_validated_against_the_step(services):
    route = services.guidance.overview(1).route
    with pytest.raises(InvalidRecord) as info:
        services.forms.save(
            1, route.id, route.version, {"sig_datum_signaal": "2030-01-01"}, case_id=1, step_id=route.steps[0].id
        )
    assert "sig_datum_signaal" in info.value.errors


def test_mdo_outcome_becomes_action_points(services):
    meetings = services.meetings
    meeting_id = meetings.plan("2026-11-30", "MDO test", [{"naam": "IB", "rol": "ib"}], [(3, "Hoe verder?")])
    sheet = meetings.preparation(meeting_id, 3)
    assert sheet.question == "Hoe verder?" and sheet.tried and sheet.parents_view
    answers = sample_answers(services.catalog.latest("mdo-verslag"), date(2026, 11, 20), PEOPLE)
    answers["afspraken"] = [{"wat": "Gesprek met ouders plannen", "wie": "IB", "uiterlijk": "2026-12-04"}]
    meetings.record_outcome(meeting_id, 3, answers)
    points = [a for a in meetings.action_points() if a.meeting_id == meeting_id]
    assert [(a.what, a.owner, a.due_on) for a in points] == [("Gesprek met ouders plannen", "IB", date(2026, 12, 4))]
    meetings.complete(points[0].id)
    assert all(a.id != points[0].id for a in meetings.action_points())


def test_absence_registration_validates(services):
    with pytest.raises(InvalidRecord) as info:
        services.absence.register(1, "20-11-2026", "10-11-2026", 4, False)
    assert "tot" in info.value.errors
    services.absence.register(1, "02-11-2026", "20-11-2026", 20, False, "spijbelen")
    statuses = {p.pupil_id: p.status for p in services.absence.statuses()}
    assert statuses[1].report_due_on is not None
