"""Text that fits (issue 16, point 6): long names elide with "…" and show whole as a tooltip;
columns fit their content at 1366×768 and 1920×1080; every screen readable in light and dark
mode and at 200%; every empty screen says what to do first (validation messages:
test_ui_validation.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from support.pixels import settle
from support.readability import unreadable

from ibdesk.domain.model import Pupil, School
from ibdesk.services.records import Records
from ibdesk.ui.columns import ColumnFitter
from ibdesk.ui.elide import ElidedLabel, cell_is_elided, full_text_tooltip
from ibdesk.ui.empty_state import EmptyHint
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.pages.base import Context

TESTS = Path(__file__).parents[2]
LONG_NAME = "Anna-Catharina Maria Josephina van Oldenbarnevelt tot Heemstede-Çelik-Nguyễn (fictief)"


def window_at(qtbot, store, size: tuple[int, int]) -> MainWindow:
    main = MainWindow(Context.for_store(store))
    qtbot.addWidget(main)
    main.resize(*size)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_columns_fit_their_content_without_a_sideways_scroll(qtbot, demo_store, size):
    records = Records(demo_store)
    records.save_pupil(
        Pupil("Anna-Catharina", LONG_NAME.split(" ", 1)[1], "01-02-2016", "groep 5", records.school().id, "Renkum")
    )
    main = window_at(qtbot, demo_store, size)
    for row, view_of in (
        (1, lambda: main.pupils_page.table),
        (2, lambda: main.cases_page.table),
        (0, lambda: main.overview_page.tree),
    ):
        main.show_page(row)
        settle(6)
        view = view_of()
        header = view.horizontalHeader()
        widths = [view.columnWidth(c) for c in range(header.count())]
        assert sum(widths) <= view.viewport().width(), (row, widths, view.viewport().width())
        assert not view.horizontalScrollBar().isVisible()
        for column in range(header.count()):
            assert widths[column] >= header.sectionSizeHint(column), (row, column, "heading cut off")
        fitter = view.findChild(ColumnFitter)
        for r in fitter._shown_rows():
            for column in range(header.count()):
                index = view.model().index(r, column)
                if view.columnSpan(r, 0) > 1 or column in fitter.wrap or not cell_is_elided(view, index):
                    continue
                assert size[0] < 1920, f"cut off at 1920×1080: {index.data()!r}"
                shown = view.visualRect(index).center()
                assert full_text_tooltip(view.viewport(), shown) == index.data(), "cut off without a tooltip"


def test_a_user_dragged_column_keeps_its_width(qtbot, demo_store):
    main = window_at(qtbot, demo_store, (1366, 768))
    main.show_page(2)
    table = main.cases_page.table
    table.horizontalHeader().resizeSection(1, 400)  # as a drag does
    main.resize(1500, 800)
    settle(6)
    assert table.columnWidth(1) == 400


def test_a_long_name_elides_with_the_whole_name_as_tooltip(qtbot):
    label = ElidedLabel(LONG_NAME)
    holder = QWidget()
    qtbot.addWidget(holder)
    label.setParent(holder)
    holder.show()
    label.resize(200, 30)
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.toolTip() == LONG_NAME and label.text() == LONG_NAME
    label.resize(label.sizeHint().width() + 10, 30)
    assert not label.is_elided() and label.toolTip() == ""
    label.setToolTip("eigen uitleg")
    label.resize(200, 30)
    assert label.toolTip() == "eigen uitleg", "a tooltip the page set is kept"


def test_the_case_title_elides_in_a_narrow_window(qtbot, demo_store):
    records = Records(demo_store)
    pupil = records.save_pupil(
        Pupil("Anna-Catharina", LONG_NAME.split(" ", 1)[1], "01-02-2016", "groep 5", records.school().id, "Renkum")
    )
    from datetime import date

    from ibdesk.domain.model import Case

    case = records.save_case(Case(pupil.id, "Een vraag (fictief)", date.today(), "Marieke de Wit"))
    main = window_at(qtbot, demo_store, (900, 600))
    main.open_case(case.id)
    settle(6)
    titles = [
        w for w in main.case_page.findChildren(ElidedLabel) if LONG_NAME.split(" ")[-2] in w.text() and w.isVisible()
    ]
    assert titles, "the pupil's name is in an eliding title"
    for title in titles:
        assert title.width() <= main.width()
        if title.is_elided():
            assert title.toolTip() == title.text()


def test_every_screen_is_readable_in_light_mode(qtbot, demo_store):
    main = window_at(qtbot, demo_store, (1366, 768))
    problems = {}
    for row in range(main.nav.count()):
        main.show_page(row)
        settle(4)
        found = unreadable(main)
        if found:
            problems[main.nav.item(row).text()] = found
    assert problems == {}


def test_the_readability_check_finds_pale_text(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet("background: white;")
    pale = QLabel("Nauwelijks te lezen", window)
    pale.setStyleSheet("color: #cfcfcf;")
    pale.resize(200, 30)
    window.show()
    qtbot.waitExposed(window)
    assert len(unreadable(window)) == 1


@pytest.mark.parametrize("scheme,scale", [("donker", "1"), ("licht", "2")])
def test_every_screen_is_readable_in_dark_mode_and_at_200_percent(tmp_path, scheme, scale):
    """A separate process per scheme and scale: the OS dark mode, 200% scaling (QT_SCALE_FACTOR)."""
    env = {**os.environ, "IBDESK_THEME": scheme, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "support.screen_check", str(tmp_path / "png")],
        cwd=TESTS,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["scheme"] == scheme
    assert report["unreadable"] == {}
    assert len(list((tmp_path / "png").glob("*.png"))) >= 10


EMPTY_PAGES = {  # navigation row -> what the empty screen tells the user to do first
    0: "Nieuwe leerling",
    1: "Nieuwe leerling",
    2: "Nieuwe casus",
    3: "Nieuw overleg plannen",
    4: "Geen leerlingen met verzuim",
    5: "Organisatie toevoegen",
}


def test_every_empty_screen_says_what_to_do_first(qtbot, store):
    """A brand-new profile: only the school the first-run wizard asked for."""
    Records(store).save_school(School("OBS De Linde (fictief)", "Wageningen", None, None, "routekaart-po"))
    main = window_at(qtbot, store, (1366, 768))
    for row, action in EMPTY_PAGES.items():
        main.show_page(row)
        settle(4)
        texts = " ".join(label.text() for label in main.current_page().findChildren(QLabel) if label.isVisible())
        assert action in texts, (main.nav.item(row).text(), texts[:300])


def test_a_search_without_hits_says_so_instead_of_the_first_steps(qtbot, demo_store):
    main = window_at(qtbot, demo_store, (1366, 768))
    main.show_page(1)
    main.pupils_page.search.setText("qqqqqq")
    settle(4)
    hint = main.pupils_page.table.findChild(EmptyHint)
    assert hint.isVisible() and "qqqqqq" in hint.text() and "Nieuwe leerling" not in hint.text()
    main.pupils_page.search.clear()
    settle(2)
    assert not hint.isVisible()


def test_cut_off_text_in_a_drop_down_shows_whole_as_tooltip(qtbot):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem(LONG_NAME)
    combo.resize(160, 28)
    combo.show()
    assert full_text_tooltip(combo, QPoint(10, 10)) == LONG_NAME
    combo.resize(900, 28)
    assert full_text_tooltip(combo, QPoint(10, 10)) is None
