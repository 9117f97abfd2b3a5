"""Overzicht: the attention list (Nu / Deze week / Binnenkort), each item opening its page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ibdesk.services.attention_items import KIND_LABELS
from ibdesk.ui.kit.palette import ERROR
from ibdesk.ui.pages.overview import ITEM_ROLE


def test_every_attention_kind_of_the_demo_is_listed(main_window, services):
    page = main_window.overview_page
    rows = page.rows()
    # the demo has every kind but "calendar": its school calendar covers every day that matters
    assert {item.kind for _, item in rows} == set(KIND_LABELS) - {"calendar"}
    assert len(rows) == len(services.attention.compute().items)
    shown = [page.index_of(item) for _, item in rows]
    for (group, item), entry in zip(rows, shown):
        cells = [entry.siblingAtColumn(c) for c in range(4)]
        assert [c.data() for c in cells[:3]] == [item.label, item.title, item.detail]
        if item.overdue:
            assert group == "Nu"
            assert cells[3].data(Qt.ItemDataRole.ForegroundRole).color().name() == ERROR
            assert "te laat" in cells[3].data()
    assert [g for g, _ in rows] == sorted((g for g, _ in rows), key=["Nu", "Deze week", "Binnenkort"].index)


def test_cases_per_status(main_window, services):
    page = main_window.overview_page
    counts = services.attention.compute().cases_by_status
    for status, card in page.by_status.items():
        assert card.number.text() == str(counts.get(str(status), 0))


def test_enter_on_a_ready_item_opens_that_case(qtbot, main_window):
    page = main_window.overview_page
    ready = next(item for _, item in page.rows() if item.kind == "ready")
    page.tree.setCurrentIndex(page.index_of(ready))
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
    page.tree.scrollTo(page.index_of(item))
    rect = page.tree.visualRect(page.index_of(item))
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_page() is main_window.thuiszitters_page
    assert main_window.thuiszitters_page.selected_pupil() == item.target[1]


def test_an_action_point_opens_its_case(main_window):
    page = main_window.overview_page
    item = next(item for _, item in page.rows() if item.kind == "action")
    page.tree.activated.emit(page.index_of(item))
    assert main_window.case_page.case_id == item.target[1]


def test_group_headers_are_not_items(main_window):
    tree = main_window.overview_page.tree
    model = tree.model()
    heads = [model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(ITEM_ROLE) is None]
    assert [h.data().split(" (")[0] for h in heads] == ["Nu", "Deze week", "Binnenkort"]
    assert all(not (h.flags() & Qt.ItemFlag.ItemIsSelectable) for h in heads)
    assert all(tree.columnSpan(h.row(), 0) == model.columnCount() for h in heads)


def test_ctrl_4_and_5_open_mdo_and_thuiszitters(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.mdo_page
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() is main_window.thuiszitters_page
