"""Issue 11.5 in MDO planning, from a new profile: a case on the agenda about which nothing may
be shared with the organisations taking part gets a visible warning (the agenda would say
'geen grondslag'), with a button that opens the case's consent form for the MDO and that
organisation; once the consent is recorded and signed, the warning is gone."""

from __future__ import annotations

from datetime import date

import pytest

from ibdesk.domain.model import Organisation, OrgKind
from tests.dossier.test_mdo_recipients import record_mdo_consent
from tests.support.rules_profile import add_pupil, add_team, open_case, school_services

TODAY = date(2026, 11, 23)
PEOPLE = "Marieke de Wit (fictief) — intern begeleider\nAnouk Smeets (fictief) — orthopedagoog SWV"


@pytest.fixture
def school(store):
    services = school_services(store, TODAY)
    add_team(services)
    swv = services.records.save_organisation(Organisation(OrgKind.SWV_LOKET, "SWV Loket (fictief)", "Renkum"))
    pupil = add_pupil(services, date(2016, 4, 2), "groep 6")
    case = open_case(services, pupil, date(2026, 9, 1))
    return services, pupil, case, swv


@pytest.fixture
def window(qtbot, school):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    window = MainWindow(Context(school[0]))  # the services (and clock) that made the records above
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def planning(qtbot, window, case_id: int, people: str):
    window.show_page(3)
    page = window.mdo_page
    page.start_plan()
    plan = page.plan_view
    plan.participants.setPlainText(people)
    row = plan.add_case(case_id)
    qtbot.waitUntil(lambda: row.isVisibleTo(plan))  # a row added to a shown layout appears after the event loop
    return page, plan, row


def test_planning_warns_when_nothing_may_be_shared_and_leads_to_the_consent(qtbot, window, school):
    services, pupil, case, swv = school
    page, plan, row = planning(qtbot, window, case.id, PEOPLE)
    assert row.no_basis.isVisibleTo(plan)
    headline, lines = row.no_basis.headline.text(), " ".join(row.no_basis.lines.texts())
    assert "Geen grondslag" in headline and "Floor Verwey (fictief)" in headline
    assert "SWV Loket (fictief)" in lines and "'geen grondslag'" in lines
    banner = row.no_basis
    qtbot.waitUntil(lambda: banner.height() >= banner.layout().totalHeightForWidth(banner.width()))  # not clipped
    plan.form_scroll.ensureWidgetVisible(banner)
    plan.grab().save("/tmp/mdo-plan-geen-grondslag.png")

    row.consent_button.click()
    case_page = window.case_page
    assert window.stack.currentWidget() is case_page and case_page.case_id == case.id
    answers = case_page.host.editor.view.answers()
    assert (answers["doel_soort"], str(answers["ontvanger"])) == ("mdo", str(swv.id))
    case_page.host.grab().save("/tmp/mdo-toestemming-vastleggen.png")
    case_page.close_editor()

    record_mdo_consent(services, pupil, case.id, swv)  # both parents signed (on paper)
    window.show_page(3)
    assert page.stack.currentWidget() is plan and plan.row(case.id) is row  # the plan was kept
    assert not row.no_basis.isVisibleTo(plan)


def test_no_warning_for_a_meeting_of_the_school_with_parents(qtbot, window, school):
    _services, _pupil, case, _swv = school
    _page, plan, row = planning(
        qtbot, window, case.id, "Marieke de Wit (fictief) — intern begeleider\nAnna Verwey (fictief) — moeder"
    )
    assert not row.no_basis.isVisibleTo(plan)


def test_typing_an_outside_participant_brings_the_warning(qtbot, window, school):
    _services, _pupil, case, _swv = school
    _page, plan, row = planning(qtbot, window, case.id, "Marieke de Wit (fictief) — intern begeleider")
    assert not row.no_basis.isVisibleTo(plan)
    plan.participants.setPlainText(PEOPLE)
    qtbot.waitUntil(lambda: row.no_basis.isVisibleTo(plan), timeout=3000)


def test_the_planned_meeting_keeps_the_warning_until_the_consent_is_there(qtbot, window, school):
    services, pupil, case, swv = school
    page, plan, row = planning(qtbot, window, case.id, PEOPLE)
    plan.held_on.setText("30-11-2026")
    plan.name.setText("MDO bovenbouw (fictief)")
    row.question.setText("Is een arrangement nodig? (fictief)")
    assert plan.plan() is not None
    item = next(i for i in page.agenda_items() if i.case_id == case.id)
    assert not item.no_basis.isHidden() and "Geen grondslag" in item.no_basis.headline.text()
    qtbot.waitUntil(
        lambda: (
            item.no_basis.isVisibleTo(page)
            and item.no_basis.height() >= item.no_basis.layout().totalHeightForWidth(item.no_basis.width())
        )
    )
    page.grab().save("/tmp/mdo-overleg-geen-grondslag.png")
    item.no_basis.consent_button.click()
    assert window.case_page.host.editor.view.answers()["doel_soort"] == "mdo"
    window.case_page.close_editor()
    record_mdo_consent(services, pupil, case.id, swv)
    window.show_page(3)
    item = next(i for i in page.agenda_items() if i.case_id == case.id)
    assert item.no_basis.isHidden()


def test_the_preparation_counts_a_skipped_step_as_skipped_and_dates_steps_by_their_evidence(qtbot, window, school):
    """Issue 11.1-2 on the MDO preparation screen: 'niet van toepassing' (with its reason) is never
    'afgerond', and a step's dates are those of its evidence, not the day it was clicked."""
    from ibdesk.domain.route import StepState
    from ibdesk.services.demo_samples import people_for, sample_answers

    services, pupil, case, _swv = school
    route = services.guidance.overview(case.id).route
    first, skippable = route.steps[0], next(s for s in route.steps if s.allow_not_applicable and s.required)
    with services.store.session() as s:
        people = people_for(
            s,
            {
                "staff": "Marieke de Wit (fictief)",
                "guardian": str(pupil.guardians[0].id),
                "contact": "1",
                "organisation": "1",
            },
        )
    answers = sample_answers(first, date(2026, 9, 1), people)
    answers.update({first.period.start_fields[0]: "2026-09-14", first.period.end_fields[0]: "2026-10-02"})
    services.forms.save(pupil.id, route.id, route.version, answers, case_id=case.id, step_id=first.id)
    services.guidance.set_step(case.id, first.id, StepState.DONE, on=date(2026, 11, 20))
    services.guidance.set_step(
        case.id,
        skippable.id,
        StepState.NOT_APPLICABLE,
        reason="Geen arrangement nodig (fictief).",
        on=date(2026, 11, 20),
    )
    meeting = services.meetings.plan("2026-11-30", "MDO (fictief)", [], [(case.id, "Hoe verder? (fictief)")])
    window.show_page(3)
    page = window.mdo_page
    page.show_preparation(meeting, case.id)
    prep = page.prep_view
    assert prep.values["route"].text().startswith(f"1 van {len(route.steps)} stappen afgerond, 1 niet van toepassing")
    assert prep.tried.texts() == [
        f"{first.title} (afgerond, 14-09 – 02-10-2026 (3 schoolweken))",
        f"{skippable.title}: niet van toepassing — Geen arrangement nodig (fictief).",
    ]
