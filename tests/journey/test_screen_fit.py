"""Nothing a user needs is cut off or drawn over something else, at 1366×768 and at the main
window's minimum size (900×600): every main page, every tab of a case page (a ready case and
one with a stalled step), the thuiszitters registration form and a form editor, on the demo
school (tests/journey/screenshots.py renders the same screens as PNGs to look at)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.qt_checks import cut_off

from . import screenshots


@pytest.fixture
def window(tmp_path):
    window, store = screenshots.open_demo_window(tmp_path)
    yield window
    window.close()
    store.close()


@pytest.mark.parametrize("size", list(screenshots.SIZES))
def test_every_screen_fits(window, size, dialogs):
    problems = {name: cut_off(shown) for name, shown in screenshots.shots(window, Path("."), size)}
    assert len(problems) == 7 + 1 + 2 * len(screenshots.CASE_TABS) + 1
    assert {name: found for name, found in problems.items() if found} == {}
    assert window.size().width() == screenshots.SIZES[size][0]


def test_the_check_finds_a_cut_off_button(qtbot):
    """The check itself: a button squeezed below its text, and one pushed past the window's edge."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    line = QHBoxLayout(holder)
    squeezed = QPushButton("Bewijs bekijken of aanvullen")
    squeezed.setMaximumWidth(60)
    line.addWidget(squeezed)
    outside = QPushButton("Niet van toepassing…", holder)
    holder.resize(300, 80)
    holder.show()
    outside.move(260, 10)
    found = cut_off(holder)
    assert any("Bewijs bekijken" in p and "wide" in p for p in found), found
    assert any("Niet van toepassing" in p and "past the edge" in p for p in found), found
