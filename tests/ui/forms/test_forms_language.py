"""The form editor in English (issue 16.8): on a new school's case, the OPP editor's own texts
(buttons, statuses, the date placeholder, yes/no, repeating groups, the signature pad, the
draft question) follow the chosen language; the form definition's wording (titles, labels,
help, options: legal Dutch region data from forms/) and stored data stay as they are."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from support.new_school import open_first_case
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401

from ibdesk.services import forms as form_services
from ibdesk.text.dates import INVALID, PLACEHOLDER, clock
from ibdesk.ui.forms import FormEditor, date_placeholder, invalid_date
from ibdesk.ui.forms.signature_pad import SignaturePad

SHOTS = Path("/tmp/uilang-forms")


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def definition_wording(definition) -> list[str]:
    """Every text of the form definition (as written in forms/*.yaml) and the pieces it is shown
    as: line by line, bullets as '•', HTML-escaped in rich labels; longest first, so a short
    text (an item label) never cuts into a longer one before that one is taken out."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
            for line in value.splitlines():
                line = line.strip().lstrip("-*• ").strip()
                found.update({line, html.escape(line), html.escape(line, quote=False)})
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(definition.model_dump())
    return sorted((text for text in found if text), key=len, reverse=True)


def stored_data(window, school) -> list[str]:
    """What the records hold and the form offers as choices: names of people and organisations."""
    services = window.context.services
    pupil = services.records.pupil(school.pupil_id)
    provider = form_services.form_choices(services.records, pupil)
    definition = services.catalog.latest("opp")
    names = {pupil.full_name}
    for section in definition.sections:
        for field in section.fields:
            if field.type in ("person", "organisation"):
                names |= {text for _value, text in provider(field)}
    return sorted(names, key=len, reverse=True)


def from_elsewhere(editor: FormEditor) -> list[str]:
    """Texts the editor shows but another module words: the validation messages of ibdesk.forms
    and where a prefilled value came from (ibdesk.services.form_entry)."""
    view = editor.view
    rows = view.row_map().values()
    own = {row.problem() for row in rows}  # the date and number messages of this package
    texts = {m for m in view.errors().values() if m not in own} | {getattr(r, "origin", None) or "" for r in rows}
    return sorted(texts, key=len, reverse=True)


def open_opp(window):
    school = open_first_case(window.context.services.store)
    window.open_case(school.case_id)
    page = window.case_page
    editor = page.open_opp_editor()
    editor.view.finish_building()
    QApplication.processEvents()
    return school, page, editor


def no_dutch_left(editor, allowed: list[str]) -> None:
    assert dutch_left(visible_texts(editor), allowed=allowed + from_elsewhere(editor)) == []
    assert mnemonic_clashes(editor) == []


def test_the_form_editor_speaks_english_around_the_dutch_form(qtbot, english, start, dialogs):
    window = start()
    window.show()
    school, page, editor = open_opp(window)
    definition = editor.definition
    allowed = definition_wording(definition) + stored_data(window, school)
    view = editor.view

    # a new form: the buttons, the date placeholder, yes/no and the empty combo entry
    texts = visible_texts(editor)
    assert {"Undo", "Cancel", "Save as draft", "Save", "Yes", "No", "+ Add Doel", "— choose —"} <= texts
    assert {"Save (Ctrl+S)", "Form: save as draft", "Type the date as dd-mm-yyyy; Alt+↓ opens the calendar."} <= texts
    date_row = view.row("startdatum_ondersteuning")
    assert date_row.input.widget.placeholderText() == "dd-mm-yyyy"
    assert view.row("uren_per_week").input.widget.placeholderText() == "0 – 40"
    no_dutch_left(editor, allowed)
    shoot(editor, "opp-new-en.png")

    # fill in a little; the draft timer stores it
    qtbot.keyClicks(view.row("onderwijsbehoeften").input.widget, "Rust en voorspelbaarheid (fictief).")
    assert editor.has_pending_changes()
    assert editor.save_draft_now()
    assert editor.status.text() == f"Autosaved at {clock(datetime.now())}."

    # a date that is not a date, a number that is not a number: the field says so in English
    date_edit = date_row.input.widget
    date_edit.setFocus()
    qtbot.keyClicks(date_edit, "31-02-2026")
    date_edit.editingFinished.emit()
    assert date_row.error is not None and date_row.error.text() == invalid_date()
    date_edit.open_calendar()  # its month and day names in English, Monday first as in the Netherlands
    calendar = date_edit._calendar
    assert calendar.locale().name() == "en_GB" and calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.locale().monthName(3) == "March"
    shoot(date_edit._menu, "calendar-en.png")
    date_edit._menu.close()
    assert invalid_date() == "Invalid date; type the date as dd-mm-yyyy, for example 05-03-2025."
    hours = view.row("uren_per_week")
    qtbot.keyClicks(hours.input.widget, "veel")
    hours.input.widget.editingFinished.emit()
    assert hours.error.text() == "Enter a number, for example 2.5."

    # saving as a draft (concept) refuses values that do not fit
    assert editor.save_concept() is None
    assert editor.status.text() == (
        "Not saved as a draft: 2 values do not fit their fields. What you entered has been autosaved."
    )
    no_dutch_left(editor, allowed)

    # the required fields after a save attempt
    for edit in (date_edit, hours.input.widget):  # the user clears both again
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        edit.editingFinished.emit()
    assert date_row.error.text() == view.errors()["startdatum_ondersteuning"] != invalid_date()  # required now
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    count = len(view.errors())
    assert count > 1
    assert editor.status.text() == (
        f"Not saved: {count} fields are not filled in (correctly) yet. What you entered has been autosaved."
    )
    assert view.summary.text().startswith(f"{count} fields are not filled in (correctly) yet; see the red messages")
    no_dutch_left(editor, allowed)
    shoot(editor, "opp-required-en.png")

    # a repeating group: one goal is there (min_items 1), a second one is added
    goals = view.row("doelen").input
    assert goals.add_button.text() == "+ Add Doel" and goals.add_button.toolTip() == "Add (Ctrl+Enter)"
    qtbot.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)
    assert [item.title.text() for item in goals.items] == ["Doel 1", "Doel 2"]
    second = goals.items[1]
    assert second.remove_button.text() == "Remove" and second.remove_button.accessibleName() == "Remove Doel 2"
    assert goals.add_button.accessibleName() == "Add Doel"
    no_dutch_left(editor, allowed)
    qtbot.wait(100)  # the scroll area's content takes the new item's height
    view.scroll_area.ensureWidgetVisible(goals.add_button)
    shoot(editor, "opp-group-en.png")

    # yes/no and the signature pad
    yes_no = view.row("afwijking_programma").input
    assert (yes_no.yes.text(), yes_no.no.text()) == ("Yes", "No")
    label = view.row("afwijking_programma").field.label
    assert yes_no.yes.accessibleName() == f"{label}: yes"
    signature = view.row("handtekening_school").input.widget
    pad = signature.pad
    assert signature.clear_button.text() == "Clear"
    assert signature.clear_button.accessibleName() == "Clear Handtekening namens de school"
    assert pad.toolTip() == "Draw the signature with the mouse, a pen or a finger."
    assert SignaturePad._empty_hint(pad) == "Sign here"  # painted on the empty pad (see the picture)
    view.scroll_area.ensureWidgetVisible(signature)
    QApplication.processEvents()
    shoot(signature, "signature-empty-en.png")
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 40))
    qtbot.mouseMove(pad, QPoint(120, 80))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 60))
    assert not pad.is_empty()
    shoot(signature, "signature-drawn-en.png")
    no_dutch_left(editor, allowed)

    # save as a draft (concept), then the saved form read-only
    answer_id = editor.save_concept()
    assert answer_id is not None
    assert editor.status.text() == f"Saved as a draft at {clock(datetime.now())}."
    saved = page.open_saved(answer_id)
    assert saved is not None
    saved.finish_building()
    shown = visible_texts(saved)
    assert f"Read-only · version {definition.version} of this form" in shown
    assert "Not filled in" in shown
    assert SignaturePad._empty_hint(saved.row("handtekening_school").input.widget.pad) == "No signature"
    assert dutch_left(shown, allowed=allowed) == []
    shoot(saved, "opp-read-only-en.png")
    page.close_editor()


def test_the_draft_question_and_the_route_step_header_in_english(qtbot, english, start, dialogs):
    window = start()
    window.show()
    school, page, editor = open_opp(window)
    qtbot.keyClicks(editor.view.row("onderwijsbehoeften").input.widget, "Rust (fictief).")
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)  # what was typed stays a draft
    page.close_editor()

    again = page.open_opp_editor()
    question = dialogs.of("confirm")[-1]
    assert question.title == "Unsaved work found"
    assert question.text == f"Unsaved work from today at {clock(datetime.now())} was found. Restore it?"
    assert again.status.text() == f"Work from today at {clock(datetime.now())} restored."
    assert again.discard_button.text() == "Discard changes"
    assert again.discard()
    asked = dialogs.of("confirm")[-1]
    assert (asked.title, asked.text) == ("Discard changes", "The unsaved changes will be deleted. Continue?")
    page.close_editor()

    route = page.overview.route
    step = route.steps[0]
    editor = page.open_step_editor(step.id)
    editor.view.finish_building()
    shown = visible_texts(editor)
    assert f"{route.title} · step 1 of {len(route.steps)}" in shown
    facts = next(text for text in shown if text.startswith("Involved: "))
    assert "IB'er" in facts and "parents/carers" in facts and "Usual duration: " in facts
    allowed = definition_wording(route) + stored_data(window, school)
    no_dutch_left(editor, allowed)
    shoot(editor, "route-step-en.png")


def test_the_form_editor_stays_dutch_by_default(qtbot, catalog_dir, start):
    window = start()
    _school, _page, editor = open_opp(window)
    texts = visible_texts(editor)
    assert {"Ongedaan maken", "Annuleren", "Opslaan als concept", "Opslaan", "Ja", "Nee", "+ Doel toevoegen"} <= texts
    assert "— kies —" in {editor.view.row("aanleiding").input.widget.itemText(0)}
    assert date_placeholder() == PLACEHOLDER and invalid_date() == INVALID  # the same words as ibdesk.text.dates
    assert editor.view.row("startdatum_ondersteuning").input.widget.placeholderText() == "dd-mm-jjjj"
    assert editor.view.row("handtekening_school").input.widget.clear_button.text() == "Wissen"
    dates = editor.view.row("startdatum_ondersteuning").input.widget
    dates.open_calendar()
    assert dates._calendar.locale().name() == "nl_NL"
    dates._menu.close()
    assert editor.save() is None
    assert editor.status.text().startswith("Niet opgeslagen: ") and "velden zijn" in editor.status.text()
