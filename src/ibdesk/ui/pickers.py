"""Pick one record from a long list by typing: a search field over a short table.

Used where a drop-down of 1,000 pupils or hundreds of cases would be useless: the pupil
of a new case, the cases on an MDO agenda. Typing narrows the list (accent- and
case-insensitive, every word must match); Enter in the search field or a click chooses a
row; ↓ moves from the search field into the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QHeaderView, QVBoxLayout, QWidget

from ibdesk.domain.model import CaseRow, Pupil
from ibdesk.text.dates import short_date
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP
from ibdesk.ui.models import RECORD_ROLE, Column, RecordTableModel, SearchProxy, pupil_order
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.widgets import line_edit, named, styled_label

VISIBLE_ROWS = 5


class RecordPicker(QWidget):
    """`chosen` carries the chosen record; `current()` is the record chosen now (or None)."""

    chosen = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        name: str,
        placeholder: str,
        noun: tuple[str, str],
        describe: Callable[[Any], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._noun, self._describe = noun, describe
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = line_edit(QCoreApplication.translate("pickers", "{name}: zoeken").format(name=name), placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.choose_first)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.model = RecordTableModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, columns, name)
        self.table.setSortingEnabled(False)
        self.proxy.sort(0)
        header = self.table.horizontalHeader()
        header.setVisible(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name gives way, not the rest
        self.table.setFixedHeight(VISIBLE_ROWS * self.table.verticalHeader().defaultSectionSize() + 4)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._current_changed())
        self.table.activated.connect(lambda _index: self.chosen.emit(self.current()))
        layout.addWidget(self.table)
        self.status = styled_label("", "hint")
        layout.addWidget(self.status)
        self.setFocusProxy(self.search)
        named(self, name)

    # -- content ---------------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.search.clear()
        self.model.set_rows(records)
        self._current_changed()

    def set_filter(self, name: str, accept: Callable[[Any], bool] | None) -> None:
        self.proxy.set_filter(name, accept)
        self._current_changed()

    def current(self) -> Any | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def shown(self) -> list[Any]:
        return [self.proxy.record(row) for row in range(self.proxy.rowCount())]

    def select(self, accept: Callable[[Any], bool]) -> bool:
        """Make the first shown record that `accept`s current; False when none is shown."""
        row = next((r for r in range(self.proxy.rowCount()) if accept(self.proxy.record(r))), None)
        if row is None:
            return False
        self.table.setCurrentIndex(self.proxy.index(row, 0))
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def choose_first(self) -> None:
        """Enter in the search field: the current row, or else the first one shown."""
        if self.current() is None and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        if self.current() is not None:
            self.chosen.emit(self.current())

    # -- behaviour -------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self._current_changed()

    def _current_changed(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        one, many = self._noun
        current = self.current()
        if current is not None:
            self.status.setText(
                QCoreApplication.translate("pickers", "Gekozen: {choice}").format(choice=self._describe(current))
            )
        elif total == 0:
            self.status.setText(QCoreApplication.translate("pickers", "Geen {many}.").format(many=many))
        elif shown == 0:
            self.status.setText(
                QCoreApplication.translate(
                    "pickers", "Geen {one} gevonden. Zoek op een deel van de naam of de groep."
                ).format(one=one)
            )
        else:
            self.status.setText(
                QCoreApplication.translate(
                    "pickers", "{shown} van {total} {many}. Typ om te zoeken; kies met ↓ en Enter of klik."
                ).format(shown=shown, total=total, many=many)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and cast(QKeyEvent, event).key() == Qt.Key.Key_Down
            and self.proxy.rowCount()
        ):
            self.table.setFocus()
            if self.current() is None:
                self.table.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)


PICKER_PUPIL_COLUMNS: list[Column[Pupil]] = [
    Column(QT_TRANSLATE_NOOP("pickers", "Naam"), lambda p: p.full_name, pupil_order, 200, context="pickers"),
    Column(QT_TRANSLATE_NOOP("pickers", "Groep / klas"), lambda p: p.group, None, 100, context="pickers"),
    Column(
        QT_TRANSLATE_NOOP("pickers", "Geboortedatum"),
        lambda p: short_date(p.birth_date),
        lambda p: p.birth_date,
        95,
        context="pickers",
    ),
]


def _case_number(case_id: int) -> str:
    return QCoreApplication.translate("pickers", "casus {number}").format(number=case_id)


PICKER_CASE_COLUMNS: list[Column[CaseRow]] = [
    Column(
        QT_TRANSLATE_NOOP("pickers", "Leerling"), lambda c: f"{c.pupil_name} ({c.group})", None, 220, context="pickers"
    ),
    Column(
        QT_TRANSLATE_NOOP("pickers", "Casus"),
        lambda c: _case_number(c.case_id),
        lambda c: c.case_id,
        90,
        context="pickers",
    ),
    Column(QT_TRANSLATE_NOOP("pickers", "Status"), lambda c: c.status.label, None, 190, context="pickers"),
]


def pupil_picker(parent: QWidget | None = None) -> RecordPicker:
    return RecordPicker(
        PICKER_PUPIL_COLUMNS,
        QCoreApplication.translate("pickers", "Leerling"),
        QCoreApplication.translate("pickers", "typ een deel van de naam of de groep…"),
        (QCoreApplication.translate("pickers", "leerling"), QCoreApplication.translate("pickers", "leerlingen")),
        lambda p: f"{p.full_name} ({p.group})",
        parent,
    )


def case_picker(parent: QWidget | None = None) -> RecordPicker:
    return RecordPicker(
        PICKER_CASE_COLUMNS,
        QCoreApplication.translate("pickers", "Casus"),
        QCoreApplication.translate("pickers", "typ een naam, groep of casusnummer…"),
        (QCoreApplication.translate("pickers", "casus"), QCoreApplication.translate("pickers", "casussen")),
        lambda c: QCoreApplication.translate("pickers", "{pupil} ({group}, casus {number})").format(
            pupil=c.pupil_name, group=c.group, number=c.case_id
        ),
        parent,
    )


class ChoiceModel(QAbstractListModel):
    """(value, text) rows for a combo box: filled in one go, no item object per row."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[Any, str]] = []

    def set_choices(self, rows: Sequence[tuple[Any, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        return value if role == Qt.ItemDataRole.UserRole else None


def choice_combo(name: str, min_chars: int = 22) -> QComboBox:
    """A combo box over a ChoiceModel for long lists (every pupil): type a part of the name and
    pick from the matches, or open the list. `set_choices(combo, rows)` fills it."""
    combo = QComboBox()
    named(combo, name)
    combo.setModel(ChoiceModel(combo))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(min_chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    completer = combo.completer()
    assert completer is not None  # an editable combo box has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def set_choices(combo: QComboBox, rows: Sequence[tuple[Any, str]], keep: Any = None) -> None:
    """New rows for a choice_combo; `keep` (a value) stays chosen when it is still there."""
    cast(ChoiceModel, combo.model()).set_choices(rows)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0 if rows else -1)
