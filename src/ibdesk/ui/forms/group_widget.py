"""A repeatable group: a list of item frames ("Doel 1", "Doel 2", …) with "toevoegen" and
"Verwijderen" buttons that respect ``min_items`` and ``max_items``. Ctrl+Enter anywhere in
the group adds an item. Its rows come from ``BuildContext.make_row`` (see row_base.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ibdesk.forms import default_item

from .common import label
from .field_widgets import FieldInput
from .row_base import BuildContext, Row


class GroupItem(QFrame):
    """One item: its own field rows plus a "Verwijderen" button at the bottom."""

    def __init__(self, group: Any, ctx: BuildContext, wire: Callable[[Row], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.group = group
        self.setProperty("role", "groupItem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(10)
        self.title = label("", "groupItemTitle")
        layout.addWidget(self.title)
        self.rows: list[Row] = [ctx.make_row(f, ctx) for f in group.fields]
        for row in self.rows:
            row.wire = wire
            layout.addWidget(row)
        footer = QHBoxLayout()
        footer.addStretch(1)
        self.remove_button = QPushButton(QCoreApplication.translate("forms_group_widget", "Verwijderen"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setVisible(not ctx.read_only)
        footer.addWidget(self.remove_button)
        layout.addLayout(footer)
        self.index = -1

    @property
    def name(self) -> str:
        return f"{self.group.item_label or self.group.label} {self.index + 1}"

    def set_index(self, index: int) -> None:
        if index == self.index:
            return
        self.index = index
        self.title.setText(self.name)
        for row in self.rows:
            row.set_accessible_name(f"{self.name} — {row.field.label}")
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("forms_group_widget", "{item} verwijderen").format(item=self.name)
        )

    def value(self, raw: bool = False) -> dict:
        out = {}
        for row in self.rows:
            v = row.value(raw)
            if v is not None:
                out[row.field.id] = v
        return out

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for row in self.rows:
            row.set_value(value.get(row.field.id))

    def inputs(self) -> list[QWidget]:
        out = [w for row in self.rows for w in row.inputs()]
        return out + ([self.remove_button] if not self.remove_button.isHidden() else [])


def _add_text(item_label: str | None) -> str:
    """'+ Doel toevoegen' (the item's name is the definition's own word), else '+ Toevoegen'."""
    if item_label:
        return QCoreApplication.translate("forms_group_widget", "+ {item} toevoegen").format(item=item_label)
    return QCoreApplication.translate("forms_group_widget", "+ Toevoegen")


class GroupInput(FieldInput):
    """The value is a list of item dicts. The owner sets ``wire_row`` (connect an item's row)
    and ``on_structure`` (items were added or removed)."""

    def __init__(self, field: Any, ctx: BuildContext):
        super().__init__(field)
        self.ctx = ctx
        self.items: list[GroupItem] = []
        self.wire_row: Callable[[Row], None] = self._wire_to_self
        self.on_structure: Callable[[], None] = lambda: None
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(8)
        self.item_layout = QVBoxLayout()
        self.item_layout.setContentsMargins(0, 0, 0, 0)
        self.item_layout.setSpacing(8)
        layout.addLayout(self.item_layout)
        self.empty_label = label(QCoreApplication.translate("forms_group_widget", "Niets ingevuld."), "fieldHelp")
        self.empty_label.setVisible(False)
        layout.addWidget(self.empty_label)
        self.add_button = QPushButton(_add_text(field.item_label))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(QCoreApplication.translate("forms_group_widget", "Toevoegen (Ctrl+Enter)"))
        self.add_button.setVisible(not ctx.read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.focus = self.add_button
        self.add_button.clicked.connect(lambda: self.add_item())
        if not ctx.read_only:
            for keys in ("Ctrl+Return", "Ctrl+Enter"):
                shortcut = QShortcut(QKeySequence(keys), self.widget)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda: self.add_item())

    def _wire_to_self(self, row: Row) -> None:
        if row.input is not None:  # wired as it is built, once its input exists
            row.input.on_change = self._changed
            row.input.on_commit = self._committed

    # -- limits -----------------------------------------------------------------------------
    def can_add(self) -> bool:
        limit = self.field.max_items
        return not self.ctx.read_only and (limit is None or len(self.items) < limit)

    def can_remove(self) -> bool:
        return not self.ctx.read_only and len(self.items) > (self.field.min_items or 0)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.can_add())
        self.empty_label.setVisible(self.ctx.read_only and not self.items)
        removable = self.can_remove()
        for i, item in enumerate(self.items):
            item.set_index(i)
            item.remove_button.setEnabled(removable)

    # -- items ------------------------------------------------------------------------------
    def _new_item(self) -> GroupItem:
        item = GroupItem(self.field, self.ctx, self.wire_row)
        item.remove_button.clicked.connect(lambda: self.remove_item(item))
        self.item_layout.addWidget(item)
        self.items.append(item)
        return item

    def add_item(self) -> GroupItem | None:
        """Add an item with its default values (user action: notifies and focuses it)."""
        if not self.can_add():
            return None
        item = self._new_item()
        item.set_value(default_item(self.field, self.ctx.today()))
        self._update_buttons()
        self.on_structure()
        self._changed_and_committed()
        if not item.inputs():  # normally the owner's refresh has shown the item's rows
            for row in item.rows:
                row.set_shown(True)
        item.inputs()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return item

    def remove_item(self, item: GroupItem) -> None:
        if not self.can_remove() or item not in self.items:
            return
        index = self.items.index(item)
        self.items.remove(item)
        item.hide()
        item.setParent(None)
        item.deleteLater()
        self._update_buttons()
        self.on_structure()
        self._changed_and_committed()
        target = self.items[min(index, len(self.items) - 1)].inputs()[0] if self.items else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _resize(self, count: int) -> None:
        changed = count != len(self.items)
        while len(self.items) > count:
            item = self.items.pop()
            item.setParent(None)
            item.deleteLater()
        while len(self.items) < count:
            self._new_item()
        self._update_buttons()
        if changed:
            self.on_structure()

    # -- FieldInput -------------------------------------------------------------------------
    def value(self) -> list | None:
        return [item.value() for item in self.items] or None

    def raw(self) -> list | None:
        return [item.value(raw=True) for item in self.items] or None

    def _apply(self, value: Any) -> None:
        values = list(value) if isinstance(value, (list, tuple)) else []
        self._resize(len(values))
        for item, item_value in zip(self.items, values):
            item.set_value(item_value)

    def item_rows(self) -> Iterator[tuple[str, Row]]:
        for i, item in enumerate(self.items):
            for row in item.rows:
                yield f"{self.field.id}[{i}].{row.field.id}", row

    def inputs(self) -> list[QWidget]:
        return [w for item in self.items for w in item.inputs()] + [self.add_button]

    def set_read_only(self, read_only: bool) -> None:
        pass  # decided at build time (BuildContext.read_only)

    def set_accessible_name(self, name: str) -> None:
        self.widget.setAccessibleName(name)
        self.add_button.setAccessibleName(
            QCoreApplication.translate("forms_group_widget", "{item} toevoegen").format(
                item=self.field.item_label or name
            )
        )

    def set_invalid(self, invalid: bool) -> None:
        pass
