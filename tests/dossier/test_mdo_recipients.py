"""Issue 11.5: an MDO export is logged with its real recipients, the organisations of the
meeting's participants (from the stored meeting), and the parents' inzage names them by
organisation and role, never as 'ouders (inzage)' or as a meeting of the school with parents.
From a new profile, through the services; `ibdesk mdo` the same."""

from __future__ import annotations

from datetime import date

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.signatures import PAPER, Signature
from ibdesk.services.consent_forms import ConsentForms
from ibdesk.services.export_documents import export_inzage, export_meeting
from tests.support.rules_profile import add_pupil, add_team, open_case, school_services

from .helpers import full_text

TODAY = date(2026, 11, 23)
PARTICIPANTS = [
    {"naam": "Marieke de Wit (fictief)", "rol": "intern begeleider"},
    {"naam": "Anouk Smeets (fictief)", "rol": "orthopedagoog SWV"},
    {"naam": "Jeroen Bakker (fictief)", "rol": "jeugdconsulent"},
    {"naam": "Anna Verwey (fictief)", "rol": "ouder"},
]


def mdo_case(store):
    services = school_services(store, TODAY)
    team = add_team(services)
    swv = services.records.save_organisation(Organisation(OrgKind.SWV_LOKET, "SWV Loket (fictief)", "Renkum"))
    pupil = add_pupil(services, date(2016, 4, 2), "groep 6")
    case = open_case(services, pupil, date(2026, 9, 1))
    return services, pupil, case, team, swv


def record_mdo_consent(services, pupil, case_id: int, org) -> int:
    """The consent form for purpose 'mdo' and this organisation, each parent signing on paper."""
    facade = ConsentForms(services.forms, services.consent, case_id)
    answers = {
        "grondslag": "toestemming",
        "ontvanger": str(org.id),
        "doel_soort": "mdo",
        "doel": "Bespreking in het MDO (fictief)",
        "categorieen": ["identification", "support_history"],
        "beslissing": "gegeven",
        "gegeven_door": "ouders",
        "ouder": str(pupil.guardians[0].id),
        "tweede_ouder": str(pupil.guardians[1].id),
        "datum": "2026-11-20",
        "wijze": PAPER,
        "geldig_tot": "2027-07-31",
    }
    facade.save(pupil.id, "toestemming", services.catalog.latest("toestemming").version, answers, case_id=case_id)
    for signer in services.signatures.required(case_id, "consent"):
        services.signatures.record_paper(
            case_id,
            Signature("consent", facade.basis_id, signer.key, signer.name, signer.role, TODAY, PAPER),
            b"%PDF-1.4 scan",
            "scan.pdf",
        )
    return facade.basis_id


def plan_meeting(services, case_id: int) -> int:
    return services.meetings.plan(
        "2026-11-20", "MDO bovenbouw (fictief)", PARTICIPANTS, [(case_id, "Wat is er nodig? (fictief)")], "kamer IB"
    )


def test_mdo_export_logs_each_organisation_with_its_roles_and_the_inzage_names_them(store, tmp_path):
    services, pupil, case, team, swv = mdo_case(store)
    for org in (team, swv):
        record_mdo_consent(services, pupil, case.id, org)
    meeting = plan_meeting(services, case.id)
    export_meeting(services, meeting, tmp_path / "mdo.pdf")
    log = [r for r in services.consent.sharing_log(pupil.id) if r["document"] == "mdo-voorbereiding"]
    assert sorted(r["recipient_id"] for r in log) == sorted([team.id, swv.id])
    assert {r["recipient_id"]: r["shared"]["_rollen"] for r in log} == {
        swv.id: "orthopedagoog SWV",
        team.id: "jeugdconsulent",
    }
    assert all("identification" in r["shared"] for r in log)
    inzage, _ = export_inzage(services, pupil.id, tmp_path / "inzage.pdf")
    text = full_text(inzage.path)
    assert "SWV Loket (fictief) (loket samenwerkingsverband), als orthopedagoog SWV" in text
    assert "Sociaal Team Renkum (fictief) (sociaal team), als jeugdconsulent" in text
    assert "deelnemers aan een overleg van de school met ouders" not in text
    assert "_rollen" not in text
    # the meeting itself: when, which, the question, and the roles present (no names of professionals)
    assert (
        "20-11-2026 MDO bovenbouw (fictief) Wat is er nodig? (fictief) intern begeleider, orthopedagoog SWV, "
        "jeugdconsulent, ouder" in text
    )
    assert "Anouk Smeets" not in text
    data = services.inzage.collect(pupil.id)
    assert [(g["held_on"], g["title"], g["roles"]) for g in data["meetings"]] == [
        ("2026-11-20", "MDO bovenbouw (fictief)", ["intern begeleider", "orthopedagoog SWV", "jeugdconsulent", "ouder"])
    ]


def test_a_meeting_of_the_school_with_parents_only_has_no_outside_recipient(store, tmp_path):
    services, pupil, case, _team, _swv = mdo_case(store)
    meeting = services.meetings.plan(
        "2026-11-20",
        "Gesprek met ouders (fictief)",
        PARTICIPANTS[:1] + PARTICIPANTS[3:],
        [(case.id, "Hoe gaat het thuis? (fictief)")],
    )
    export_meeting(services, meeting, tmp_path / "mdo.pdf")
    log = [r for r in services.consent.sharing_log(pupil.id) if r["document"] == "mdo-voorbereiding"]
    assert [r["recipient_id"] for r in log] == [None]
    text = full_text(export_inzage(services, pupil.id, tmp_path / "inzage.pdf")[0].path)
    assert "deelnemers aan een overleg van de school met ouders" in text


def test_ibdesk_mdo_logs_the_same_recipients(store, home, tmp_path, capsys):
    from ibdesk import cli

    services, pupil, case, team, swv = mdo_case(store)
    for org in (team, swv):
        record_mdo_consent(services, pupil, case.id, org)
    meeting = plan_meeting(services, case.id)
    code = cli.main(["--home", str(home), "mdo", str(meeting), "--out", str(tmp_path / "mdo.pdf")])
    assert code == 0, capsys.readouterr()
    log = [r for r in services.consent.sharing_log(pupil.id) if r["document"] == "mdo-voorbereiding"]
    assert sorted(r["recipient_id"] for r in log) == sorted([team.id, swv.id])
