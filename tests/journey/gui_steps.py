"""The first steps of a school's first day in the app: the first-run wizard, Contacten, a
pupil and a new case, each done the way a user does it (typing, clicking the buttons on
screen) and each checking what the user then sees. Everyone here is fictional."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from support.qt_checks import label_texts, plain

CLICK = Qt.MouseButton.LeftButton


def texts(widget: QWidget) -> str:
    """Everything the user can read in the widget's visible labels, tags stripped."""
    return "\n".join(" ".join(html.unescape(plain(t)).split()) for t in label_texts(widget))


def type_in(qtbot, edit, text: str) -> None:
    """Type into a line edit (offscreen Qt cannot type every letter: those are pasted)."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def click(qtbot, widget: QPushButton) -> None:
    QApplication.processEvents()  # widgets just built are shown by the event loop
    assert widget.isVisible() and widget.isEnabled(), f"'{widget.text()}' cannot be clicked"
    qtbot.mouseClick(widget, CLICK)
    QApplication.processEvents()


def fill(editor, answers: dict) -> None:
    """Type `answers` into a form; every other field keeps what it shows (prefilled values too,
    also those of a section that opens only now)."""
    editor.view.set_answers({**editor.view._collect(), **answers})


# -- the first-run wizard ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SchoolSetup:
    name: str
    municipality: str
    school_type: str  # po, vo, so
    user: str
    role: str
    route_title: str  # what the wizard says the school's routekaart is


def first_run(qtbot, home, setup: SchoolSetup):
    """The first-run wizard on an empty folder, filled in as the user does; returns the store."""
    from ibdesk.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(home, keyring_available=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    school = wizard.school_page
    type_in(qtbot, school.name, setup.name)
    type_in(qtbot, school.municipality, setup.municipality)
    school.school_type.setCurrentIndex(school.school_type.findData(setup.school_type))
    assert setup.route_title in school.route_fields.route_label.text()
    wizard.next()
    assert wizard.currentPage() is wizard.user_page
    type_in(qtbot, wizard.user_page.name, setup.user)
    assert wizard.user_page.role.currentText() == setup.role, "the role suggested for this kind of school"
    wizard.next()
    assert wizard.currentPage() is wizard.show_page and wizard.store is not None
    wizard.next()
    type_in(qtbot, wizard.confirm_page.confirm.edit, wizard.recovery_key)
    with qtbot.waitSignal(wizard.created, timeout=5000):
        click(qtbot, wizard.button(wizard.WizardButton.FinishButton))
    return wizard.store


def main_window(qtbot, store, size=(1366, 768)):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    window = MainWindow(Context.for_store(store))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().endswith(window.context.records.school().name)
    return window


def go(window, label: str):
    """Click a page in the navigation; the page shown."""
    row = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == label)
    window.nav.setCurrentRow(row)
    return window.current_page()


# -- Contacten ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    phone: str = ""
    escalation_mandate: str | None = None  # set: this is the person to escalate to


def add_organisation(
    qtbot, window, kind, name: str, municipality: str = "", phone: str = "", people: tuple[Person, ...] = ()
) -> int:
    """Contacten → 'Organisatie toevoegen', typed in the editor; its card then shows it."""
    from ibdesk.ui.pages.organisation_editor import OrganisationEditor

    page = go(window, "Contacten")
    made: list[OrganisationEditor] = []

    def fill(org):
        editor = OrganisationEditor(page.service, org, parent=page)
        made.append(editor)
        editor.show()
        editor.kind.setCurrentIndex(editor.kind.findData(kind))
        for key, value in (("naam", name), ("gemeente", municipality), ("telefoon", phone)):
            type_in(qtbot, editor.edits[key], value)
        for person in people:
            click(qtbot, editor.people.add_button)
            card = editor.people.cards[-1]
            type_in(qtbot, card.name, person.name)
            type_in(qtbot, card.role, person.role)
            type_in(qtbot, card.phone, person.phone)
            if person.escalation_mandate is not None:
                card.escalation.setChecked(True)
                assert card.mandate.isVisibleTo(editor)
                type_in(qtbot, card.mandate, person.escalation_mandate)
        editor.save()
        return editor.result() == OrganisationEditor.DialogCode.Accepted

    page._open_editor = fill
    click(qtbot, page.add_button)
    editor = made[0]
    assert editor.saved is not None, texts(editor)
    org_id = editor.saved.id
    card = texts(page.cards[org_id])
    assert name in card
    for person in people:
        assert person.name in card
        if person.escalation_mandate:
            assert person.escalation_mandate in card
    return org_id


# -- Leerlingen ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Parent:
    name: str
    relation: str
    gezag: bool = True


def add_pupil(
    qtbot, window, first: str, last: str, born: date, group: str, municipality: str, parents: tuple[Parent, ...]
) -> int:
    """Leerlingen → 'Nieuwe leerling', typed in the pupil editor; the list then shows the pupil."""
    from ibdesk.ui.pages.pupil_editor import PupilEditor

    page = go(window, "Leerlingen")
    made: list[PupilEditor] = []

    def fill(pupil):
        editor = PupilEditor(page.context.records, pupil, page)
        made.append(editor)
        editor.show()
        for key, value in (
            ("voornaam", first),
            ("achternaam", last),
            ("geboortedatum", f"{born:%d-%m-%Y}"),
            ("groep", group),
            ("woongemeente", municipality),
        ):
            editor.edits[key].setText(value)  # (keyClicks cannot type every letter offscreen)
        for parent in parents:
            click(qtbot, editor.guardians.add_button)
            row = editor.guardians.rows[-1]
            type_in(qtbot, row.name, parent.name)
            row.relation.setCurrentText(parent.relation)
            row.gezag.setChecked(parent.gezag)
        click(qtbot, editor.save_button)
        return editor.result() == PupilEditor.DialogCode.Accepted

    page._open_editor = fill
    click(qtbot, page.new_button)
    editor = made[0]
    assert editor.saved is not None, texts(editor)
    assert page.count.text() == "1 leerling"
    assert page.model.rows[0].full_name.endswith(last)
    return editor.saved.id


# -- Casussen -----------------------------------------------------------------------------------
def open_case(qtbot, window, last_name: str, question: str, lead: str, role: str, route_title: str) -> int:
    """Casussen → 'Nieuwe casus': find the pupil by typing, the school's route is the default."""
    page = go(window, "Casussen")
    click(qtbot, page.new_button)
    assert page.new_panel.isVisible()
    assert "standaard voor uw school" in page.new_route.currentText()
    assert page.new_route.currentText().startswith(route_title)
    assert (page.new_lead.text(), page.new_role.text()) == (lead, role), "the user holds regie"
    type_in(qtbot, page.new_pupil.search, last_name[:4])
    assert len(page.new_pupil.shown()) == 1
    page.new_pupil.choose_first()
    type_in(qtbot, page.new_question, question)
    click(qtbot, page.create_button)
    case_page = window.case_page
    assert window.current_page() is case_page
    assert case_page.status_badge.text() == "Signaal"
    assert case_page.ready_badge.text() == "Nog niet klaar voor aanmelding"
    assert case_page.fact_labels["hulpvraag"].text() == question
    assert case_page.fact_labels["regie"].text() == f"{lead} ({role})"
    return case_page.case_id
