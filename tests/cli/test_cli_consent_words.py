"""`ibdesk consent CASE` in text: dates and consent methods read as on screen and in the PDF
(ibdesk.text); the JSON keeps ISO dates for machines."""

from __future__ import annotations

from ibdesk.cli.privacy import consent_text


def _data(**basis) -> dict:
    b = {
        "kind": "consent",
        "task": None,
        "decision": "gegeven",
        "given_by": ["Anna Wolters (fictief)"],
        "given_on": "2026-11-25",
        "valid_until": "2027-07-31",
        "withdrawn_on": None,
        "withdrawn_by": None,
        "method": "mondeling",
        "heard_by": "de mentor",
        "recipient": "Sociaal Team (fictief)",
        "purpose": "aanmelding_sociaal_team",
        "categories": [],
    } | basis
    return {
        "case": 1,
        "pupil": "Sem Verhoef (fictief)",
        "who_must_consent": [],
        "bases": [b],
        "current_decisions": [],
        "sociaal_team": None,
    }


def test_the_text_shows_dutch_dates_and_the_one_method_wording():
    text = consent_text(_data())
    assert "— 25-11-2026, mondeling in een overleg, gehoord door de mentor — aan" in text
    assert "(geldig tot 31-07-2027)" in text and "2026-11-25" not in text


def test_a_withdrawal_and_a_paper_signature():
    text = consent_text(
        _data(method="getekend_papier", heard_by=None, withdrawn_on="2026-12-01", withdrawn_by="Anna Wolters (fictief)")
    )
    assert "25-11-2026, getekend op papier" in text
    assert "ingetrokken op 01-12-2026 door Anna Wolters (fictief)" in text
