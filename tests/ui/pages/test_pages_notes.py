"""Issue 16.4 on a fresh school's case: the 'Notities en bijlagen' tab adds a dated note with its
author, lets only the author change it (the earlier text shown), and adds a file that is kept
encrypted in the store, opened through a temporary copy that is gone once the profile closes."""

from __future__ import annotations

import pytest
from support.new_school import open_first_case

from ibdesk.services import attachments as attachments_module
from ibdesk.ui.pages import case_notes

MARKER = b"JGZ-VERSLAG-MARKER-8812 (fictief)"


@pytest.fixture
def page(qtbot, store, dialogs):
    from ibdesk.services.container import Services
    from ibdesk.ui.pages.base import Context
    from ibdesk.ui.pages.case_page import CasePage

    store.set_setting("user.name", "Marieke de Wit")  # as the first-run wizard asks
    store.set_setting("user.role", "intern begeleider")
    school = open_first_case(store)
    widget = CasePage(Context(Services.build(store)))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    assert widget.open_case(school.case_id)
    widget.tabs.setCurrentIndex(
        next(i for i in range(widget.tabs.count()) if widget.tabs.tabText(i) == "Notities en bijlagen")
    )
    return widget


def test_a_note_is_added_dated_and_changed_by_its_author_with_history(page, store):
    notes = page.notes
    assert notes.no_notes.isVisibleTo(notes)
    assert not notes.save_note() and "Schrijf eerst iets" in notes.note_error.text()
    notes.note_text.setPlainText("Moeder belde: Lotte ziet op tegen de overstap (fictief).")
    assert notes.save_note()
    assert notes.note_list.count() == 1
    line = notes.note_list.item(0).text()
    assert "Marieke de Wit (intern begeleider)" in line and "ziet op tegen de overstap" in line
    assert notes.note_text.toPlainText() == "" and not notes.no_notes.isVisibleTo(notes)
    notes.note_list.setCurrentRow(0)
    assert notes.edit_note_button.isEnabled()
    notes.edit_note_button.click()
    notes.note_text.setPlainText("Moeder belde: Lotte ziet op tegen de overstap; gesprek gepland (fictief).")
    assert notes.save_note()
    assert "gewijzigd op" in notes.note_list.item(0).text()
    notes.note_list.setCurrentRow(0)
    assert "Eerder" in notes.history.text() and "ziet op tegen de overstap (fictief)." in notes.history.text()
    store.set_setting("user.name", "Sanne Bakker")  # another person on this profile
    notes.show_case(notes.pupil_id, notes.case_id)
    notes.note_list.setCurrentRow(0)
    assert not notes.edit_note_button.isEnabled()


def test_a_file_is_kept_in_the_store_opened_through_a_copy_and_too_big_is_refused(
    page, store, dialogs, monkeypatch, tmp_path
):
    from ibdesk.ui.kit import messages

    notes = page.notes
    source = tmp_path / "verslag jgz.pdf"
    source.write_bytes(b"%PDF-1.4 " + MARKER)
    monkeypatch.setattr(messages, "ask_open_path", lambda *a: source)
    notes.kind.setCurrentIndex(notes.kind.findData("jeugdarts"))
    assert notes.category.currentData() == "health"  # the category follows the kind
    assert not notes.add_file() and "korte titel" in notes.attachment_error.text()
    notes.title.setText("Verslag jeugdarts november")
    assert notes.add_file(), notes.attachment_error.text()
    assert notes.table.rowCount() == 1
    assert [notes.table.item(0, c).text() for c in range(3)] == [
        "Verslag jeugdarts november",
        "Verslag van de jeugdarts (JGZ)",
        "Gezondheid",
    ]
    source.unlink()
    opened = []
    monkeypatch.setattr(case_notes, "open_in_program", lambda path: opened.append(path) or True)
    notes.table.selectRow(0)
    assert notes.open_selected()
    assert opened[0].read_bytes().endswith(MARKER) and "Lotte" not in str(opened[0])

    monkeypatch.setattr(attachments_module, "MAX_BYTES", 16)
    big = tmp_path / "groot.pdf"
    big.write_bytes(b"x" * 64)
    monkeypatch.setattr(messages, "ask_open_path", lambda *a: big)
    notes.title.setText("Te grote scan")
    assert not notes.add_file() and "ibdesk bewaart bijlagen tot" in notes.attachment_error.text()
    assert notes.table.rowCount() == 1

    store.close()
    assert not opened[0].exists()
    for path in store.paths.home.rglob("*"):
        if path.is_file():
            assert MARKER not in path.read_bytes(), path.name
