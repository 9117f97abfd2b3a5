"""Full keyboard use (issue 16, point 2): Tab always moves on to the next control.

Qt's defaults make two keyboard traps: Tab types a tab character in a text area, and Tab walks
cell by cell through a table (180 presses to leave a 30-row list). Applied to every widget as it
is first polished, so each page, dialog and form gets it without its own code: in a text area
Tab moves on (Ctrl+Tab too), in lists and tables the arrow keys move and Tab leaves. A scroll
area with controls in it is no Tab stop of its own: its controls are, and the focus ring
scrolls each into view (one with only text keeps its stop, so the keyboard can scroll it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QScrollArea, QTextEdit, QWidget


def adjust(widget: QWidget) -> None:
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, QScrollArea) and has_tab_stops(widget.widget()):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def has_tab_stops(content: QWidget | None) -> bool:
    return content is not None and any(
        child.focusPolicy() & Qt.FocusPolicy.TabFocus for child in content.findChildren(QWidget)
    )
