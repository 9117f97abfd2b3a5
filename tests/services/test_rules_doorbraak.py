"""The doorbraak path: a thuiszitter, or a case marked urgent (safety, crisis), reaches the
Sociaal Team with what is known; the steps not yet taken are listed with the reason
(issue 12, point 6).

Sources: doorbraakaanpak (Rijnmond, seed 001: access to jeugdhulp does not wait for school
bureaucracy); Thuiszitterspact (no child more than three months at home); AVG art. 6 (a
legal basis for sharing is still required).
"""

from datetime import date

import pytest
from support.rules_profile import add_pupil, add_team, open_case, school_services

from ibdesk.domain.consent import Basis
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.route import RouteView, StepInfo, StepProgress, StepView, readiness
from ibdesk.services.export_documents import export_case

TODAY = date(2026, 11, 23)
STEP = StepView(StepInfo("arrangement_opp", "Arrangement en OPP", True, 42), StepProgress("arrangement_opp"))
ROUTE = RouteView((STEP,), STEP, None)
TEAM = Organisation(OrgKind.SOCIAAL_TEAM, "Sociaal Team Renkum (fictief)", "Renkum", id=1)
NO_BASIS = "Geen geldige grondslag (toestemming) om gegevens te delen met Sociaal Team Renkum (fictief)."

CASES = [
    # (source, doorbraak reason, sharing problem, team, ready, first 'not done' line)
    (
        "issue 12 point 6: a thuiszitter with steps 1-5 open may be aangemeld (seed 001 doorbraakaanpak)",
        "thuiszitter",
        None,
        TEAM,
        True,
        "Stap 'Arrangement en OPP': nog niet doorlopen — reden: thuiszitter",
    ),
    (
        "a case marked spoed (crisis) may be aangemeld (seed 001 doorbraakaanpak)",
        "spoed: crisis",
        None,
        TEAM,
        True,
        "Stap 'Arrangement en OPP': nog niet doorlopen — reden: spoed: crisis",
    ),
    ("without doorbraak the open required step blocks (routekaart, seed 000)", None, None, TEAM, False, None),
    (
        "doorbraak still needs a legal basis to share (AVG art. 6)",
        "thuiszitter",
        NO_BASIS,
        TEAM,
        False,
        "Stap 'Arrangement en OPP': nog niet doorlopen — reden: thuiszitter",
    ),
    (
        "doorbraak still needs a known Sociaal Team (Jeugdwet: woonplaats)",
        "thuiszitter",
        None,
        None,
        False,
        "Stap 'Arrangement en OPP': nog niet doorlopen — reden: thuiszitter",
    ),
]


@pytest.mark.parametrize("source, reason, problem, team, ready, first", CASES, ids=[c[0][:60] for c in CASES])
def test_readiness_on_the_doorbraak_path(source, reason, problem, team, ready, first):
    result = readiness(ROUTE, None, False, problem, team, reason)
    assert result.ready is ready, source
    if reason:
        assert result.not_done[0] == first, source
        assert all("Stap '" not in line for line in result.missing), source
    else:
        assert any("Arrangement en OPP" in line for line in result.missing), source


def _thuiszitter_case(store):
    services = school_services(store, TODAY)
    team = add_team(services)
    pupil = add_pupil(services, date(2015, 4, 2), "groep 8")
    case = open_case(services, pupil, date(2026, 9, 1))
    services.absence.register(pupil.id, date(2026, 9, 1), None, 250, authorised=False, reason="schoolweigering")
    parents = frozenset(f"guardian:{g.id}" for g in pupil.guardians)
    services.consent.record(
        case.id,
        Basis(
            "consent",
            team.id,
            "aanmelding_sociaal_team",
            frozenset({"identification", "support_history", "school_results"}),
            date(2026, 11, 2),
            parents,
            method="getekend_papier",
        ),
    )
    return services, case


def test_a_thuiszitter_is_exported_with_what_is_known(store, tmp_path):
    """issue 12 point 6 on a new profile: export is allowed; the dossier lists what is not done."""
    services, case = _thuiszitter_case(store)
    ov = services.guidance.overview(case.id)
    assert ov.readiness.ready and ov.readiness.doorbraak == "thuiszitter"
    result = export_case(services, case.id, tmp_path / "dossier.pdf")
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(result.path)).pages)
    assert "doorbraakroute (thuiszitter)" in " ".join(text.split())
    assert "nog niet doorlopen — reden: thuiszitter" in " ".join(text.split())


def test_spoed_mark_and_clear(store):
    services = school_services(store, TODAY)
    add_team(services)
    pupil = add_pupil(services, date(2018, 1, 10), "groep 5")
    case = open_case(services, pupil, date(2026, 11, 1))
    assert services.guidance.overview(case.id).readiness.doorbraak is None
    services.doorbraak.mark_urgent(case.id, "veiligheid", "zorgen over de thuissituatie (fictief)")
    readiness = services.guidance.overview(case.id).readiness
    assert readiness.doorbraak == "spoed: veiligheid van het kind"
    assert readiness.missing == [NO_BASIS]
    assert services.doorbraak.clear_urgent(case.id)
    assert services.guidance.overview(case.id).readiness.doorbraak is None
    flags = services.inzage.collect(pupil.id)["case_flags"]  # parents see it in their inzage
    assert [(f["reason"], f["cleared_on"]) for f in flags] == [("veiligheid", TODAY.isoformat())]
