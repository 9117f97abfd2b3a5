"""Search everything from the window header (issue 16 point 3), on a new empty profile: add a
pupil and a case as a user does, Ctrl+F, type, open the hit; forms and organisations open
where they live. Typing is debounced, but the last keystroke is never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.ui.models import RECORD_ROLE
from ibdesk.ui.pages.pupil_editor import PupilEditor


@pytest.fixture
def window(qtbot, store):
    """The main window on a new, empty profile (as after `ibdesk init`)."""
    from support.windows import shown_main_window

    return shown_main_window(qtbot, store, (1366, 768))


def add_pupil_as_a_user(qtbot, window, first: str, last: str, parent: str) -> int:
    """Leerlingen → Nieuwe leerling, the editor filled in and saved (shown, not exec'd)."""
    page = window.pupils_page
    window.show_page(1)
    saved: list[int] = []

    def editor(pupil):
        dialog = PupilEditor(window.context.records, pupil, page)
        qtbot.addWidget(dialog)
        dialog.show()
        for key, value in {
            "voornaam": first,
            "achternaam": last,
            "geboortedatum": "14-03-2015",
            "groep": "5",
            "woongemeente": "Renkum",
        }.items():
            dialog.edits[key].setText(value)
        qtbot.mouseClick(dialog.guardians.add_button, Qt.MouseButton.LeftButton)
        dialog.guardians.rows[0].name.setText(parent)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        saved.append(dialog.saved.id)
        return True

    page._open_editor = editor
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    return saved[0]


def open_case_as_a_user(qtbot, window, pupil_id: int, question: str) -> int:
    cases = window.cases_page
    window.show_page(2)
    qtbot.mouseClick(cases.new_button, Qt.MouseButton.LeftButton)
    assert cases.new_pupil.select(lambda pupil: pupil.id == pupil_id)
    qtbot.keyClicks(cases.new_question, question)
    if not cases.new_lead.text():  # a new profile whose user has not given a name yet
        qtbot.keyClicks(cases.new_lead, "Marieke de Wit (fictief)")
    case_id = cases.create_case()
    assert case_id is not None, cases.new_fields.boxes
    return case_id


def search(qtbot, window, typed: str):
    """Ctrl+F, type, and wait for the debounced search of exactly what was typed."""
    field = window.header.search
    window.activateWindow()  # offscreen, the case page leaves no window active (a real desktop does)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is field.edit
    qtbot.keyClicks(field.edit, typed)
    qtbot.waitUntil(lambda: field.shown is not None and field.shown.text == typed and field.popup.isVisible())
    return field


def test_from_an_empty_profile_find_and_open_a_case_and_a_pupil(qtbot, window, shown):
    pupil_id = add_pupil_as_a_user(qtbot, window, "Noor", "Celik", "Fatma Celik (fictief)")
    case_id = open_case_as_a_user(qtbot, window, pupil_id, "Noor komt niet graag naar de gymles (fictief)")
    window.show_page(0)

    field = search(qtbot, window, "gymles")
    assert [g.label for g in field.shown.groups] == ["Casussen"]
    assert field.popup.current_target().id == case_id, "the first hit is chosen"
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert window.current_page() is window.case_page and window.case_page.case_id == case_id
    assert not field.popup.isVisible()

    opened: list[int] = []
    window.pupils_page._open_editor = lambda pupil: opened.append(pupil.id) or False
    field = search(qtbot, window, "fatma")
    assert [h.title for h in field.shown.hits] == ["Noor Celik"]
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert window.current_page() is window.pupils_page and opened == [pupil_id]
    assert window.pupils_page.table.currentIndex().data(RECORD_ROLE).id == pupil_id, "selected in the list"
    assert shown == []


def test_the_last_keystroke_is_never_lost(qtbot, window):
    for first in ("Jesse", "Jessica"):
        add_pupil_as_a_user(qtbot, window, first, "Baan", "Ouder Baan (fictief)")
    opened: list[str] = []
    window.pupils_page._open_editor = lambda pupil: opened.append(pupil.first_name) or False
    field = window.header.search
    field.focus_field()
    qtbot.keyClicks(field.edit, "jessi")
    assert field.pending(), "typed faster than the debounce"
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # Enter before the debounced search ran
    assert opened == ["Jessica"]
    field.focus_field()
    qtbot.keyClicks(field.edit, "jesse")
    qtbot.waitUntil(lambda: field.shown.text == "jesse")
    assert [h.title for h in field.shown.hits] == ["Jesse Baan"]


def test_arrows_choose_and_escape_closes(qtbot, window):
    for first in ("Bram", "Bas", "Bo"):
        add_pupil_as_a_user(qtbot, window, first, "Boomsma", "Ouder Boomsma (fictief)")
    field = search(qtbot, window, "boomsma")
    assert [h.title for h in field.shown.hits] == ["Bas Boomsma", "Bo Boomsma", "Bram Boomsma"]
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.popup.current_target().id == field.shown.hits[2].target.id
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.popup.current_target().id == field.shown.hits[2].target.id, "stays on the last hit"
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.popup.current_target().id == field.shown.hits[1].target.id
    qtbot.keyClick(field.edit, Qt.Key.Key_Escape)
    assert not field.popup.isVisible() and field.edit.text() == "boomsma"
    qtbot.keyClick(field.edit, Qt.Key.Key_Escape)
    assert field.edit.text() == ""

    field = search(qtbot, window, "bas")
    assert field.popup.isVisible()
    qtbot.mouseClick(
        window.nav.viewport(), Qt.MouseButton.LeftButton, pos=window.nav.visualItemRect(window.nav.item(5)).center()
    )
    assert not field.popup.isVisible() and window.current_page() is window.contacts_page, "a click elsewhere closes"


def test_a_form_opens_within_its_case_and_an_organisation_in_contacten(qtbot, window):
    services = window.context.services
    pupil_id = add_pupil_as_a_user(qtbot, window, "Sara", "Visser", "Ouder Visser (fictief)")
    case_id = open_case_as_a_user(qtbot, window, pupil_id, "Wat helpt Sara bij het lezen? (fictief)")
    version = services.catalog.latest("mdo-verslag").version
    answer_id = services.forms.save(
        pupil_id,
        "mdo-verslag",
        version,
        {"aanleiding": "Sara leest graag strips over dinosaurussen (fictief)."},
        case_id=case_id,
        concept=True,
    )
    org = services.records.save_organisation(
        Organisation(  # (adding one on Contacten is tested there)
            OrgKind.JGZ,
            "JGZ Vallei (fictief)",
            "Renkum",
            contacts=[Contact("Dinie Oosterbaan (fictief)", "jeugdarts", is_primary=True)],
        )
    )
    window.show_page(0)

    field = search(qtbot, window, "din")
    assert [g.label for g in field.shown.groups] == ["Formulieren", "Organisaties"]
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    page = window.case_page
    assert window.current_page() is page and page.case_id == case_id
    assert page.stack.currentWidget() is page.host, "the saved form is shown, not only its case"
    assert page.host.title.text().startswith("Verslag multidisciplinair overleg")
    assert answer_id

    field = search(qtbot, window, "oosterb")
    qtbot.mouseClick(
        field.popup.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=field.popup.list.visualItemRect(field.popup.list.item(1)).center(),
    )
    contacts = window.contacts_page
    assert window.current_page() is contacts and org.id in contacts.cards
    assert contacts.cards[org.id].property("marked") is True, "the organisation's card is marked"


def test_results_popup_fits_the_smallest_window(qtbot, window):
    window.resize(window.minimumSize())
    for n in range(9):
        add_pupil_as_a_user(qtbot, window, f"Kind{n}", "Langenaamvanhetgezin-Achternaam", "Ouder (fictief)")
    window.show_page(0)
    field = search(qtbot, window, "langenaam")
    popup = field.popup
    assert popup.geometry().right() <= window.width() and popup.geometry().bottom() <= window.height()
    assert popup.geometry().left() >= 0 and popup.width() >= 300
    assert field.shown.groups[0].more


def test_nothing_of_a_search_stays_on_screen_after_a_reset(qtbot, window):
    """What the window's lock (issue 16 point 1) calls: the hits may name a pupil."""
    add_pupil_as_a_user(qtbot, window, "Amira", "Bennani", "Ouder Bennani (fictief)")
    field = search(qtbot, window, "bennani")
    field.reset()
    assert field.edit.text() == "" and not field.popup.isVisible() and field.popup.list.count() == 0
    assert field.shown is None
