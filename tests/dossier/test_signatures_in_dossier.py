"""Issue 11.3 in the signed dossier, on a new profile: each parent with gezag has his own line
(name, role, date, how) and his own signature; a consent nobody signed yet is not stated as
given; `ibdesk verify` still passes and one changed byte fails."""

from __future__ import annotations

from datetime import date

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.route import StepState
from ibdesk.domain.signatures import SCREEN, Signature
from ibdesk.services.certificates import verify_with_profile
from ibdesk.services.demo_samples import people_for, sample_answers
from ibdesk.services.export_documents import export_case
from tests.support.rules_profile import add_pupil, add_team, open_case, school_services

from .helpers import flip_byte_in_content, full_text, page_texts

TODAY = date(2026, 11, 23)


def _case_with_consent(store, born=date(2015, 4, 2)):
    services = school_services(store, TODAY)
    team = add_team(services)
    pupil = add_pupil(services, born, "groep 8")
    case = open_case(services, pupil, date(2026, 9, 1))
    _walk_route(services, pupil, case)
    basis_id = services.consent.record_from_form(
        case.id,
        {
            "ontvanger": str(team.id),
            "doel_soort": "aanmelding_sociaal_team",
            "doel": "Aanmelding (fictief)",
            "categorieen": ["identification", "support_history"],
            "beslissing": "gegeven",
            "gegeven_door": "ouders",
            "ouder": str(pupil.guardians[0].id),
            "tweede_ouder": str(pupil.guardians[1].id),
            "datum": "2026-11-20",
            "wijze": SCREEN,
            "geldig_tot": "2027-07-31",
        },
    )
    return services, case, basis_id, pupil, team


def _walk_route(services, pupil, case) -> None:
    """Every required step with its evidence, and 'Wie is aan zet?', as the IB'er records them."""
    route = services.guidance.overview(case.id).route
    services.records.save_organisation(Organisation(OrgKind.SWV_LOKET, "SWV Loket (fictief)", "Renkum"))
    with services.store.session() as s:
        people = people_for(
            s,
            {
                "staff": "Marieke de Wit (fictief)",
                "guardian": str(pupil.guardians[0].id),
                "contact": "1",
                "organisation": "1",
            },
        )
    for step in (s for s in route.steps if s.required):
        services.forms.save(
            pupil.id,
            route.id,
            route.version,
            sample_answers(step, date(2026, 9, 1), people),
            case_id=case.id,
            step_id=step.id,
        )
        services.guidance.set_step(case.id, step.id, StepState.DONE, participants=("ib", "ouders"))
    services.forms.save(
        pupil.id,
        "wie-is-aan-zet",
        1,
        {"ook_buiten_school": False, "vrijstelling": False, "datum_afweging": "2026-11-20"},
        case_id=case.id,
    )


def test_each_parent_signs_on_his_own_line_and_unsigned_is_not_given(store, tmp_path):
    services, case, basis_id, _, _ = _case_with_consent(store)
    readiness = services.guidance.overview(case.id).readiness
    assert not readiness.ready and any("grondslag" in m for m in readiness.missing)  # nobody signed yet
    mother, father = services.signatures.required(case.id, "consent")
    services.signatures.record(
        case.id,
        Signature(
            "consent",
            basis_id,
            mother.key,
            mother.name,
            mother.role,
            date(2026, 11, 20),
            SCREEN,
            statement=services.signatures.consent_statement(case.id, basis_id, mother),
            strokes="strokes:[[[0,500],[500,900],[1000,100]]]",
        ),
    )
    services.signatures.record_paper(
        case.id,
        Signature("consent", basis_id, father.key, father.name, father.role, date(2026, 11, 21), "getekend_papier"),
        b"%PDF-1.4 scan (fictief)",
        "scan.pdf",
    )
    signed = export_case(services, case.id, tmp_path / "getekend.pdf")
    text = " ".join(full_text(signed.path).split())
    assert "Anna Verwey (fictief) (moeder, gezag), 20-11-2026, getekend op het scherm" in text
    assert "Mark Verwey (fictief) (vader, gezag), 21-11-2026, getekend op papier" in text
    assert "wacht op handtekening" not in text
    assert verify_with_profile(store, signed.path).ok
    assert not verify_with_profile(store, flip_byte_in_content(signed.path.read_bytes())).ok


def test_paper_route_prints_each_persons_statement_with_signature_lines(store, tmp_path):
    from ibdesk.errors import UserError
    from ibdesk.services.paper_forms import consent_on_paper

    services, case, basis_id, _, _ = _case_with_consent(store)
    mother, father = services.signatures.required(case.id, "consent")
    printed = consent_on_paper(services, case.id, basis_id, tmp_path / "op papier.pdf")
    text = " ".join(full_text(printed).split())
    for person in (mother, father):
        assert f"Ik, {person.name}, geef OBS De Regel (fictief) toestemming" in text
    assert " ".join(page_texts(printed)).count("Handtekening") == 2 and "tot en met 31-07-2027" in text
    for person in (mother, father):
        services.signatures.record_paper(
            case.id,
            Signature("consent", basis_id, person.key, person.name, person.role, TODAY, "getekend_papier"),
            b"%PDF-1.4 scan (fictief)",
            "scan.pdf",
        )
    import pytest

    with pytest.raises(UserError, match="al getekend"):
        consent_on_paper(services, case.id, basis_id, tmp_path / "nogmaals.pdf")
    assert not (tmp_path / "nogmaals.pdf").exists()


def test_inzage_lists_notes_attachments_and_who_really_signed(store, tmp_path):
    from ibdesk.services.export_documents import export_inzage

    services, case, basis_id, _, _ = _case_with_consent(store)
    mother, _father = services.signatures.required(case.id, "consent")
    services.signatures.record_paper(
        case.id,
        Signature("consent", basis_id, mother.key, mother.name, mother.role, TODAY, "getekend_papier"),
        b"%PDF-1.4 scan (fictief)",
        "scan.pdf",
    )
    pupil_id = services.guidance.overview(case.id).pupil.id
    services.notes.add(pupil_id, "Moeder belde over de verhuizing (fictief).", case.id)
    services.attachments.add(
        pupil_id,
        b"%PDF-1.4 brief (fictief)",
        "Brief van de leerplichtambtenaar",
        "brief",
        case_id=case.id,
        file_name="brief.pdf",
    )
    result, _json = export_inzage(services, pupil_id, tmp_path / "inzage.pdf")
    text = full_text(result.path)
    assert "Moeder belde over de verhuizing (fictief)." in text
    assert "Brief van de leerplichtambtenaar" in text
    assert f"getekend door Anna Verwey (fictief) ({TODAY:%d-%m-%Y})" in text
    assert "toestemming gegeven door Anna Verwey (fictief) en Mark Verwey (fictief)" not in text
    assert verify_with_profile(store, result.path).ok


def test_the_pupils_signed_zienswijze_is_in_the_dossier_not_under_the_opp(store, tmp_path):
    """Issue 11.3: the pupil of 12+ signs for his own words in the aanmelding (domain.md §3, §5)."""
    from ibdesk.domain.signatures import ORAL

    services, case, basis_id, pupil, team = _case_with_consent(store, born=date(2013, 4, 2))
    aanmelding = services.catalog.latest("aanmelding-sociaal-team")
    with services.store.session() as s:
        people = people_for(
            s,
            {
                "staff": "Marieke de Wit (fictief)",
                "guardian": str(pupil.guardians[0].id),
                "contact": "1",
                "organisation": str(team.id),
            },
        )
    from ibdesk.forms import drop_hidden

    answers = {
        **sample_answers(aanmelding, date(2026, 11, 1), people),
        "visie_kind": "Ik wil graag hulp bij boos worden (fictief).",
    }
    saved = services.forms.save(
        pupil.id, aanmelding.id, aanmelding.version, drop_hidden(aanmelding, answers), case_id=case.id
    )
    (me,) = services.signatures.required(case.id, "zienswijze")
    services.signatures.record(
        case.id,
        Signature(
            "zienswijze",
            saved,
            me.key,
            me.name,
            me.role,
            date(2026, 11, 19),
            ORAL,
            decision="gehoord",
            heard_by="Marieke de Wit (fictief)",
        ),
    )
    for parent in services.signatures.required(case.id, "consent"):
        services.signatures.record(
            case.id,
            Signature(
                "consent",
                basis_id,
                parent.key,
                parent.name,
                parent.role,
                date(2026, 11, 20),
                ORAL,
                heard_by="Marieke de Wit (fictief)",
            ),
        )
    signed = export_case(services, case.id, tmp_path / "dossier.pdf")
    text = " ".join(full_text(signed.path).split())
    assert "Zienswijze van ouders en leerling" in text
    assert "Floor Verwey (fictief) (leerling, 13 jaar), 19-11-2026, mondeling in een overleg" in text
    assert "zienswijze Floor" not in text  # not as a row of the OPP's signatures
    assert verify_with_profile(store, signed.path).ok
