"""A routekaart step that did not apply, on English screens (issue 16.8): the case timeline and
the MDO preparation say "not applicable — <the reason the IB'er typed>", never "afgerond", and no
Dutch beyond that stored reason; the dossier keeps the Dutch wording (a document). From an empty
profile with English chosen in Instellingen; the step is set through the case page as its
"Niet van toepassing" button does."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from support.new_school import open_first_case
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.domain.route import StepState

SHOTS = Path("/tmp/uilang-nvt")
REASON = "Al onderzocht door de schoolarts (fictief)"  # typed by the IB'er: stored data


def skip_a_step(window):
    services = window.context.services
    school = open_first_case(services.store)
    window.open_case(school.case_id)
    route = services.guidance.overview(school.case_id).route
    step = next(s for s in route.steps if s.allow_not_applicable)  # the routekaart allows skipping it
    assert window.case_page.set_step_state(step.id, StepState.NOT_APPLICABLE, REASON) is None
    return school, step


def test_a_skipped_step_on_the_english_timeline_and_mdo_preparation(qtbot, english, start):
    window = start()
    window.show()
    school, step = skip_a_step(window)
    QApplication.processEvents()
    timeline = visible_texts(window.case_page)
    shown = f"not applicable — {REASON}"
    assert any(shown in text for text in timeline), sorted(timeline)
    assert not [t for t in timeline if "niet van toepassing" in t]
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(300)  # the route cards lay out once the shown window has settled
    window.grab().save(str(SHOTS / "timeline-nvt-en.png"))

    services = window.context.services
    meeting = services.meetings.plan(
        date.today() + timedelta(days=3), "MDO bovenbouw (fictief)", [], [(school.case_id, "Welke hulp? (fictief)")]
    )
    tried = services.meetings.preparation(meeting, school.case_id).tried
    assert f"{step.title}: {shown}" in tried
    assert dutch_left(tried, allowed=[step.title, REASON]) == [], tried


def test_a_skipped_step_stays_dutch_by_default(qtbot, catalog_dir, start):
    window = start()
    window.show()
    skip_a_step(window)
    QApplication.processEvents()
    timeline = visible_texts(window.case_page)
    assert any(f"niet van toepassing — {REASON}" in text for text in timeline), sorted(timeline)
