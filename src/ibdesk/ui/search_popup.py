"""The results under the search field: group headings, and per hit a title with one line of
context. A frame floating over the window (not a popup window: typing stays in the field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGraphicsDropShadowEffect,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ibdesk.domain.search_results import Results, Target
from ibdesk.ui.kit import palette
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "hit", "group" or "note"
HIT_HEIGHT, GROUP_HEIGHT, NOTE_HEIGHT = 46, 28, 24
MAX_ROWS_HEIGHT = 460
# The group headings the search index uses (store/search_sources.py), shown in the UI's language;
# a heading not listed here is shown as it comes.
GROUP_LABELS = (
    QT_TRANSLATE_NOOP("search_popup", "Leerlingen"),
    QT_TRANSLATE_NOOP("search_popup", "Casussen"),
    QT_TRANSLATE_NOOP("search_popup", "Formulieren"),
    QT_TRANSLATE_NOOP("search_popup", "Organisaties"),
    QT_TRANSLATE_NOOP("search_popup", "Notities"),
)


def group_heading(label: str) -> str:
    return translated("search_popup", label) if label in GROUP_LABELS else label


class HitDelegate(QStyledItemDelegate):
    """A heading row, a two-line hit (title, muted context) or a muted note."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        kind = index.data(KIND_ROLE)
        return QSize(option.rect.width(), {"group": GROUP_HEIGHT, "note": NOTE_HEIGHT}.get(kind, HIT_HEIGHT))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        rect = option.rect.adjusted(12, 0, -12, 0)
        kind = index.data(KIND_ROLE)
        base = QFont(option.font)
        if kind == "group":
            base.setBold(True)
            base.setPointSizeF(base.pointSizeF() * 0.9)
            painter.setFont(base)
            painter.setPen(QColor(palette.for_foreground(palette.MUTED)))
            painter.drawText(
                rect.adjusted(0, 6, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                index.data(Qt.ItemDataRole.DisplayRole).upper(),
            )
        elif kind == "note":
            painter.setFont(base)
            painter.setPen(QColor(palette.for_foreground(palette.MUTED)))
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._elided(base, index.data(Qt.ItemDataRole.DisplayRole), rect.width()),
            )
        else:
            self._paint_hit(painter, option, index, rect, base)
        painter.restore()

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem, index, rect: QRect, base: QFont) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect.adjusted(4, 1, -4, -1), QColor(palette.ACCENT))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect.adjusted(4, 1, -4, -1), QColor(palette.for_background(palette.HOVER)))
        title_font = QFont(base)
        title_font.setWeight(QFont.Weight.DemiBold)
        top, bottom = rect.adjusted(0, 5, 0, -HIT_HEIGHT // 2), rect.adjusted(0, HIT_HEIGHT // 2 - 2, 0, -5)
        painter.setFont(title_font)
        painter.setPen(QColor("white") if selected else QColor(palette.for_foreground(palette.TEXT)))
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._elided(title_font, index.data(Qt.ItemDataRole.DisplayRole), rect.width()),
        )
        painter.setFont(base)
        painter.setPen(QColor(palette.SELECTED_DETAIL) if selected else QColor(palette.for_foreground(palette.MUTED)))
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._elided(base, index.data(DETAIL_ROLE) or "", rect.width()),
        )

    @staticmethod
    def _elided(font: QFont, text: str, width: int) -> str:
        return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


class SearchPopup(QFrame):
    """Shows `Results`; `opened(Target)` when a hit is clicked (the field handles the keys)."""

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.NoFrame)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 3)
        shadow.setColor(QColor(0, 0, 0, 60))
        self.setGraphicsEffect(shadow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 6, 1, 0)
        layout.setSpacing(0)
        self.list = QListWidget()
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(QCoreApplication.translate("search_popup", "Zoekresultaten"))
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._clicked)
        layout.addWidget(self.list)
        self.hint = QLabel(QCoreApplication.translate("search_popup", "↑ ↓ kiezen · Enter openen · Esc sluiten"))
        self.hint.setObjectName("searchPopupHint")
        layout.addWidget(self.hint)
        self.results: Results | None = None
        self.hide()

    # -- content ----------------------------------------------------------------------------
    def show_results(self, results: Results) -> None:
        self.results = results
        self.list.clear()
        if results.too_short:
            self._note(QCoreApplication.translate("search_popup", "Typ minstens twee letters."))
        elif results.unavailable:
            self._note(
                QCoreApplication.translate(
                    "search_popup", "Zoeken kan nu niet: dit profiel is alleen-lezen geopend en nog niet bijgewerkt."
                )
            )
        elif not results.groups:
            self._note(
                QCoreApplication.translate("search_popup", "Niets gevonden voor ‘{text}’.").format(
                    text=results.text.strip()
                )
            )
        for group in results.groups:
            heading = group_heading(group.label)
            self._add(heading, "group", enabled=False)
            for hit in group.hits:
                item = self._add(hit.title, "hit")
                item.setData(DETAIL_ROLE, hit.detail)
                item.setData(TARGET_ROLE, hit.target)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{heading}: {hit.title}, {hit.detail}")
                item.setToolTip(f"{hit.title}\n{hit.detail}")
            if group.more:
                self._note(QCoreApplication.translate("search_popup", "Meer gevonden: typ verder om te verfijnen."))
        self.hint.setVisible(bool(results.hits))
        self.select(0)

    def _add(self, text: str, kind: str, enabled: bool = True) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KIND_ROLE, kind)
        if not enabled:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)
        return item

    def _note(self, text: str) -> None:
        item = self._add(text, "note", enabled=False)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def preferred_height(self) -> int:
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.list.count()))
        hint = self.hint.sizeHint().height() if self.hint.isVisibleTo(self) else 0
        return min(rows, MAX_ROWS_HEIGHT) + hint + 10

    # -- choosing ---------------------------------------------------------------------------
    def hit_rows(self) -> list[int]:
        return [r for r in range(self.list.count()) if self.list.item(r).data(KIND_ROLE) == "hit"]

    def select(self, position: int) -> None:
        """Make the `position`-th hit current (clamped); nothing when there are no hits."""
        rows = self.hit_rows()
        if not rows:
            self.list.setCurrentRow(-1)
            return
        row = rows[max(0, min(position, len(rows) - 1))]
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))

    def move_selection(self, step: int) -> None:
        rows = self.hit_rows()
        current = self.list.currentRow()
        position = rows.index(current) if current in rows else -1
        self.select(position + step)

    def current_target(self) -> Target | None:
        item = self.list.currentItem()
        return item.data(TARGET_ROLE) if item is not None and item.data(KIND_ROLE) == "hit" else None

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.data(KIND_ROLE) == "hit":
            self.opened.emit(item.data(TARGET_ROLE))
