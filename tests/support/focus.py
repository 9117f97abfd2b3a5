"""Keyboard focus in tests: an active window, and the controls Tab should reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from ibdesk.ui.focus_ring import ring_target
from support.pixels import settle


def activate(window: QWidget) -> None:
    window.activateWindow()
    settle()


def focusable(root: QWidget) -> list[QWidget]:
    """The visible controls Tab can reach in `root` (one per composite control)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisibleTo(root) and widget.isEnabled()) or widget.width() < 4 or widget.height() < 4:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or ring_target(widget) is not widget:
            continue
        if isinstance(widget.parentWidget(), QTabBar):  # the tab bar's own scroll arrows
            continue
        if isinstance(
            widget,
            (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QTabBar),
        ):
            found.append(widget)
    return found
