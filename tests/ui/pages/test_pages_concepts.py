"""On a fresh school's case: 'Wie is aan zet?' shows its outcome above the question whether the
user agrees, and concepts are saved, marked 'Concept' and reopened where the user left off."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from support.new_school import open_first_case

from ibdesk.domain.route import StepState


@pytest.fixture
def page(qtbot, store):
    from ibdesk.services.container import Services
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.pages.case_page import CasePage

    school = open_first_case(store)
    widget = CasePage(Context(Services.build(store)))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    assert widget.open_case(school.case_id)
    return widget


def test_wie_is_aan_zet_shows_the_outcome_before_asking_agreement(page, qtbot):
    editor = page.open_responsibility_editor()
    preview, agree = editor.outcome, editor.view.row("eens_met_uitkomst")
    box = agree.parentWidget().layout()
    assert box.indexOf(preview) == box.indexOf(agree) - 1  # right above the question
    assert preview.headline.text() == "Uitkomst: nog niet te bepalen. Beantwoord eerst:"
    answers = {
        "ook_buiten_school": True,
        "waar_buiten_school": ["thuis"],
        "onderwijsdoel": True,
        "onderliggend_probleem": True,
        "verzorging_lestijd": False,
        "behandeling_schoolsetting": False,
        "vrijstelling": False,
    }
    editor.view.set_answers(answers)
    assert preview.headline.text().startswith("Uitkomst: de regels wijzen naar Beide")
    assert any(line.startswith("Standpunt gemeente Renkum") for line in preview.lines.texts())
    editor.view.set_answers({"ook_buiten_school": False})
    assert "School / samenwerkingsverband" in preview.headline.text()
    qtbot.mouseClick(editor.concept_button, Qt.MouseButton.LeftButton)  # required date still empty: fine
    panel = page.responsibility
    assert panel.concept.text().startswith("Concept van") and panel.edit_button.text() == "Concept afmaken"
    assert page.overview.responsibility is None  # a concept is not an answer
    again = page.open_responsibility_editor()
    assert again.view.answers()["ook_buiten_school"] is False and again.concept_note.text()


def test_step_evidence_as_concept_is_marked_on_the_timeline(page, qtbot):
    step = page.overview.route.steps[0]
    page.timeline.card(step.id).evidence_button.click()
    editor = page.host.editor
    editor.view.set_answers(
        {"sig_datum_signaal": (date.today() - timedelta(days=3)).isoformat(), "sig_datum_gesprek_ouders": "13-13-2026"}
    )
    assert editor.save_concept() is None  # a wrong date: not even a concept
    assert "Niet als concept opgeslagen: 1 waarde past niet bij het veld" in editor.status.text()
    editor.view.set_answers({"sig_datum_signaal": (date.today() - timedelta(days=3)).isoformat()})
    assert editor.save_concept() is not None
    card = page.timeline.card(step.id)
    assert card.view.progress.state is StepState.IN_PROGRESS and card.view.missing_evidence
    assert card.concept_note.text().startswith("Concept-bewijs opgeslagen op")
    assert card.evidence_button.text() == "Concept afmaken"
    assert any(b.text() == "Concept" for b in card.findChildren(type(card.state_badge)))
