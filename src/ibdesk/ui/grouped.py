"""A long list in groups (Nu / Deze week / Binnenkort, Thuiszitters / …) as one flat model
with heading rows, shown in a table whose headings span the row.

Model/view instead of a QTreeWidget: no Qt item object per row, so thousands of rows
load in milliseconds, and only the rows on screen are ever asked for their text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ibdesk.ui.columns import fit_columns
from ibdesk.ui.kit import palette
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.models import RECORD_ROLE
from ibdesk.ui.widgets import named

AnyIndex = QModelIndex | QPersistentModelIndex
HEADING_COLOUR = palette.NAVIGATION
# The tree view asks every row for these while it lays out: computed once, not per call.
HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
NO_FLAGS = Qt.ItemFlag.NoItemFlags


@dataclass(frozen=True)
class ListColumn:
    """`title` marked with QT_TRANSLATE_NOOP(context, …) is shown in the UI's language."""

    title: str
    display: Callable[[Any], str]
    width: int = 160
    tooltip: Callable[[Any], str] | None = None
    colour: Callable[[Any], str | None] | None = None  # a text colour for this cell, or None
    context: str = ""

    @property
    def heading(self) -> str:
        return translated(self.context, self.title) if self.context else self.title


class GroupedListModel(QAbstractTableModel):
    """Headings span the row, are bold on a tinted background and cannot be selected; every
    other row carries its record under RECORD_ROLE."""

    def __init__(self, columns: Sequence[ListColumn], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._entries: list[tuple[str | None, Any]] = []  # (heading, None) or (None, record)
        self._bold: QFont | None = None

    def set_groups(self, groups: Iterable[tuple[str, Sequence[Any]]]) -> None:
        """(heading, records) per group; empty groups are left out."""
        self.beginResetModel()
        self._entries = []
        for heading, records in groups:
            if records:
                self._entries.append((heading, None))
                self._entries.extend((None, r) for r in records)
        self.endResetModel()

    def set_records(self, records: Iterable[Any]) -> None:
        """One list without headings."""
        self.beginResetModel()
        self._entries = [(None, r) for r in records]
        self.endResetModel()

    def record(self, row: int) -> Any | None:
        return self._entries[row][1]

    def heading(self, row: int) -> str | None:
        return self._entries[row][0]

    def heading_rows(self) -> list[int]:
        return [row for row, (heading, _) in enumerate(self._entries) if heading is not None]

    def records(self) -> list[tuple[str, Any]]:
        """(heading of its group, record) in screen order."""
        out, heading = [], ""
        for title, record in self._entries:
            if title is not None:
                heading = title
            else:
                out.append((heading, record))
        return out

    def row_of(self, accept: Callable[[Any], bool]) -> int | None:
        return next((row for row, (_, r) in enumerate(self._entries) if r is not None and accept(r)), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return ROW_FLAGS if self._entries[index.row()][0] is None else HEADING_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        heading, record = self._entries[index.row()]
        if heading is not None:
            return self._heading_data(heading, index.column(), role)
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip or column.display)(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(QColor(palette.for_foreground(colour))) if colour else None
        if role == RECORD_ROLE:
            return record
        return None

    def _heading_data(self, heading: str, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return heading if column == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(palette.for_background(HEADING_COLOUR)))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].heading
        return None


def grouped_view(
    model: GroupedListModel, name: str, description: str = "", stretch: int | None = None, wrap: Iterable[int] = ()
) -> QTableView:
    """A table over `model`: headings span the row after every reset; with `wrap` columns
    every row is two lines high and their text wraps (the full text is in the tooltip);
    `stretch` takes the free width.

    A table, not a tree view: a tree view lays out every row (two calls into the model per
    row) before it shows one, which at 12,000 rows costs more than the data."""
    view = QTableView()
    named(view, name, description)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setCornerButtonEnabled(False)
    wrap = tuple(wrap)
    view.setWordWrap(bool(wrap))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    line = view.fontMetrics().lineSpacing()
    rows.setDefaultSectionSize(line * (2 if wrap else 1) + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch is None)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, spec in enumerate(model.columns):
        view.setColumnWidth(column, spec.width)
    fit_columns(view, flexible=stretch, wrap=wrap)  # to content; `stretch` takes the rest

    def span_headings() -> None:
        view.clearSpans()
        for row in model.heading_rows():
            view.setSpan(row, 0, 1, model.columnCount())
            view.setRowHeight(row, line + 10)

    model.modelReset.connect(span_headings)
    return view
