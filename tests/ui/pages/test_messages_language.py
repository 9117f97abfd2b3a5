"""Messages made outside the UI, shown on English screens (issue 16.8): the problems, warnings and
changes a pupil import lists (importing/, services/pupil_import.py), where a prefilled form field
came from and the note over a reopened draft (services/prefill.py, services/form_entry.py), and
what the store says of a damaged profile and in `ibdesk check` (store/). Each starts from an empty
profile with English chosen; Dutch stays the default, and the audit trail stays Dutch."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget
from support.new_school import open_first_case
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk import i18n
from ibdesk.domain.model import School
from ibdesk.ui.kit import messages
from ibdesk.ui.main_window import NAV_PAGES, MainWindow
from ibdesk.ui.pages import pupil_import

SHOTS = Path("/tmp/uilang-messages")
HEADER = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Uitschrijfdatum\n"
WITH_PROBLEMS = HEADER + (
    "2001;Daan;van;Dijk (fictief);12-05-2015;groep 6;\n"
    "2002;Noor;;Smit (fictief);31-02-2016;groep 5;\n"
    "2003;Bram;;Visser (fictief);03-11-2016;groep 5;01-01-2020\n"
    "2004;Sara;;Bos (fictief);04-04-2016;groep 4;\n"
    "2004;Sem;;Bos (fictief);05-05-2016;groep 4;\n"
    "2005;Lina;;Jansen (fictief);06-06-2016;groep 4;;extra\n"
)
NEXT_YEAR = HEADER + "2005;Lina;;Jansen (fictief);06-06-2016;groep 5;\n"  # Daan left; Lina moved up
NAMES = ["Daan van Dijk (fictief)", "Noor Smit (fictief)", "Bram Visser (fictief)", "Sara Bos (fictief)"]
NAMES += ["Sem Bos (fictief)", "Lina Jansen (fictief)", "Renkum", "groep 4", "groep 5", "groep 6"]


def checked(screen: QWidget, png: str, allowed=(), expected=()) -> set[str]:
    """The screen's texts after asserting no Dutch is left, the expected English is there and no
    Alt+letter is used twice; saved as a PNG to look at."""
    QTest.qWait(30)
    texts = visible_texts(screen)
    assert dutch_left(texts, allowed=allowed) == []
    assert set(expected) <= texts, set(expected) - texts
    assert mnemonic_clashes(screen) == [], sorted(t for t in texts if "&" in t)
    SHOTS.mkdir(exist_ok=True)
    screen.grab().save(str(SHOTS / png))
    return texts


def cells(model) -> list[str]:
    """Every text a table model shows (visible_texts reads only the headers)."""
    role = Qt.ItemDataRole.DisplayRole
    found = [model.index(r, c).data(role) for r in range(model.rowCount()) for c in range(model.columnCount())]
    return [text for text in found if isinstance(text, str) and text]


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


def import_file(qtbot, window: MainWindow, monkeypatch, path: Path, act) -> Driver:
    """Leerlingen → Importeren… with `path` chosen; `act(dialog)` drives the dialog."""
    monkeypatch.setattr(messages, "ask_open_path", lambda *args: path)
    driver = Driver(qtbot, act)
    monkeypatch.setattr(pupil_import, "exec_dialog", driver)
    window.show_page(next(i for i, (_label, n) in enumerate(NAV_PAGES) if n == "pupils_page"))
    qtbot.mouseClick(window.page("pupils_page").import_button, Qt.MouseButton.LeftButton)
    assert driver.dialogs
    return driver


@pytest.fixture
def window(english, start) -> MainWindow:
    main = start()
    main.context.services.records.save_school(School("OBS De Linde (fictief)", "Renkum", "99ZZ"))
    return main


def test_a_pupil_import_lists_its_problems_in_english(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(WITH_PROBLEMS, encoding="utf-8")

    def act(dialog) -> None:
        ready(qtbot, dialog)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        ready(qtbot, dialog)
        dialog.plan_view.tabs.setCurrentIndex(3)
        shown = cells(dialog.plan_view.problem_model)
        assert dutch_left(shown, allowed=NAMES) == []
        messages_shown = set(shown)
        assert "already left according to the export; not added." in messages_shown
        assert "more values than columns (is there a separator in a name? Then put it in quotation marks)." in (
            messages_shown
        )
        assert "the key 2004 appears more than once in the file; this row was skipped." in messages_shown
        assert "date of birth '31-02-2016': 31-02-2016 is not a real date. Check the day and month." in messages_shown
        assert "not added: no (valid) date of birth in the export." in messages_shown
        summary = "What changes: 2 new, 0 updated, 0 unchanged, 0 no longer in the export, 6 problems."
        checked(dialog, "import-problems.png", allowed=[path.name, *NAMES], expected={summary, "Problems (6)"})
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        ready(qtbot, dialog)
        assert dialog.result is not None and dialog.result.added == 2

    import_file(qtbot, window, monkeypatch, path, act)
    assert imported_audit(window) == ["bron=csv nieuw=2 bijgewerkt=0 vertrokken=0 ongewijzigd=0 overgeslagen=6"]

    path.write_text(NEXT_YEAR, encoding="utf-8")

    def again(dialog) -> None:
        ready(qtbot, dialog)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        ready(qtbot, dialog)
        view = dialog.plan_view
        changes, leaving = cells(view.change_model), cells(view.leaving_model)
        assert "group" in changes and "will be updated" in changes, changes
        assert "no longer in the export" in leaving, leaving
        assert dutch_left(changes + leaving, allowed=NAMES) == []
        warning = (
            "Note: 1 of the 2 pupils from the administration are not in this export. Is this the export of the "
            "whole school? Only mark them as left if they have really left the school."
        )
        view.tabs.setCurrentIndex(1)
        checked(dialog, "import-changes.png", allowed=[path.name, *NAMES], expected={warning})
        view.tabs.setCurrentIndex(2)
        checked(dialog, "import-leaving.png", allowed=[path.name, *NAMES])
        dialog.reject()

    import_file(qtbot, window, monkeypatch, path, again)


def imported_audit(window: MainWindow) -> list[str]:
    """What the audit trail recorded of the imports: Dutch, whatever the screen's language."""
    from sqlalchemy import select

    from ibdesk.store import models as m

    with window.context.services.store.session() as s:
        return list(s.scalars(select(m.AuditRow.detail).where(m.AuditRow.action == "import")))


def test_a_file_that_is_not_an_export_is_refused_in_english(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "leerlingen.csv"
    path.write_text("<EDEX><school/></EDEX>\n", encoding="utf-8")

    def act(dialog) -> None:
        ready(qtbot, dialog)
        assert dialog.problem_text() == (
            "Not read; nothing has changed. This looks like an XML file (EDEX), not a CSV. Import it as EDEX instead."
        ), dialog.problem_text()
        checked(dialog, "import-refused.png", allowed=[path.name])

    import_file(qtbot, window, monkeypatch, path, act)


def opened_with_an_opp(window: MainWindow):
    """The new school's first case with a final OPP (through the services), open in the app."""
    from ibdesk.services.demo_samples import sample_answers
    from ibdesk.services.profile import save_user

    services = window.context.services
    save_user(services.store, "Marieke de Wit (fictief)", "intern begeleider")
    school = open_first_case(services.store)
    people = {"staff": "Marieke de Wit (fictief)", "guardian": school.guardian_ids[0], "organisation": school.swv_id}
    opp = sample_answers(services.catalog.latest("opp"), date.today() - timedelta(days=90), people)
    opp.update(bevorderende_factoren="Doorzetter; tekent graag (fictief).", jeugdhulp_in_plan=False)
    services.forms.save(school.pupil_id, "opp", services.catalog.latest("opp").version, opp, case_id=school.case_id)
    window.open_case(school.case_id)
    QApplication.processEvents()
    return window.case_page


def handover_editor(page):
    action = next(a for a in page.handover_button.menu().actions() if "PO → VO" in a.text())
    action.trigger()
    return page.host.editor


def test_prefilled_origins_and_the_draft_note_in_english(qtbot, window):
    page = opened_with_an_opp(window)
    editor = handover_editor(page)
    today = date.today().strftime("%d-%m-%Y")
    strengths = editor.view.row("sterke_kanten")
    assert strengths.origin_label.text() == f"Copied from OPP of {today} — check it and change it where needed."
    assert editor.view.row("afzender").origin_label.text().startswith("Copied from the case (lead) — ")
    origins = [row.origin_label.text() for row in editor.view.row_map().values() if getattr(row, "origin_label", None)]
    assert len(origins) >= 3 and dutch_left(origins) == [], origins
    SHOTS.mkdir(exist_ok=True)
    editor.findChildren(QScrollArea)[0].ensureWidgetVisible(strengths.origin_label)
    QTest.qWait(30)
    page.grab().save(str(SHOTS / "form-origins.png"))

    assert editor.save_concept() is not None
    page.close_editor()
    editor = handover_editor(page)
    note = editor.concept_note.text()
    assert note.startswith("Draft saved on ") and note.endswith(
        "(Marieke de Wit (fictief) (intern begeleider)). Complete it and choose Save to finish it; "
        "until then it does not count as finished."
    ), note
    assert dutch_left([note], allowed=["Marieke de Wit (fictief) (intern begeleider)"]) == []
    page.grab().save(str(SHOTS / "form-draft.png"))


def test_a_damaged_profile_and_the_store_check_in_english(catalog_dir, make_profile):
    """What the unlock window and `ibdesk check` show come from store/: English when chosen."""
    from ibdesk.errors import CorruptStoreError
    from ibdesk.services.audit import check_store
    from ibdesk.store import checks

    made = make_profile()
    i18n.set_language("en")
    status, problems = check_store(made.store)
    assert problems == []
    assert "Key (recovery key): in order" in status and "Previous shutdown: clean" in status, status
    assert any(line.startswith("Now — WAL: ") for line in status), status
    assert dutch_left(status) == [], status

    from ibdesk.services.records import Records
    from ibdesk.store import audit

    Records(made.store).save_school(School("OBS De Linde (fictief)", "Renkum", "99ZZ"))  # audited
    with made.store.session() as s:
        s.connection().exec_driver_sql("UPDATE audit_log SET actor = 'iemand anders' WHERE id = 1")
        assert audit.verify(s) == ["Audit entry 1 was changed after it was recorded."]
        s.rollback()
    paths = made.store.paths
    made.store.close()
    paths.database.unlink()
    with pytest.raises(CorruptStoreError) as refused:
        checks.refuse_missing_or_empty(paths)
    message = str(refused.value)
    assert message.startswith(
        "This profile is damaged: the database file ibdesk.db is missing, while the key file is there. "
        "Nothing has been overwritten. There is no automatic backup in "
    ), message
    assert dutch_left([message]) == []


def test_dutch_stays_the_default(catalog_dir, store):
    """Without a choice the same messages are Dutch, as the existing tests and the audit trail expect."""
    from ibdesk.importing import csvfile
    from ibdesk.services.pupil_import import PupilImportService
    from ibdesk.store import checks

    records_school = School("OBS De Linde (fictief)", "Renkum", "99ZZ")
    from ibdesk.services.records import Records

    Records(store).save_school(records_school)
    service = PupilImportService(store)
    table = csvfile.read_table(WITH_PROBLEMS.encode())
    plan = service.preview(csvfile.to_export(table, service.mapping_for(table)[0]))
    shown = {problem.message for problem in plan.problems}
    assert "volgens de export al uitgeschreven; niet toegevoegd." in shown
    assert "niet toegevoegd: geen (geldige) geboortedatum in de export." in shown
    assert plan.summary() == "2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 niet meer in de export, 6 problemen"
    hint = checks.backups_hint(store.paths)
    assert hint.startswith(f"In {store.paths.backups} staat geen automatische back-up.")


def test_an_organisations_file_with_problems_in_english(catalog_dir, tmp_path):
    """Contacten → Importeren… and the machine policy's organisations file say what is wrong in English."""
    from ibdesk.services.org_files import FileProblems, parse_entries

    i18n.set_language("en")
    with pytest.raises(FileProblems) as refused:
        parse_entries("kind;name;colour\nswv;SWV Vallei (fictief);blauw\n", tmp_path / "organisaties.csv")
    message = str(refused.value)
    assert message.startswith(
        "The organisations file was not read; nothing was changed:\n- line 1: unknown column(s): colour. Columns: "
    ), message
    with pytest.raises(FileProblems) as refused:
        parse_entries("organisations:\n  - kind: swv\n    active: misschien\n", tmp_path / "organisaties.yaml")
    assert "- line 2: 'active' must be yes or no (or true/false), not 'misschien'." in str(refused.value)
    assert dutch_left(str(refused.value).splitlines(), allowed=["misschien"]) == []
