"""'Wie is aan zet': the rules a route chooses, each with its source and region; verzorging during
lessons is the municipality's; the woonplaatsbeginsel and municipality matching (issue 12,
points 5, 13 and 14).

Sources: gemeente Renkum, letter to the council 'Samenwerking scholen onderwijs/jeugdhulp',
7 May 2025 (seed 000); Jeugdwet art. 1.1 (woonplaats, since 2022).
"""

import pytest

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.responsibility import NO_RULES, RENKUM, Party, responsibility
from ibdesk.domain.route import WOONPLAATS_RULE, same_municipality, social_teams
from ibdesk.services.forms import load_forms

ALL = {
    "ook_buiten_school": True,
    "onderwijsdoel": True,
    "onderliggend_probleem": True,
    "verzorging_lestijd": False,
    "behandeling_schoolsetting": False,
    "vrijstelling": False,
}

CASES = [
    # (source, answers, party, jeugdhulp in school hours)
    (
        "issue 12 point 5: personal care during lessons, no underlying problem ticked -> gemeente aan zet "
        "(seed 000: 'verzorging nodig tijdens de lestijd')",
        {"onderliggend_probleem": False, "onderwijsdoel": False, "verzorging_lestijd": True},
        Party.MUNICIPALITY,
        True,
    ),
    (
        "care during lessons and a classroom question, no underlying problem -> both (seed 000)",
        {"onderliggend_probleem": False, "verzorging_lestijd": True},
        Party.BOTH,
        True,
    ),
    (
        "only at school -> school (seed 000: condition 'niet alleen op school')",
        {"ook_buiten_school": False},
        Party.SCHOOL,
        False,
    ),
    ("underlying problem and classroom -> both (seed 000: ADHD example)", {}, Party.BOTH, False),
    (
        "no underlying problem, no care -> school (seed 000: onderwijsdoel)",
        {"onderliggend_probleem": False},
        Party.SCHOOL,
        False,
    ),
    (
        "treatment needs the school setting, with an underlying problem -> gemeente in school hours (seed 000)",
        {"behandeling_schoolsetting": True},
        Party.BOTH,
        True,
    ),
]


@pytest.mark.parametrize("source, changes, party, in_hours", CASES, ids=[c[0][:60] for c in CASES])
def test_renkum_position(source, changes, party, in_hours):
    outcome = responsibility({**ALL, **changes}, "renkum-2025")
    assert outcome.party is party, source
    assert outcome.youth_care_in_school_hours is in_hours, source


def test_every_reason_names_its_source_and_no_numbered_afspraken():
    """issue 12 point 13: the letter states positions, not 'afspraken 1-5'."""
    outcome = responsibility({**ALL, "vrijstelling": True}, "renkum-2025")
    assert all(r.startswith(RENKUM.source) or r.startswith("Knelpunt uit de Renkumse") for r in outcome.reasons)
    assert not any("Afspraak" in r for r in outcome.reasons)


def test_a_route_without_rules_points_at_no_party():
    """issue 12 point 13: other regions choose their rules in their route definition."""
    outcome = responsibility(ALL, None)
    assert outcome.party is Party.UNKNOWN and outcome.reasons == [NO_RULES] and outcome.missing == []


def test_every_shipped_route_chooses_known_rules():
    routes = load_forms().routes()
    assert {r.id for r in routes} >= {"routekaart-po", "routekaart-vo", "routekaart-po-regio-oost"}
    for route in routes:
        assert route.responsibility_rules == "renkum-2025", route.id


MUNICIPALITIES = [
    # (source, residence, school, crosses border)
    ("issue 12 point 14: 'renkum' and 'Renkum' are the same municipality", "renkum", "Renkum", False),
    ("extra spaces do not matter", " Renkum ", "Renkum", False),
    ("Arnhem and Renkum differ: grensverkeer (domain.md §9)", "Arnhem", "Renkum", True),
]


@pytest.mark.parametrize("source, residence, school, crosses", MUNICIPALITIES, ids=[m[0][:60] for m in MUNICIPALITIES])
def test_municipality_names_match_case_insensitively(source, residence, school, crosses):
    team = Organisation(OrgKind.SOCIAAL_TEAM, "Sociaal Team Renkum (fictief)", "Renkum", id=1)
    teams = social_teams([team], residence, school)
    assert teams.crosses_border is crosses, source
    assert (teams.residence is team) is same_municipality(residence, "Renkum"), source


def test_woonplaatsbeginsel_names_brp_and_the_address_before_a_stay():
    """issue 12 point 14: Jeugdwet since 2022 — BRP registration; pleegzorg/verblijf: BRP before the stay."""
    assert "BRP" in WOONPLAATS_RULE and "vóór het verblijf" in WOONPLAATS_RULE and "2022" in WOONPLAATS_RULE
    help_text = load_forms().latest("opp").field("jh_gemeente").help
    assert "BRP" in help_text and "vóór het verblijf" in help_text
