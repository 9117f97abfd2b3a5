"""Undo of the last change where it is cheap; questions only before destroying something
(issue 16, point 7)."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from support.focus import activate
from support.new_school import open_first_case

from ibdesk.services.organisations import OrganisationService
from ibdesk.services.records import Records
from ibdesk.ui.kit import messages
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.pages.base import Context
from ibdesk.ui.undo import UndoOffer


@pytest.fixture
def first_day(make_profile, qtbot, monkeypatch):
    """A new profile with a school's first pupil and case, in the main window; every yes/no
    question the app asks is recorded (and answered no)."""
    created = make_profile()
    school = open_first_case(created.store)
    main = MainWindow(Context.for_store(created.store))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, **kw: asked.append(title) or False)
    main.asked = asked
    return main, school


def offer(main: MainWindow) -> UndoOffer:
    found = main.findChild(UndoOffer, "undoOffer")
    assert found is not None and found.isVisible() and found.button.isVisible(), "no undo offered"
    return found


def test_a_form_field_change_is_undone_field_by_field(qtbot, first_day):
    main, school = first_day
    main.open_case(school.case_id)
    editor = main.case_page.open_opp_editor()
    view = editor.view
    before = copy.deepcopy(view.answers(raw=True))
    field = view.row("uitstroom_moment").input.widget
    qtbot.keyClicks(field, "na groep 8")  # one step, however many keystrokes
    answers = view.answers(raw=True)
    view.set_answers({**answers, "aanleiding": "bijstelling"})
    view.changed.emit()  # as a click on the choice does
    assert editor.undo_button.isEnabled()
    editor.undo_button.click()
    assert view.answers(raw=True).get("aanleiding") == before.get("aanleiding")
    assert view.answers(raw=True)["uitstroom_moment"] == "na groep 8"
    activate(main)
    editor.undo_button.setFocus()  # outside a text field Ctrl+Z is the form's undo
    qtbot.keyClick(editor.undo_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.answers(raw=True).get("uitstroom_moment") == before.get("uitstroom_moment")
    assert not editor.undo_button.isEnabled()
    assert main.asked == []


def test_a_saved_pupil_change_can_be_put_back(qtbot, first_day):
    main, school = first_day
    records = Records(main.context.store)

    def edit(pupil) -> bool:  # what the pupil editor does when the user changes the group and saves
        pupil.group = "groep 7"
        records.save_pupil(pupil)
        return True

    main.show_page(1)
    page = main.pupils_page
    page._open_editor = edit
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    page.edit_index(page.table.currentIndex())
    assert records.pupil(school.pupil_id).group == "groep 7"
    assert offer(main).undo()
    assert records.pupil(school.pupil_id).group == "groep 8"
    assert [g.name for g in records.pupil(school.pupil_id).guardians] == ["Anna Veenstra", "Emre Ağaoğlu"]
    assert "groep 8" in [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert not offer_visible(main) or not main.findChild(UndoOffer, "undoOffer").button.isVisible()
    assert main.asked == [], "saving asks nothing"


def offer_visible(main: MainWindow) -> bool:
    found = main.findChild(UndoOffer, "undoOffer")
    return found is not None and found.isVisible()


def test_no_undo_when_a_parent_was_added_or_removed(qtbot, first_day):
    """Putting back a parent who was removed would give a new record: not cheap, so not offered."""
    main, _school = first_day
    records = Records(main.context.store)

    def edit(pupil) -> bool:
        pupil.guardians = pupil.guardians[:1]
        records.save_pupil(pupil)
        return True

    main.show_page(1)
    page = main.pupils_page
    page._open_editor = edit
    page.edit_index(page.proxy.index(0, 0))
    assert not offer_visible(main)


def test_school_details_and_deactivating_an_organisation_can_be_undone(qtbot, first_day):
    main, school = first_day
    main.show_page(6)
    settings = main.settings_page
    settings.fields.boxes["naam"].editor.setText("OBS De Linde-Eik (fictief)")
    settings.save_school()
    assert main.windowTitle().endswith("De Linde-Eik (fictief)")
    assert offer(main).undo()
    assert Records(main.context.store).school().name == "OBS De Linde (fictief)"
    assert settings.fields.boxes["naam"].editor.text() == "OBS De Linde (fictief)"
    assert main.windowTitle().endswith("OBS De Linde (fictief)")

    main.show_page(5)
    contacts = main.contacts_page
    contacts.set_active(school.team_id, False)
    service = OrganisationService(main.context.store)
    assert not service.get(school.team_id).active
    assert offer(main).undo()
    assert service.get(school.team_id).active
    assert main.asked == []


def test_deleting_still_asks_first(qtbot, first_day, monkeypatch):
    from ibdesk.ui.pages.organisation_editor import OrganisationEditor

    main, school = first_day
    service = OrganisationService(main.context.store)
    unused = service.save(
        copy.deepcopy(service.get(school.swv_id)).__class__(
            service.get(school.swv_id).kind, "Loket zonder verwijzingen (fictief)", "Wageningen"
        )
    )
    editor = OrganisationEditor(service, service.get(unused.id), parent=main)
    qtbot.addWidget(editor)
    editor.delete()
    assert main.asked == ["Organisatie verwijderen"]
    assert service.get(unused.id) is not None, "answered no: nothing deleted"
