"""A real school's first day on the command line, from `ibdesk init` on an empty profile:
a pupil, a case on the school's own routekaart, and the case through every status
(issue 9 points 3, 4 and 7; the follow-up reminder of issue 16 point 5)."""

import json
from datetime import date, timedelta

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.services.records import Records
from ibdesk.store.opening import open_profile

from .test_cli import assert_clean_failure, ibdesk

TODAY = date.today()
SEM = [
    "--first-name",
    "Sem",
    "--last-name",
    "Verhoef",
    "--birth-date",
    "12-03-2016",
    "--group",
    "groep 5",
    "--municipality",
    "Renkum",
    "--guardian",
    "Anna Verhoef;moeder;ja",
    "--guardian",
    "Mark Verhoef;vader;nee",
]


def ok(*args: str, env: dict | None = None) -> str:
    result = ibdesk(*args, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def data(*args: str, env: dict | None = None):
    return json.loads(ok(*args, "--json", env=env))


def iso(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def add_sociaal_team(home) -> int:
    """The Sociaal Team of Renkum, as Contacten would store it (the organisations CLI is another branch's)."""
    store = open_profile(home)
    try:
        team = Records(store).save_organisation(
            Organisation(
                OrgKind.SOCIAAL_TEAM,
                "Sociaal Team Renkum (fictief)",
                "Renkum",
                "0261234567",
                contacts=[Contact("Ingrid Vos (fictief)", "jeugdconsulent", is_primary=True)],
            )
        )
    finally:
        store.close()
    return team.id


def test_pupil_add_is_validated_like_the_app(home):
    ok("init")
    bad = ibdesk(
        "pupil",
        "add",
        "--first-name",
        " ",
        "--last-name",
        "Verhoef",
        "--birth-date",
        "31-02-2016",
        "--group",
        "groep 5",
        "--municipality",
        "Renkum",
        "--bsn",
        "123456789",
    )
    assert_clean_failure(bad, "--first-name: De voornaam is verplicht.")
    assert "--birth-date: 31-02-2016 bestaat niet als datum" in bad.stderr
    assert "--bsn: Dit BSN klopt niet: het voldoet niet aan de elfproef" in bad.stderr
    assert_clean_failure(
        ibdesk("pupil", "add", *SEM[:-4], "--guardian", "Anna;moeder;misschien"), "gezag is 'ja' of 'nee'"
    )
    assert_clean_failure(
        ibdesk("pupil", "add", *SEM[:4], "--birth-date", "2030-01-01", *SEM[6:]),
        "--birth-date: De geboortedatum ligt in de toekomst.",
    )
    pupil = data("pupil", "add", *SEM, "--bsn", "111222333")
    assert pupil["name"] == "Sem Verhoef" and len(pupil["guardians"]) == 2
    assert json.loads(ok("cases", "--json")) == []


def test_a_case_from_signal_to_closed_and_reopened(home):
    ok("init")
    assert_clean_failure(ibdesk("case", "open", "1", "--question", "Wat is er nodig?"), "Leerling 1 bestaat niet")
    pupil = data("pupil", "add", *SEM)["id"]
    assert_clean_failure(ibdesk("case", "open", str(pupil), "--question", "Wat is er nodig?"), "--lead NAAM")
    ok("user", "--name", "Marieke de Wit (fictief)", "--role", "intern begeleider")
    assert_clean_failure(ibdesk("case", "open", str(pupil)), "--question: De hulpvraag is verplicht.")
    opened = data("case", "open", str(pupil), "--question", "Hoe komt Sem weer tot leren?", "--opened", iso(-60))
    assert opened["route"]["id"] == "routekaart-po", "a school without a type is a primary school"
    case = str(opened["id"])
    assert opened["status"] == "signaal"

    # signaal → aangemeld is not a step the lifecycle allows
    assert_clean_failure(
        ibdesk("case", "status", case, "aangemeld"),
        "Van 'Signaal' kan de casus niet naar 'aangemeld'. Mogelijk: 'lopend' of 'gesloten'.",
    )
    assert data("case", "status", case, "lopend", "--date", iso(-50))["status"] == "lopend"
    assert_clean_failure(ibdesk("case", "status", case, "aangemeld"), "Geef --to ORG")
    team = add_sociaal_team(home)
    assert_clean_failure(
        ibdesk("case", "status", case, "aangemeld", "--decision", "beschikking"),
        "--decision hoort niet bij 'aangemeld'",
    )
    assert_clean_failure(
        ibdesk("case", "status", case, "aangemeld", "--date", iso(-40), "--answer-by", iso(-45)),
        "--answer-by: Het antwoord kan niet vóór of op de dag van aanmelden verwacht worden.",
    )
    referred = data("case", "status", case, "aangemeld", "--date", iso(-40), "--answer-by", iso(-2))
    assert (referred["status"], referred["referred_to_id"], referred["answer_due"]) == ("aangemeld", team, iso(-2))

    # the Sociaal Team's answer is overdue: the overview says so
    items = data("attention")["items"]
    answer = next(i for i in items if i["kind"] == "st_answer")
    assert answer["overdue"] and answer["target"] == {"type": "case", "id": int(case)}
    assert "antwoord verwacht uiterlijk" in answer["detail"] and "Sociaal Team Renkum" in answer["detail"]
    assert not any(i["kind"] == "ready" for i in items)

    assert_clean_failure(
        ibdesk("case", "status", case, "opvolging", "--decision", "toegekend"),
        "--decision: Onbekend besluit 'toegekend'",
    )
    followed = data(
        "case",
        "status",
        case,
        "opvolging",
        "--decision",
        "beschikking",
        "--date",
        iso(-10),
        "--next-evaluation",
        iso(3),
        "--details",
        "Gezinsbehandeling, zes maanden",
    )
    assert (followed["status"], followed["decision"], followed["next_evaluation"]) == (
        "opvolging",
        "beschikking",
        iso(3),
    )
    evaluation = next(i for i in data("attention")["items"] if i["kind"] == "st_evaluation")
    assert evaluation["due_on"] == iso(3) and not evaluation["overdue"]
    assert not any(i["kind"] == "st_answer" for i in data("attention")["items"])

    assert_clean_failure(
        ibdesk("case", "status", case, "gesloten", "--reason", "x"), "--reason: Geef een reden in een paar woorden"
    )
    closed = data("case", "status", case, "gesloten", "--reason", "Doel bereikt, hulp thuis loopt")
    assert (closed["closed_on"], closed["closed_reason"]) == (TODAY.isoformat(), "Doel bereikt, hulp thuis loopt")
    assert_clean_failure(ibdesk("case", "status", case, "lopend"), "gaat weer open met 'heropend'")
    assert_clean_failure(ibdesk("case", "status", case, "heropend"), "--reason: Geef een reden")
    reopened = data("case", "status", case, "heropend", "--reason", "Terugval na de vakantie")
    assert (reopened["status"], reopened["closed_on"]) == ("lopend", None)

    listed = json.loads(ok("cases", "--json"))[0]
    assert listed["status"] == "lopend" and listed["reopened_on"] == TODAY.isoformat()
    report = data("case", case)
    moves = [(e["move"], e["from"], e["to"], e["by"]) for e in report["lifecycle"]["history"]]
    assert moves == [
        ("geopend", None, "signaal", "Marieke de Wit (fictief)"),
        ("gestart", "signaal", "lopend", "Marieke de Wit (fictief)"),
        ("aangemeld", "lopend", "aangemeld", "Marieke de Wit (fictief)"),
        ("opvolging", "aangemeld", "opvolging", "Marieke de Wit (fictief)"),
        ("gesloten", "opvolging", "gesloten", "Marieke de Wit (fictief)"),
        ("heropend", "gesloten", "lopend", "Marieke de Wit (fictief)"),
    ]
    assert "Heropend (Marieke de Wit (fictief)) — Terugval na de vakantie" in ok("case", case)
    assert ok("audit", "verify").strip() == "Auditketen en deellog intact (ook tegen de externe ankers)."
    store = open_profile(home)
    try:
        with store.session() as s:
            from ibdesk.store import models as m

            statuses = [r.detail for r in s.query(m.AuditRow).filter(m.AuditRow.action == "status")]
    finally:
        store.close()
    assert statuses[-1] == "move=heropend from=gesloten to=lopend" and len(statuses) == 6


def test_the_school_type_decides_the_route(home, tmp_path):
    ok("init")
    pupil = str(data("pupil", "add", *SEM)["id"])
    common = ["--question", "Wat is er nodig?", "--lead", "Jeroen Bakker (fictief)"]
    policy = tmp_path / "policy.yaml"
    policy.write_text("school_type: vo\n", encoding="utf-8")
    vo = {"IBDESK_POLICY": str(policy)}
    opened = data("case", "open", pupil, *common, env=vo)
    assert (opened["route"]["id"], opened["route"]["version"]) == ("routekaart-vo", 1)
    role = data("case", str(opened["id"]), env=vo)["lead"]["role"]
    assert role == "zorgcoördinator", "the usual title in secondary school when the user set none"
    regional = data("case", "open", pupil, *common, "--route", "routekaart-po-regio-oost@1", env=vo)
    assert regional["route"]["id"] == "routekaart-po-regio-oost", "another route may be chosen at opening"
    assert data("case", str(regional["id"]), env=vo)["route"]["id"] == "routekaart-po-regio-oost"
    assert_clean_failure(
        ibdesk("case", "open", pupil, *common, "--route", "routekaart-mbo", env=vo),
        "Routekaart 'routekaart-mbo' bestaat niet. Bekend: ",
    )
    assert_clean_failure(
        ibdesk("case", "open", pupil, *common, "--route", "routekaart-vo@9", env=vo), "heeft geen versie 9"
    )
    policy.write_text("school_type: po\nschool_region: SWV Regio Oost (fictief)\n", encoding="utf-8")
    assert data("case", "open", pupil, *common, env=vo)["route"]["id"] == "routekaart-po-regio-oost"
    policy.write_text("school_type: mbo\n", encoding="utf-8")
    assert_clean_failure(ibdesk("case", "open", pupil, *common, env=vo), "Kies po, vo of so")


def test_old_report_form_still_works_and_usage_is_clear(home):
    ok("init")
    assert_clean_failure(ibdesk("case", "7"), "Casus 7 bestaat niet.")
    usage = ibdesk("case", "sluiten")
    assert usage.returncode == 2 and "onbekend: 'case sluiten'" in usage.stderr and "case open LEERLING" in usage.stderr
    assert ibdesk("case", "status", "1").returncode == 2
