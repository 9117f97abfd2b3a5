"""Keyboard focus you can see (issue 16, point 2; WCAG 2.2 2.4.7 Focus Visible, 2.4.11 Focus
Not Obscured, with the 3:1 contrast of 1.4.11/2.4.13): every control type changes pixels when
it gets focus, by at least a one-pixel ring's worth at 3:1 or more against what was there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from support.focus import activate, focusable
from support.pixels import change, grab, settle, window_rect

from ibdesk.ui.focus_ring import item_rect
from ibdesk.ui.kit import palette
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.widgets import FieldBox, line_edit

SURFACES = ("#ffffff", palette.WINDOW, "#e9eef4", "#f3f6f9", "#fbfcfd", "#f7f9fb", "#eef4fa", "#fdecee")


def measure(widget: QWidget, away: QWidget):
    """Pixels around `widget` before and after it gets focus (focus first on `away`)."""
    window = widget.window()
    activate(window)
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:  # where it will be once it has focus (the ring scrolls it into view)
        scroll.ensureWidgetVisible(widget, 16, 16)
    away.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert QWidget.focusWidget(window) is away or away.hasFocus()
    inner = item_rect(widget)
    area = window_rect(widget, inner)
    before = grab(window, area)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert widget.hasFocus(), type(widget).__name__
    after = grab(window, area)
    rect = inner if inner is not None else widget.rect()
    return change(before, after), 2 * (rect.width() + rect.height())


def kit(qtbot) -> tuple[QWidget, dict[str, QWidget]]:
    """One of each control type, built the way the pages build them, in a window."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    table = QTableWidget(3, 2)
    for row in range(3):
        for column in range(2):
            table.setItem(row, column, QTableWidgetItem(f"cel {row}.{column}"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setCurrentCell(1, 0)
    nav = QListWidget()
    nav.setObjectName("navigation")
    nav.addItems(["Overzicht", "Leerlingen", "Casussen"])
    nav.setCurrentRow(1)
    combo, editable = QComboBox(), QComboBox()
    combo.addItems(["Alle statussen", "Lopend"])
    editable.setEditable(True)
    editable.addItems(["intern begeleider", "zorgcoördinator"])
    field = FieldBox("&BSN", QLineEdit("12345"), "BSN")
    field.set_error("Dit BSN klopt niet.")
    tabs = QTabBar()
    for text in ("Route", "Toestemming", "OPP"):
        tabs.addTab(text)
    controls = {
        "button": button("&Opslaan", "Opslaan"),
        "primary button": button("&Nieuwe casus…", "Nieuwe casus", primary=True),
        "line edit": line_edit("Zoeken", "naam, groep…"),
        "field with error": field.editor,
        "drop-down": combo,
        "editable drop-down": editable,
        "check box": QCheckBox("Ook niet-actieve tonen"),
        "radio button": QRadioButton("Ja"),
        "spin box": QDoubleSpinBox(),
        "text area": QPlainTextEdit("Toelichting"),
        "navigation": nav,
        "table": table,
        "tab bar": tabs,
    }
    away = QPushButton("weg")
    layout.addWidget(away)
    for widget in controls.values():
        layout.addWidget(field if widget is field.editor else widget)
    window.resize(520, 900)
    window.show()
    qtbot.waitExposed(window)
    return window, {"away": away, **controls}


@pytest.mark.parametrize(
    "kind",
    [
        "button",
        "primary button",
        "line edit",
        "field with error",
        "drop-down",
        "editable drop-down",
        "check box",
        "radio button",
        "spin box",
        "text area",
        "navigation",
        "table",
        "tab bar",
    ],
)
def test_every_control_type_shows_focus_with_3_to_1_contrast(qtbot, kind):
    _window, controls = kit(qtbot)
    seen, perimeter = measure(controls[kind], controls["away"])
    assert seen.changed > 0, f"{kind}: no pixel changes on focus"
    assert seen.strong >= perimeter, (
        f"{kind}: {seen.strong} pixels change by 3:1 or more, a one-pixel ring is {perimeter}"
    )


def test_the_ring_colour_has_3_to_1_against_every_surface_in_both_schemes():
    for scheme, ring in palette.FOCUS.items():
        for surface in SURFACES:
            shown = palette.dark_background(surface) if scheme == palette.DARK else surface
            assert palette.contrast(ring, shown) >= 3, (scheme, surface, ring)


def test_every_focusable_control_on_every_page_shows_focus(qtbot, main_window):
    """Not just the kit: each visible control the user can Tab to in the real screens."""
    missing = []
    for row in range(main_window.nav.count()):
        main_window.show_page(row)
        page = main_window.current_page()
        for widget in focusable(page):
            seen, perimeter = measure(widget, main_window.nav)
            if seen.strong < min(perimeter, 200):
                missing.append(
                    f"{main_window.nav.item(row).text()}: {type(widget).__name__} "
                    f"{widget.accessibleName()!r} ({seen.strong} px)"
                )
    assert missing == []


def test_every_focusable_control_on_each_tab_of_a_case_and_in_the_pupil_editor(qtbot, main_window, records):
    from ibdesk.ui.pages.pupil_editor import PupilEditor

    main_window.open_case(records.case_rows()[1].case_id)
    page = main_window.case_page
    missing = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        for widget in focusable(page):
            seen, perimeter = measure(widget, main_window.nav)
            if seen.strong < min(perimeter, 200):
                missing.append(f"{page.tabs.tabText(tab)}: {type(widget).__name__} {widget.accessibleName()!r}")
    pupil = records.pupils()[0]
    editor = PupilEditor(records, records.pupil(pupil.id), main_window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    away = editor.findChildren(QPushButton)[-1]
    for widget in focusable(editor):
        if widget is not away:
            seen, perimeter = measure(widget, away)
            if seen.strong < min(perimeter, 200):
                missing.append(f"leerling bewerken: {type(widget).__name__} {widget.accessibleName()!r}")
    assert missing == []


def test_focus_in_a_scrolled_page_is_brought_into_view(qtbot, main_window):
    """2.4.11: a control that gets focus is never hidden below the fold of a scrolled page."""
    main_window.resize(900, 600)
    main_window.show_page(6)  # Instellingen: a long page in a scroll area
    page = main_window.current_page()
    last = focusable(page)[-1]
    activate(main_window)
    last.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    viewport = last.parentWidget()
    while viewport is not None and viewport.objectName() != "qt_scrollarea_viewport":
        viewport = viewport.parentWidget()
    assert viewport is not None
    shown = QRect(last.mapTo(viewport, last.rect().topLeft()), last.size())
    assert viewport.rect().contains(shown), (shown, viewport.rect())


def test_opening_pages_and_a_case_never_takes_focus_from_the_window(qtbot, main_window, records):
    """A control made visible before it has a parent opens as a window of its own for a moment:
    it takes the keyboard focus away (and flashes on screen). No page, tab or case may do that."""
    import traceback

    from PySide6.QtCore import QEvent, QObject

    class Spy(QObject):
        def __init__(self):
            super().__init__()
            self.windows: list[str] = []

        def eventFilter(self, watched, event):
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched is not main_window
                and watched.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
            ):
                where = [
                    f"{frame.filename.split('ibdesk/')[-1]}:{frame.lineno}"
                    for frame in traceback.extract_stack()
                    if "/src/ibdesk/" in frame.filename
                ][-2:]
                self.windows.append(f"{type(watched).__name__} shown as a window at {where}")
            return False

    spy = Spy()
    app = QApplication.instance()
    app.installEventFilter(spy)
    try:
        for row in range(main_window.nav.count()):
            main_window.show_page(row)
            settle()
        main_window.open_case(records.case_rows()[1].case_id)
        page = main_window.case_page
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            settle()
    finally:
        app.removeEventFilter(spy)
    assert spy.windows == [], "\n".join(spy.windows)
