"""A legal basis belongs to one kind of recipient, its purposes and its categories of data; it
never overrides a refusal outside its own row (issue 12, points 2 and 10).

Each row names its source; the table itself is `ibdesk.domain.legal_bases.LEGAL_BASES`.
"""

from datetime import date

import pytest

from ibdesk.domain.consent import Basis, decide
from ibdesk.domain.legal_bases import LEGAL_BASES, legal_task_covers, legal_task_problem

DAY = date(2026, 6, 1)
PARENTS = frozenset({"guardian:1"})
REFUSED = dict(decision="geweigerd")


def task(task_id, recipient, purpose, categories):
    return Basis("legal_task", recipient, purpose, frozenset(categories), date(2026, 1, 1), task=task_id)


def refusal(recipient, purpose, categories):
    return Basis("consent", recipient, purpose, frozenset(categories), date(2026, 2, 1), PARENTS, id=9, **REFUSED)


CASES = [
    # (source, basis recorded, recipient kind, purpose, category, allowed)
    (
        "issue 12 point 2: OKR duty after a refusal does not open health data to the Sociaal Team "
        "(WPO art. 42: receiving school only)",
        task("okr", 5, "aanmelding_sociaal_team", ["health", "opp"]),
        "sociaal_team",
        "aanmelding_sociaal_team",
        "health",
        False,
    ),
    (
        "OKR to the receiving school, school results (WPO art. 42)",
        task("okr", 5, "overdracht", ["school_results"]),
        "school",
        "overdracht",
        "school_results",
        True,
    ),
    (
        "OKR to the receiving school never covers health (WPO art. 42: onderwijskundige gegevens)",
        task("okr", 5, "overdracht", ["health"]),
        "school",
        "overdracht",
        "health",
        False,
    ),
    (
        "TLV request to the SWV (WPO art. 18a)",
        task("tlv_swv", 5, "tlv_swv", ["opp"]),
        "swv_loket",
        "tlv_swv",
        "opp",
        True,
    ),
    (
        "arrangement request to the SWV (WPO art. 18a)",
        task("tlv_swv", 5, "arrangement_swv", ["support_history"]),
        "swv_consultant",
        "arrangement_swv",
        "support_history",
        True,
    ),
    (
        "TLV duty does not cover the Sociaal Team (WPO art. 18a)",
        task("tlv_swv", 5, "aanmelding_sociaal_team", ["opp"]),
        "sociaal_team",
        "aanmelding_sociaal_team",
        "opp",
        False,
    ),
    (
        "verzuimmelding to leerplicht (Leerplichtwet art. 21a)",
        task("verzuimmelding", 5, "verzuimmelding", ["school_results"]),
        "leerplicht",
        "verzuimmelding",
        "school_results",
        True,
    ),
    (
        "verzuimmelding does not carry health data (Leerplichtwet art. 21a)",
        task("verzuimmelding", 5, "verzuimmelding", ["health"]),
        "leerplicht",
        "verzuimmelding",
        "health",
        False,
    ),
    (
        "meldcode melding to Veilig Thuis (Wet verplichte meldcode; Wmo 2015 art. 5.2.6)",
        task("meldcode", 5, "melding_veilig_thuis", ["home_situation"]),
        "veilig_thuis",
        "melding_veilig_thuis",
        "home_situation",
        True,
    ),
    (
        "meldcode never covers the Sociaal Team (Wmo 2015 art. 5.2.6: Veilig Thuis only)",
        task("meldcode", 5, "aanmelding_sociaal_team", ["home_situation"]),
        "sociaal_team",
        "aanmelding_sociaal_team",
        "home_situation",
        False,
    ),
    (
        "GI on its own legal request (Jeugdwet art. 7.3.11)",
        task("verzoek_gi", 5, "wettelijk_verzoek", ["youth_care"]),
        "gecertificeerde_instelling",
        "wettelijk_verzoek",
        "youth_care",
        True,
    ),
    (
        "Raad voor de Kinderbescherming on its own request (BW art. 1:240)",
        task("verzoek_raad", 5, "wettelijk_verzoek", ["home_situation"]),
        "raad_kinderbescherming",
        "wettelijk_verzoek",
        "home_situation",
        True,
    ),
    (
        "an unnamed 'other' legal task is not a basis ibdesk can test (issue 12 point 10)",
        task("anders", 5, "overdracht", ["opp"]),
        "school",
        "overdracht",
        "opp",
        False,
    ),
]


@pytest.mark.parametrize("source, basis, kind, purpose, category, allowed", CASES, ids=[c[0][:60] for c in CASES])
def test_a_legal_task_only_covers_its_own_row(source, basis, kind, purpose, category, allowed):
    bases = [basis, refusal(basis.recipient_id, purpose, [category])]
    decision = decide(bases, basis.recipient_id, purpose, category, DAY, PARENTS, kind)
    assert decision.allowed is allowed, source


def test_every_row_names_its_source():
    for rule in LEGAL_BASES.values():
        assert rule.source and any(word in rule.source for word in ("art.", "Wet")), rule.task


PROBLEMS = [
    # (source, task, recipient kind, purpose, categories, fields with a message)
    (
        "issue 12 point 2: OKR recorded for the Sociaal Team is refused on save (WPO art. 42)",
        "okr",
        "sociaal_team",
        "aanmelding_sociaal_team",
        {"health"},
        {"ontvanger", "doel_soort", "categorieen"},
    ),
    (
        "issue 12 point 10: 'Andere wettelijke taak' is no longer offered (no row, no basis)",
        "anders",
        "school",
        "overdracht",
        {"opp"},
        {"wettelijke_taak"},
    ),
    (
        "OKR to a school for overdracht with school data is fine (WPO art. 42)",
        "okr",
        "school",
        "overdracht",
        {"opp", "school_results"},
        set(),
    ),
]


@pytest.mark.parametrize(
    "source, task_id, kind, purpose, categories, fields", PROBLEMS, ids=[c[0][:60] for c in PROBLEMS]
)
def test_recording_a_task_outside_its_row_is_refused(source, task_id, kind, purpose, categories, fields):
    assert set(legal_task_problem(task_id, kind, purpose, frozenset(categories))) == fields, source


def test_unknown_recipient_kind_is_never_covered():
    assert not legal_task_covers("okr", None, "overdracht", "opp")
