"""`ibdesk sign`: per-person signatures on the command line, on a fresh profile.

The rules (domain/signatures.py): under 16 every parent with gezag gives consent himself (AVG
art. 8, UAVG art. 5); from 16 the pupil decides (Jeugdwet art. 7.3.4 draws the same line). A
paper signature is recorded with its scan; an oral one with who heard it (issue 11.3)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from support.cli import assert_clean_failure, ibdesk

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "organisations-example.yaml"
TODAY = date.today()


def run(*args: str) -> str:
    result = ibdesk(*args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def consent_answers(folder: Path, team: int, giver: dict) -> str:
    answers = {
        "ontvanger": team,
        "doel_soort": "aanmelding_sociaal_team",
        "grondslag": "toestemming",
        **giver,
        "beslissing": "gegeven",
        "datum": TODAY.isoformat(),
        "wijze": "getekend_papier",
        "doel": "Aanmelding bij het Sociaal Team (fictief).",
        "categorieen": ["identification", "opp"],
        "geldig_tot": (TODAY + timedelta(days=200)).isoformat(),
    }
    path = folder / "toestemming.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return str(path)


def new_case(tmp_path: Path, age: int) -> tuple[str, int, tuple[int, ...]]:
    """A fresh profile with the region's organisations, one pupil of `age` with two parents with
    gezag, and an open case. Returns (case, Sociaal Team id, guardian ids)."""
    run("init")
    run("school", "--name", "OBS De Linde (fictief)", "--municipality", "Renkum", "--type", "po")
    run("user", "--name", "Marieke de Wit (fictief)", "--role", "intern begeleider")
    run("organisations", "import", str(EXAMPLE))
    team = next(o["id"] for o in json.loads(run("organisations", "list", "--json")) if o["key"] == "st-renkum")
    pupil = json.loads(
        run(
            "pupil",
            "add",
            "--first-name",
            "Lotte",
            "--last-name",
            "Veenstra (fictief)",
            "--birth-date",
            f"01-01-{TODAY.year - age - 1}",
            "--group",
            "groep 8",
            "--municipality",
            "Renkum",
            "--guardian",
            "Anna Veenstra (fictief);moeder;ja",
            "--guardian",
            "Emre Veenstra (fictief);vader;ja",
            "--json",
        )
    )
    case = json.loads(run("case", "open", str(pupil["id"]), "--question", "Hoe verder? (fictief)", "--json"))
    return str(case["id"]), team, tuple(pupil["guardians"])


@pytest.fixture
def scan(tmp_path) -> Path:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4 getekend (fictief)")
    return path


def test_each_parent_signs_for_himself_and_mistakes_get_a_clear_message(home, tmp_path, scan):
    case, team, guardians = new_case(tmp_path, age=11)
    assert_clean_failure(ibdesk("sign", case), "nog geen toestemming")
    run(
        "form",
        "save",
        case,
        "toestemming",
        "--answers",
        consent_answers(
            tmp_path, team, {"gegeven_door": "ouders", "ouder": guardians[0], "tweede_ouder": guardians[1]}
        ),
    )
    waiting = json.loads(run("sign", case, "--json"))["still_needed"]
    assert [p["person"] for p in waiting] == [f"guardian:{g}" for g in guardians]
    mother = waiting[0]["person"]
    assert "Anna Veenstra (fictief)" in waiting[0]["statement"] and "Sociaal Team" in waiting[0]["statement"]

    assert_clean_failure(
        ibdesk("sign", case, "--person", "pupil", "--method", "papier", "--scan", str(scan)),
        "hoeft hiervoor niet te tekenen",
    )
    assert_clean_failure(ibdesk("sign", case, "--person", mother), "--method")
    assert_clean_failure(ibdesk("sign", case, "--person", mother, "--method", "papier"), "--scan")
    assert_clean_failure(
        ibdesk("sign", case, "--person", mother, "--method", "papier", "--scan", str(tmp_path / "weg.pdf")),
        "bestaat niet",
    )
    assert_clean_failure(
        ibdesk("sign", case, "--person", mother, "--method", "papier", "--scan", str(scan), "--date", "31-02-2026"),
        "bestaat niet als datum",
    )
    future = (TODAY + timedelta(days=3)).strftime("%d-%m-%Y")
    assert_clean_failure(
        ibdesk("sign", case, "--person", mother, "--method", "papier", "--scan", str(scan), "--date", future),
        "toekomst",
    )
    assert_clean_failure(ibdesk("sign", case, "--person", mother, "--method", "mondeling"), "gehoord")
    assert json.loads(run("sign", case, "--json"))["signed"] == [], "nothing recorded by a refused command"

    run("sign", case, "--person", mother, "--method", "papier", "--scan", str(scan))
    assert_clean_failure(
        ibdesk("sign", case, "--person", mother, "--method", "papier", "--scan", str(scan)), "al getekend"
    )
    sharing = json.loads(run("consent", case, "--json"))["sharing_with_sociaal_team"]["opp"]
    assert not sharing["allowed"] and sharing["still_needed"] == ["Emre Veenstra (fictief) (vader)"], (
        "one parent's signature does not make the consent complete"
    )
    out = run(
        "sign",
        case,
        "--person",
        f"guardian:{guardians[1]}",
        "--method",
        "mondeling",
        "--heard-by",
        "Marieke de Wit (fictief)",
        "--meeting",
        "oudergesprek",
    )
    assert "mondeling in een overleg, gehoord door Marieke de Wit (fictief)" in out
    signed = json.loads(run("sign", case, "--json"))
    assert signed["still_needed"] == []
    assert json.loads(run("consent", case, "--json"))["sharing_with_sociaal_team"]["opp"]["allowed"]
    assert [(s["name"], s["method"]) for s in signed["signed"]] == [
        ("Anna Veenstra (fictief)", "getekend_papier"),
        ("Emre Veenstra (fictief)", "mondeling"),
    ]
    assert ibdesk("check").returncode == 0


def test_a_pupil_of_sixteen_consents_himself(home, tmp_path, scan):
    case, team, _ = new_case(tmp_path, age=16)
    run("form", "save", case, "toestemming", "--answers", consent_answers(tmp_path, team, {"gegeven_door": "leerling"}))
    waiting = json.loads(run("sign", case, "--json"))["still_needed"]
    assert [(p["person"], p["name"]) for p in waiting] == [("pupil", "Lotte Veenstra (fictief)")]
    out = run("sign", case, "--person", "pupil", "--method", "papier", "--scan", str(scan), "--refused")
    assert "geweigerd" in out
    assert json.loads(run("sign", case, "--json"))["signed"][0]["decision"] == "geweigerd"
