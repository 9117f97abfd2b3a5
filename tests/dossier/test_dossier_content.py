"""The sharing plan: what a recipient may receive, decided per category on the day of export."""

from __future__ import annotations

import pytest

from ibdesk.dossier import categories as cat
from ibdesk.errors import UserError
from ibdesk.services import dossier_sources as sources
from ibdesk.services.export_plan import refuse_without_basis

from .helpers import EXPIRED_CASE, READY_CASE, VERBAL_CASE, WITHDRAWN_CASE


def plan(services, case_id, purpose="aanmelding_sociaal_team"):
    team = services.guidance.overview(case_id, log_view=False).teams.residence
    return sources.plan_for(services, case_id, [team], purpose)


def test_categories_outside_the_consent_list_map_in_one_place():
    assert cat.sharing_category("meeting") == "support_history"
    assert cat.sharing_category("handover") == "support_history"
    assert cat.sharing_category("absence") == "school_results"
    assert cat.sharing_category("consent") is None  # metadata: always included
    assert cat.field_category("opp", "opp", "jeugdhulp", "jh_doelen") == "youth_care"
    assert cat.field_category("opp", "opp", "beeld", "onderzoeksgegevens") == "health"
    assert cat.field_category("opp", "opp", "beeld", "onderwijsbehoeften") == "opp"


def test_ready_case_shares_everything_but_health(services):
    p = plan(services, READY_CASE)
    assert p.allows("identification") and p.allows("opp") and p.allows("youth_care")
    assert not p.allows("health")
    assert p.decisions["health"].reason == "toestemming ontbreekt"
    assert "Toestemming van" in p.basis_text("opp")


def test_withheld_pieces_are_listed_by_category_and_count(services):
    """Issue 11.7: a document names the category and how many parts, never the titles."""
    p = plan(services, READY_CASE)
    assert p.piece("Iets over de gezondheid", "health", "inhoud").text.startswith("niet gedeeld — geen grondslag")
    p.piece("Nog iets over de gezondheid", "health", "inhoud")
    assert [e.title for e in p.excluded] == ["Iets over de gezondheid", "Nog iets over de gezondheid"]
    assert p.withheld() == ["Iets over de gezondheid (Gezondheid)", "Nog iets over de gezondheid (Gezondheid)"]
    [group] = p.withheld_summary()
    assert (group.category, group.parts) == ("Gezondheid", "2 onderdelen")


@pytest.mark.parametrize("case_id", [WITHDRAWN_CASE, EXPIRED_CASE])
def test_withdrawn_or_expired_consent_shares_nothing(services, case_id):
    p = plan(services, case_id)
    assert not any(p.allows(c) for c in cat.CATEGORIES)
    with pytest.raises(UserError, match="geen geldige grondslag voor identificerende gegevens"):
        refuse_without_basis(p)


def test_verbal_consent_is_named_as_such(services):
    p = plan(services, VERBAL_CASE)
    assert p.allows("identification")
    assert p.basis_text("identification").startswith("Toestemming van ") and "mondeling" in p.basis_text(
        "identification"
    )


def test_other_purpose_has_no_basis(services):
    with pytest.raises(UserError, match="Er mag niets worden gedeeld"):
        refuse_without_basis(plan(services, READY_CASE, purpose="tlv_swv"))


def test_sharing_log_entry_names_no_one(services):
    p = plan(services, READY_CASE)
    p.take("x", "opp")
    shared = p.shared()
    assert set(shared) == {"opp"} and "toestemming van" in shared["opp"] and "grondslag" in shared["opp"]
    pupil = services.guidance.overview(READY_CASE, log_view=False).pupil
    assert not any(g.name in shared["opp"] for g in pupil.guardians)
