"""The consent table's status column in English (issue 16.8): the text follows the language, and
the colour follows the basis itself, not the Dutch word "geldig" (AVG art. 7 lid 3: a withdrawn
consent no longer counts, and the table must show that in either language)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from support.new_school import open_first_case
from support.ui_language import catalog_dir, english, start  # noqa: F401

from ibdesk.domain.consent import Basis


def consent(team_id: int, guardian_id: int, given_on: date) -> Basis:
    return Basis(
        "consent",
        team_id,
        "aanmelding_sociaal_team",
        frozenset({"opp"}),
        given_on,
        frozenset({f"guardian:{guardian_id}"}),
        method="mondeling",
        heard_by="IB'er",
    )


def test_a_valid_consent_reads_valid_and_a_withdrawn_one_is_marked_in_english(english, start):
    window = start()
    services = window.context.services
    school = open_first_case(services.store)
    today = services.consent.today()
    withdrawn = services.consent.record(school.case_id, consent(school.team_id, school.guardian_ids[0], today))
    services.consent.withdraw(withdrawn, today, f"guardian:{school.guardian_ids[0]}")
    services.consent.record(school.case_id, consent(school.team_id, school.guardian_ids[1], today))

    window.open_case(school.case_id)
    table = window.case_page.consent.table
    status = [table.item(row, table.columnCount() - 1) for row in range(table.rowCount())]
    texts = [item.text() for item in status]
    assert texts[0] == "valid (no end date)", texts  # newest first
    assert texts[1].startswith("withdrawn on "), texts
    assert status[0].foreground().color() != Qt.GlobalColor.darkRed
    assert status[1].foreground().color() == Qt.GlobalColor.darkRed
