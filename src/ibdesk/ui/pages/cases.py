"""Casussen: the list of cases with a status filter."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from ibdesk.domain.model import CaseStatus
from ibdesk.ui import messages
from ibdesk.ui.models import CASE_COLUMNS, RecordTableModel, SearchProxy
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.widgets import named, styled_label


class CasesPage(Page):
    title = "Casussen"
    subtitle = "Alle ondersteuningstrajecten, met wie de regie heeft."

    def __init__(self, context: Context):
        super().__init__(context)
        bar = QHBoxLayout()
        label = QLabel("&Status:")
        self.status = QComboBox()
        named(self.status, "Filter op status")
        self.status.addItem("Alle statussen", None)
        for status in CaseStatus:
            self.status.addItem(status.label, status)
        label.setBuddy(self.status)
        self.status.currentIndexChanged.connect(self.refresh)
        self.count = styled_label("", "hint", wrap=False)
        bar.addWidget(label)
        bar.addWidget(self.status)
        bar.addSpacing(16)
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.body.addLayout(bar)
        self.model = RecordTableModel(CASE_COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, CASE_COLUMNS, "Casussen")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.body.addWidget(self.table, 1)

    def selected_status(self) -> CaseStatus | None:
        return self.status.currentData()

    def refresh(self) -> None:
        rows = messages.attempt(self, "Casussen", lambda: self.context.records.case_rows(
            self.selected_status()), self.context.home)
        self.model.set_rows(rows or [])
        n = self.model.rowCount()
        self.count.setText("1 casus" if n == 1 else f"{n} casussen")
