"""Privacy screens: Bewaartermijnen (retention) and the inzage export, reached from Instellingen
and from Leerlingen."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from support.tasks import settle

from ibdesk.services import retention


def test_retention_delete_asks_confirmation_and_removes_the_left_pupils_dossier(main_window, services, dialogs):
    main_window.show_page(6)
    main_window.retention_button.click()
    page = main_window.retention_page
    assert main_window.current_page() is page
    expired = services.retention.overview()
    assert [name for _, name in expired] == [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    item, name = expired[0]
    left = services.records.pupil(item.pupil_id)
    assert left.left_on is not None and left.guardians

    assert page.delete_selected() is None  # nothing ticked: nothing to ask
    assert dialogs.of("info") and not dialogs.of("confirm")
    page.set_checked(0)
    dialogs.answer = False
    assert page.delete_selected() is None  # the user said no
    assert dialogs.of("confirm")[-1].title == "Definitief verwijderen?"
    assert name in dialogs.of("confirm")[-1].text
    assert services.retention.overview() == expired

    tick = page.proxy.index(0, 0)  # as a click on the tick box does
    assert page.proxy.setData(tick, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tick.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialogs.answer = True
    task = page.delete_selected()  # deleting runs off the UI thread
    assert not task.settled and not page.delete_button.isEnabled()
    assert page.busy_line.text() == "Bezig met verwijderen…"
    assert settle(task) == 1
    assert page.result.text() == "1 onderdeel verwijderd." and page.busy_line.text() == ""
    assert services.retention.overview() == []
    assert page.proxy.rowCount() == 0 and page.empty.isVisibleTo(page)
    assert services.records.pupil(item.pupil_id).guardians == []
    assert item.pupil_id not in {r.pupil_id for r in services.records.case_rows()}
    page.back_button.click()
    assert main_window.current_page() is main_window.settings_page


def test_automatic_policy_switch_is_stored(main_window, demo_store):
    main_window.open_retention()
    page = main_window.retention_page
    assert not page.auto.isChecked()
    page.auto.setChecked(True)
    assert retention.retention_auto(demo_store)
    page.auto.setChecked(False)
    assert not retention.retention_auto(demo_store)


def test_inzage_writes_json_and_pdf(main_window, services, dialogs, tmp_path):
    main_window.show_page(6)
    main_window.inzage_button.click()
    page = main_window.inzage_page
    assert main_window.current_page() is page
    pupil = services.records.pupils()[0]
    page.select(pupil.id)
    dialogs.folder = None
    assert page.export() is None  # cancelled: nothing written
    assert list(tmp_path.glob("inzage-*")) == []
    dialogs.folder = tmp_path
    task = page.export()  # written off the UI thread
    assert not task.settled and not page.export_button.isEnabled()
    written = settle(task)
    assert page.export_button.isEnabled() and page.result.text().startswith("Gemaakt: ")
    assert written and all(p.parent == tmp_path and p.exists() for p in written)
    data = json.loads(next(p for p in written if p.suffix == ".json").read_text(encoding="utf-8"))
    assert data["pupil"]["id"] == pupil.id
    assert sorted(p.suffix for p in written) == [".json", ".pdf"]
    assert next(p for p in written if p.suffix == ".pdf").read_bytes().startswith(b"%PDF")
    assert all(pupil.last_name not in p.name for p in written)  # no name in file names we choose
    assert dialogs.of("info")[-1].title == "Inzage-export gemaakt"


def test_inzage_from_the_pupils_context_menu(main_window, services, dialogs, tmp_path, qtbot):
    main_window.show_page(1)
    table = main_window.pupils_page.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert main_window.pupil_inzage_action in table.actions()
    table.selectRow(0)
    dialogs.folder = tmp_path
    main_window.pupil_inzage_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.of("info")), timeout=30000)  # the export ran off the UI thread
    assert dialogs.of("info")[-1].title == "Inzage-export gemaakt"
    assert list(tmp_path.glob("inzage-leerling-*.json"))


def test_the_inzage_page_says_what_the_computer_file_is_before_naming_json(main_window):
    """Issue 11.9: plain words first; 'JSON' only in a detail line."""
    main_window.show_page(6)
    main_window.inzage_button.click()
    note = main_window.inzage_page.format_note.text()
    first, *details = note.splitlines()
    assert "JSON" not in first and "bestand dat een computer kan lezen" in first
    assert details == ["Technisch: een JSON-bestand."]


def test_an_inzage_export_that_cannot_be_written_is_explained_in_dutch(main_window, services, dialogs, tmp_path):
    main_window.open_inzage(services.records.pupils()[0].id)
    page = main_window.inzage_page
    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand, geen map")
    dialogs.folder = blocked
    assert settle(page.export()) is None
    error = dialogs.of("error")[-1]
    assert error.title == "Inzage-export niet gemaakt" and "Traceback" not in error.text
    assert error.text.startswith("Kon niet schrijven in") and "geen-map" in error.text, error.text
    assert page.export_button.isEnabled() and not page.result.isVisible()
