"""Building blocks of the guidance screens: panels, badges, traffic-light dots, a scroller,
and a host that shows a form editor in place of a page's content (banners, bullet lists and
buttons: ui/kit)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ibdesk.ui.kit import palette
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.widgets import styled_label

if TYPE_CHECKING:  # imported where used: the forms package imports this module's neighbours
    from ibdesk.ui.forms import FormEditor, FormView
from ibdesk.text.dates import short_or_time

LIGHT_LABELS = {
    "rood": QT_TRANSLATE_NOOP("parts", "rood"),
    "oranje": QT_TRANSLATE_NOOP("parts", "oranje"),
    "groen": QT_TRANSLATE_NOOP("parts", "groen"),
    "donkergroen": QT_TRANSLATE_NOOP("parts", "donkergroen (doel bereikt)"),
}


def discard(widget: QWidget) -> None:
    """Remove a widget at once (deleteLater alone leaves it on screen until the event loop runs)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def badge(text: str, tone: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "badge")
    label.setProperty("tone", tone)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


def panel(title: str = "", margins: tuple[int, int, int, int] = (18, 14, 18, 16)) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "panel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*margins)
    layout.setSpacing(8)
    if title:
        heading = styled_label(title, "cardTitle")
        layout.addWidget(heading)
    return frame, layout


class LightDot(QWidget):
    """One traffic-light dot (rood/oranje/groen/donkergroen), with its meaning as tooltip and name."""

    def __init__(self, light: str, when: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.light = light
        self.setFixedSize(QSize(18, 18))
        text = translated("parts", LIGHT_LABELS[light]) if light in LIGHT_LABELS else light
        if when:
            text = QCoreApplication.translate("parts", "{light} op {date}").format(light=text, date=short_or_time(when))
        self.setToolTip(text)
        self.setAccessibleName(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("white"))
        painter.setBrush(QColor(palette.TRAFFIC_LIGHTS.get(self.light, palette.NO_LIGHT)))
        painter.drawEllipse(QRectF(1.5, 1.5, 15, 15))


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the view's current column widths."""

    def __init__(self, view: QTreeView | QTableView, columns: Iterable[int]):
        super().__init__(view)
        self.view, self.columns = view, set(columns)
        header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        header.sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) if index.column() in self.columns else None
        width = self.view.columnWidth(index.column()) - 12
        if not text or width <= 20:
            return size
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or option.font)
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(size.width(), max(size.height(), rect.height() + 10))


class _FitWidthScroll(QScrollArea):
    """Scrolls up and down only, so it is never narrower than what it shows can be: a narrow
    window then gives room to it instead of cutting its text off at the right."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it shows changed: its minimum width may have too
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        need = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), need), hint.height())


def scroller(inner: QWidget) -> QScrollArea:
    area = _FitWidthScroll()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    inner.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


def row(*widgets: QWidget | None, stretch_at_end: bool = True, spacing: int = 8) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setSpacing(spacing)
    for widget in widgets:
        if widget is not None:
            layout.addWidget(widget)
    if stretch_at_end:
        layout.addStretch(1)
    return layout


class EditorHost(QWidget):
    """Shows one form (editor or read-only view) with a title bar and a way back.

    ``closed`` is emitted when the user goes back (after saving, cancelling or closing);
    ``saved(answer_id)`` after a successful save.
    """

    closed = Signal()
    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.back = button(
            QCoreApplication.translate("parts", "← Terug"),
            QCoreApplication.translate("parts", "Terug zonder opslaan"),
            self._back,
            tooltip=QCoreApplication.translate("parts", "Terug (Esc); wat u typte blijft bewaard"),
        )
        self.title = styled_label("", "big")
        self.title.setWordWrap(True)
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.note = styled_label("", "hint")
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.frame = QFrame()
        self.frame.setProperty("role", "panel")
        self.inner = QVBoxLayout(self.frame)
        self.inner.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame, 1)
        self.editor: FormEditor | None = None
        self.view: FormView | None = None

    def show_widget(self, title: str, widget: QWidget, note: str = "") -> None:
        self._clear()
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.inner.addWidget(widget)
        from ibdesk.ui.forms import FormEditor, FormView

        if isinstance(widget, FormEditor):
            self.editor = widget
            for child in (widget.save_button, widget.cancel_button, widget.discard_button):
                if not child.accessibleName():  # the renderer leaves these to the button text
                    child.setAccessibleName(
                        QCoreApplication.translate("parts", "Formulier: {action}").format(action=child.text().lower())
                    )
            self.back.setText(QCoreApplication.translate("parts", "← Terug"))
            widget.saved.connect(self._saved)
            widget.cancelled.connect(self.closed)
        elif isinstance(widget, FormView):
            self.view = widget
            self.back.setText(QCoreApplication.translate("parts", "← Sluiten"))
        widget.setFocus()

    def _saved(self, answer_id: int) -> None:
        self.saved.emit(answer_id)
        self.closed.emit()

    def _back(self) -> None:
        if self.editor is not None:
            self.editor.cancel()  # keeps a draft, emits cancelled -> closed
        else:
            self.closed.emit()

    def _clear(self) -> None:
        if self.editor is not None:
            self.editor.flush()
        for index in reversed(range(self.inner.count())):
            item = self.inner.takeAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        self.editor = self.view = None

    def release(self) -> None:
        self._clear()
