"""The MDO, thuiszitters and privacy screens in English (issue 16.8), from a new profile: the
screens empty, then with what a user records through them (a meeting planned on the MDO page
with a case on its agenda, its preparation sheet and outcome form, absence registered for a
child out of school, an access request for the pupil); and Dutch when nothing was chosen.

Widgets these modules host but do not own (the case picker, the date input, the MDO form
editor) are translated by their own modules; their
texts are left out here by widget, not by word, so a Dutch text of ours is never let through."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from support.new_school import open_first_case
from support.qt_checks import mnemonic_clashes
from support.tasks import settle
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.domain.retention import KIND_LABELS, PERIODS
from ibdesk.services.absence import EXEMPTION_KINDS
from ibdesk.services.profile import save_user
from ibdesk.ui.elide import combo_is_elided
from ibdesk.ui.forms import DateInput
from ibdesk.ui.page_registry import MDO_ROW, THUISZITTERS_ROW

SHOTS = Path("/tmp/uilang-mdo")
PUPIL = "Lotte Veenstra-Ağaoğlu"  # the pupil open_first_case records (stored data)
GROUP = "groep 8"  # its group, as the school calls it
HELP = "Hoe kan Lotte met vertrouwen de overstap naar het VO maken?"  # its case's help question
PARTICIPANTS = "Marieke de Wit — intern begeleider\nPetra Ooms — jeugdconsulent"
AGENDA_WORDS = "'geen grondslag'"  # what the Dutch agenda PDF says, quoted by the warning
MEETING, QUESTION = "MDO bovenbouw (fictief)", "Welke hulp past bij Lotte? (fictief)"


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def own_texts(screen: QWidget, *foreign: QWidget) -> set[str]:
    """What `screen` shows, without the texts of the hosted widgets another module translates."""
    texts = visible_texts(screen)
    for widget in foreign:
        texts -= visible_texts(widget) - {""}
    return texts


def english_only(texts: set[str], allowed: tuple[str, ...] = ()) -> None:
    assert dutch_left(texts, allowed=allowed) == []


def button(screen: QWidget, text: str) -> QPushButton:
    return next(b for b in screen.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(screen))


def plan_through_the_screen(qtbot, page, case_id: int, when, name: str) -> int:
    """Plan a meeting as a user does: the fields, the case on the agenda with its question."""
    page.plan_button.click()
    plan = page.plan_view
    plan.held_on.setText(when.strftime("%d-%m-%Y"))
    plan.name.setText(name)
    plan.participants.setPlainText(PARTICIPANTS)
    row = plan.add_case(case_id)
    qtbot.waitUntil(lambda: row.isVisibleTo(plan))
    row.question.setText(QUESTION)
    meeting_id = plan.plan()
    assert meeting_id is not None
    return meeting_id


def test_the_mdo_page_in_english_empty_planning_and_with_a_case(qtbot, english, start):
    window = start()
    window.show()
    window.show_page(MDO_ROW)
    page = window.mdo_page
    assert page.header.title.text() == "MDO"
    assert page.header.subtitle.text().startswith("Multidisciplinary meeting: plan it, prepare it")
    empty = own_texts(page.main)
    english_only(empty)
    assert {"Plan a new meeting…", "Agenda and preparation as PDF…", "Meetings", "Open action points"} <= empty
    assert {"No meeting planned yet", "No open action points.", "Date", "Meeting", "Cases"} <= empty
    assert {"Pupil", "Action point", "Who", "By", "Done", "Open case"} <= empty
    assert mnemonic_clashes(page) == []
    shoot(window, "mdo-empty-en.png")

    # planning, with its validation messages before anything is filled in
    page.plan_button.click()
    plan = page.plan_view
    assert plan.plan() is None
    planning = own_texts(plan, plan.picker, plan.held_on)
    english_only(planning)
    assert {"Plan a new meeting", "Find a case", "Put on the agenda ↓", "Cases on the agenda"} <= planning
    assert {"Plan meeting", "Cancel", "Name", "Place", "Participants", "for example: MDO upper years"} <= planning
    assert {"Put at least one case on the agenda.", "Give the meeting a name."} <= planning
    assert mnemonic_clashes(page) == []
    shoot(window, "mdo-plan-empty-en.png")
    button(plan, "Cancel").click()
    assert page.stack.currentWidget() is page.main

    first = open_first_case(window.context.services.store)
    today = window.context.services.meetings.today()
    page.plan_button.click()
    row = plan.add_case(first.case_id)
    qtbot.waitUntil(lambda: row.isVisibleTo(plan))
    plan.participants.setPlainText(PARTICIPANTS)
    plan.check_bases()  # as the typing does after a pause
    assert plan.plan() is None  # no question for the case yet
    with_case = own_texts(plan, plan.picker, plan.held_on)
    english_only(with_case, allowed=(PUPIL, GROUP, AGENDA_WORDS))
    assert f"{PUPIL} ({GROUP}, case {first.case_id})" in with_case
    assert {"Remove from agenda", "Fill in the question for the meeting.", "Record consent…"} <= with_case
    assert f"No legal basis: nothing about {PUPIL} may be shared in this MDO" in with_case
    assert mnemonic_clashes(page) == []
    shoot(window, "mdo-plan-case-en.png")
    button(plan, "Cancel").click()

    meeting_id = plan_through_the_screen(qtbot, page, first.case_id, today - timedelta(days=2), MEETING)
    assert page.current is not None and page.current.id == meeting_id
    assert [page.meeting_model.heading(r) for r in page.meeting_model.heading_rows()] == ["Held (1)"]
    qtbot.waitUntil(lambda: page.agenda_items()[0].isVisibleTo(page.main))
    held = own_texts(page.main)
    english_only(held, allowed=(PUPIL, MEETING, QUESTION, "Marieke de Wit (intern begeleider)", "jeugdconsulent"))
    assert {f"{PUPIL} (case {first.case_id})", f"Question: {QUESTION}"} <= held
    assert {"Preparation", "Record outcome", "Open case"} <= held
    assert any(t.startswith("Participants: Marieke de Wit") for t in held)
    assert any(t.endswith("(held)") for t in held)
    assert mnemonic_clashes(page) == []
    shoot(window, "mdo-meeting-en.png")

    item = page.agenda_items()[0]
    item.prep_button.click()
    assert page.stack.currentWidget() is page.prep_view
    prep = own_texts(page.prep_view)
    step = window.context.services.guidance.overview(first.case_id).view.current.info.title  # routekaart wording
    english_only(prep, allowed=(PUPIL, GROUP, MEETING, QUESTION, HELP, step, "Marieke de Wit (intern begeleider)"))
    assert any(t.startswith(f"0 of 7 steps completed. Now: {step} (") for t in prep)
    assert {"← Back", "Where the route stands:", "Lead:", "Who acts next:", "Parents' view:", "Pupil's view:"} <= prep
    assert {"What the school has already done", "Record outcome", f"Question for the meeting: {QUESTION}"} <= prep
    assert "not recorded yet — ask the pupil" in prep
    assert mnemonic_clashes(page) == []
    shoot(window, "mdo-preparation-en.png")

    page.prep_view.outcome_button.click()
    assert page.stack.currentWidget() is page.host
    assert page.host.title.text() == f"Outcome {MEETING} — {PUPIL}"
    assert page.host.note.text() == "Each agreed action (what, who, by when) becomes an action point in the case."
    shoot(window, "mdo-outcome-en.png")
    page.host.back.click()  # back to the meetings (the form keeps a draft)
    assert page.stack.currentWidget() is page.main

    upcoming = plan_through_the_screen(qtbot, page, first.case_id, today + timedelta(days=7), "MDO onderbouw (fictief)")
    assert page.current is not None and page.current.id == upcoming
    headings = [page.meeting_model.heading(r) for r in page.meeting_model.heading_rows()]
    assert headings == ["Planned (1)", "Held (1)"]
    tip = page.meeting_model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "1 case on the agenda"
    qtbot.waitUntil(lambda: page.agenda_items()[0].isVisibleTo(page.main))
    item = page.agenda_items()[0]
    assert not item.outcome_button.isEnabled()
    assert item.outcome_button.toolTip() == "You record the outcome after the meeting."
    planned = own_texts(page.main)
    english_only(
        planned,
        allowed=(PUPIL, "MDO onderbouw (fictief)", QUESTION, "Marieke de Wit (intern begeleider)", AGENDA_WORDS),
    )
    assert any(t.endswith("(planned)") for t in planned)
    assert f"No legal basis: nothing about {PUPIL} may be shared in this MDO" in planned  # the Sociaal Team takes part
    assert mnemonic_clashes(page) == []
    shoot(window, "mdo-planned-en.png")


def test_the_thuiszitters_page_in_english_empty_and_with_a_child_out_of_school(qtbot, english, start):
    window = start()
    window.show()
    window.show_page(THUISZITTERS_ROW)
    page = window.thuiszitters_page
    kinds = tuple(EXEMPTION_KINDS.values())  # the services' own wording, as is the calendar notice
    notice = window.context.services.absence.calendar_notice() or ""
    assert page.header.title.text() == "Children out of school"
    form = page.absence_form
    assert form.register() is None  # nothing chosen yet: the form says what is missing
    dates = page.findChildren(DateInput)  # ui/forms' date input, translated there
    empty = own_texts(page, *dates)
    english_only(empty, allowed=(notice, *kinds))
    assert "School calendar: no holiday region" in empty  # no school yet, so no region
    assert {"Absence and children out of school", "No pupils with absence that needs attention.", "Exempt"} <= empty
    assert {"Register absence", "Register exemption", "No pupils with an exemption."} <= empty
    assert {"Pupil", "Status", "Three-month limit", "Report to Leerplicht"} <= empty
    assert {
        "Type of absence",
        "From",
        "Up to and including",
        "Lesson hours missed",
        "Reason",
        "Record absence",
    } <= empty
    assert {"Unauthorised (no valid reason)", "Empty: still absent.", "Choose the pupil."} <= empty
    assert page.counts.text() == (
        "Children out of school: 0 · Potential children out of school: 0 · Report to Leerplicht: 0 · Exempt: 0"
    )
    assert mnemonic_clashes(page) == []
    shoot(window, "thuiszitters-empty-en.png")

    exemption = page.exemption_form
    page.tabs.setCurrentWidget(exemption)
    assert exemption.register() is False
    from_date = exemption.fields.boxes["van"].error.text()  # parse_date's message: the services' wording
    registering = own_texts(page, *dates)
    english_only(registering, allowed=(notice, *kinds, from_date))
    assert {"Exemption", "Start date", "End date", "Empty: no end date.", "Record exemption"} <= registering
    assert {"— choose the exemption —", "Choose which exemption the pupil has.", "Choose the pupil."} <= registering
    assert mnemonic_clashes(page) == []
    shoot(window, "thuiszitters-exemption-en.png")
    page.tabs.setCurrentWidget(form)

    first = open_first_case(window.context.services.store)
    page.refresh()
    today = window.context.services.absence.today()
    form.select(first.pupil_id)
    form.first.setText((today - timedelta(days=70)).strftime("%d-%m-%Y"))
    form.hours.setValue(200)
    form.kind.setCurrentIndex(form.kind.findData(False))  # unauthorised
    assert form.register() is not None
    QApplication.processEvents()
    for choice in range(form.kind.count()):  # each choice fits, uncut, at the window's size (issue 16.6)
        form.kind.setCurrentIndex(choice)
        assert not combo_is_elided(form.kind), form.kind.currentText()
    pupil, state, norm, report = page.rows()[0]
    assert pupil == f"{PUPIL} ({GROUP})"
    status = window.context.services.absence.status_of(first.pupil_id)
    assert state == f"child out of school 2a, since {status.spell_start:%d-%m-%Y} ({status.school_days} school days)"
    assert norm == f"{status.days_left} school days left ({status.norm_deadline:%d-%m-%Y})"
    assert report == f"{status.report_due_on:%d-%m-%Y} (report now!)"
    headings = [page.model.heading(r) for r in page.model.heading_rows()]
    assert headings == [
        "Children out of school (1) — absent without authorisation for more than 4 school weeks "
        "(2a: up to 3 months, 2b: longer), or not enrolled"
    ]
    assert page.counts.text().startswith("Children out of school: 1 · ")
    tip = page.index_of(first.pupil_id).siblingAtColumn(2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Thuiszitterspact: no child at home for more than three months")
    notice = window.context.services.absence.calendar_notice() or ""
    shown = own_texts(page, *dates)
    english_only(shown, allowed=(notice, *kinds, PUPIL, GROUP))
    assert f"Absence of {PUPIL} ({GROUP}) recorded." in shown
    assert mnemonic_clashes(page) == []
    shoot(window, "thuiszitters-child-en.png")


def test_the_access_request_and_retention_screens_in_english(qtbot, english, start, dialogs, tmp_path):
    window = start()
    window.show()
    window.open_inzage()
    page = window.inzage_page
    assert page.header.title.text() == "Access request"
    empty = own_texts(page)
    english_only(empty)
    assert {"← Back", "Make an access request export", "Pupil:", "Make access request export…"} <= empty
    assert "Answer an access request within about four weeks. The export contains:" in empty
    assert "Tip: under Pupils you can also make the export by right-clicking a pupil." in empty
    assert page.format_note.text().endswith("\nTechnically: a JSON file.")
    assert page.export() is None and dialogs.of("info")[-1].text == "Choose a pupil first."
    assert mnemonic_clashes(page) == []
    shoot(window, "inzage-empty-en.png")

    first = open_first_case(window.context.services.store)
    window.open_inzage(first.pupil_id)
    assert page.pupil.currentText() == f"{PUPIL} ({GROUP})"
    dialogs.folder = tmp_path
    save_user(window.context.store, "Marieke de Wit (fictief)", "intern begeleider")  # the PDF's signer
    written = settle(page.export())
    assert written and page.result.text() == "Made: " + ", ".join(p.name for p in written)
    assert dialogs.of("info")[-1].title == "Access request export made"
    assert dialogs.of("info")[-1].text.endswith(
        "Hand the files to the parents/carers securely (not by ordinary e-mail)."
    )
    english_only(own_texts(page), allowed=(PUPIL, GROUP, *(p.name for p in written)))  # file names stay Dutch
    assert mnemonic_clashes(page) == []
    shoot(window, "inzage-pupil-en.png")

    window.open_retention()
    retention = window.retention_page
    assert retention.header.title.text() == "Retention periods"
    periods = tuple(f"{KIND_LABELS[k]}: {text}" for k, (_months, text) in PERIODS.items())  # domain wording
    shown = own_texts(retention)
    english_only(shown, allowed=periods)
    assert {"The periods", "Past the retention period", "Nothing is past its retention period."} <= shown
    assert {
        "Select all",
        "Delete selected…",
        "Automatic policy",
        "Delete automatically after the retention period",
    } <= (shown)
    assert retention.delete_selected() is None and dialogs.of("info")[-1].text == "First tick what you want to delete."
    assert mnemonic_clashes(retention) == []
    shoot(window, "retention-en.png")


def test_the_screens_stay_dutch_by_default(qtbot, catalog_dir, start):
    window = start()
    window.show_page(MDO_ROW)
    mdo = window.mdo_page
    assert mdo.header.subtitle.text().startswith("Multidisciplinair overleg: plannen, voorbereiden")
    assert {"Nieuw overleg plannen…", "Overleggen", "Open actiepunten", "Nog geen overleg gepland"} <= visible_texts(
        mdo
    )
    window.show_page(THUISZITTERS_ROW)
    page = window.thuiszitters_page
    assert page.header.title.text() == "Thuiszitters"
    assert {"Verzuim registreren", "Driemaandennorm", "Vrijgesteld"} <= visible_texts(page)
    assert page.counts.text().startswith("Thuiszitters: 0 · Potentiële thuiszitters: 0")
    window.open_inzage()
    assert {"Inzage-export maken…", "Leerling:"} <= visible_texts(window.inzage_page)
    window.open_retention()
    assert window.retention_page.header.title.text() == "Bewaartermijnen"
    assert "Er is niets dat over de bewaartermijn is." in visible_texts(window.retention_page)
