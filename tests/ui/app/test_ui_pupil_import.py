"""Leerlingen → Importeren… from an empty profile (made as the first-run wizard makes it): an
EDEX export through the dialog, preview first, off the UI thread; a re-import that changes
nothing; a new school year with a pupil who left; a damaged file; a CSV whose column mapping
is remembered for the school."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog
from support.exports import TODAY, edex, magister_csv, renamed, school
from support.qt_checks import mnemonic_clashes, unnamed_inputs

from ibdesk.domain.model import School
from ibdesk.services import profile
from ibdesk.services.pupil_import import PupilImportService
from ibdesk.ui.kit import messages
from ibdesk.ui.pages import pupil_import

KIDS = school(24)


@pytest.fixture
def window(qtbot, home):
    """A new profile with only its school, as the first-run wizard leaves it."""
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    store, _key = profile.create_profile(home, School("OBS De Linde (fictief)", "Renkum", "99ZZ"), None)
    w = MainWindow(Context.for_store(store))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_page(1)
    yield w
    store.close()


class Driver:
    """Stands in for the modal exec(): shows the dialog, lets the test act, returns."""

    def __init__(self, qtbot, act):
        self.qtbot, self.act, self.dialogs = qtbot, act, []

    def __call__(self, dialog) -> int:
        self.dialogs.append(dialog)
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.act(dialog)
        if dialog.task:
            assert dialog.task.wait(30)
        dialog.close()
        return QDialog.DialogCode.Accepted if dialog.result else QDialog.DialogCode.Rejected


def ready(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=20000)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=5000)


def run_import(qtbot, window, monkeypatch, path, act):
    monkeypatch.setattr(messages, "ask_open_path", lambda *args: path)
    driver = Driver(qtbot, act)
    monkeypatch.setattr(pupil_import, "exec_dialog", driver)
    qtbot.mouseClick(window.pupils_page.import_button, Qt.MouseButton.LeftButton)
    return driver.dialogs[-1]


def confirm(qtbot, dialog):
    ready(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ready(qtbot, dialog)


def test_edex_through_the_dialog_preview_first_then_one_import(qtbot, window, monkeypatch, tmp_path, shown):
    export = tmp_path / "leerlingen.xml"
    export.write_text(edex(KIDS), encoding="utf-8")
    page = window.pupils_page
    assert page.model.rowCount() == 0
    threads, main = [], threading.get_ident()
    original = PupilImportService.read_edex

    def read_elsewhere(path, progress=None):
        threads.append(threading.get_ident())
        return original(path, progress)

    monkeypatch.setattr(PupilImportService, "read_edex", staticmethod(read_elsewhere))
    seen = {}

    def act(dialog):
        ready(qtbot, dialog)
        seen["summary"] = dialog.plan_view.summary.text()
        seen["tabs"] = [dialog.plan_view.tabs.tabText(i) for i in range(4)]
        seen["rows"] = dialog.plan_view.new_model.rowCount()
        seen["stored before confirming"] = len(dialog.service.stored())
        seen["progress"] = dialog.progress.maximum()
        seen["a11y"] = (unnamed_inputs(dialog), mnemonic_clashes(dialog))
        confirm(qtbot, dialog)
        seen["done"] = dialog.done_banner.headline.text()

    run_import(qtbot, window, monkeypatch, export, act)

    assert threads and all(t != main for t in threads), "the file is read off the UI thread"
    assert seen["progress"] == len(edex(KIDS)), "progress counted over the file"
    assert seen["summary"] == (
        "Dit verandert: 24 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 niet meer in de export, 0 problemen."
    )
    assert seen["tabs"] == ["Nieuw (24)", "Gewijzigd (0)", "Niet meer in de export (0)", "Problemen (0)"]
    assert seen["rows"] == 24 and seen["stored before confirming"] == 0, "nothing is written before Importeren"
    assert seen["a11y"] == ([], [])
    assert seen["done"] == "Klaar: 24 leerling(en) toegevoegd, 0 bijgewerkt, 0 als vertrokken gemarkeerd."
    assert page.model.rowCount() == 24, "the list shows the imported pupils at once"
    assert [s for s in shown if s.kind == "error"] == []

    def nothing_to_do(dialog):
        ready(qtbot, dialog)
        seen["again"] = dialog.plan_view.summary.text()
        assert not dialog.import_button.isEnabled()

    run_import(qtbot, window, monkeypatch, export, nothing_to_do)
    assert "0 nieuw, 0 bijgewerkt, 24 ongewijzigd" in seen["again"] and page.model.rowCount() == 24


def test_a_new_school_year_updates_groups_and_marks_only_the_ticked_pupil_as_left(qtbot, window, monkeypatch, tmp_path):
    export = tmp_path / "leerlingen.xml"
    export.write_text(edex(KIDS), encoding="utf-8")
    run_import(qtbot, window, monkeypatch, export, lambda dialog: confirm(qtbot, dialog))
    export.write_text(edex([renamed(k, groep="g6") if k.groep == "g5" else k for k in KIDS[2:]]), encoding="utf-8")
    seen = {}

    def act(dialog):
        ready(qtbot, dialog)
        view = dialog.plan_view
        seen["changes"] = {(c.name, c.what, c.old, c.new, c.effect) for c in view.change_model.rows}
        seen["leaving"] = [item.stored.name for item in view.leaving_model.rows]
        view.tabs.setCurrentIndex(2)
        assert view.leave_ids() == [], "nobody is marked as left unless ticked"
        row = next(i for i, item in enumerate(view.leaving_model.rows) if item.stored.name == "Sem Verhoef")
        view.set_leaving(row)
        confirm(qtbot, dialog)

    run_import(qtbot, window, monkeypatch, export, act)

    assert ("Lotte Jansen", "groep", "groep 5", "groep 6A", "wordt bijgewerkt") in seen["changes"]
    assert sorted(seen["leaving"]) == ["Noor van der Berg", "Sem Verhoef"]
    listed = {p.full_name: p for p in window.pupils_page.model.rows}
    assert len(listed) == 24, "an import never deletes a pupil"
    assert listed["Sem Verhoef"].left_on == TODAY and listed["Noor van der Berg"].left_on is None
    assert listed["Lotte Jansen"].group == "groep 6A"


def test_a_damaged_export_is_explained_and_nothing_changes(qtbot, window, monkeypatch, tmp_path):
    export = tmp_path / "leerlingen.xml"
    text = edex(KIDS)
    export.write_text(text[: text.index("</leerlingen>")], encoding="utf-8")
    seen = {}

    def act(dialog):
        ready(qtbot, dialog)
        seen["problem"] = dialog.problem_text()
        seen["buttons"] = (dialog.import_button.isVisible(), dialog.close_button.text())

    run_import(qtbot, window, monkeypatch, export, act)
    assert seen["problem"].startswith("Niet ingelezen; er is niets veranderd. Het bestand is beschadigd: regel ")
    assert "in <leerlingen>" in seen["problem"] and seen["buttons"] == (False, "&Sluiten")
    assert window.pupils_page.model.rowCount() == 0


def test_csv_column_mapping_is_asked_then_remembered_for_the_school(qtbot, window, monkeypatch, tmp_path):
    export = tmp_path / "magister.csv"
    export.write_bytes(magister_csv(KIDS[:6]))
    seen = {}

    def first(dialog):
        ready(qtbot, dialog)
        step = dialog.mapping_step
        seen["first note"] = step.note.text()
        assert step.boxes["groep"].currentText() == "Klas" and step.samples["roepnaam"].text() == "bijvoorbeeld: Sem"
        step.boxes["roepnaam"].setCurrentText("(niet gebruiken)")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.problem_text()
        step.boxes["roepnaam"].setCurrentText("Roepnaam")
        step.boxes["tussenvoegsel"].setCurrentText("(niet gebruiken)")  # this school keeps it in the surname
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        confirm(qtbot, dialog)

    run_import(qtbot, window, monkeypatch, export, first)
    assert seen["first note"].startswith("ibdesk herkende deze kolommen aan hun namen.")
    assert "Kies een kolom voor: roepnaam" in seen["refused"]
    assert "Noor Berg" in {p.full_name for p in window.pupils_page.model.rows}

    def second(dialog):
        ready(qtbot, dialog)
        seen["second note"] = dialog.mapping_step.note.text()
        seen["tussenvoegsel"] = dialog.mapping_step.boxes["tussenvoegsel"].currentText()
        dialog.reject()

    run_import(qtbot, window, monkeypatch, export, second)
    assert seen["second note"].startswith("Dit is de kolomindeling die u eerder voor uw school koos.")
    assert seen["tussenvoegsel"] == "(niet gebruiken)"


def test_the_dialog_renders_at_1366_and_at_the_minimum_window_size(tmp_path):
    from . import pupil_import_screenshots

    saved = pupil_import_screenshots.render_all(tmp_path / "shots", tmp_path / "work")
    assert len(saved) == 14
    for path in saved:
        image = QImage(str(path))
        expected = (1366, 768) if path.stem.endswith("1366") else (900, 600)
        assert (image.width(), image.height()) == expected, path.name
