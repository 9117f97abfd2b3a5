"""Overzicht: the attention list (Nu / Deze week / Binnenkort), each item opening its page."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ibdesk.services.attention import KIND_LABELS
from ibdesk.ui.pages.overview import ITEM_ROLE
from ibdesk.ui.pages.parts import ERROR


def test_every_attention_kind_of_the_demo_is_listed(main_window, services):
    page = main_window.overview_page
    rows = page.rows()
    # the demo has every kind but "calendar": its school calendar covers every day that matters
    assert {item.kind for _, item in rows} == set(KIND_LABELS) - {"calendar"}
    assert len(rows) == len(services.attention.compute().items)
    shown = [page.tree_item(item) for _, item in rows]
    for (group, item), entry in zip(rows, shown):
        assert entry.text(0) == item.label and entry.text(1) == item.title and entry.text(2) == item.detail
        if item.overdue:
            assert group == "Nu"
            assert entry.foreground(3).color().name() == ERROR and "te laat" in entry.text(3)
    assert [g for g, _ in rows] == sorted((g for g, _ in rows), key=["Nu", "Deze week", "Binnenkort"].index)


def test_cases_per_status(main_window, services):
    page = main_window.overview_page
    counts = services.attention.compute().cases_by_status
    for status, card in page.by_status.items():
        assert card.number.text() == str(counts.get(str(status), 0))


def test_enter_on_a_ready_item_opens_that_case(qtbot, main_window):
    page = main_window.overview_page
    ready = next(item for _, item in page.rows() if item.kind == "ready")
    page.tree.setCurrentItem(page.tree_item(ready))
    page.tree.setFocus()
    qtbot.keyClick(page.tree.viewport(), Qt.Key.Key_Return)
    case_page = main_window.case_page
    assert main_window.current_page() is case_page
    assert case_page.case_id == ready.target[1]
    assert case_page.readiness.ready
    assert case_page.header.title.text().endswith(ready.title)


def test_double_click_on_a_thuiszitter_opens_the_pupil(qtbot, main_window):
    page = main_window.overview_page
    item = next(item for _, item in page.rows() if item.kind == "thuiszitter")
    entry = page.tree_item(item)
    rect = page.tree.visualItemRect(entry)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_page() is main_window.thuiszitters_page
    assert main_window.thuiszitters_page.selected_pupil() == item.target[1]


def test_an_action_point_opens_its_case(main_window):
    page = main_window.overview_page
    item = next(item for _, item in page.rows() if item.kind == "action")
    page.tree.itemActivated.emit(page.tree_item(item), 0)
    assert main_window.case_page.case_id == item.target[1]


def test_group_headers_are_not_items(main_window):
    tree = main_window.overview_page.tree
    heads = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
             if tree.topLevelItem(i).data(0, ITEM_ROLE) is None]
    assert [h.text(0).split(" (")[0] for h in heads] == ["Nu", "Deze week", "Binnenkort"]
    assert all(not (h.flags() & Qt.ItemFlag.ItemIsSelectable) for h in heads)


def test_ctrl_4_and_5_open_mdo_and_thuiszitters(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.mdo_page
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.thuiszitters_page
