"""Issue 11 point 3 on a new profile: one signature per person who must consent (each parent
with gezag; the pupil from 16), each with name, role, date and method; on screen only after
the plain-language statement; on paper only with the scan, kept inside the store.
Sources: AVG art. 7-8 / UAVG art. 5 (consent, age 16), WPO art. 40a (OPP instemming, hoorrecht)."""

from __future__ import annotations

from datetime import date

import pytest

from ibdesk.domain.signatures import ORAL, SCREEN, Signature
from ibdesk.errors import InvalidRecord
from tests.support.rules_profile import add_pupil, add_team, open_case, school_services

TODAY = date(2026, 11, 23)
STROKES = "strokes:[[[0,500],[1000,500]]]"


def _consent_case(store, born=date(2015, 4, 2)):
    services = school_services(store, TODAY)
    team = add_team(services)
    pupil = add_pupil(services, born, "groep 8")
    case = open_case(services, pupil, date(2026, 9, 1))
    basis_id = services.consent.record_from_form(case.id, _answers(team, pupil, SCREEN))
    return services, pupil, case, team, basis_id


def _answers(team, pupil, method: str) -> dict:
    """The toestemming form as the IB'er fills it in: both parents give consent."""
    own = pupil.birth_date <= date(2010, 11, 23)
    return {
        "ontvanger": str(team.id),
        "doel_soort": "aanmelding_sociaal_team",
        "doel": "Aanmelding (fictief)",
        "categorieen": ["identification", "support_history"],
        "beslissing": "gegeven",
        "gegeven_door": "leerling" if own else "ouders",
        "ouder": str(pupil.guardians[0].id),
        "tweede_ouder": str(pupil.guardians[1].id),
        "datum": "2026-11-02",
        "wijze": method,
    }


def test_each_parent_with_gezag_signs_for_himself_and_only_signers_count(store):
    services, pupil, case, team, basis_id = _consent_case(store)
    sig = services.signatures
    required = sig.required(case.id, "consent")
    assert [s.name for s in required] == [g.name for g in pupil.guardians]  # both parents, not one pad
    assert services.consent.case_consent(case.id).bases[-1].givers == frozenset()  # nobody signed yet
    mother = required[0]
    statement = sig.consent_statement(case.id, basis_id, mother)
    assert team.name in statement and "Anna Verwey (fictief)" in statement and "intrekken" in statement
    with pytest.raises(InvalidRecord) as refused:  # no statement read: not recorded
        sig.record(
            case.id,
            Signature("consent", basis_id, mother.key, mother.name, mother.role, TODAY, SCREEN, strokes=STROKES),
        )
    assert "verklaring" in refused.value.errors
    sig.record(
        case.id,
        Signature(
            "consent",
            basis_id,
            mother.key,
            mother.name,
            mother.role,
            TODAY,
            SCREEN,
            statement=statement,
            strokes=STROKES,
        ),
    )
    assert services.consent.case_consent(case.id).bases[-1].givers == frozenset({mother.key})
    assert [s.name for s in sig.still_needed(case.id, "consent", basis_id)] == ["Mark Verwey (fictief)"]
    stored = sig.signatures(case_id=case.id)[0]
    assert (stored.name, stored.role, stored.signed_on, stored.statement) == (
        "Anna Verwey (fictief)",
        "moeder, gezag",
        TODAY,
        statement,
    )


def test_paper_signature_needs_the_scan_which_stays_inside_the_store(store):
    services, _pupil, case, _team, basis_id = _consent_case(store)
    father = services.signatures.required(case.id, "consent")[1]
    paper = Signature("consent", basis_id, father.key, father.name, father.role, TODAY, "getekend_papier")
    with pytest.raises(InvalidRecord, match="scan"):
        services.signatures.record(case.id, paper)
    marker = b"%PDF-1.4 SCAN-MARKER-7731 (fictief)"
    services.signatures.record_paper(case.id, paper, marker, "scan.pdf")
    stored = services.signatures.signatures(case_id=case.id)[0]
    assert stored.method == "getekend_papier" and stored.attachment_id is not None
    assert services.attachments.data(stored.attachment_id) == marker
    assert marker not in store.paths.database.read_bytes()  # encrypted, never a loose file
    assert father.key in services.consent.case_consent(case.id).bases[-1].givers


def test_a_pupil_of_16_signs_himself_and_a_pupil_of_12_is_heard(store):
    services, _pupil, case, _team, _basis_id = _consent_case(store, born=date(2010, 1, 5))
    assert [s.key for s in services.signatures.required(case.id, "consent")] == ["pupil"]
    young = school_services(store, TODAY)
    child = add_pupil(young, date(2014, 2, 1), "groep 8")
    child_case = open_case(young, child, date(2026, 9, 1))
    assert [s.key for s in young.signatures.required(child_case.id, "hoorrecht")] == ["pupil"]
    assert [s.role for s in young.signatures.required(child_case.id, "opp")] == ["moeder, gezag", "vader, gezag"]


def test_oral_consent_from_the_form_is_recorded_for_each_giver_with_who_heard_it(store):
    services = school_services(store, TODAY)
    team = add_team(services)
    pupil = add_pupil(services, date(2015, 4, 2), "groep 8")
    case = open_case(services, pupil, date(2026, 9, 1))
    services.consent.record_from_form(
        case.id, {**_answers(team, pupil, ORAL), "gehoord_door": "Marieke de Wit (fictief)"}
    )
    signed = services.signatures.signatures(case_id=case.id)
    assert {s.name for s in signed} == {"Anna Verwey (fictief)", "Mark Verwey (fictief)"}
    assert all(s.method == ORAL and "gehoord door Marieke de Wit (fictief)" in s.line() for s in signed)
