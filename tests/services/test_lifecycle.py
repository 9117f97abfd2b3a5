"""The lifecycle service on a demo profile: exporting the Sociaal Team dossier makes the case
aangemeld, the overview follows, closing starts the retention clock, and every change is an
event and an audit entry."""

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ibdesk.domain.lifecycle import Decision, Move
from ibdesk.domain.model import CaseStatus
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.store import models as m
from ibdesk.store.audit import verify

from .conftest import TODAY

READY, REFERRED, CLOSED, REOPENED, FOLLOWED_UP = 2, 4, 6, 11, 12  # the demo's cases (demo_guidance.py)


def test_the_demo_covers_every_state(services):
    states = services.lifecycle.follow_ups()
    assert {s.status for s in states.values()} == set(CaseStatus)
    assert states[REFERRED].answer_due < TODAY and states[REFERRED].referred_to == "Sociaal Team Renkum (fictief)"
    assert states[FOLLOWED_UP].decision is Decision.BESCHIKKING
    assert states[FOLLOWED_UP].next_evaluation == TODAY + timedelta(days=5)
    assert states[CLOSED].closed_reason.startswith("Doel bereikt")
    assert states[REOPENED].reopened_on and states[REOPENED].status is CaseStatus.RUNNING
    assert [e.move for e in services.lifecycle.history(REOPENED)] == [Move.OPEN, Move.START, Move.CLOSE, Move.REOPEN]


def test_export_of_the_sociaal_team_dossier_marks_the_case_aangemeld(services, tmp_path):
    from ibdesk.services.export_documents import export_case

    assert any(i.kind == "ready" and i.target == ("case", READY) for i in services.attention.compute().items)
    export_case(services, READY, tmp_path / "dossier.pdf")
    state = services.lifecycle.follow_up(READY)
    assert state.status is CaseStatus.REFERRED and state.referred_on == TODAY
    assert state.referred_to == "Sociaal Team Renkum (fictief)"
    assert state.answer_due == TODAY + timedelta(weeks=8)
    event = services.lifecycle.history(READY)[-1]
    assert event.move is Move.REFER and "exporteren van het dossier" in event.details
    items = services.attention.compute().items
    assert not any(i.kind == "ready" and i.target == ("case", READY) for i in items), "no longer 'aanmelden kan'"
    export_case(services, READY, tmp_path / "opnieuw.pdf")  # a second export changes nothing
    assert [e.move for e in services.lifecycle.history(READY)].count(Move.REFER) == 1


def test_closing_starts_the_retention_clock_and_reopening_stops_it(services, store):
    """For a pupil who left (domain/retention.py: from the later of leaving and closing)."""
    from ibdesk.services.retention import RetentionService

    pupil = services.records.pupil(services.records.case(READY).pupil_id)
    pupil.left_on = TODAY - timedelta(days=30)
    services.records.save_pupil(pupil)
    # the pupil's other case (in opvolging) is closed first: an open case keeps the dossier
    services.lifecycle.change(FOLLOWED_UP, "gesloten", reason="Hulp loopt via jeugdhulp", on=TODAY - timedelta(days=9))
    services.lifecycle.change(READY, "gesloten", reason="Doel bereikt in de groep", on=TODAY - timedelta(days=2))
    assert services.records.case(READY).closed_on == TODAY - timedelta(days=2)
    later = RetentionService(store, lambda: TODAY + timedelta(days=3 * 366))  # 2 years, 3 after a TLV route
    assert not any(
        item.record == "dossier" and item.pupil_id == pupil.id
        for item, _ in RetentionService(store, lambda: TODAY + timedelta(days=2 * 365 - 20)).overview()
    ), "two years from the closing, not from the leaving day"
    expired = [item for item, _ in later.overview() if item.record == "dossier" and item.pupil_id == pupil.id]
    assert len(expired) == 1 and expired[0].since > TODAY - timedelta(days=2) + timedelta(days=2 * 365)
    services.lifecycle.change(READY, "heropend", reason="Terugval na de vakantie")
    assert services.records.case(READY).closed_on is None
    assert not any(item.record == "dossier" and item.pupil_id == pupil.id for item, _ in later.overview())


def test_refusals_change_nothing(services, store):
    before = services.lifecycle.history(REFERRED)
    with pytest.raises(UserError, match="Alleen een gesloten casus kan worden heropend"):
        services.lifecycle.change(REFERRED, "heropend", reason="waarom niet")
    with pytest.raises(InvalidRecord) as info:
        services.lifecycle.change(REFERRED, "opvolging", decision="beschikking", on=TODAY - timedelta(days=60))
    assert "vorige statuswijziging" in info.value.errors["datum"]
    with pytest.raises(InvalidRecord) as info:
        services.lifecycle.change(REFERRED, "opvolging", decision="toegekend")
    assert "Onbekend besluit" in info.value.errors["besluit"]
    assert services.lifecycle.history(REFERRED) == before
    assert services.records.case(REFERRED).status is CaseStatus.REFERRED


def test_every_change_is_in_the_audit_trail_without_free_text(services, store):
    services.lifecycle.change(REFERRED, "opvolging", decision="geen_jeugdhulp", details="GEHEIM-LIFECYCLE-4411")
    with store.session() as s:
        rows = list(
            s.scalars(select(m.AuditRow).where(m.AuditRow.action == "status", m.AuditRow.entity_id == str(REFERRED)))
        )
        assert rows[-1].detail == "move=opvolging from=aangemeld to=opvolging"
        assert all("GEHEIM" not in (r.detail or "") for r in s.scalars(select(m.AuditRow)))
        assert verify(s) == []


def test_events_go_with_their_case_and_keep_their_organisation(services, store):
    team = services.lifecycle.follow_up(REFERRED).referred_to_id
    with pytest.raises(IntegrityError), store.session() as s:  # an organisation a referral names is never deleted
        s.execute(delete(m.OrganisationRow).where(m.OrganisationRow.id == team))
    with store.session() as s:
        s.execute(delete(m.CaseRow).where(m.CaseRow.id == CLOSED))  # as retention deletes a case
    with store.session() as s:
        assert s.scalars(select(m.CaseEventRow).where(m.CaseEventRow.case_id == CLOSED)).first() is None


def test_reminders_name_the_case_and_what_is_due(services):
    found = {r.case_id: r for r in services.lifecycle.reminders()}
    assert set(found) == {REFERRED, FOLLOWED_UP}
    assert (found[REFERRED].reminder.kind, found[REFERRED].reminder.overdue) == ("antwoord", True)
    assert (found[FOLLOWED_UP].reminder.kind, found[FOLLOWED_UP].reminder.due_on) == (
        "evaluatie",
        TODAY + timedelta(days=5),
    )
    assert found[REFERRED].pupil_name and isinstance(found[REFERRED].state.referred_on, date)


def test_the_status_history_is_part_of_the_parents_inzage(services):
    from ibdesk.dossier.inzage_content import assemble_inzage

    pupil_id = services.records.case(FOLLOWED_UP).pupil_id
    data = services.inzage.collect(pupil_id)
    moves = [(e["case_id"], e["move"]) for e in data["case_events"] if e["case_id"] == FOLLOWED_UP]
    assert moves == [
        (FOLLOWED_UP, "geopend"),
        (FOLLOWED_UP, "gestart"),
        (FOLLOWED_UP, "aangemeld"),
        (FOLLOWED_UP, "opvolging"),
    ]
    doc = assemble_inzage(
        data, services.catalog, services.records.organisations(), "OBS De Linde", services.inzage.known_actors()
    )
    _header, rows, _ = next(t for t in doc.chapters[0].tables if t[0][2] == "Wijziging")
    decided = next(r for r in rows if r[2] == "Besluit Sociaal Team vastgelegd")
    assert "Beschikking jeugdhulp afgegeven" in decided[4] and decided[0].startswith("traject vanaf ")
    assert decided[3] == "Marieke de Wit, intern begeleider (OBS De Linde)"


@pytest.mark.parametrize(
    ("state", "details"), [("bezig", "is begonnen."), ("nvt", "is als niet van toepassing gemarkeerd.")]
)
def test_the_first_step_change_on_a_new_case_says_what_happened_to_the_step(store, state, details):
    """The history record of a new case's first step change (it moves the case to 'lopend'): a
    step marked not applicable was not begun. Starts from a new school, no demo data."""
    from support.new_school import open_first_case

    from ibdesk.domain.route import StepState
    from ibdesk.services.container import Services

    school = open_first_case(store, TODAY)
    services = Services.build(store, today=lambda: TODAY)
    step = next(s for s in services.guidance.overview(school.case_id).route.steps if s.allow_not_applicable)
    reason = "Geen arrangement nodig (fictief)" if state == "nvt" else None
    services.guidance.set_step(school.case_id, step.id, StepState(state), reason)
    started = services.lifecycle.history(school.case_id)[-1]
    assert started.move is Move.START and started.to_status is CaseStatus.RUNNING
    assert started.details == f"Stap '{step.title}' van de routekaart {details}"
