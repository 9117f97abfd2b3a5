"""The people screens in English (issue 16.8): Leerlingen, the pupil editor with its parents/carers,
the pupil import, Contacten, the organisation editor with its people and the organisation import,
each from an empty profile with English chosen in Instellingen, reached the way a user reaches
them; and the same screens unchanged in Dutch by default.

What stays Dutch on an English screen is passed as `allowed`: what the user typed or imported
(names, municipalities, CSV headers), and texts that come from the domain or services (validation
messages, organisation kinds, import summaries and warnings; translated in their own modules).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.domain.model import OrgKind, School
from ibdesk.ui.kit import messages
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.pages import pupil_import
from ibdesk.ui.pages.organisation_editor import OrganisationEditor
from ibdesk.ui.pages.organisation_import import ImportPreview
from ibdesk.ui.pages.pupil_editor import PupilEditor

SHOTS = Path("/tmp/uilang-people")
EXAMPLE = Path(__file__).resolve().parents[3] / "packaging" / "organisations-example.yaml"
KINDS = [kind.label for kind in OrgKind]  # domain labels (names of Dutch institutions)
CSV = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep\n"
    "1001;Daan;van;Dijk (fictief);12-05-2015;groep 6\n"
    "1002;Noor;;Smit (fictief);03-11-2016;groep 5\n"
    "1003;Bram;;Visser (fictief);;groep 5\n"
)


def checked(screen: QWidget, png: str, allowed=(), expected=()) -> set[str]:
    """The screen's texts, after asserting no Dutch is left, the expected English is there, and
    no Alt+letter is used twice; saved as a PNG to look at."""
    QTest.qWait(30)  # queued shows and layout passes land first
    texts = visible_texts(screen)
    assert dutch_left(texts, allowed=sorted(allowed, key=len, reverse=True)) == []  # longest first
    assert set(expected) <= texts, set(expected) - texts
    assert mnemonic_clashes(screen) == [], sorted(t for t in texts if "&" in t)
    SHOTS.mkdir(exist_ok=True)
    screen.grab().save(str(SHOTS / png))
    return texts


def open_page(window: MainWindow, name: str):
    from ibdesk.ui.main_window import NAV_PAGES

    window.show_page(next(i for i, (_label, n) in enumerate(NAV_PAGES) if n == name))
    return window.page(name)


@pytest.fixture
def window(english, start) -> MainWindow:
    """The app on a new profile with only its school (as the first-run wizard leaves it), in English."""
    main = start()
    main.context.services.records.save_school(School("OBS De Linde (fictief)", "Renkum", "99ZZ"))
    return main


def error_texts(screen: QWidget) -> list[str]:
    """The validation messages shown (they come from the services, which translate them)."""
    return [
        label.text()
        for label in screen.findChildren(QLabel)
        if label.property("role") == "error" and label.isVisibleTo(screen) and label.text()
    ]


def starting_with(texts: set[str], start: str) -> str:
    return next(t for t in texts if t.startswith(start))


def test_pupils_and_the_pupil_editor_in_english(qtbot, window):
    page = open_page(window, "pupils_page")
    texts = checked(
        page,
        "pupils-empty.png",
        expected={"Pupils", "&New pupil", "&Import…", "&Edit", "&Search:", "Name", "Date of birth", "0 pupils"},
    )
    assert starting_with(texts, "No pupils yet. Add the first with ‘New pupil’ (Alt+N)")

    def new_pupil(pupil):
        editor = PupilEditor(page.context.records, pupil, page)
        qtbot.addWidget(editor)
        editor.show()
        checked(
            editor,
            "pupil-editor-new.png",
            expected={"New pupil", "&First name", "S&urname", "Date of &birth", "&Save", "&Cancel", "dd-mm-yyyy"},
        )
        assert "No parents or carers entered yet." in visible_texts(editor)
        qtbot.mouseClick(editor.guardians.add_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()  # a card added to a shown form is shown by a queued call
        row = editor.guardians.rows[0]
        assert [row.relation.itemText(i) for i in range(row.relation.count())][:2] == ["mother", "father"]
        editor.edits["voornaam"].setText("Sanne")
        editor.edits["achternaam"].setText("Bakker (fictief)")
        editor.edits["geboortedatum"].setText("31-02-2016")
        editor.edits["bsn"].setText("123456780")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.saved is None  # the validation state: nothing saved
        errors = error_texts(editor)
        assert editor.fields.boxes["geboortedatum"].error.isVisibleTo(editor)
        assert editor.fields.boxes["bsn"].error.isVisibleTo(editor)
        checked(
            editor,
            "pupil-editor-invalid.png",
            allowed=errors,  # from rules.clean_pupil (services): not this module's text
            expected={"Parent/carer 1", "Yes, has parental responsibility", "Parental responsibility", "Remove"},
        )
        editor.edits["geboortedatum"].setText("14-03-2016")
        editor.edits["bsn"].setText("111222333")
        editor.edits["groep"].setText("groep 5")
        editor.edits["woongemeente"].setText("Renkum")
        row.name.setText("Els Bakker (fictief)")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.saved is not None, [b.error.text() for b in editor.fields.boxes.values()]
        return editor.result() == QDialog.DialogCode.Accepted

    page._open_editor = new_pupil
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (stored,) = window.context.services.records.pupil_list()
    pupil = window.context.services.records.pupil(stored.id)
    assert [(g.name, g.relation, g.has_gezag) for g in pupil.guardians] == [("Els Bakker (fictief)", "moeder", True)]
    checked(page, "pupils-one.png", expected={"1 pupil", "Group / class", "Municipality"})

    editor = PupilEditor(page.context.records, pupil, page)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.windowTitle() == "Edit pupil"
    assert editor.guardians.rows[0].relation.currentText() == "mother"  # stored Dutch, shown English
    checked(editor, "pupil-editor-edit.png", allowed=[pupil.full_name], expected={"Parents / carers", "Pupil"})
    editor.reject()

    page.search.setText("zzz")
    texts = checked(page, "pupils-no-match.png", expected={"0 of 1 pupil"})
    assert "No pupil found for ‘zzz’. Clear the search or search for something else." in texts


class Driver:
    """Stands in for the import dialog's modal exec(): shows it, lets the test act, returns."""

    def __init__(self, qtbot, act):
        self.qtbot, self.act, self.dialogs = qtbot, act, []

    def __call__(self, dialog) -> int:
        self.dialogs.append(dialog)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.act(dialog)
        dialog.close()
        return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected


def ready(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=20000)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=5000)


def test_the_pupil_import_in_english(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    columns = CSV.splitlines()[0].split(";")
    samples = [cell for line in CSV.splitlines()[1:] for cell in line.split(";")]

    def act(dialog) -> None:
        ready(qtbot, dialog)
        texts = checked(
            dialog,
            "import-mapping.png",
            allowed=[path.name, *columns, *samples],
            expected={"Import pupils", "Which column is what?", "&Next", "&Cancel", "Surname *", "(do not use)"},
        )
        assert starting_with(texts, "ibdesk recognised these columns by their names. The file has 6 columns")
        assert "separated by a semicolon" in starting_with(texts, "ibdesk recognised")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        ready(qtbot, dialog)
        plan = dialog.plan
        assert plan is not None and len(plan.new) == 2 and len(plan.problems) == 1
        summary = "What changes: 2 new, 0 updated, 0 unchanged, 0 no longer in the export, 1 problem."
        checked(
            dialog,
            "import-preview.png",
            allowed=[*plan.warnings, path.name, "Renkum"],
            expected={"← &Back", "&Import", "New (2)", "Problems (1)", "Name", "Group", "Born", "Line", summary},
        )
        dialog.plan_view.tabs.setCurrentIndex(3)
        checked(dialog, "import-problems.png", allowed=[*plan.warnings, path.name, "Renkum"])
        assert {"Line", "Pupil", "Problem"} <= visible_texts(dialog.plan_view.problem_table)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        ready(qtbot, dialog)
        assert dialog.result is not None
        done = "Done: 2 pupil(s) added, 0 updated, 0 marked as left."
        checked(dialog, "import-done.png", allowed=[path.name], expected={"&Close", done})

    monkeypatch.setattr(messages, "ask_open_path", lambda *args: path)
    driver = Driver(qtbot, act)
    monkeypatch.setattr(pupil_import, "exec_dialog", driver)
    page = open_page(window, "pupils_page")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert driver.dialogs and driver.dialogs[0].result is not None
    assert len(window.context.services.records.pupil_list()) == 2
    checked(page, "pupils-imported.png", expected={"2 pupils"})


def test_contacts_and_the_organisation_editor_in_english(qtbot, window, monkeypatch):
    page = open_page(window, "contacts_page")
    texts = checked(
        page,
        "contacts-empty.png",
        expected={"Contacts", "&Add organisation", "&Import…", "&Search:", "Also show inactive ones"},
    )
    assert starting_with(texts, "No organisations recorded yet. Add them with 'Add organisation'")

    def new_organisation(org):
        editor = OrganisationEditor(page.service, org, parent=page)
        qtbot.addWidget(editor)
        editor.show()
        texts = checked(
            editor,
            "organisation-editor-new.png",
            allowed=KINDS,
            expected={"New organisation", "&Type", "&Name", "&Municipality", "Contact people", "Add &contact person"},
        )
        assert {"&Save", "Cance&l", "Active: offer in the drop-down lists of forms and when sharing"} <= texts
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # no name, no municipality
        assert editor.saved is None
        errors = error_texts(editor)
        assert editor.fields.boxes["naam"].error.isVisibleTo(editor)
        checked(editor, "organisation-editor-invalid.png", allowed=errors + KINDS)
        editor.edits["naam"].setText("Sociaal Team Renkum (fictief)")
        editor.edits["gemeente"].setText("Renkum")
        qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        first, second = editor.people.cards
        first.name.setText("Ingrid Vos (fictief)")
        first.role.setText("jeugdconsulent")
        second.name.setText("Peter Aalst (fictief)")
        second.escalation.setChecked(True)
        second.mandate.setText("Mag jeugdhulp versneld inzetten.")
        checked(
            editor,
            "organisation-editor-people.png",
            allowed=errors + KINDS,  # a message not tied to one field stays until the next save
            expected={"Contact person 1", "Contact person 2", "Main contact", "Escalate to this person"},
        )
        assert "Mandate when escalated" in visible_texts(second)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.saved is not None
        return editor.result() == QDialog.DialogCode.Accepted

    page._open_editor = new_organisation
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    (org,) = page.service.list()
    assert org.escalation_contact().mandate == "Mag jeugdhulp versneld inzetten."
    people = ["Ingrid Vos (fictief) (jeugdconsulent)", "Peter Aalst (fictief)", "Mag jeugdhulp versneld inzetten."]
    texts = checked(
        page,
        "contacts-one.png",
        allowed=[org.name, *KINDS, *people],
        expected={"Edit…", "Make inactive", "Main contact:", "Escalate to:", "Mandate:", "municipality Renkum"},
    )

    editor = OrganisationEditor(page.service, org, parent=page)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.windowTitle() == "Edit organisation"
    checked(editor, "organisation-editor-edit.png", allowed=[org.name, *KINDS], expected={"&Delete…"})
    editor.reject()

    switch = next(b for b in page.cards[org.id].findChildren(type(page.add_button)) if b.text() == "Make inactive")
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    texts = checked(page, "contacts-inactive.png")
    assert "1 organisation(s) no longer active; tick 'Also show inactive ones' to see them." in texts
    page.show_inactive.setChecked(True)
    checked(page, "contacts-inactive-shown.png", allowed=[org.name, *KINDS, *people], expected={"inactive"})


def test_the_organisation_import_in_english(qtbot, window, monkeypatch):
    page = open_page(window, "contacts_page")
    shown: list[tuple[str, str]] = []
    previews: list[ImportPreview] = []

    def preview(plan, file_name: str) -> bool:
        dialog = ImportPreview(plan, file_name, page)
        qtbot.addWidget(dialog)
        dialog.show()
        previews.append(dialog)
        checked(
            dialog,
            f"organisation-import-{len(previews)}.png",
            allowed=[file_name],
            expected={"Import organisations", "&Import", "&Cancel", "Action", "Organisation", "Type", "What changes"},
        )
        counts = plan.counts
        assert dialog.summary.text() == (
            f"What changes: {counts['added']} new, {counts['updated']} updated, {counts['unchanged']} unchanged."
        )
        dialog.accept()  # as the modal exec() ends
        return True

    monkeypatch.setattr(messages, "ask_open_path", lambda *args: EXAMPLE)
    monkeypatch.setattr(messages, "show_info", lambda _parent, title, text: shown.append((title, text)))
    page._open_preview = preview
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert [previews[0].table.item(row, 0).text() for row in range(2)] == ["new", "new"]
    ((title, text),) = shown
    orgs = page.service.list()
    assert len(orgs) > 3
    assert (title, text) == ("Organisations imported", f"Done: {len(orgs)} new, 0 updated, 0 unchanged.")
    data = [o.name for o in orgs] + KINDS
    for org in orgs:
        data += [c.name for c in org.contacts] + [c.role or "" for c in org.contacts]
        data += [c.mandate or "" for c in org.contacts] + [org.place or "", org.address or ""]
    checked(page, "contacts-imported.png", allowed=data, expected={"Main contact:", "Escalate to:"})

    monkeypatch.setattr(messages, "ask_open_path", lambda *args: EXAMPLE)  # the same file again
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    again = previews[-1]
    assert not again.import_button.isEnabled()
    assert again.table.item(0, 0).text() == "unchanged"
    assert "Everything in this file is already in ibdesk as it stands; there is nothing to import." in visible_texts(
        again
    )


def test_the_people_screens_stay_dutch_by_default(qtbot, catalog_dir, start):
    window = start()
    window.context.services.records.save_school(School("OBS De Linde (fictief)", "Renkum", "99ZZ"))
    pupils = open_page(window, "pupils_page")
    assert pupils.header.title.text() == "Leerlingen"
    assert {"&Nieuwe leerling", "&Importeren…", "Geboortedatum", "Groep / klas", "0 leerlingen"} <= visible_texts(
        pupils
    )
    editor = PupilEditor(pupils.context.records, None, pupils)
    qtbot.addWidget(editor)
    editor.guardians.add()
    assert editor.windowTitle() == "Nieuwe leerling"
    assert {"&Voornaam", "Annu&leren", "Ja, heeft gezag", "Ouder/verzorger 1"} <= visible_texts(editor)
    assert editor.guardians.rows[0].relation.currentText() == "moeder"
    contacts = open_page(window, "contacts_page")
    assert contacts.header.title.text() == "Contacten"
    assert {"Organisatie &toevoegen", "Ook niet-actieve tonen"} <= visible_texts(contacts)
    org_editor = OrganisationEditor(contacts.service, None, parent=contacts)
    qtbot.addWidget(org_editor)
    assert {"&Soort", "Plaa&ts", "&Contactpersoon toevoegen"} <= visible_texts(org_editor)
