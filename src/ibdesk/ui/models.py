"""Item models for the tables: one generic record model, columns as data, a forgiving search."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ibdesk.domain.model import CaseRow, Pupil
from ibdesk.domain.validation import format_phone

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


def nl_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def natural_key(text: str) -> tuple:
    """'groep 10' after 'groep 9'; text compared case-insensitively."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text))


def fold(text: str) -> str:
    """Lower case without accents, so 'celik' finds 'Çelik' and 'nguyen' finds 'Nguyễn'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Dutch surnames sort on the part after the tussenvoegsel: "de Kruijf" under K.
TUSSENVOEGSELS = {"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op", "aan",
                  "bij", "uit", "voor", "onder", "over", "d'", "l'", "la", "le", "du", "von", "zu"}


def surname_key(last_name: str) -> tuple:
    words = last_name.split()
    while len(words) > 1 and words[0].casefold() in TUSSENVOEGSELS:
        words = words[1:]
    return natural_key(" ".join(words)) + natural_key(last_name)


def nl_phone(value: str | None) -> str:
    """'0261234567' → '026 123 4567', '14026' → '14 026' (see domain.validation.format_phone)."""
    return format_phone(value)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    width: int = 160
    searchable: bool = True


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are domain records; each column says how to show and sort them."""

    def __init__(self, columns: Sequence[Column[T]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == SORT_ROLE:
            return (column.sort or (lambda r: natural_key(column.display(r))))(record)
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def search_text(self, row: int) -> str:
        record = self._rows[row]
        return fold(" ".join(c.display(record) for c in self.columns if c.searchable))


class SearchProxy(QSortFilterProxyModel):
    """Keeps rows that contain every typed word (accent- and case-insensitive)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802 - Qt API
        if not self._words:
            return True
        haystack = self.sourceModel().search_text(source_row)
        return all(word in haystack for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802 - Qt API
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


def _sort_name(p: Pupil) -> tuple:
    return surname_key(p.last_name) + natural_key(p.first_name)


PUPIL_COLUMNS: list[Column[Pupil]] = [
    Column("Naam", lambda p: p.full_name, _sort_name, 260),
    Column("Groep / klas", lambda p: p.group, None, 120),
    Column("Geboortedatum", lambda p: nl_date(p.birth_date), lambda p: p.birth_date, 130),
    Column("Woongemeente", lambda p: p.municipality, None, 160),
]

CASE_COLUMNS: list[Column[CaseRow]] = [
    Column("Nr.", lambda c: str(c.case_id), lambda c: c.case_id, 60),
    Column("Leerling", lambda c: c.pupil_name, None, 240),
    Column("Groep / klas", lambda c: c.group, None, 110),
    Column("Status", lambda c: c.status.label, None, 220),
    Column("Geopend", lambda c: nl_date(c.opened_on), lambda c: c.opened_on, 110),
    Column("Regie", lambda c: c.lead_name, None, 180),
]
