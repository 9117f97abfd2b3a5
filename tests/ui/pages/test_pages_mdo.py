"""MDO: meetings, planning, the preparation sheet, the outcome form and open action points."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from support.tasks import settle

from ibdesk.domain.model import CaseStatus
from ibdesk.ui.kit.palette import ERROR

from .helpers import texts


def past_meeting(page, services):
    return next(m for m in page.meetings if m.held_on < services.meetings.today())


def test_meetings_are_listed_upcoming_and_past(main_window, services):
    main_window.show_page(3)
    page = main_window.mdo_page
    model = page.meeting_model
    heads = [model.heading(r).split(" (")[0] for r in model.heading_rows()]
    assert heads == ["Gepland", "Geweest"]
    upcoming = next(m for m in page.meetings if m.held_on >= services.meetings.today())
    assert page.current.id == upcoming.id  # the next meeting is shown first
    assert upcoming.title in page.detail_title.text() and "gepland" in page.detail_facts.text()
    assert [item.case_id for item in page.agenda_items()] == [c for c, _, _ in upcoming.agenda]


def test_outcome_creates_action_points_shown_in_the_list(main_window, services):
    from ibdesk.services.demo_samples import sample_answers

    main_window.show_page(3)
    page = main_window.mdo_page
    meeting = past_meeting(page, services)
    page.select_meeting(meeting.id)
    item = page.agenda_items()[-1]
    item.outcome_button.click()
    editor = page.host.editor
    assert page.stack.currentWidget() is page.host
    assert editor.view.answers()["aanleiding"] == meeting.agenda[-1][2]
    today = services.meetings.today()
    answers = sample_answers(
        services.catalog.latest("mdo-verslag"),
        today - timedelta(days=30),
        {"staff": "Marieke de Wit", "guardian": "1", "contact": "1", "organisation": "1"},
    )
    answers.update(
        datum=meeting.held_on.isoformat(),
        afspraken=[
            {
                "wat": "Gesprek met ouders over de thuissituatie (fictief)",
                "wie": "Marieke de Wit",
                "uiterlijk": (today + timedelta(days=5)).isoformat(),
            },
            {
                "wat": "Aanmelding Sociaal Team voorbereiden (fictief)",
                "wie": "Anouk Smeets",
                "uiterlijk": (today - timedelta(days=1)).isoformat(),
            },
        ],
        volgende_evaluatie=(today + timedelta(days=40)).isoformat(),
    )
    editor.view.set_answers(answers)
    assert editor.save() is not None, editor.status.text()
    assert page.stack.currentWidget() is page.main
    model = page.action_points.model
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    assert "Gesprek met ouders over de thuissituatie (fictief)" in rows
    late = rows["Aanmelding Sociaal Team voorbereiden (fictief)"]
    assert model.index(late, 3).data().endswith("(te laat)")
    assert model.index(late, 3).data(Qt.ItemDataRole.ForegroundRole).color().name() == ERROR
    assert model.index(late, 2).data() == "Anouk Smeets"
    reported = next(i for i in page.agenda_items() if i.case_id == item.case_id)
    assert "Uitkomst vastgelegd" in texts(reported)


def test_action_point_can_be_completed(main_window, services):
    main_window.show_page(3)
    page = main_window.mdo_page
    before = services.meetings.action_points()
    page.action_points.select(0)
    page.action_points.done_button.click()
    after = services.meetings.action_points()
    assert len(after) == len(before) - 1 and before[0].id not in {a.id for a in after}
    assert [line.point.id for line in page.action_points.lines()] == [a.id for a in after]


def test_plan_a_meeting_with_cases_and_questions(qtbot, main_window, services):
    main_window.show_page(3)
    page = main_window.mdo_page
    page.plan_button.click()
    plan = page.plan_view
    assert page.stack.currentWidget() is plan
    open_cases = [c for c in services.records.case_rows() if c.status is not CaseStatus.CLOSED]
    assert {c.case_id for c in plan.picker.shown()} == {c.case_id for c in open_cases}  # closed ones never
    first_case, second_case = open_cases[0], open_cases[1]
    qtbot.keyClicks(plan.picker.search, first_case.pupil_name.split()[0])
    assert plan.picker.select(lambda c: c.case_id == first_case.case_id)
    plan.add_button.click()
    first = plan.row(first_case.case_id)
    assert first_case.case_id not in {c.case_id for c in plan.picker.shown()}  # on the agenda once
    assert plan.plan() is None  # no date, name or question yet
    assert plan.fields.boxes["datum"].error.isVisibleTo(plan)
    assert plan.fields.boxes["titel"].error.text() == "Geef het overleg een naam."
    assert first.error.text() == "Vul de vraag voor het overleg in."
    day = services.meetings.today() + timedelta(days=14)
    plan.held_on.setText(day.strftime("%d-%m-%Y"))
    plan.name.setText("MDO groep 6 (fictief)")
    plan.participants.setPlainText("Marieke de Wit — intern begeleider\nAnouk Smeets — orthopedagoog SWV")
    first.question.setText("Is een arrangement nodig?")
    second = plan.add_case(second_case.case_id)
    second.question.setText("Wie is aan zet?")
    meeting_id = plan.plan()
    assert meeting_id is not None
    assert page.stack.currentWidget() is page.main and page.current.id == meeting_id
    meeting = services.meetings.meeting(meeting_id)
    assert meeting.held_on == day
    assert [(c, q) for c, _, q in meeting.agenda] == [
        (first_case.case_id, "Is een arrangement nodig?"),
        (second_case.case_id, "Wie is aan zet?"),
    ]
    assert meeting.participants[1] == {"naam": "Anouk Smeets", "rol": "orthopedagoog SWV"}
    assert "Anouk Smeets (orthopedagoog SWV)" in page.detail_people.text()


def test_a_case_taken_off_the_agenda_can_be_found_again(main_window, services):
    main_window.show_page(3)
    page = main_window.mdo_page
    page.start_plan()
    plan = page.plan_view
    case = plan.picker.shown()[0]
    plan.add_case(case.case_id)
    assert plan.plan() is None and not plan.agenda_error.isVisibleTo(plan)
    plan.row(case.case_id).remove_button.click()
    assert plan.rows == [] and case in plan.picker.shown()
    assert plan.plan() is None and plan.agenda_error.text() == "Zet minstens één casus op de agenda."


def test_preparation_sheet(main_window, services):
    main_window.show_page(3)
    page = main_window.mdo_page
    meeting = past_meeting(page, services)
    page.select_meeting(meeting.id)
    item = page.agenda_items()[0]
    item.prep_button.click()
    prep = page.prep_view
    assert page.stack.currentWidget() is prep
    sheet = services.meetings.preparation(meeting.id, item.case_id)
    assert sheet.question in prep.question.headline.text()
    done = sum(v.progress.state.value == "afgerond" for v in sheet.overview.view.steps)
    assert prep.values["route"].text().startswith(f"{done} van ")
    assert prep.values["ouders"].text() == (sheet.parents_view or prep.values["ouders"].text())
    assert prep.tried.texts() == sheet.tried and sheet.tried
    assert "Marieke de Wit" in prep.values["regie"].text()
    prep.case_button.click()
    assert main_window.current_page() is main_window.case_page and main_window.case_page.case_id == item.case_id
    main_window.case_page.back_button.click()
    assert main_window.current_page() is page


def test_agenda_with_preparation_sheets_as_signed_pdf(main_window, services, monkeypatch, tmp_path, dialogs):
    from ibdesk.dossier.verify import verify_pdf
    from ibdesk.ui.kit import messages

    main_window.show_page(3)
    page = main_window.mdo_page
    target = tmp_path / "gekozen" / "agenda.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(messages, "ask_save_path", lambda parent, title, suggested, filt: target)
    task = page.export_agenda()  # written off the UI thread
    assert not task.settled and not page.pdf_button.isEnabled()
    settle(task)
    assert page.pdf_button.isEnabled()
    assert target.exists() and list(target.parent.iterdir()) == [target]
    assert verify_pdf(target).sound
    assert any(s.title == "Agenda gemaakt" for s in dialogs.shown)
    monkeypatch.setattr(messages, "ask_save_path", lambda *args: None)  # cancelled: nothing written
    assert page.export_agenda() is None
    assert list(target.parent.iterdir()) == [target]
