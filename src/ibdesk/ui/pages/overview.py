"""Overzicht: what needs attention now and this week, each item opening its page, and the
cases per status."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ibdesk.domain.model import CaseStatus
from ibdesk.services import ui_support
from ibdesk.services.attention import AttentionItem
from ibdesk.ui import messages
from ibdesk.ui.flow import flow_row
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import ERROR, PAGE_STYLE, WrapDelegate, nl
from ibdesk.ui.widgets import card, named, styled_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 10
SHORT = {CaseStatus.REFERRED: "Aangemeld", CaseStatus.FOLLOW_UP: "Opvolging"}  # the full label as tooltip
GROUPS = (("now", "Nu", "te laat, vandaag of direct op te pakken"), ("week", "Deze week", "binnen 7 dagen"),
          ("later", "Binnenkort", "termijnen die naderen"))


def group_of(item: AttentionItem, today: date) -> str:
    if item.overdue or item.due_on is None or item.due_on <= today:
        return "now"
    return "week" if item.due_on <= today + timedelta(days=7) else "later"


class CountCard(QWidget):
    """A number with a caption."""

    def __init__(self, caption: str, note: str = ""):
        super().__init__()
        self.caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.frame = card()
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(14, 8, 14, 10)
        inner.setSpacing(0)
        self.number = styled_label("–", "bigNumber", wrap=False)
        inner.addWidget(self.number)
        inner.addWidget(styled_label(caption, "cardTitle", wrap=False))
        self.note = styled_label(note, "caption")
        self.note.setVisible(bool(note))
        inner.addWidget(self.note)
        layout.addWidget(self.frame)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))
        named(self.number, f"{self.caption}: {value}")


class OverviewPage(Page):
    title = "Overzicht"
    subtitle = "Wat vandaag en deze week aandacht vraagt. Dubbelklik of druk op Enter om het te openen."
    open_target = Signal(str, int)  # ("case" | "pupil" | "meeting", id)

    def __init__(self, context: Context):
        super().__init__(context)
        self.setStyleSheet(PAGE_STYLE)
        self.items: list[AttentionItem] = []
        self.school_label = styled_label("", "sectionTitle", wrap=False)
        self.body.addWidget(self.school_label)
        self.body.addWidget(styled_label("Aandacht nodig", "sectionTitle", wrap=False))
        self.tree = QTreeWidget()
        named(self.tree, "Aandachtspunten", "Nu, deze week en binnenkort; Enter opent het onderwerp")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(["Wat", "Leerling", "Toelichting", "Datum"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setIndentation(0)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 200), (1, 160), (3, 150)):
            self.tree.setColumnWidth(column, width)
        self.tree.setItemDelegate(WrapDelegate(self.tree, (2,)))
        self.tree.itemActivated.connect(self._activated)
        self.body.addWidget(self.tree, 1)
        self.empty = styled_label("Niets dat nu aandacht vraagt.", "hint")
        self.empty.setVisible(False)
        self.body.addWidget(self.empty)
        self.body.addWidget(styled_label("Mijn casussen per status", "sectionTitle", wrap=False))
        self.pupils = CountCard("Leerlingen")
        self.open_cases = CountCard("Open casussen")
        self.by_status = {status: CountCard(SHORT.get(status, status.label)) for status in CaseStatus}
        for status, widget in self.by_status.items():
            widget.setToolTip(status.label)
        # the cards wrap to a second line in a narrow window instead of being cut off
        self.body.addWidget(flow_row([self.pupils, self.open_cases] + [self.by_status[s] for s in CaseStatus]))

    def refresh(self) -> None:
        messages.attempt(self, "Overzicht", self._load, self.context.home)

    def _load(self) -> None:
        services = self.context.services
        records = services.records
        school = records.school()
        self.school_label.setText(school.name if school else "")
        self.pupils.set_value(records.counts()["pupils"])
        per_status = ui_support.case_status_counts(records)
        self.open_cases.set_value(sum(n for s, n in per_status.items() if s is not CaseStatus.CLOSED))
        for status, count in per_status.items():
            self.by_status[status].set_value(count)
        self.show_items(services.attention.compute().items, services.attention.today())

    def show_items(self, items: list[AttentionItem], today: date) -> None:
        self.items = items
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key, caption, hint in GROUPS:
            members = [i for i in items if group_of(i, today) == key]
            if not members:
                continue
            head = QTreeWidgetItem([f"{caption} ({len(members)}) — {hint}", "", "", ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            for column in range(4):
                head.setBackground(column, QBrush(QColor("#e9eef4")))
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for item in members:
                when = nl(item.due_on) if item.due_on else "nu"
                if item.overdue:
                    when += " (te laat)"
                row = QTreeWidgetItem([item.label, item.title, item.detail, when])
                row.setData(0, ITEM_ROLE, item)
                for column in range(4):
                    row.setToolTip(column, item.detail)
                if item.overdue:
                    for column in (0, 3):
                        row.setForeground(column, QBrush(QColor(ERROR)))
                self.tree.addTopLevelItem(row)
        self.empty.setVisible(not items)
        first = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                      if self.tree.topLevelItem(i).data(0, ITEM_ROLE) is not None), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    def rows(self) -> list[tuple[str, AttentionItem]]:
        """(group caption, item) in screen order."""
        out, group = [], ""
        for i in range(self.tree.topLevelItemCount()):
            entry = self.tree.topLevelItem(i)
            item = entry.data(0, ITEM_ROLE)
            if item is None:
                group = entry.text(0).split(" (")[0]
            else:
                out.append((group, item))
        return out

    def tree_item(self, attention: AttentionItem) -> QTreeWidgetItem:
        return next(self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                    if self.tree.topLevelItem(i).data(0, ITEM_ROLE) is attention)

    def _activated(self, entry: QTreeWidgetItem, _column: int = 0) -> None:
        item: AttentionItem | None = entry.data(0, ITEM_ROLE)
        if item is not None:
            self.open_target.emit(*item.target)
