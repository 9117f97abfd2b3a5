"""Issue 16.4 from the pupil side, on a fresh school: Leerlingen → 'Notities en bijlagen' shows
the notes and attachments of the pupil and of each of its cases (the case page's own panel,
ui/pages/case_notes.py), and what is added there belongs to the pupil, so the case shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.new_school import open_first_case


@pytest.fixture
def fresh(store):
    from ibdesk.services.container import Services

    store.set_setting("user.name", "Marieke de Wit")  # as the first-run wizard asks
    store.set_setting("user.role", "intern begeleider")
    services = Services.build(store)
    school = open_first_case(store)
    services.notes.add(school.pupil_id, "Casusnotitie: gesprek met mentor gepland (fictief).", school.case_id)
    services.attachments.add(
        school.pupil_id,
        b"%PDF-1.4 brief (fictief)",
        "Brief aan ouders (fictief)",
        "brief",
        case_id=school.case_id,
        file_name="brief.pdf",
    )
    return services, school


def test_pupil_notes_show_the_cases_too_and_add_to_the_pupil(qtbot, fresh, dialogs, tmp_path):
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.pages.case_notes import NotesPanel
    from ibdesk.ui.pages.case_page import CasePage
    from ibdesk.ui.pages.pupils import PupilsPage

    services, school = fresh
    context = Context(services)
    page = PupilsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    dialog = page.notes_dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog.notes, NotesPanel)  # the same widget as on the case page
    assert dialog.windowTitle() == "Notities en bijlagen"  # no name in the title
    assert "Veenstra" in dialog.header.title.text()
    panel = dialog.notes
    assert panel.case_id is None and not panel.for_pupil.isVisibleTo(panel)
    assert panel.note_list.count() == 1
    assert f"[casus {school.case_id}]" in panel.note_list.item(0).text()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "Brief aan ouders (fictief)"
    assert panel.table.item(0, 4).text().endswith(f"· casus {school.case_id}")

    panel.note_text.setPlainText("Leerlingnotitie: broertje start volgend jaar (fictief).")
    assert panel.save_note()
    added = services.notes.notes(school.pupil_id)[0]
    assert added.case_id is None and added.text.startswith("Leerlingnotitie")
    assert panel.note_list.count() == 2
    dialog.grab().save(str(tmp_path / "pupil-notes.png"))

    case_page = CasePage(context)  # the case shows the pupil's note too
    qtbot.addWidget(case_page)
    assert case_page.open_case(school.case_id)
    lines = [case_page.notes.note_list.item(i).text() for i in range(case_page.notes.note_list.count())]
    assert any("Leerlingnotitie" in line and "[leerling]" in line for line in lines)


def test_no_pupil_chosen_says_so(qtbot, fresh, dialogs):
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.pages.pupils import PupilsPage

    services, _ = fresh
    page = PupilsPage(Context(services))
    qtbot.addWidget(page)
    page.refresh()
    page.table.setCurrentIndex(page.proxy.index(-1, -1))
    assert page.open_notes(page.table.currentIndex()) is None
    assert "Kies eerst een leerling" in dialogs.of("info")[-1].text


def test_the_lock_covers_the_pupil_notes_and_keeps_what_was_typed(qtbot, fresh, dialogs):
    from PySide6.QtWidgets import QLabel

    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    services, _school = fresh
    main = MainWindow(Context(services))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.show_page(1)  # Leerlingen
    page = main.pupils_page
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    dialog = page.open_notes(page.table.currentIndex())
    qtbot.waitExposed(dialog)
    dialog.notes.note_text.setPlainText("Nog niet opgeslagen (fictief).")
    main.screen_lock.lock()
    assert dialog.isVisible() and dialog.windowTitle() == "ibdesk — vergrendeld"
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()]
    assert shown == ["ibdesk is vergrendeld"]
    main.screen_lock.unlock()
    assert dialog.windowTitle() == "Notities en bijlagen"
    assert dialog.notes.note_text.isVisible()
    assert dialog.notes.note_text.toPlainText() == "Nog niet opgeslagen (fictief)."
