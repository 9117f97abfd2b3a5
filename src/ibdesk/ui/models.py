"""Item models for the tables: one generic record model, columns as data, a forgiving search
and Dutch name order, fast enough for a school of 10,000 pupils."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from ibdesk.domain.model import CaseRow, Pupil
from ibdesk.domain.search_text import fold
from ibdesk.domain.validation import format_phone
from ibdesk.services.bulk import gc_paused
from ibdesk.text.dates import short_date
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.name_order import natural_key, surname_key

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
PREPARE_AFTER = 2000  # rows: from here on the search keys are prepared ahead of the first keystroke
PLAIN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def nl_phone(value: str | None) -> str:
    """'0261234567' → '026 123 4567', '14026' → '14 026' (see domain.validation.format_phone)."""
    return format_phone(value)


@dataclass(frozen=True)
class Column(Generic[T]):
    """`title` marked with QT_TRANSLATE_NOOP(context, …) is shown in the UI's language."""

    title: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    width: int = 160
    searchable: bool = True
    context: str = ""

    @property
    def heading(self) -> str:
        return translated(self.context, self.title) if self.context else self.title

    def sort_key(self, record: T) -> tuple:
        """Never None (None sorts last), so keys of one column always compare."""
        value = self.sort(record) if self.sort is not None else natural_key(self.display(record))
        return (1,) if value is None else (0, value)


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are domain records; each column says how to show and sort them.

    Sort keys (per column) and the folded search text (per row) are computed once, the first
    time they are needed, and kept until the rows change: sorting and typing a search never
    recompute them per comparison or per keystroke.
    """

    def __init__(self, columns: Sequence[Column[T]], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._sort_keys: dict[int, list] = {}
        self._search: list[str] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys, self._search = {}, None
        self.endResetModel()

    @property
    def rows(self) -> list[T]:
        return self._rows

    def record(self, row: int) -> T:
        return self._rows[row]

    def sort_keys(self, column: int) -> list:
        if column not in self._sort_keys:
            key = self.columns[column].sort_key
            with gc_paused():
                self._sort_keys[column] = [key(r) for r in self._rows]
        return self._sort_keys[column]

    def search_texts(self) -> list[str]:
        if self._search is None:
            shown = [c.display for c in self.columns if c.searchable]
            with gc_paused():
                self._search = [fold(" ".join(d(r) for d in shown)) for r in self._rows]
        return self._search

    def search_text(self, row: int) -> str:
        return self.search_texts()[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[column].display(self._rows[row])
        if role == SORT_ROLE:
            return self.sort_keys(column)[row]
        if role == RECORD_ROLE:
            return self._rows[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].heading
        return None


class CheckableRecordModel(RecordTableModel[T]):
    """A RecordTableModel whose first column has a tick box per row (e.g. "delete these")."""

    def __init__(self, columns: Sequence[Column[T]], parent=None):
        super().__init__(columns, parent)
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[T]) -> None:
        self._checked = set()
        super().set_rows(rows)

    def checked(self) -> list[T]:
        return [self._rows[row] for row in sorted(self._checked)]

    def set_checked(self, row: int, on: bool) -> None:
        (self._checked.add if on else self._checked.discard)(row)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def set_all(self, on: bool) -> None:
        self._checked = set(range(len(self._rows))) if on else set()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == 0 else flags

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row in self._checked else Qt.CheckState.Unchecked
        return super().cell(row, column, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        self.set_checked(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class SearchProxy(QAbstractTableModel):
    """What a table shows of a RecordTableModel: the rows that contain every typed word
    (accent- and case-insensitive) and pass every named filter, in the chosen order.

    The order and the visible rows are plain Python lists built from the source's prepared
    keys, so a sort is one `sorted()` call and a keystroke one pass over the rows: no
    Python callback per comparison as in a QSortFilterProxyModel.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: RecordTableModel | None = None
        self._words: list[str] = []
        self._filters: dict[str, Callable[[Any], bool]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sorted: list[int] = []  # every source row, in the chosen order
        self._order: list[int] = []  # the visible source rows, in the chosen order

    # -- source -----------------------------------------------------------------------------
    def setSourceModel(self, model: RecordTableModel) -> None:
        self._source = model
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_changed)
        self._source_reset()

    def sourceModel(self) -> RecordTableModel | None:
        return self._source

    @property
    def _model(self) -> RecordTableModel:
        """The source, where rows are shown (there are none before `setSourceModel`)."""
        assert self._source is not None, "no source model set"
        return self._source

    def source_row(self, row: int) -> int:
        return self._order[row]

    def record(self, row: int) -> Any:
        return self._model.record(self._order[row])

    def mapToSource(self, index: AnyIndex) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self._model.index(self._order[index.row()], index.column())

    def mapFromSource(self, index: AnyIndex) -> QModelIndex:
        row = self.row_of(index.row()) if index.isValid() else None
        return QModelIndex() if row is None else self.index(row, index.column())

    def row_of_record(self, record: Any) -> int | None:
        """The row showing this very record object, if it is shown."""
        rows = self._model.rows
        return next((row for row, source in enumerate(self._order) if rows[source] is record), None)

    def row_of(self, source_row: int) -> int | None:
        try:
            return self._order.index(source_row)
        except ValueError:
            return None

    def _source_reset(self) -> None:
        self.beginResetModel()
        self._sorted = self._ordered()
        self._order = self._visible(self._sorted)
        self.endResetModel()
        if not self._words and self._model.rowCount() > PREPARE_AFTER:
            # The search keys are made in the idle moment after the list is shown, so the
            # first keystroke does not pay for them.
            QTimer.singleShot(0, self._prepare_search)

    def _prepare_search(self) -> None:
        if self._source is not None:
            self._source.search_texts()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        """Shown values changed (a tick), not the rows: repaint, keep the order."""
        if self._order:
            self.dataChanged.emit(self.index(0, top.column()), self.index(len(self._order) - 1, bottom.column()), roles)

    # -- searching, filtering, sorting ----------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        narrower = (
            bool(self._words)
            and len(words) >= len(self._words)
            and all(old in new for old, new in zip(self._words, words))
        )
        self._words = words
        # Typing on: only the rows still shown can match, so filter those.
        self._refilter(self._order if narrower else self._sorted)

    def set_filter(self, name: str, accept: Callable[[Any], bool] | None) -> None:
        """A named condition on the records (None removes it); all conditions must hold."""
        self.set_filters({name: accept})

    def set_filters(self, conditions: dict[str, Callable[[Any], bool] | None]) -> None:
        """Several named conditions at once: one pass over the rows."""
        for name, accept in conditions.items():
            if accept is None:
                self._filters.pop(name, None)
            else:
                self._filters[name] = accept
        self._refilter(self._sorted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is None or not 0 <= column < self._source.columnCount():
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection and the current row stay on their records
        sources = [self._order[i.row()] for i in kept]
        self._sorted = self._ordered()
        self._order = self._visible(self._sorted)
        if kept:
            position = {source: row for row, source in enumerate(self._order)}
            self.changePersistentIndexList(kept, [self.index(position[s], i.column()) for s, i in zip(sources, kept)])
        self.layoutChanged.emit()

    def _refilter(self, candidates: list[int]) -> None:
        self.beginResetModel()
        self._order = self._visible(candidates)
        self.endResetModel()

    def _ordered(self) -> list[int]:
        rows = range(self._source.rowCount()) if self._source is not None else range(0)
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        keys = self._model.sort_keys(column)
        return sorted(rows, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def _visible(self, candidates: list[int]) -> list[int]:
        if not self._words and not self._filters:
            return list(candidates)
        texts = self._model.search_texts() if self._words else []
        words, tests, records = self._words, list(self._filters.values()), self._model.rows
        return [
            r
            for r in candidates
            if (not words or all(w in texts[r] for w in words)) and all(t(records[r]) for t in tests)
        ]

    # -- the Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._order)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if type(self._model).flags is RecordTableModel.flags:  # plain rows: no call into the source
            return PLAIN_FLAGS
        return self._model.flags(self.mapToSource(index))

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return index.isValid() and self._model.setData(self.mapToSource(index), value, role)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._model.cell(self._order[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._source.headerData(section, orientation, role) if self._source is not None else None


def pupil_order(p: Pupil) -> str:
    """Dutch name order: surname without tussenvoegsel, then the whole surname, then first name."""
    return surname_key(p.last_name) + "\x01" + natural_key(p.first_name)


C = "models"  # the context of the column titles below
PUPIL_COLUMNS: list[Column[Pupil]] = [
    Column(QT_TRANSLATE_NOOP("models", "Naam"), lambda p: p.full_name, pupil_order, 260, context=C),
    Column(QT_TRANSLATE_NOOP("models", "Groep / klas"), lambda p: p.group, None, 120, context=C),
    Column(
        QT_TRANSLATE_NOOP("models", "Geboortedatum"),
        lambda p: short_date(p.birth_date),
        lambda p: p.birth_date,
        130,
        context=C,
    ),
    Column(QT_TRANSLATE_NOOP("models", "Woongemeente"), lambda p: p.municipality, None, 160, context=C),
]

CASE_COLUMNS: list[Column[CaseRow]] = [
    Column(QT_TRANSLATE_NOOP("models", "Nr."), lambda c: str(c.case_id), lambda c: c.case_id, 60, context=C),
    Column(QT_TRANSLATE_NOOP("models", "Leerling"), lambda c: c.pupil_name, None, 240, context=C),
    Column(QT_TRANSLATE_NOOP("models", "Groep / klas"), lambda c: c.group, None, 110, context=C),
    Column(QT_TRANSLATE_NOOP("models", "Status"), lambda c: c.status.label, None, 220, context=C),
    Column(
        QT_TRANSLATE_NOOP("models", "Geopend"), lambda c: short_date(c.opened_on), lambda c: c.opened_on, 110, context=C
    ),
    Column(QT_TRANSLATE_NOOP("models", "Regie"), lambda c: c.lead_name, None, 180, context=C),
]
