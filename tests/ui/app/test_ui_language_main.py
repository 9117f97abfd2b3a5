"""The main window and its shared chrome in English (issue 16.8): the navigation, the window
header and its search, the search results, the Overzicht empty and with a case, the undo bar,
the read-only state and the record pickers; each from an empty profile, with no Dutch left
but the stored data, and Alt+letters that do not clash. Dutch stays the default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from support.cli import kill
from support.cli import start as start_process
from support.new_school import open_first_case
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, english, start, visible_texts  # noqa: F401

from ibdesk.ui.main_window import NAV_PAGES, MainWindow
from ibdesk.ui.search_popup import KIND_ROLE

SHOTS = Path("/tmp/uilang-main")
WRITER = Path(__file__).parents[2] / "support" / "writer.py"
ENGLISH_NAV = ["Overview", "Pupils", "Cases", "MDO", "Out of school", "Contacts", "Settings"]
DUTCH_NAV = ["Overzicht", "Leerlingen", "Casussen", "MDO", "Thuiszitters", "Contacten", "Instellingen"]


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def show_row(window: MainWindow, name: str):
    window.show_page(next(i for i, (_label, n) in enumerate(NAV_PAGES) if n == name))
    QApplication.processEvents()
    return window.page(name)


def nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def window_texts(window: MainWindow) -> set[str]:
    """visible_texts of the window, part by part: support.ui_language's header check calls
    `columnCount()` without a parent, which a QListWidget's model refuses (the navigation, the
    search results), so those lists' own texts are read here."""
    texts = {window.windowTitle()} | nav_texts(window)
    for part in (window.header, window.current_page(), window.statusBar()):
        texts |= visible_texts(part)
    return texts


def nav_texts(window: MainWindow) -> set[str]:
    rows = [window.nav.item(r) for r in range(window.nav.count())]
    return {window.nav.accessibleName()} | {i.text() for i in rows} | {i.toolTip() for i in rows}


def from_services(overview) -> list[str]:
    """What the attention items and the status cards say comes from the services and the domain
    (their translation is another part of issue 16.8): allowed on the English screen here."""
    from ibdesk.domain.model import CaseStatus

    items = overview.items
    return (
        [i.label for i in items] + [i.title for i in items] + [i.detail for i in items] + [s.label for s in CaseStatus]
    )


def headers_of(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def popup_rows(window: MainWindow, text: str) -> list[tuple[str, str]]:
    """(kind, text) of every row the search popup shows for `text`."""
    search = window.header.search
    search.edit.setText(text)
    search.run_search(text)
    listing = search.popup.list
    return [(listing.item(r).data(KIND_ROLE), listing.item(r).text()) for r in range(listing.count())]


def test_the_main_window_and_overview_in_english_from_an_empty_profile(qtbot, english, start):
    window = start()
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "ibdesk — no school set up yet"  # `ibdesk init` made no school yet
    assert nav_labels(window) == ENGLISH_NAV
    assert window.nav.item(4).toolTip() == "Out of school (Ctrl+5)"
    assert not window.nav.horizontalScrollBar().isVisible()  # every label fits the navigation
    assert window.nav.accessibleName() == "Navigation"
    assert window.encrypted_label.text() == "Stored encrypted (AES-256) on this computer"
    assert window.where_label.text().startswith("Profile: ")
    assert window.encrypted_label.toolTip().startswith("Profile folder: ")
    edit = window.header.search.edit
    assert edit.placeholderText() == "Search pupil, case, form, organisation…  (Ctrl+F)"
    assert edit.accessibleName() == "Search everything"
    assert edit.toolTip() == "Search pupils, cases, forms and organisations (Ctrl+F)"

    overview = window.overview_page  # the empty profile: what to do first
    assert overview.header.title.text() == "Overview"
    # Without pupils the hint says where to start (shown once nothing needs attention; a new
    # profile asks for the school's holiday region first).
    assert overview.empty.text().startswith("Nothing to do yet: there are no pupils in ibdesk. Start under Pupils")
    assert overview.empty.isVisible() == (not overview.items)
    headings = [overview.model.heading(r) for r in overview.model.heading_rows()]
    assert headings == [f"Now ({len(overview.items)}) — overdue, today or to pick up at once"]
    assert headers_of(overview.model) == ["What", "Pupil", "Details", "Date"]
    texts = window_texts(window)
    assert {"Needs attention", "My cases by status", "Pupils", "Open cases", "Referred", "Follow-up"} <= texts
    school = window.context.records.school()
    stored = [school.name] if school else []
    assert dutch_left(texts, allowed=stored + from_services(overview)) == []
    assert mnemonic_clashes(window) == []
    shoot(window, "overview-empty-en.png")

    first = open_first_case(window.context.services.store)  # as a user would: school, pupil, case
    window.show_page(0)
    QApplication.processEvents()
    records = window.context.records
    pupil, case = records.pupil(first.pupil_id), records.case(first.case_id)
    assert overview.empty.text() == "Nothing needs attention now."
    assert overview.pupils.number.text() == "1" and overview.open_cases.number.text() == "1"
    headings = [overview.model.heading(r) for r in overview.model.heading_rows()]
    assert headings and all(h.split(" (")[0] in ("Now", "This week", "Coming up") for h in headings)
    assert dutch_left(window_texts(window), allowed=["OBS De Linde (fictief)", *from_services(overview)]) == []
    shoot(window, "overview-case-en.png")

    rows = popup_rows(window, pupil.first_name)  # the search popup: a pupil …
    assert ("group", "Pupils") in rows
    assert any(kind == "hit" and pupil.first_name in text for kind, text in rows)
    popup = window.header.search.popup
    assert popup.list.accessibleName() == "Search results"
    assert popup.hint.text() == "↑ ↓ choose · Enter open · Esc close"
    shoot(window, "search-pupil-en.png")
    rows = popup_rows(window, "overstap")  # … and the case, found by its (stored) help question
    assert ("group", "Cases") in rows
    assert any(kind == "hit" and str(case.id) in text for kind, text in rows)
    shoot(window, "search-case-en.png")
    chrome = {text for kind, text in rows if kind != "hit"} | {popup.hint.text(), popup.list.accessibleName()}
    assert dutch_left(chrome) == []  # the hits' own titles and details are stored data or the services'
    assert popup_rows(window, "qqxz") == [("note", "Nothing found for ‘qqxz’.")]
    assert popup_rows(window, "q") == [("note", "Type at least two letters.")]
    window.header.search.reset()


def test_the_undo_bar_and_settings_privacy_in_english(qtbot, english, start, shown):
    window = start()
    window.show()
    open_first_case(window.context.services.store)
    settings = show_row(window, "settings_page")
    assert window.retention_button.text() == "Retention per&iods…"
    assert window.inzage_button.text() == "Access re&quest export…"
    assert mnemonic_clashes(window) == []
    settings.edits["naam"].setText("OBS De Linde-Oost (fictief)")
    settings.save_school()
    QApplication.processEvents()
    assert window.windowTitle() == "ibdesk — OBS De Linde-Oost (fictief)"
    from ibdesk.ui.undo import UndoOffer

    offer = window.findChild(UndoOffer, "undoOffer")
    assert offer is not None and offer.isVisible()
    assert offer.button.text() == "Undo" and offer.button.accessibleName() == "Undo the last change"
    shoot(window, "undo-bar-en.png")
    assert dutch_left(visible_texts(offer)) == []
    offer.button.click()
    assert offer.text.text() == "Undone: the previous details are back."
    assert window.windowTitle() == "ibdesk — OBS De Linde (fictief)"
    assert not [s for s in shown if s.kind == "error"]
    texts = visible_texts(settings)
    assert {"Privacy", "View retention periods", "Make an access request export for parents"} <= texts

    pupils = show_row(window, "pupils_page")  # its right-click menu, with no pupil chosen
    action = window.pupil_inzage_action
    assert action in pupils.table.actions() and action.text() == "Make an access request export…"
    assert action.toolTip() == "Everything ibdesk keeps about this pupil, for the parents"
    pupils.table.setCurrentIndex(pupils.table.model().index(-1, -1))
    action.trigger()
    assert (shown[-1].title, shown[-1].text) == ("Access request", "First choose a pupil in the list.")


def test_the_loading_window_and_the_profile_in_use_dialog_in_english(qtbot, english, start, home):
    from ibdesk.ui.read_only import ProfileInUseDialog

    start()  # the app started in English
    loading = MainWindow(None, home)  # what `ibdesk` puts on screen before the profile is open
    qtbot.addWidget(loading)
    assert loading.windowTitle() == "ibdesk — Loading profile…"
    assert loading.loading_label.text() == "Loading profile…"
    dialog = ProfileInUseDialog("ibdesk on IB-LAPTOP-3")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ibdesk — profile in use"
    assert dialog.view_button.text() == "&View only" and dialog.close_button.text() == "&Close"
    assert dialog.holder_label.text() == "Opened by ibdesk on IB-LAPTOP-3."
    assert dutch_left(visible_texts(dialog)) == [] and mnemonic_clashes(dialog) == []
    dialog.resize(640, 320)
    shoot(dialog, "profile-in-use-en.png")


def test_a_profile_open_elsewhere_is_shown_read_only_in_english(qtbot, english, make_profile, home, shown):
    """The real way in: another process holds the profile, the second app views it read-only."""
    from ibdesk.app import AppController, make_application

    make_profile().store.close()
    writer = start_process(str(home), script=WRITER)
    writer.stdout.readline()  # it holds the profile now
    make_application()
    asked: list[str] = []
    controller = AppController(
        home, confirm_recovery=lambda key: True, view_read_only=lambda h: asked.append(h) or True
    )
    window = controller.start()
    try:
        assert isinstance(window, MainWindow) and controller.store.read_only and asked
        qtbot.addWidget(window)
        window.resize(1200, 900)
        banner = window.read_only_banner
        assert banner.isVisible() and banner.text().startswith("Read-only: this profile has been opened by ")
        assert banner.text().endswith(
            "You can look at everything but save nothing. Close ibdesk there and open it here again to make changes."
        )
        assert banner.accessibleName() == "Read-only"
        assert window.windowTitle().endswith(" (read-only)")
        settings = show_row(window, "settings_page")  # built after: its English saving buttons are off too
        save = next(b for b in settings.findChildren(QPushButton) if "Save school" in b.text().replace("&", ""))
        assert not save.isEnabled() and save.toolTip() == "Read-only: the profile is open elsewhere."
        save.setEnabled(True)  # a page re-enabling it on a selection
        assert not save.isEnabled()
        show_row(window, "overview_page")
        # who holds it is worded by the services (another part of issue 16.8)
        texts = window_texts(window) | {banner.text()}
        assert dutch_left(texts, allowed=[asked[0], *from_services(window.overview_page)]) == []
        assert mnemonic_clashes(window) == []
        shoot(window, "read-only-en.png")
        assert not [m for m in shown if m.kind == "error"]
    finally:
        window.close()
        controller.close_store()
        kill(writer)


def test_the_record_pickers_in_english(qtbot, english, start):
    from ibdesk.ui.pickers import case_picker, pupil_picker

    window = start()
    first = open_first_case(window.context.services.store)
    records = window.context.records
    pupils = pupil_picker()
    qtbot.addWidget(pupils)
    assert pupils.search.accessibleName() == "Pupil: search"
    assert pupils.search.placeholderText() == "type part of the name or the group…"
    pupils.set_records([])
    assert pupils.status.text() == "No pupils."
    pupils.set_records(records.pupils())
    assert pupils.status.text() == "1 of 1 pupils. Type to search; choose with ↓ and Enter, or click."
    pupils.search.setText("qqxz")
    assert pupils.status.text() == "No pupil found. Search for part of the name or the group."
    assert headers_of(pupils.model) == ["Name", "Group / class", "Date of birth"]
    cases = case_picker()
    qtbot.addWidget(cases)
    cases.set_records(records.case_rows())
    cases.select(lambda row: row.case_id == first.case_id)
    assert cases.status.text().startswith("Chosen: ") and f"case {first.case_id})" in cases.status.text()
    assert cases.proxy.data(cases.proxy.index(0, 1)) == f"case {first.case_id}"


def test_the_busy_line_of_slow_work_in_english(qtbot, english, start):
    import threading

    from PySide6.QtWidgets import QLabel

    from ibdesk.ui.tasks import run_busy

    start()
    status, results, gate = QLabel(), [], threading.Event()
    qtbot.addWidget(status)

    def work(report):
        report(1, 2)
        gate.wait(10)
        return "done"

    task = run_busy(work, results.append, results.append, status=status)
    assert status.text() == "Working…"
    qtbot.waitUntil(lambda: status.text() == "Working… (1 of 2)", timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: task.settled, timeout=10_000)
    assert results == ["done"] and status.text() == ""


def test_dutch_is_the_default_for_the_main_window(qtbot, catalog_dir, start):
    window = start()
    assert nav_labels(window) == DUTCH_NAV == [label for label, _name in NAV_PAGES]
    assert window.header.search.edit.placeholderText() == "Zoek leerling, casus, formulier, organisatie…  (Ctrl+F)"
    assert window.encrypted_label.text() == "Versleuteld opgeslagen (AES-256) op deze computer"
    overview = window.overview_page
    assert overview.header.title.text() == "Overzicht"
    assert overview.empty.text().startswith("Nog niets te doen: er staan nog geen leerlingen in ibdesk.")
    assert {"Aandacht nodig", "Open casussen", "Aangemeld"} <= window_texts(window)
    assert window.windowTitle() == "ibdesk — nog geen school ingesteld"
    assert popup_rows(window, "q") == [("note", "Typ minstens twee letters.")]
    assert window.header.search.popup.hint.text() == "↑ ↓ kiezen · Enter openen · Esc sluiten"
    settings = show_row(window, "settings_page")
    assert window.retention_button.text() == "Be&waartermijnen…" and settings.isVisibleTo(window)
    assert mnemonic_clashes(window) == []
