"""Full keyboard use (issue 16, point 2): Tab always moves on to the next control.

Qt's defaults make two keyboard traps: Tab types a tab character in a text area, and Tab walks
cell by cell through a table (180 presses to leave a 30-row list). Applied to every widget as it
is first polished, so each page, dialog and form gets it without its own code: in a text area
Tab moves on (Ctrl+Tab too), in lists and tables the arrow keys move and Tab leaves.
"""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget


def adjust(widget: QWidget) -> None:
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
