"""The demo shows every state a school meets, so a new user (and a tester) can see each screen
filled in: every case status (aangemeld and gesloten included), every step state, a stalled
step, every kind of legal basis and decision, final and concept forms, and a warm handover of
each kind that can really be made — on a closed case and on an aangemeld one too (issue 9)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from ibdesk.domain.model import CaseStatus
from ibdesk.domain.route import StepState

TODAY = date(2026, 11, 23)


@pytest.fixture
def services(store):
    from ibdesk.services.container import Services
    from ibdesk.services.demo import fill_demo

    fill_demo(store, pupils=30, today=TODAY)
    return Services.build(store, today=lambda: TODAY)


def test_the_demo_covers_every_state(services):
    from ibdesk.dossier.other_content import HANDOVERS
    from ibdesk.services.export_documents import check_handover

    cases = services.records.case_rows()
    overviews = {r.case_id: services.guidance.overview(r.case_id, log_view=False) for r in cases}
    lifecycle = services.lifecycle.follow_ups()

    # every status, each with what that status needs
    statuses = Counter(s.status for s in lifecycle.values())
    assert set(statuses) == set(CaseStatus), statuses
    for case_id, state in lifecycle.items():
        if state.status is CaseStatus.REFERRED:
            assert state.referred_to and state.answer_due, case_id
        if state.status is CaseStatus.CLOSED:
            assert state.closed_reason and services.records.case(case_id).closed_on, case_id
        if state.status is CaseStatus.FOLLOW_UP:
            assert state.decision is not None, case_id
    assert any(state.reopened_on for state in lifecycle.values()), "a case closed once and reopened"

    # every step state, a stalled step, ready and not ready
    steps = {v.progress.state for ov in overviews.values() for v in ov.view.steps}
    assert steps == set(StepState), steps
    assert any(v.stalled for ov in overviews.values() for v in ov.view.steps)
    assert {ov.readiness.ready for ov in overviews.values()} == {True, False}

    # consent given by parents, refused or withdrawn, and a legal task as basis
    bases = [b for r in cases for b in services.consent.case_consent(r.case_id).bases]
    assert {b.kind for b in bases} == {"consent", "legal_task"}
    assert any(b.withdrawn_on for b in bases) or any(b.decision == "geweigerd" for b in bases)

    # forms: final and concept
    saved = [f for r in cases for f in services.forms.saved_forms(case_id=r.case_id)]
    assert {f.concept for f in saved} == {True, False}

    # a handover of each kind can be made; one is still a concept; closed and aangemeld cases have one
    made: dict[str, list[CaseStatus]] = {}
    for case_id, ov in overviews.items():
        for kind, (form_id, *_rest) in HANDOVERS.items():
            if services.forms.latest(case_id, form_id) is None:
                continue
            try:
                check_handover(services, case_id, kind)
            except Exception as exc:
                made.setdefault(f"{kind} (niet te maken)", []).append(ov.case.status)
                assert "concept" in str(exc), (case_id, kind, exc)
                continue
            made.setdefault(kind, []).append(ov.case.status)
    assert set(HANDOVERS) <= set(made), made
    assert made.get("po-vo (niet te maken)"), "a PO→VO handover still being written"
    handed = {status for kind in HANDOVERS for status in made[kind]}
    assert {CaseStatus.CLOSED, CaseStatus.REFERRED} <= handed, made
