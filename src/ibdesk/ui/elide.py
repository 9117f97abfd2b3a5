"""Text that fits: a long name ends in "…" where there is no room, and shows in full as a tooltip.

- `ElidedLabel`: a one-line label (titles, names) that may shrink; `styled_label(..., wrap=False)`
  makes one, so every page title and card title elides.
- `install_item_tooltips(app)`: in every list, table and tree, and in drop-downs, hovering a cell
  whose text Qt cut off with "…" shows the whole text (unless the model gives its own tooltip).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QToolTip, QWidget

ELLIPSIS = "…"
CELL_PADDING = 14  # the style's text margins in a cell, both sides together


class ElidedLabel(QLabel):
    """One line of plain text; cut with "…" when narrower than the text, the full text as tooltip.
    `text()` and the accessible name stay the full text."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight
    ):
        super().__init__(text, parent)
        self._own_tooltip = ""
        self._mode = mode  # ElideMiddle for a folder path: its start and its end both matter
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self._sync_tooltip()

    def setToolTip(self, text: str) -> None:
        self._own_tooltip = text
        super().setToolTip(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._sync_tooltip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self._room()

    def shown_text(self) -> str:
        """What is on screen: the text, or part of it with "…"."""
        return self.fontMetrics().elidedText(self.text(), self._mode, self._room())

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - 2 * max(0, self.indent()))

    def _sync_tooltip(self) -> None:
        full = self.text() if self.is_elided() else ""
        QLabel.setToolTip(self, self._own_tooltip or full)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = QFontMetrics(self.font())
        least = metrics.horizontalAdvance(self.text()[:3] + ELLIPSIS)
        margins = self.contentsMargins()
        return QSize(min(hint.width(), least + margins.left() + margins.right()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


def cell_is_elided(view: QAbstractItemView, index) -> bool:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text in (None, ""):
        return False
    font = index.data(Qt.ItemDataRole.FontRole) or view.font()
    width = QFontMetrics(font).horizontalAdvance(str(text)) + CELL_PADDING
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        width += view.iconSize().width() + 4
    return width > view.visualRect(index).width()


def combo_is_elided(combo: QComboBox) -> bool:
    room = combo.width() - combo.iconSize().width() - 34  # the arrow and the frame
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > room


class ItemToolTips(QObject):
    """Shows the full text of a cut-off cell or drop-down choice on hover (app-wide)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        help_event = cast(QHelpEvent, event)  # a ToolTip event is a QHelpEvent
        text = full_text_tooltip(watched, help_event.pos())
        if text is None:
            return False
        QToolTip.showText(help_event.globalPos(), text, watched)
        return True


def full_text_tooltip(widget: QWidget, pos: QPoint) -> str | None:
    """The tooltip the app shows at `pos` in `widget` (a view's viewport, a combo) for cut-off text,
    or None — what a test asks instead of waiting for a real tooltip."""
    parent = widget.parent()
    if isinstance(widget, QComboBox):
        return widget.currentText() if not widget.toolTip() and combo_is_elided(widget) else None
    if isinstance(parent, QAbstractItemView) and widget is parent.viewport():
        index = parent.indexAt(pos)
        if index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole) and cell_is_elided(parent, index):
            return str(index.data(Qt.ItemDataRole.DisplayRole))
    return None


def install_item_tooltips(app: QApplication) -> ItemToolTips:
    tips = app.findChild(ItemToolTips)
    if tips is None:
        tips = ItemToolTips(app)
        app.installEventFilter(tips)
    return tips
