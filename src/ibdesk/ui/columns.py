"""Columns that fit their content (issue 16, point 6), at 1366×768 as at 1920×1080.

Each column gets the width of its widest visible text (and never less than its heading); the
free width goes to one flexible column (a name, an explanation). When the window is too
narrow for everything, the widest columns give way first and their text ends in "…", with
the full text as tooltip (`elide.ItemToolTips`) — the table never needs a sideways scroll.
Fitted when the data is loaded and when the table's width changes; once the user drags a
column edge, that table keeps the user's widths.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 10  # a little air after the longest text
MIN_FLEX = 120  # the flexible column keeps at least this when the others fit
MAX_ROWS = 80  # rows measured when the table is not on screen yet


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, flexible: int | None = None, wrap: tuple[int, ...] = ()):
        super().__init__(view)
        self.view, self.flexible, self.wrap = view, flexible, set(wrap)
        self.user_sized = False
        self._fitting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(view.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        model = view.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        for signal in (source.modelReset, source.layoutChanged):
            signal.connect(self._timer.start)  # data loaded; not every keystroke of a search
        view.viewport().installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def _resized(self, *_args) -> None:
        if not self._fitting and self.view.isVisible():
            self.user_sized = True  # the user dragged a column edge: leave the widths alone

    def wanted(self) -> list[int]:
        """Per column: its widest visible text (heading included), plus air."""
        view, header = self.view, self.view.horizontalHeader()
        widths = []
        for column in range(view.model().columnCount()):
            if view.isColumnHidden(column):
                widths.append(0)
            elif column in self.wrap:  # wraps onto a second line: takes what is left
                widths.append(header.sectionSizeHint(column) + PADDING)
            else:
                widths.append(max(self._content(column), header.sectionSizeHint(column)) + PADDING)
        return widths

    def _shown_rows(self) -> range:
        """The rows on screen (a row spanning the whole width, a group heading, does not count)."""
        view, model = self.view, self.view.model()
        first = max(0, view.rowAt(0))
        last = view.rowAt(view.viewport().height() - 1)
        last = min(model.rowCount(), first + MAX_ROWS) - 1 if last < 0 else last
        return range(first, last + 1)

    def _content(self, column: int) -> int:
        view, model = self.view, self.view.model()
        widest = 0
        for row in self._shown_rows():
            if view.columnSpan(row, 0) > 1:
                continue
            widest = max(widest, view.sizeHintForIndex(model.index(row, column)).width())
        return widest

    def fit(self) -> None:
        room = self.view.viewport().width()
        count = self.view.model().columnCount()
        if self.user_sized or room <= 0 or count == 0:
            return
        header = self.view.horizontalHeader()
        widths = self.wanted()
        flexible = self.flexible if self.flexible is not None else count - 1
        floors = [0 if self.view.isColumnHidden(c) else header.sectionSizeHint(c) for c in range(count)]
        spare = room - sum(widths)
        if spare >= 0:
            widths[flexible] += spare
        else:
            widths = self._shrink(widths, floors, -spare, flexible)
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                if not self.view.isColumnHidden(column):
                    self.view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    @staticmethod
    def _shrink(widths: list[int], floors: list[int], excess: int, flexible: int) -> list[int]:
        """Take `excess` pixels: from the flexible column first (down to MIN_FLEX), then from the
        widest columns, never below a column's heading."""
        widths = list(widths)
        take = min(excess, max(0, widths[flexible] - max(MIN_FLEX, floors[flexible])))
        widths[flexible] -= take
        excess -= take
        while excess > 0:
            column = max(range(len(widths)), key=lambda c: widths[c] - floors[c])
            slack = widths[column] - floors[column]
            if slack <= 0:
                break
            step = min(excess, max(1, slack // 4))
            widths[column] -= step
            excess -= step
        return widths


def fit_columns(view: QTableView, flexible: int | None = None, wrap: tuple[int, ...] = ()) -> ColumnFitter:
    return ColumnFitter(view, flexible, wrap)  # a child of the view: find it with findChild(ColumnFitter)
