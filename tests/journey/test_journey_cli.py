"""The same first day on the command line, as school IT or a script would run it on a fresh
profile: `init` → `school` and `user` → `organisations import` (the region's example file) → `pupil add` →
`case open` → `form save` for each step of the routekaart and for the forms (answers as JSON
files) → `sign` (each parent's paper signature with its scan) → `export` → `verify` →
`handover` → `case status` (issue 9, Acceptance). Exit codes and what is printed are checked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from support.cli import assert_clean_failure, ibdesk

from . import stories

TODAY = date.today()
EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "organisations-example.yaml"
LEAD = "Marieke de Wit (fictief)"


def run(*args: str) -> str:
    result = ibdesk(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def answers_file(folder: Path, name: str, answers: dict) -> str:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return str(path)


def pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def record_paper_signatures(tmp_path: Path, case: str) -> None:
    """Each parent signs the printed consent on paper; the IB'er records each signature with its
    scan (`ibdesk sign`), one person at a time."""
    waiting = json.loads(run("sign", case, "--json"))["still_needed"]
    assert len(waiting) == 2 and all("toestemming" in p["statement"].lower() for p in waiting), waiting
    printed = tmp_path / "toestemming-op-papier.pdf"
    run("sign", case, "--print", str(printed))
    assert all(p["name"] in pdf_text(printed) for p in waiting)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan (fictief)")
    first, second = waiting
    out = run(
        "sign",
        case,
        "--person",
        first["person"],
        "--method",
        "papier",
        "--scan",
        str(scan),
        "--date",
        TODAY.strftime("%d-%m-%Y"),
    )
    assert f"Nog nodig: {second['name']}" in out
    out = run("sign", case, "--person", second["person"], "--method", "papier", "--scan", str(scan))
    assert "Iedereen die moet tekenen, heeft nu getekend." in out
    signed = json.loads(run("sign", case, "--json"))
    assert signed["still_needed"] == [] and {s["method"] for s in signed["signed"]} == {"getekend_papier"}


def test_a_primary_school_first_day_on_the_command_line(home, tmp_path):
    assert "HERSTELSLEUTEL" in run("init")
    run("school", "--name", "OBS De Linde (fictief)", "--municipality", "Renkum", "--type", "po")
    run("user", "--name", LEAD, "--role", "intern begeleider")
    assert "7 nieuw, 0 bijgewerkt, 0 ongewijzigd." in run("organisations", "import", str(EXAMPLE))
    assert "0 nieuw, 0 bijgewerkt, 7 ongewijzigd." in run("organisations", "import", str(EXAMPLE)), "no duplicates"
    orgs = {o["key"]: o["id"] for o in json.loads(run("organisations", "list", "--json"))}
    team, swv, care, vo = orgs["st-renkum"], orgs["swv-rijn-heuvel"], orgs["jh-de-brug"], orgs["vo-uiterwaarden"]
    pupil = json.loads(
        run(
            "pupil",
            "add",
            "--first-name",
            "Lotte",
            "--last-name",
            "Veenstra (fictief)",
            "--birth-date",
            f"14-03-{TODAY.year - 12}",
            "--group",
            "groep 8",
            "--municipality",
            "Renkum",
            "--guardian",
            "Anna Veenstra (fictief);moeder;ja",
            "--guardian",
            "Emre Ağaoğlu (fictief);vader;ja",
            "--json",
        )
    )
    guardians = tuple(pupil["guardians"])
    opened = json.loads(
        run(
            "case",
            "open",
            str(pupil["id"]),
            "--question",
            "Hoe kan Lotte met vertrouwen de overstap naar het VO maken?",
            "--json",
        )
    )
    case = str(opened["id"])
    assert (opened["route"]["id"], opened["status"]) == ("routekaart-po", "signaal")

    # the routekaart, step by step: each saved with its evidence and marked afgerond
    route = stories.po_route(TODAY, swv, LEAD)
    for step_id, answers in route.items():
        out = run(
            "form",
            "save",
            case,
            "routekaart-po",
            "--step",
            step_id,
            "--done",
            "--answers",
            answers_file(tmp_path, step_id, answers),
        )
        assert f"Stap '{step_id}' staat op afgerond." in out
    state = json.loads(run("case", case, "--json"))
    assert state["status"] == "lopend"
    assert [s["state"] for s in state["steps"]] == ["afgerond"] * 5 + ["open", "open"]
    refused = ibdesk("export", case, "--out", str(tmp_path / "te-vroeg.pdf"))
    assert_clean_failure(refused, "Wie is aan zet?")
    assert not (tmp_path / "te-vroeg.pdf").exists()

    # 'Wie is aan zet?', the OPP with jeugdhulp in it, both parents' consent (signed on paper)
    run(
        "form",
        "save",
        case,
        "wie-is-aan-zet",
        "--answers",
        answers_file(tmp_path, "wie", stories.responsibility(TODAY)),
    )
    plan = {**stories.opp(TODAY, care), **stories.opp_known(TODAY, route, LEAD, swv, "Renkum")}
    run("form", "save", case, "opp", "--answers", answers_file(tmp_path, "opp", plan))
    assert json.loads(run("form", "show", case, "opp", "--json"))["status"] == "final"
    run(
        "form",
        "save",
        case,
        "toestemming",
        "--answers",
        answers_file(tmp_path, "toestemming", stories.paper_consent(TODAY, team, guardians)),
    )
    state = json.loads(run("case", case, "--json"))
    assert state["ready_for_sociaal_team"] is False, "a consent counts only for those who signed it"
    record_paper_signatures(tmp_path, case)
    state = json.loads(run("case", case, "--json"))
    assert state["ready_for_sociaal_team"] is True, state["missing"]

    # the signed dossier; exporting it is the aanmelding
    dossier = tmp_path / "dossier.pdf"
    out = run("export", case, "--out", str(dossier))
    assert "Ondertekend document geschreven" in out and dossier.exists()
    verified = run("verify", str(dossier))
    assert verified.startswith("IN ORDE") and LEAD in verified
    text = pdf_text(dossier)
    assert "OBS De Linde (fictief)" in text and "Lotte Veenstra (fictief)" in text
    assert json.loads(run("case", case, "--json"))["status"] == "aangemeld"

    # the PO→VO handover: the form, the onderwijskundig rapport as its legal basis, the signed PDF
    handover = {**stories.po_vo_handover(TODAY, vo, LEAD), **stories.po_vo_known(route, plan, LEAD)}
    run("form", "save", case, "overdracht-po-vo", "--answers", answers_file(tmp_path, "povo", handover))
    pdf = tmp_path / "overdracht.pdf"
    assert_clean_failure(ibdesk("handover", case, "--kind", "po-vo", "--out", str(pdf)), "geen toestemming nodig")
    run("form", "save", case, "toestemming", "--answers", answers_file(tmp_path, "okr", stories.okr_basis(vo)))
    assert "Ondertekend document geschreven" in run("handover", case, "--kind", "po-vo", "--out", str(pdf))
    assert run("verify", str(pdf)).startswith("IN ORDE")

    # after the referral: step 6, the Sociaal Team's decision, closed
    run(
        "form",
        "save",
        case,
        "routekaart-po",
        "--step",
        "tlv_of_sociaal_team",
        "--done",
        "--answers",
        answers_file(tmp_path, "stap6", stories.po_referral_step(TODAY)),
    )
    assert_clean_failure(ibdesk("case", "status", case, "gesloten"), "reden")
    run("case", "status", case, "opvolging", "--decision", "beschikking", "--next-evaluation", stories.later(TODAY, 60))
    closed = json.loads(
        run(
            "case",
            "status",
            case,
            "gesloten",
            "--reason",
            "Lotte gaat naar het VO; de hulp loopt via het Sociaal Team (fictief).",
            "--json",
        )
    )
    assert closed["status"] == "gesloten"
    rows = json.loads(run("cases", "--json"))
    assert [(r["id"], r["status"]) for r in rows] == [(int(case), "gesloten")]
