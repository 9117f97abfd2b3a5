"""The case page's form parts in English (issue 16.8): consent with its sign and withdraw boxes,
the parents' and the pupil's view, notes and attachments, the OPP, the handover export, the
absence and exemption forms and a pupil's notes dialog, on a new school made the way a user
makes it. What stays Dutch on these screens is stored data (names, notes, file titles) and the
texts services and the domain produce (allowed by name below); the UI's own words are English,
and each screen's Alt+letters stay unique. Dutch stays the default."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from support.dates import born_years_ago
from support.new_school import NewSchool, open_first_case
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401

from ibdesk.domain.consent import CATEGORIES, PURPOSES, SOCIAL_TEAM_PURPOSE
from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.forms import drop_hidden
from ibdesk.services.absence import EXEMPTION_KINDS
from ibdesk.services.attachments import ATTACHMENT_CATEGORIES, KINDS
from ibdesk.services.demo_samples import people_for, sample_answers
from ibdesk.text.labels import CONSENT_METHODS
from ibdesk.ui.kit import messages

from .helpers import drag

SHOTS = Path("/tmp/uilang-caseforms")
SCRIBBLE = [(30, 30), (120, 70), (200, 30)]
# Texts from services and the domain, not this task's: they stay Dutch until those are translated.
METHODS = (*CONSENT_METHODS.values(), *(m[:1].upper() + m[1:] for m in CONSENT_METHODS.values()))
SERVICE_TEXTS = (*CATEGORIES.values(), *PURPOSES.values(), *METHODS, *KINDS.values())
SERVICE_TEXTS += (*ATTACHMENT_CATEGORIES.values(), *EXEMPTION_KINDS.values())


def shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def borrowed(widget: QWidget) -> set[str]:
    """What the date inputs and signature pads of ui/forms and the traffic-light dots of
    ui/pages/parts (other tasks') say inside `widget`."""
    from ibdesk.ui.forms import DateInput, SignatureBox
    from ibdesk.ui.pages.parts import LightDot

    inner = [w for w in widget.findChildren(QWidget) if isinstance(w, DateInput | SignatureBox | LightDot)]
    return {text for w in inner for text in visible_texts(w)}


def english_only(widget: QWidget, *allowed: str) -> set[str]:
    """The widget's texts, asserted free of Dutch (except `allowed`) and of clashing Alt+letters."""
    QApplication.processEvents()  # rows added to a shown layout appear once the event loop ran
    texts = visible_texts(widget)
    assert dutch_left(texts, allowed=(*allowed, *SERVICE_TEXTS, *borrowed(widget))) == []
    assert mnemonic_clashes(widget) == []
    return texts


def people(school: NewSchool, window) -> tuple[str, ...]:
    """The stored names shown on these screens: pupil, parents, organisations, the user."""
    services = window.context.services
    pupil = services.records.pupil(school.pupil_id)
    orgs = tuple(o.name for o in services.records.organisations())
    return (
        pupil.full_name,
        pupil.group,
        *(g.name for g in pupil.guardians),
        *orgs,
        "Marieke de Wit",
        "intern begeleider",
    )


@pytest.fixture
def opened(start):
    """The app started (in the language chosen before), a new school's case open on its page."""
    window = start()
    store = window.context.services.store
    store.set_setting("user.name", "Marieke de Wit")  # as the first-run wizard asks
    store.set_setting("user.role", "intern begeleider")
    school = open_first_case(store)
    window.show()
    window.open_case(school.case_id)
    return window, school


def signers(box) -> list[str]:
    """Who may sign, as the signatures service names them (name and role)."""
    return [box.person.itemText(i) for i in range(box.person.count())]


def need_texts(window, school: NewSchool) -> tuple[str, ...]:
    """What services/consent_forms says about the consent still needed (its wording, not this task's)."""
    from ibdesk.services import consent_forms

    services = window.context.services
    team = services.guidance.overview(school.case_id).teams.residence
    need = consent_forms.consent_need(services.consent, school.case_id, team.id, team.name)
    named = (*need.given_by, *need.still_needed, *need.blocked_by, *need.covered, *need.not_covered)
    return (need.rule, need.summary, *need.decisions, *named)


def tab_of(page, widget: QWidget) -> None:
    """Show the case page's tab that holds `widget` (found by widget, whatever the tab is called)."""
    tabs = page.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)))
    QApplication.processEvents()


def save_form(window, school: NewSchool, form_id: str, **extra) -> None:
    """A complete form saved for the case, as the form editor does on Opslaan."""
    services = window.context.services
    pupil = services.records.pupil(school.pupil_id)
    definition = services.catalog.latest(form_id)
    youth = services.records.save_organisation(Organisation(OrgKind.JEUGDHULP, "Jeugdhulp Vallei (fictief)", "Ede"))
    main = school.swv_id if form_id == "opp" else school.team_id
    with services.store.session() as s:
        chosen = people_for(
            s,
            {
                "staff": "Marieke de Wit",
                "guardian": str(pupil.guardians[0].id),
                "contact": "1",
                "organisation": str(main),
                "organisation:jeugdhulp": str(youth.id),
            },
        )
    answers = {**sample_answers(definition, date.today() - timedelta(days=60), chosen), **extra}
    services.forms.save(pupil.id, form_id, definition.version, drop_hidden(definition, answers), case_id=school.case_id)


def test_consent_with_its_sign_and_withdraw_boxes_in_english(english, opened):
    window, school = opened
    page, services = window.case_page, window.context.services
    panel = page.consent
    tab_of(page, panel)
    names = people(school, window)
    texts = english_only(panel, *names, *need_texts(window, school))
    assert {"Nothing has been recorded yet.", "Record consent", "Recorded legal bases and consent"} <= texts
    assert "Who still has to give consent for the Sociaal Team?" in texts
    shoot(page, "consent-empty.png")

    today = services.consent.today()
    services.consent.record_from_form(  # as the toestemming form records it on Opslaan
        school.case_id,
        {
            "gegeven_door": "ouders",
            "ouder": school.guardian_ids[0],
            "tweede_ouder": school.guardian_ids[1],
            "ontvanger": school.team_id,
            "doel_soort": SOCIAL_TEAM_PURPOSE,
            "categorieen": sorted(CATEGORIES),
            "wijze": "getekend_scherm",
            "geldig_tot": (today + timedelta(days=365)).isoformat(),
        },
    )
    page.refresh()
    assert panel.status_texts() == [f"awaiting the signature of {', '.join(names[2:4])}"]
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert headers == ["Recipient", "Purpose", "Data", "Given by", "When and how", "Status"]
    assert panel.table.item(0, 2).text() == "all types of data"
    assert panel.to_sign.text() == f"Still has to sign in person: {', '.join(names[2:4])}."

    panel.sign_button.click()
    box = panel.sign_box
    statement = box.statement.text()  # the signatures service's wording, stored with the signature
    texts = english_only(panel, *names, *need_texts(window, school), statement, *signers(box))
    assert {
        "Who signs:",
        "How:",
        "Date:",
        "Record signature",
        "Cancel",
        "What the person reads before signing:",
    } <= texts
    assert "Decision:" not in texts  # only the OPP asks agree or not
    shoot(panel, "consent-sign.png")
    box.method.setCurrentIndex(box.method.findData("getekend_papier"))
    assert {"Print to sign on paper…", "Choose scan…", "No scan chosen yet."} <= english_only(
        box, *names, statement, *signers(box)
    )
    box.method.setCurrentIndex(box.method.findData("mondeling"))
    assert box.heard_by.placeholderText() == "who at the school heard it"
    box.method.setCurrentIndex(box.method.findData("getekend_scherm"))
    box.day.setText("31-02-2020")
    assert not box.commit() and box.error.text() == "Enter a valid date (dd-mm-yyyy)."
    box.day.setText(today.strftime("%d-%m-%Y"))
    drag(box.pad.pad, SCRIBBLE)
    assert box.commit(), box.error.text()
    assert panel.notice.text() == f"{names[2]} has signed (signed on screen)."

    panel.table.selectRow(0)
    panel.withdraw_button.click()
    texts = english_only(panel.withdraw_box, *names)
    assert {"Withdraw consent", "Date:", "Withdrawn by:", "Record withdrawal", "Cancel"} <= texts
    shoot(page, "consent-withdraw.png")
    panel.withdraw_on.setText("01-01-1999")
    assert not panel.withdraw() and panel.withdraw_error.text()  # the service's message (Dutch for now)
    panel.withdraw_on.setText(today.strftime("%d-%m-%Y"))
    assert panel.withdraw()
    english_only(panel, *names, *need_texts(window, school))
    assert panel.notice.text()


def test_parents_and_pupils_views_in_english(english, opened):
    window, school = opened
    page, services = window.case_page, window.context.services
    views = page.viewpoints
    tab_of(page, views)
    texts = english_only(views)
    assert {"No parents' view added yet.", "Add parents' view", "From whom:", "View:"} <= texts
    assert views.author.placeholderText() == "for example: mother and father"
    assert not views.add() and views.error.isVisibleTo(views)  # the service's message
    views.author.setText("moeder en vader (fictief)")
    views.text.setPlainText("Wij willen graag meedenken over de overstap (fictief).")
    assert views.add()
    english_only(views, *views.items.texts())

    pupil = services.records.pupil(school.pupil_id)
    services.records.save_pupil(replace(pupil, birth_date=born_years_ago(date.today(), 13) - timedelta(days=3)))
    page.refresh()
    view = views.pupil_view
    assert view.isVisibleTo(views)
    assert view.state.text().startswith("First fill in and save the referral to the Sociaal Team")
    words = "Ik wil dat het rustiger wordt in de klas (fictief)."
    save_form(window, school, "aanmelding-sociaal-team", visie_kind=words)
    page.refresh()
    names = people(school, window)
    assert view.state.text() == f"Not yet signed by {names[0]}."
    assert {"The pupil's view", "Have the pupil sign…"} <= english_only(view, *names)
    view.sign_button.click()
    english_only(view, *names, view.sign_box.statement.text(), *signers(view.sign_box))
    shoot(page, "zienswijzen.png")
    shoot(view, "zienswijze-sign.png")
    drag(view.sign_box.pad.pad, SCRIBBLE)
    assert view.sign_box.commit(), view.sign_box.error.text()
    line = view.state.text()
    assert line.startswith(f"Signed: {names[0]}") and line.endswith(".")


def test_notes_and_attachments_in_english(english, opened, monkeypatch, tmp_path):
    window, _school = opened
    page = window.case_page
    notes = page.notes
    tab_of(page, notes)
    texts = english_only(notes)
    assert {"Notes", "Attachments", "Add note", "Change", "Choose file and add…", "Open", "Delete…"} <= texts
    assert {"No notes yet. Write the first one below.", "No attachments yet. Choose a file below."} <= texts
    assert {"New note (or the change):", "Title:", "Kind:", "Data:"} <= texts
    assert "Belongs to the pupil (visible in other cases too)" in texts
    assert notes.note_text.placeholderText() == "For example: mother phoned about …"
    shoot(page, "notes-empty.png")
    assert not notes.save_note() and notes.note_error.isVisibleTo(notes)  # the service's message

    first = "Moeder belde over de overstap (fictief)."
    notes.note_text.setPlainText(first)
    assert notes.save_note()
    notes.note_list.setCurrentRow(0)
    notes.edit_note_button.click()
    assert notes.add_note_button.text() == "Save change"
    notes.note_text.setPlainText("Moeder belde over de overstap; gesprek gepland (fictief).")
    assert notes.save_note()
    assert notes.add_note_button.text() == "Add note"
    assert "(changed on " in notes.note_list.item(0).text()
    notes.note_list.setCurrentRow(0)
    assert notes.history.text().startswith("Earlier (") and notes.history.text().endswith(f"): {first}")
    english_only(notes, notes.history.text())

    source = tmp_path / "verslag.pdf"
    source.write_bytes(b"%PDF-1.4 fictief")
    monkeypatch.setattr(messages, "ask_open_path", lambda *a: source)
    assert not notes.add_file() and notes.attachment_error.isVisibleTo(notes)  # no title: the service says so
    notes.title.setText("Verslag jeugdarts november (fictief)")
    assert notes.add_file(), notes.attachment_error.text()
    headers = [notes.table.horizontalHeaderItem(c).text() for c in range(notes.table.columnCount())]
    assert headers == ["Title", "Kind", "Type of data", "Size", "Added"]
    assert " by Marieke de Wit" in notes.table.item(0, 4).text()
    notes.table.selectRow(0)
    english_only(notes, notes.history.text())
    shoot(notes, "notes-and-attachments.png")


def test_the_opp_part_and_its_signing_in_english(english, opened):
    window, school = opened
    page = window.case_page
    panel = page.opp
    tab_of(page, panel)
    texts = english_only(panel)
    assert {"Development perspective plan (OPP)", "Draw up OPP", "No goals recorded yet."} <= texts
    assert {"There is no OPP for this pupil yet.", "Goals and traffic light per evaluation"} <= texts
    shoot(page, "opp-empty.png")

    save_form(window, school, "opp")
    page.refresh()
    names = people(school, window)
    opp = page.overview.opp
    goals = [track.goal for track in opp.goals] + [opp.agreement_note or ""]  # stored goals; the domain's note
    texts = english_only(panel, *names, *goals)
    assert "Open OPP" in texts and "Have parents sign…" in texts
    assert panel.state.headline.text().startswith("OPP drawn up on")
    assert panel.signed_note.text().startswith("Not yet agreed: ")
    assert "Red: off track · amber: needs attention · green: on track · dark green: goal reached." in " ".join(texts)
    assert any(t.startswith("now: ") for t in texts)  # the latest light of each goal
    panel.sign_button.click()
    box = panel.sign_box
    texts = english_only(panel, *names, *goals, box.statement.text(), *signers(box))
    assert {"Decision:", "Who signs:"} <= texts and [box.decision.itemText(i) for i in (0, 1)] == [
        "Agrees",
        "Does not agree",
    ]
    shoot(page, "opp.png")
    shoot(panel, "opp-sign.png")
    drag(box.pad.pad, SCRIBBLE)
    assert box.commit(), box.error.text()
    assert panel.signed_note.text().startswith("Signed: ")


def test_the_handover_export_button_in_english(english, opened, shown):
    window, _school = opened
    page = window.case_page
    assert page.export_handover("po-vo") is None  # no saved handover form yet: it says why
    assert shown[-1].title == "Handover not made"
    editor = page.open_handover("po-vo")
    assert editor is not None
    button = editor.export_button
    assert button.text() == "Save and export as PDF…"
    assert button.accessibleName() == "Save the form and export the handover as PDF"
    assert not button.isEnabled()
    assert button.toolTip() == "Fill in all required fields first; then you can make the document."
    shoot(page, "handover.png")
    page.close_editor()


def test_absence_and_exemption_forms_in_english(english, opened):
    window, school = opened
    from ibdesk.ui.page_registry import NAV_PAGES

    window.show_page(next(i for i, (_label, name) in enumerate(NAV_PAGES) if name == "thuiszitters_page"))
    thuiszitters = window.page("thuiszitters_page")
    names = people(school, window)
    absence, exemption = thuiszitters.absence_form, thuiszitters.exemption_form
    thuiszitters.tabs.setCurrentWidget(absence)
    texts = english_only(absence, *names)
    assert {"Pupil", "Type of absence", "From", "Up to and including", "Lesson hours missed", "Reason"} <= texts
    assert {"Record absence", "— choose a pupil —", "Unauthorised (no valid reason)"} <= texts
    absence.pupil.setCurrentIndex(0)
    assert absence.register() is None
    assert "Choose the pupil." in english_only(absence, *names)
    shoot(thuiszitters, "absence-errors.png")
    absence.select(school.pupil_id)
    absence.first.setText(date.today().strftime("%d-%m-%Y"))
    absence.hours.setValue(3)
    assert absence.hours.suffix() == " hours"
    assert absence.register() is not None
    assert absence.done.text() == f"Absence of {names[0]} ({names[1]}) recorded."

    thuiszitters.tabs.setCurrentWidget(exemption)
    exemption.pupil.setCurrentIndex(0)
    assert not exemption.register()
    texts = english_only(exemption, *names, exemption.fields.boxes["van"].error.text())  # a date parser's message
    assert {"Choose the pupil.", "Choose which exemption the pupil has.", "Record exemption", "Start date"} <= texts
    shoot(thuiszitters, "exemption-errors.png")
    exemption.select(school.pupil_id)
    exemption.kind.setCurrentIndex(1)
    exemption.first.setText("01-03-2026")
    exemption.last.setText("01-02-2026")
    assert not exemption.register()
    assert "The end date is before the start date." in visible_texts(exemption)


def test_a_pupils_notes_dialog_in_english(english, opened):
    window, school = opened
    from ibdesk.ui.pages.pupil_notes import PupilNotesDialog

    services = window.context.services
    services.notes.add(school.pupil_id, "Gesprek met de leerkracht (fictief).", school.case_id)
    dialog = PupilNotesDialog(window.context, services.records.pupil(school.pupil_id), window)
    try:
        names = people(school, window)
        assert dialog.windowTitle() == "Notes and attachments"
        texts = english_only(dialog, *names)
        assert {f"Notes and attachments · {names[0]}", "Close", "Add note"} <= texts
        assert not dialog.notes.for_pupil.isVisibleTo(dialog)  # here every new note is the pupil's
        assert f"[case {school.case_id}]" in dialog.notes.note_list.item(0).text()
        dialog.resize(900, 760)
        shoot(dialog, "pupil-notes.png")
    finally:
        dialog.close()


def test_dutch_stays_the_default(catalog_dir, opened):
    window, _school = opened
    page = window.case_page
    texts = visible_texts(page.consent) | visible_texts(page.notes) | visible_texts(page.opp)
    assert {"Er is nog niets vastgelegd.", "Toestemming vastleggen", "Notitie toevoegen", "OPP opstellen"} <= texts
    assert {"Nog geen notities. Schrijf hieronder de eerste.", "Er is nog geen OPP voor deze leerling."} <= texts
    assert page.notes.table.horizontalHeaderItem(0).text() == "Titel"
    assert page.consent.table.horizontalHeaderItem(0).text() == "Ontvanger"
