"""`ibdesk form save/show` and `ibdesk handover` on a fresh profile (no demo): from `ibdesk init`,
through a broken answers file, a concept, the final form and a route step, to a signed PDF."""

from __future__ import annotations

import json
from datetime import date

import pytest
from support.new_school import okr_basis_answers, open_first_case, po_vo_answers

from .test_cli import assert_clean_failure, ibdesk


@pytest.fixture
def school(home):
    """`ibdesk init`, then the school's first case (see support/new_school.py)."""
    assert ibdesk("init").returncode == 0
    from ibdesk.cli.keys import open_store

    store = open_store(home)
    try:
        return open_first_case(store)
    finally:
        store.close()


def write(tmp_path, name: str, content) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def show(case_id: int, form: str, *extra: str) -> dict:
    result = ibdesk("form", "show", str(case_id), form, "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_broken_answers_file_is_refused_per_field_in_dutch(school, tmp_path):
    case = str(school.case_id)
    broken = write(
        tmp_path,
        "kapot.json",
        {
            "schooladvies": "gymnasium",
            "okr_verstuurd": "ja",
            "sterke_kanten": 12,
            "bestaat_niet": 1,
            "ontvangende_school": 999,
        },
    )
    result = ibdesk("form", "save", case, "overdracht-po-vo", "--answers", broken)
    assert_clean_failure(result, "Niet opgeslagen:")
    err = result.stderr
    assert "  schooladvies (Schooladvies): Onbekende keuze: 'gymnasium'." in err
    assert "  okr_verstuurd (Is het onderwijskundig rapport via OSO verstuurd?): Kies ja of nee." in err
    assert "  sterke_kanten (Sterke kanten en talenten): Ongeldige waarde: tekst verwacht." in err
    assert "  bestaat_niet: Onbekend veld." in err
    assert "  ontvangende_school (VO-school): Onbekende organisatie (zie Contacten): 999." in err
    assert "  visie_kind (Hoe denk jij erover?): Dit veld is verplicht." in err
    assert "--concept" in err  # how to keep incomplete work
    concept = ibdesk("form", "save", case, "overdracht-po-vo", "--answers", broken, "--concept")
    assert_clean_failure(concept, "Onbekende keuze")  # a concept still refuses wrong values
    assert "verplicht" not in concept.stderr  # ... but not empty ones
    assert_clean_failure(
        ibdesk("form", "save", case, "overdracht-po-vo", "--answers", write(tmp_path, "x.json", '{"a": ')),
        "geen geldige JSON",
    )
    assert_clean_failure(
        ibdesk("form", "save", case, "overdracht-po-vo", "--answers", str(tmp_path / "weg.json")), "bestaat niet"
    )
    assert_clean_failure(ibdesk("form", "save", case, "bestaat-niet", "--answers", broken), "Onbekend formulier")
    assert_clean_failure(ibdesk("form", "show", case, "overdracht-po-vo"), "nog niets opgeslagen")


def test_concept_then_final_then_a_signed_handover(school, tmp_path, home):
    case, today = str(school.case_id), date.today()
    complete = po_vo_answers(school, today)
    part = {k: complete[k] for k in ("ontvangende_school", "sterke_kanten", "afzender")}
    saved = ibdesk(
        "form", "save", case, "overdracht-po-vo", "--answers", write(tmp_path, "deel.json", part), "--concept"
    )
    assert saved.returncode == 0, saved.stderr
    assert "als concept opgeslagen" in saved.stdout
    concept = show(school.case_id, "overdracht-po-vo")
    assert concept["status"] == "concept" and concept["version"] == 1 and concept["answers"] == part
    assert concept["saved_by"] and date.fromisoformat(concept["saved_at"][:10]) == today
    pdf = tmp_path / "overdracht.pdf"
    assert_clean_failure(ibdesk("handover", case, "--kind", "po-vo", "--out", str(pdf)), "nog een concept")
    assert not pdf.exists()

    final = ibdesk("form", "save", case, "overdracht-po-vo", "--answers", write(tmp_path, "af.json", complete))
    assert final.returncode == 0, final.stderr
    shown = show(school.case_id, "overdracht-po-vo")
    assert (
        shown["status"] == "final" and shown["id"] != concept["id"] and shown["answers"]["schooladvies"] == "havo_vwo"
    )
    # no basis for the VO school yet: nothing goes out
    assert_clean_failure(ibdesk("handover", case, "--kind", "po-vo", "--out", str(pdf)), "Er mag niets")
    basis = ibdesk(
        "form", "save", case, "toestemming", "--answers", write(tmp_path, "okr.json", okr_basis_answers(school))
    )
    assert basis.returncode == 0, basis.stderr
    user = ibdesk("user", "--name", "Marieke de Wit (fictief)", "--role", "intern begeleider")  # the signer
    assert user.returncode == 0, user.stderr
    made = ibdesk("handover", case, "--kind", "po-vo", "--out", str(pdf))
    assert made.returncode == 0, made.stderr
    assert "Ondertekend document geschreven" in made.stdout
    verified = ibdesk("verify", str(pdf))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Pantarijn-college (fictief)" in json.dumps(json.loads(ibdesk("consent", case, "--json").stdout))


def test_route_step_evidence_from_the_cli(school, tmp_path):
    from ibdesk.services.demo_samples import sample_answers
    from ibdesk.services.forms import load_forms

    case, today = str(school.case_id), date.today()
    step = load_forms().latest("routekaart-po").step("signalering")
    evidence = sample_answers(step, date.fromordinal(today.toordinal() - 60), {"staff": "Marieke de Wit"})
    assert_clean_failure(
        ibdesk(
            "form",
            "save",
            case,
            "routekaart-vo",
            "--step",
            "signalering",
            "--answers",
            write(tmp_path, "s.json", evidence),
        ),
        "volgt routekaart 'routekaart-po'",
    )
    assert_clean_failure(
        ibdesk(
            "form", "save", case, "routekaart-po", "--step", "bestaat", "--answers", write(tmp_path, "s.json", evidence)
        ),
        "geen stap 'bestaat'",
    )
    partial = {"sig_datum_signaal": evidence["sig_datum_signaal"]}
    saved = ibdesk(
        "form",
        "save",
        case,
        "routekaart-po",
        "--step",
        "signalering",
        "--answers",
        write(tmp_path, "p.json", partial),
        "--concept",
    )
    assert saved.returncode == 0, saved.stderr
    state = json.loads(ibdesk("case", case, "--json").stdout)
    step_state = next(s for s in state["steps"] if s["id"] == "signalering")
    assert step_state["state"] == "bezig" and step_state["missing_evidence"]  # a concept is no evidence
    assert [(c["form"], c["step"]) for c in state["concepts"]] == [("routekaart-po", "signalering")]
    done = ibdesk(
        "form",
        "save",
        case,
        "routekaart-po",
        "--step",
        "signalering",
        "--answers",
        write(tmp_path, "s.json", evidence),
        "--done",
    )
    assert done.returncode == 0, done.stderr
    state = json.loads(ibdesk("case", case, "--json").stdout)
    assert next(s for s in state["steps"] if s["id"] == "signalering")["state"] == "afgerond"
    assert state["concepts"] == []
    assert show(school.case_id, "routekaart-po", "--step", "signalering")["status"] == "final"
