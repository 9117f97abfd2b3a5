"""The main window: navigation, the list pages, settings and backups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from support.tasks import settle

from ibdesk.domain.model import CaseStatus
from ibdesk.paths import ProfilePaths
from ibdesk.store.backup import read_backup

PAGES = ["Overzicht", "Leerlingen", "Casussen", "MDO", "Thuiszitters", "Contacten", "Instellingen"]


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_title_navigation_and_status_bar(main_window):
    assert main_window.windowTitle() == "ibdesk — OBS De Vlinderboom (fictief)"
    assert [main_window.nav.item(i).text() for i in range(main_window.nav.count())] == PAGES
    assert "Versleuteld" in main_window.encrypted_label.text()


def test_ctrl_2_switches_to_pupils(qtbot, main_window):
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.pupils_page
    assert main_window.nav.currentRow() == 1
    assert main_window.pupils_page.model.rowCount() == 30


@pytest.mark.parametrize("number", range(1, 8))
def test_every_page_has_a_shortcut_and_a_header(qtbot, main_window, number):
    qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    page = main_window.current_page()
    assert page.header.title.text() == PAGES[number - 1]
    assert page.header.subtitle.text()


def test_overview_counts(main_window, records):
    page = main_window.overview_page
    rows = records.case_rows()
    assert page.pupils.number.text() == "30"
    assert page.open_cases.number.text() == str(sum(r.status is not CaseStatus.CLOSED for r in rows))
    for status in CaseStatus:
        assert page.by_status[status].number.text() == str(sum(r.status is status for r in rows))


def test_typing_a_name_filters_the_pupils(qtbot, main_window, records):
    main_window.show_page(1)
    page = main_window.pupils_page
    celik = [p.full_name for p in records.pupils() if p.last_name == "Çelik"]
    assert celik
    qtbot.keyClicks(page.search, "celik")  # without the cedilla
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert sorted(shown) == sorted(celik)
    assert page.count.text() == f"{len(celik)} van 30 leerlingen"
    page.search.clear()
    assert page.proxy.rowCount() == 30


def test_search_words_combine(qtbot, main_window, records):
    main_window.show_page(1)
    page = main_window.pupils_page
    page.search.setText("NGUYỄN groep 7")  # QTest cannot type ễ; setText fires the same signal
    expected = [p for p in records.pupils() if p.last_name == "Nguyễn" and p.group == "groep 7"]
    assert page.proxy.rowCount() == len(expected) >= 1


def test_pupils_sort_on_surname_without_tussenvoegsel(main_window):
    main_window.show_page(1)
    proxy = main_window.pupils_page.proxy
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names.index("Hanna de Kruijf") < names.index("Stijn van Loon") < names.index("Jesse Mulder-Pranger")


def test_double_click_opens_the_pupil(qtbot, demo_store, records):
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.pages.pupils import PupilsPage

    opened = []
    page = PupilsPage(Context.for_store(demo_store), open_editor=lambda p: opened.append(p) or False)
    qtbot.addWidget(page)
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    rect = page.table.visualRect(page.proxy.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [p.full_name for p in opened] == [page.proxy.index(0, 0).data()]  # once, not twice
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened[-1].full_name == page.proxy.index(1, 0).data()
    page.new_button.click()
    assert opened[-1] is None


def test_case_status_filter(main_window, records):
    main_window.show_page(2)
    page = main_window.cases_page
    assert page.model.rowCount() == len(records.case_rows())
    page.status.setCurrentIndex(page.status.findData(CaseStatus.CLOSED))
    statuses = {page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())}
    assert statuses == {CaseStatus.CLOSED.label}
    closed = len(records.case_rows(CaseStatus.CLOSED))
    assert page.proxy.rowCount() == closed and page.model.rowCount() == len(records.case_rows())
    assert page.count.text() == f"{closed} van {page.model.rowCount()} casussen"
    assert page.proxy.index(0, 4).data().count("-") == 2  # dd-mm-jjjj


def test_contacts_show_primary_and_escalation_with_mandate(main_window):
    main_window.show_page(5)
    shown = texts(main_window.contacts_page)
    assert "Sociaal Team" in shown and "Leerplicht" in shown
    assert "Ingrid Vos-Meulman (jeugdconsulent)" in shown
    assert "Peter van Aalst (teamleider)" in shown
    assert "Mag een beschikking jeugdhulp versneld afgeven." in shown
    assert "026 123 4568" in shown


def test_settings_saves_school_and_updates_title(qtbot, main_window, records):
    main_window.show_page(6)
    page = main_window.settings_page
    page.edits["naam"].setText("OBS De Zonnewijzer (fictief)")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert records.school().name == "OBS De Zonnewijzer (fictief)"
    assert main_window.windowTitle() == "ibdesk — OBS De Zonnewijzer (fictief)"
    assert page.saved_label.text() == "Opgeslagen."


def test_settings_invalid_brin_is_shown_inline_and_not_saved(qtbot, main_window, records):
    main_window.show_page(6)
    page = main_window.settings_page
    page.edits["brin"].setText("ABC")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "BRIN" in page.fields.boxes["brin"].error.text()
    assert records.school().brin == "99ZZ"
    assert page.edits["brin"].text() == "ABC"


def test_settings_shows_profile_folder_and_key_storage(main_window, demo_store):
    main_window.show_page(6)
    page = main_window.settings_page
    assert page.folder_label.text() == str(demo_store.paths.home)
    assert "sleutelbeheer" in page.key_label.text() and "herstelsleutel" in page.key_label.text()


def test_backup_is_written_where_the_user_chose(main_window, tmp_path, monkeypatch, shown, demo_store):
    from ibdesk.ui.kit import messages

    target = tmp_path / "usb-stick" / "ibdesk-school.ibbak"
    target.parent.mkdir()  # a save dialog only offers folders that exist
    monkeypatch.setattr(messages, "ask_save_path", lambda *args: target)
    main_window.show_page(6)
    main_window.settings_page.backup_button.click()
    settle(main_window.settings_page.backup_task)
    assert read_backup(target).keyfile.profile_id == demo_store.keyfile.profile_id
    assert shown[-1].title == "Back-up gemaakt" and str(target) in shown[-1].text


def test_the_backup_is_written_off_the_ui_thread_while_the_page_says_so(main_window, tmp_path, monkeypatch, shown):
    from ibdesk.ui.kit import messages

    target = tmp_path / "ibdesk-school.ibbak"
    monkeypatch.setattr(messages, "ask_save_path", lambda *args: target)
    main_window.show_page(6)
    page = main_window.settings_page
    page.backup_button.click()
    assert page.backup_task is not None and not page.backup_task.settled  # the click returned at once
    assert not page.backup_button.isEnabled() and page.backup_status.text() == "Bezig met de back-up…"
    settle(page.backup_task)
    assert target.exists() and page.backup_button.isEnabled() and shown[-1].title == "Back-up gemaakt"


def test_cancelled_backup_writes_nothing(main_window, tmp_path, monkeypatch, shown):
    from ibdesk.ui.kit import messages

    before = sorted(p for p in tmp_path.rglob("*"))
    monkeypatch.setattr(messages, "ask_save_path", lambda *args: None)
    main_window.show_page(6)
    main_window.settings_page.backup_button.click()
    settle(main_window.settings_page.backup_task)
    assert sorted(p for p in tmp_path.rglob("*") if "-wal" not in p.name and "-shm" not in p.name) == [
        p for p in before if "-wal" not in p.name and "-shm" not in p.name
    ]
    assert shown == []


def test_backup_never_overwrites_the_profile_database(main_window, monkeypatch, shown, demo_store):
    from ibdesk.ui.kit import messages

    db = ProfilePaths(demo_store.paths.home).database
    before = db.read_bytes()
    monkeypatch.setattr(messages, "ask_save_path", lambda *args: db)
    main_window.show_page(6)
    main_window.settings_page.backup_button.click()
    settle(main_window.settings_page.backup_task)
    assert shown[-1].kind == "error" and "profiel zelf" in shown[-1].text
    assert db.read_bytes() == before
