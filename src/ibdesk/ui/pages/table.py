"""A consistently set-up read-only table view that keeps its current record through a search."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ibdesk.ui.columns import fit_columns
from ibdesk.ui.models import RECORD_ROLE, Column
from ibdesk.ui.widgets import named


def make_table(model: QAbstractItemModel, columns: Sequence[Column], name: str) -> QTableView:
    table = QTableView()
    named(table, name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for index, column in enumerate(columns):
        table.setColumnWidth(index, column.width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    widest = max(range(len(columns)), key=lambda i: columns[i].width) if columns else None
    fit_columns(table, flexible=widest)  # to content; the widest column takes the rest
    if hasattr(model, "row_of_record"):
        keep_current(table, model)
    return table


def keep_current(table: QTableView, model) -> None:
    """After the model is reset (a keystroke in the search, a filter) the same record stays
    current and selected when it is still shown."""
    kept: list = [None]

    def remember() -> None:
        index = table.currentIndex()
        kept[0] = index.data(RECORD_ROLE) if index.isValid() else None

    def restore() -> None:
        row = model.row_of_record(kept[0]) if kept[0] is not None else None
        if row is not None:
            table.setCurrentIndex(model.index(row, 0))

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)
