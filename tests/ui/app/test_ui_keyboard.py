"""Full keyboard use through every screen (issue 16, point 2): Tab reaches every control, in
reading order, and nothing traps it (a text area or a table gives Tab back)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView, QWidget
from support.focus import activate, focusable
from support.pixels import settle


def tab_chain(qtbot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes round again."""
    activate(start.window())
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    chain = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is None or current in chain:
            break
        chain.append(current)
    return chain


def rect_in_window(widget: QWidget) -> QRect:
    """Where the widget stands in the window's layout, as if nothing were scrolled (Tab scrolls
    a page while we walk it, so positions on screen move between steps)."""
    x, y, current = 0, 0, widget
    while current is not None and not current.isWindow():
        parent = current.parentWidget()
        if parent is None or parent.objectName() != "qt_scrollarea_viewport":  # a scrolled page's content at 0,0
            x, y = x + current.x(), y + current.y()
        current = parent
    return QRect(x, y, widget.width(), widget.height())


def backwards_steps(chain: list[QWidget]) -> list[str]:
    """Steps to a control that stands above the previous one in the same column, or left of it on
    the same line: against reading order."""
    found = []
    for a, b in zip(chain, chain[1:]):
        ra, rb = rect_in_window(a), rect_in_window(b)
        same_column = rb.left() < ra.right() and rb.right() > ra.left()
        same_line = rb.top() < ra.bottom() and rb.bottom() > ra.top()
        if (same_column and rb.bottom() < ra.top()) or (same_line and not same_column and rb.right() < ra.left()):
            found.append(f"{a.accessibleName() or type(a).__name__} -> {b.accessibleName() or type(b).__name__}")
    return found


def check_page(qtbot, window, page: QWidget, label: str) -> list[str]:
    chain = tab_chain(qtbot, window.nav)
    inside = [w for w in chain if page.isAncestorOf(w)]
    problems = [
        f"{label}: Tab never reaches {type(w).__name__} {w.accessibleName()!r}"
        for w in focusable(page)
        if w not in chain
    ]
    problems += [f"{label}: against reading order: {step}" for step in backwards_steps(inside)]
    return problems


def test_tab_reaches_every_control_of_every_page_in_reading_order(qtbot, main_window):
    problems = []
    for row in range(main_window.nav.count()):
        main_window.show_page(row)
        problems += check_page(qtbot, main_window, main_window.current_page(), main_window.nav.item(row).text())
    assert problems == [], "\n".join(problems)


def test_tab_through_a_case(qtbot, main_window, records):
    main_window.open_case(records.case_rows()[1].case_id)
    page = main_window.case_page
    problems = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        problems += check_page(qtbot, main_window, page, page.tabs.tabText(tab))
    assert problems == [], "\n".join(problems)


def test_tab_leaves_text_areas_and_tables(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    area, table = QPlainTextEdit(window), QTableView(window)
    area.move(0, 0)
    table.move(0, 200)
    window.show()
    activate(window)
    area.setFocus()
    qtbot.keyClick(area, Qt.Key.Key_Tab)
    assert table.hasFocus() and area.toPlainText() == ""
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_a_step_back_up_the_page_counts_as_against_reading_order(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second = QPushButton("boven"), QPushButton("onder")
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    assert backwards_steps([first, second]) == []
    assert len(backwards_steps([second, first])) == 1
    QWidget.setTabOrder(second, first)  # a page built out of order
    assert backwards_steps(tab_chain(qtbot, second)) != []


def check_dialog(qtbot, dialog: QWidget, label: str) -> list[str]:
    """Tab from the dialog's first control round to it again: every control, in reading order."""
    if not dialog.isVisible():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    controls = focusable(dialog)
    assert controls, f"{label}: nothing to Tab to"
    chain = tab_chain(qtbot, controls[0])
    problems = [
        f"{label}: Tab never reaches {type(w).__name__} {w.accessibleName()!r}" for w in controls if w not in chain
    ]
    problems += [f"{label}: against reading order: {step}" for step in backwards_steps(chain)]
    return problems


def test_tab_through_the_dialogs_the_user_types_in(qtbot, main_window, records):
    """The pupil and organisation editors and the unlock screen: keyboard only, in reading order."""
    from ibdesk.services.organisations import OrganisationService
    from ibdesk.ui.pages.organisation_editor import OrganisationEditor
    from ibdesk.ui.pages.pupil_editor import PupilEditor

    service = OrganisationService(records.store)
    problems = check_dialog(
        qtbot, PupilEditor(records, records.pupil(records.pupils()[0].id), main_window), "leerling bewerken"
    )
    problems += check_dialog(
        qtbot, OrganisationEditor(service, service.list()[0], parent=main_window), "organisatie bewerken"
    )
    main_window.screen_lock.lock()
    problems += check_dialog(qtbot, main_window.screen_lock.lock_window, "vergrendeld")
    main_window.screen_lock.unlock()
    assert problems == [], "\n".join(problems)
