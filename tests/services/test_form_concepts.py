"""Concepts never count as done nor go out as final; new forms start from what the case holds;
the demo's handovers export."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from ibdesk.domain.route import StepState
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.forms import validate_answers
from ibdesk.services import dossier_sources as sources
from ibdesk.services import form_entry
from ibdesk.services.certificates import verify_with_profile
from ibdesk.services.demo_samples import sample_answers
from ibdesk.services.export_documents import export_case, export_handover
from ibdesk.store import models as m

from .conftest import TODAY

READY, REFERRED, CLOSED_PO_VO, SCHOOL_CHANGE, CONCEPT_PO_VO, EARLY = 2, 4, 6, 9, 10, 11
SECRET = "CONCEPTTEKST-4471 (fictief)"


def save(services, case_id, form_id, answers, concept=False, step_id=None):
    ov = services.guidance.overview(case_id, log_view=False)
    definition = services.catalog.latest(form_id)
    return services.forms.save(
        ov.pupil.id, form_id, definition.version, answers, case_id=case_id, step_id=step_id, concept=concept
    )


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages).split())


def test_a_concept_is_no_answer_and_no_evidence(services):
    answers = {"ook_buiten_school": False, "vrijstelling": False, "datum_afweging": TODAY.isoformat()}
    save(services, EARLY, "wie-is-aan-zet", answers, concept=True)
    ov = services.guidance.overview(EARLY)
    assert ov.responsibility is None and ("wie-is-aan-zet", None) in ov.concepts
    assert "De vragen van 'Wie is aan zet?' zijn nog niet beantwoord." in ov.readiness.missing
    step = ov.view.current.info.id
    evidence = sample_answers(ov.route.step(step), TODAY - timedelta(days=30), {"staff": "Marieke de Wit"})
    save(services, EARLY, ov.route.id, evidence, concept=True, step_id=step)
    ov = services.guidance.overview(EARLY)
    view = next(v for v in ov.view.steps if v.info.id == step)
    assert view.missing_evidence and (ov.route.id, step) in ov.concepts
    with pytest.raises(UserError, match="kan nog niet worden afgerond"):
        services.guidance.set_step(EARLY, step, StepState.DONE)
    save(services, EARLY, ov.route.id, evidence, step_id=step)  # finished: final
    ov = services.guidance.overview(EARLY)
    assert not next(v for v in ov.view.steps if v.info.id == step).missing_evidence
    assert (ov.route.id, step) not in ov.concepts


def test_a_concept_refuses_values_that_do_not_fit(services):
    with pytest.raises(InvalidRecord) as refused:
        save(services, EARLY, "opp", {"startdatum_ondersteuning": "morgen", "uren_per_week": 99}, concept=True)
    assert refused.value.errors == {
        "startdatum_ondersteuning": "Ongeldige datum; gebruik JJJJ-MM-DD.",
        "uren_per_week": "De waarde mag hoogstens 40 zijn.",
    }


def test_a_concept_opp_runs_the_six_week_deadline_but_is_not_drawn_up(services):
    start = TODAY - timedelta(days=20)
    save(services, EARLY, "opp", {"startdatum_ondersteuning": start.isoformat(), "aanleiding": "nieuw"}, concept=True)
    opp = services.guidance.overview(EARLY).opp
    assert opp is not None and opp.draw_up_deadline == start + timedelta(weeks=6) and opp.drawn_up_on is None


def test_documents_leave_concepts_out(services, tmp_path):
    _definition, answers = services.forms.load(
        next(f.id for f in services.forms.saved_forms(case_id=READY) if f.form_id == "opp")
    )
    save(services, READY, "opp", {**answers, "onderwijsbehoeften": SECRET}, concept=True)
    assert all(
        SECRET not in json.dumps(s.answers) for s in sources.saved_answers(services.store, services.catalog, READY)
    )
    result = export_case(services, READY, tmp_path / "dossier.pdf")
    assert SECRET not in pdf_text(result.path) and verify_with_profile(services.store, result.path).ok


def test_handover_of_a_concept_is_refused_and_a_newer_concept_is_named(services, tmp_path):
    with pytest.raises(UserError, match="is nog een concept"):
        export_handover(services, CONCEPT_PO_VO, "po-vo", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    _definition, answers = services.forms.load(services.forms.latest(CLOSED_PO_VO, "overdracht-po-vo").id)
    save(services, CLOSED_PO_VO, "overdracht-po-vo", {**answers, "sterke_kanten": SECRET}, concept=True)
    result = export_handover(services, CLOSED_PO_VO, "po-vo", tmp_path / "po-vo.pdf")
    assert "nieuwer concept" in result.message() and SECRET not in pdf_text(result.path)
    assert answers["sterke_kanten"] in pdf_text(result.path)


@pytest.mark.parametrize(
    "case_id, kind, school",
    [
        (CLOSED_PO_VO, "po-vo", "Het Heuvelcollege (fictief)"),
        (SCHOOL_CHANGE, "school", "Basisschool De Regenboog (fictief)"),
        (REFERRED, "sociaal-team", "Sociaal Team Renkum (fictief)"),
    ],
)
def test_the_demo_handovers_export_and_verify(services, tmp_path, case_id, kind, school):
    result = export_handover(services, case_id, kind, tmp_path / f"{kind}.pdf")
    assert verify_with_profile(services.store, result.path).ok and school in pdf_text(result.path)
    assert (
        services.consent.sharing_log(services.guidance.overview(case_id).pupil.id)[-1]["document"]
        == f"overdracht-{kind}"
    )


def test_demo_forms_are_valid_for_their_status(services):
    with services.store.session() as s:
        rows = list(s.scalars(select(m.FormAnswerRow)))
        assert {r.status for r in rows} == {"final", "concept"}
        for row in rows:
            if row.form_id.startswith("overdracht"):
                definition = services.catalog.get(row.form_id, row.form_version)
                assert (
                    validate_answers(definition, json.loads(row.answers), TODAY, concept=row.status == "concept") == {}
                ), row.form_id


# -- prefill, on a fresh school (no demo) -------------------------------------------------------
@pytest.fixture
def fresh(store):
    from support.new_school import open_first_case

    from ibdesk.services.container import Services

    return Services.build(store, today=lambda: TODAY), open_first_case(store, TODAY)


def people(school) -> dict:
    return {"staff": "Marieke de Wit", "guardian": school.guardian_ids[0], "contact": "", "organisation": school.swv_id}


def test_a_new_handover_starts_from_the_opp_and_the_case(fresh):
    services, school = fresh
    opp = sample_answers(services.catalog.latest("opp"), TODAY - timedelta(days=200), people(school))
    opp.update(
        bevorderende_factoren="Doorzetter, sterk in tekenen (fictief).", jeugdhulp_in_plan=False, swv=school.swv_id
    )
    save(services, school.case_id, "opp", opp)
    save(services, school.case_id, "opp", {**opp, "bevorderende_factoren": SECRET}, concept=True)
    ov = services.guidance.overview(school.case_id)
    begun = form_entry.start(services, ov, services.catalog.latest("overdracht-po-vo"))
    assert begun.new and begun.answers["sterke_kanten"] == "Doorzetter, sterk in tekenen (fictief)."  # not the concept
    today = date.today().strftime("%d-%m-%Y")
    assert begun.origins["sterke_kanten"] == f"uit OPP van {today}"
    assert begun.answers["afzender"] == "Marieke de Wit" and begun.origins["afzender"] == "uit de casus (regie)"
    assert begun.answers["opp_aanwezig"] is True and begun.answers["jeugdhulp_betrokken"] is False
    assert "visie_kind" not in begun.answers  # the child's own view is asked, never copied


def test_a_new_opp_starts_from_the_route(fresh):
    services, school = fresh
    route = services.catalog.latest("routekaart-po")
    step = route.step("arrangement_opp")
    evidence = sample_answers(step, TODAY - timedelta(days=60), people(school))
    evidence.update(
        arr_swv=school.swv_id,
        arr_besluit="toegekend",
        arr_instemming="gegeven",
        arr_startdatum=(TODAY - timedelta(days=30)).isoformat(),
    )
    save(services, school.case_id, route.id, evidence, step_id=step.id)
    ov = services.guidance.overview(school.case_id)
    begun = form_entry.start(services, ov, services.catalog.latest("opp"))
    assert begun.answers["swv"] == school.swv_id
    assert "instemming" not in begun.answers, "instemming is each parent's signature, never copied into the OPP"
    assert begun.answers["startdatum_ondersteuning"] == (TODAY - timedelta(days=30)).isoformat()
    assert begun.origins["swv"] == (
        f"uit de routekaart, stap 5 (Arrangement aanvragen bij het SWV en OPP opstellen), van {date.today():%d-%m-%Y}"
    )
    assert begun.answers["jh_gemeente"] == "Wageningen" and begun.origins["jh_gemeente"] == "uit de leerlinggegevens"
    assert "jh_gemeente_school" not in begun.answers  # the pupil lives where the school is
    reopened = form_entry.start(services, ov, route, step.id)  # saved answers reopen as they are
    assert not reopened.new and reopened.answers["arr_swv"] == school.swv_id and not reopened.origins


def test_inzage_shows_a_concept_as_a_concept(services, tmp_path):
    from ibdesk.services.export_documents import export_inzage

    pupil = services.guidance.overview(CONCEPT_PO_VO).pupil
    result, _ = export_inzage(services, pupil.id, tmp_path / "inzage.pdf")
    assert "Warme overdracht van primair naar voortgezet onderwijs (concept, nog niet afgerond)" in pdf_text(
        result.path
    )
