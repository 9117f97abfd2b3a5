"""Building blocks of the guidance screens: panels, badges, bullet lists, traffic-light dots,
and a host that shows a form editor in place of a page's content."""
from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from ibdesk.text.dates import short_or_time
from ibdesk.ui.widgets import named, repolish, styled_label

ACCENT = "#1f5f99"
ERROR = "#b00020"
WARN = "#8a4b00"
OK = "#1b6b34"
MUTED = "#5b6570"
BORDER = "#d5dbe2"
TEXT = "#1d2733"
LIGHT_COLOURS = {"rood": "#c62828", "oranje": "#ef8f00", "groen": "#43a047", "donkergroen": "#1b5e20"}
LIGHT_LABELS = {"rood": "rood", "oranje": "oranje", "groen": "groen", "donkergroen": "donkergroen (doel bereikt)"}

PAGE_STYLE = f"""
QFrame[role="panel"] {{ background: white; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="panel"] QLabel, QFrame[role="step"] QLabel, QFrame[role="banner"] QLabel {{
    background: transparent; border: none; }}
QFrame[role="step"] {{ background: white; border: 1px solid {BORDER}; border-left: 4px solid #b8c2cc;
    border-radius: 5px; }}
QFrame[role="step"][state="done"] {{ border-left-color: #3f9a5d; }}
QFrame[role="step"][state="current"] {{ border: 1px solid #9fbfdd; border-left: 4px solid {ACCENT};
    background: #f3f8fd; }}
QFrame[role="step"][state="stalled"] {{ border: 1px solid #efb8bf; border-left: 4px solid {ERROR};
    background: #fff8f8; }}
QFrame[role="step"][state="nvt"] {{ border-left-color: #9aa5b1; background: #fafbfc; }}
QFrame[role="banner"] {{ border-radius: 5px; border: 1px solid {BORDER}; background: #f7f9fb; }}
QFrame[role="banner"][tone="ok"] {{ background: #eaf5ee; border-color: #b7dcc3; }}
QFrame[role="banner"][tone="warn"] {{ background: #fdf4e6; border-color: #efd3a6; }}
QFrame[role="banner"][tone="error"] {{ background: #fdecee; border-color: #f3c2c8; }}
QFrame[role="banner"][tone="info"] {{ background: #eef4fa; border-color: #c9dbec; }}
QLabel[role="badge"] {{ border-radius: 9px; padding: 2px 9px; font-weight: 600; background: #e9eef4;
    color: {TEXT}; }}
QFrame QLabel[role="badge"] {{ background: #e9eef4; }}
QLabel[role="badge"][tone="ok"] {{ background: #dcefe2; color: {OK}; }}
QLabel[role="badge"][tone="info"] {{ background: #dde9f5; color: {ACCENT}; }}
QLabel[role="badge"][tone="warn"] {{ background: #fbe8cc; color: {WARN}; }}
QLabel[role="badge"][tone="error"] {{ background: #f9d9de; color: {ERROR}; }}
QLabel[role="warn"] {{ color: {WARN}; }}
QLabel[role="strong"] {{ font-weight: 600; color: {TEXT}; }}
QLabel[role="big"] {{ font-size: 13pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="caption"] {{ color: {MUTED}; font-size: 9pt; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 4px; background: #fbfcfd; top: -1px; }}
QTabBar::tab {{ padding: 6px 14px; border: 1px solid transparent; margin-right: 2px; color: {TEXT}; }}
QTabBar::tab:selected {{ background: #fbfcfd; border: 1px solid {BORDER}; border-bottom-color: #fbfcfd;
    border-top-left-radius: 4px; border-top-right-radius: 4px; font-weight: 600; }}
QTabBar::tab:!selected:hover {{ color: {ACCENT}; }}
QTreeView, QTableWidget {{ background: white; alternate-background-color: #f3f6f9; }}
QTreeView::item {{ padding: 4px 2px; }}
QPushButton:disabled {{ color: #98a2ad; }}
QFrame[role="agendaItem"] {{ background: transparent; border: none; border-top: 1px solid {BORDER}; }}
QFrame[role="agendaItem"] QLabel {{ background: transparent; border: none; }}
"""


def discard(widget: QWidget) -> None:
    """Remove a widget at once (deleteLater alone leaves it on screen until the event loop runs)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def set_tone(widget: QWidget, tone: str) -> None:
    widget.setProperty("tone", tone)
    repolish(widget)


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


class Banner(QFrame):
    """A coloured box with a bold line and optional bullet lines under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        self.headline = styled_label("", "strong")
        layout.addWidget(self.headline)
        self.lines = BulletList()
        layout.addWidget(self.lines)

    def show_text(self, tone: str, headline: str, lines: Iterable[str] = ()) -> None:
        set_tone(self, tone)
        self.headline.setText(headline)
        self.lines.set_lines(list(lines))
        self.setAccessibleName(headline)


class BulletList(QLabel):
    """Lines as bullets in one word-wrapped label; a line starting with a space is a sub-bullet."""

    def __init__(self, role: str = "body", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lines: list[str] = []
        self.setVisible(False)

    def set_lines(self, lines: list[str]) -> None:
        self._lines = [line for line in lines if line]
        blocks = []
        for line in self._lines:
            sub = line.startswith(" ")
            text = html.escape(line.strip().lstrip("–-").strip() if sub else line)
            margin, mark = (34, "◦") if sub else (16, "•")
            blocks.append(f"<p style='margin: 0px 0px 3px {margin}px; text-indent: -14px'>{mark}&nbsp;&nbsp;{text}</p>")
        self.setText("".join(blocks))
        self.setAccessibleName(" ".join(self._lines))
        self.setVisible(bool(self._lines))

    def texts(self) -> list[str]:
        return list(self._lines)


class LightDot(QWidget):
    """One traffic-light dot (rood/oranje/groen/donkergroen), with its meaning as tooltip and name."""

    def __init__(self, light: str, when: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.light = light
        self.setFixedSize(QSize(18, 18))
        text = LIGHT_LABELS.get(light, light) + (f" op {short_or_time(when)}" if when else "")
        self.setToolTip(text)
        self.setAccessibleName(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#ffffff"))
        painter.setBrush(QColor(LIGHT_COLOURS.get(self.light, "#9aa5b1")))
        painter.drawEllipse(QRectF(1.5, 1.5, 15, 15))


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the view's current column widths."""

    def __init__(self, view: QAbstractItemView, columns: Iterable[int]):
        super().__init__(view)
        self.view, self.columns = view, set(columns)
        header = view.header() if hasattr(view, "header") else view.horizontalHeader()
        header.sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) if index.column() in self.columns else None
        width = self.view.columnWidth(index.column()) - 12
        if not text or width <= 20:
            return size
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or option.font)
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(size.width(), max(size.height(), rect.height() + 10))


def button(text: str, name: str, slot: Callable[[], object] | None = None, primary: bool = False,
           tooltip: str = "") -> QPushButton:
    widget = QPushButton(text)
    named(widget, name)
    if primary:
        widget.setProperty("role", "primary")
    if tooltip:
        widget.setToolTip(tooltip)
    widget.setAutoDefault(False)
    if slot is not None:
        widget.clicked.connect(lambda _checked=False: slot())
    return widget


class _FitWidthScroll(QScrollArea):
    """Scrolls up and down only, so it is never narrower than what it shows can be: a narrow
    window then gives room to it instead of cutting its text off at the right."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt API
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it shows changed: its minimum width may have too
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
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
        self.back = button("← Terug", "Terug zonder opslaan", self._back,
                           tooltip="Terug (Esc); wat u typte blijft bewaard")
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
        self.editor = None
        self.view = None

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
                    child.setAccessibleName(f"Formulier: {child.text().lower()}")
            self.back.setText("← Terug")
            widget.saved.connect(self._saved)
            widget.cancelled.connect(self.closed)
        elif isinstance(widget, FormView):
            self.view = widget
            self.back.setText("← Sluiten")
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
            if item.widget() is not None:
                discard(item.widget())
        self.editor = self.view = None

    def release(self) -> None:
        self._clear()
