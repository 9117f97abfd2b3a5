"""A keyboard focus ring you can see on every control (WCAG 2.2: 2.4.7 Focus Visible, 2.4.11
Focus Not Obscured; 3:1 contrast as in 1.4.11 and 2.4.13).

Fusion shows focus faintly or not at all (buttons, drop-downs and the navigation changed zero
pixels), and style sheets hide the rest. So one ring per window is drawn *outside* the focused
control, over its surroundings, in a colour with at least 3:1 against every surface the theme
uses; it never changes the control itself. In a list, table or tab bar it rings the current
item or tab. A control scrolled out of sight is scrolled into view when it gets focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QTabBar,
    QWidget,
)

WIDTH = 2  # the ring's thickness in pixels
GAP = 1  # between the control's edge and the ring
WATCHED = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest}


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The control a focused widget belongs to (the line edit inside a combo or spin box
    belongs to that box); None for what gets no ring (popups, whole windows)."""
    if widget is None or widget.isWindow() or isinstance(widget, FocusRing):
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        widget = parent
    if widget.window().windowType() == Qt.WindowType.Popup:
        return None
    return widget


def item_rect(target: QWidget) -> QRect | None:
    """For a list, table or tab bar: the current item's or tab's rectangle in `target`'s
    coordinates (a table that selects rows: the whole row); None for other controls."""
    if isinstance(target, QTabBar):
        index = target.currentIndex()
        return target.tabRect(index) if index >= 0 else None
    if not isinstance(target, QAbstractItemView):
        return None
    current = target.currentIndex()
    if not current.isValid():
        return None
    rect = target.visualRect(current)
    if target.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows and target.model():
        model = target.model()
        for column in range(model.columnCount(current.parent())):
            rect = rect.united(target.visualRect(current.siblingAtColumn(column)))
    viewport = target.viewport()
    rect = rect.translated(viewport.mapTo(target, QPoint(0, 0)))
    return rect.intersected(viewport.geometry()) if rect.isValid() else None


def visible_clip(target: QWidget, window: QWidget) -> QRect:
    """The part of the window in which `target` can be seen: inside every scrolling viewport."""
    clip = window.rect()
    parent = target.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            clip = clip.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = grand
    return clip


class FocusRing(QWidget):
    """The ring of one window; `follow(widget)` moves it to that control."""

    def __init__(self, window: QWidget, color: str):
        super().__init__(window)
        self.setObjectName("focusRing")
        self.color = QColor(color)
        self.target: QWidget | None = None
        self._watched: list[QObject] = []
        self._clip = QRect()
        for attribute in (
            Qt.WidgetAttribute.WA_TransparentForMouseEvents,
            Qt.WidgetAttribute.WA_NoSystemBackground,
            Qt.WidgetAttribute.WA_TranslucentBackground,
        ):
            self.setAttribute(attribute, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")  # decoration only: nothing for a screen reader
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        self._unwatch()
        self.target = target
        if target is None:
            self.hide()
            return
        chain: list[QObject] = []
        widget: QWidget | None = target
        while widget is not None and widget is not self.parentWidget():
            chain.append(widget)
            widget = widget.parentWidget()
        for watched in chain:
            watched.installEventFilter(self)
        self._watched = chain
        self._connect_items(target)
        scroll = next((w for w in chain[1:] if isinstance(w, QScrollArea)), None)
        inner = scroll.widget() if scroll is not None else None
        if scroll is not None and inner is not None and inner.isAncestorOf(target):
            scroll.ensureWidgetVisible(target, 16, 16)  # 2.4.11: focus is never hidden by scrolling
        self.place()

    def _connect_items(self, target: QWidget) -> None:
        signals = []
        if isinstance(target, QTabBar):
            signals.append(target.currentChanged)
        elif isinstance(target, QAbstractItemView) and target.selectionModel() is not None:
            signals += [
                target.selectionModel().currentChanged,
                target.horizontalScrollBar().valueChanged,
                target.verticalScrollBar().valueChanged,
            ]
            if target.model() is not None:
                signals += [target.model().layoutChanged, target.model().modelReset]
        for signal in signals:
            signal.connect(self.place)
        self._signals = signals

    def _unwatch(self) -> None:
        for watched in self._watched:
            try:
                watched.removeEventFilter(self)
            except RuntimeError:  # already deleted
                pass
        for signal in getattr(self, "_signals", []):
            try:
                signal.disconnect(self.place)
            except (RuntimeError, TypeError):
                pass
        self._watched, self._signals = [], []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED:
            self.place()
        elif event.type() == QEvent.Type.Destroy:
            self.target, self._watched = None, []
            self.hide()
        return False

    def place(self, *_args) -> None:
        target, window = self.target, self.parentWidget()
        if target is None or window is None or not target.isVisible() or not target.hasFocus():
            self.hide()
            return
        inner = item_rect(target)
        outer = WIDTH + GAP
        if inner is None:
            inner = target.rect()
        ring = QRect(target.mapTo(window, inner.topLeft()), inner.size()).adjusted(-outer, -outer, outer, outer)
        clip = visible_clip(target, window)
        if item_rect(target) is not None:  # keep an item's ring inside its view, fully visible
            view = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
            ring = ring.intersected(view)
        self._clip = clip.translated(-ring.topLeft())
        self.setGeometry(ring)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setClipRect(self._clip)
        pen = QPen(self.color, WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))


class FocusRings(QObject):
    """Moves each window's ring to the control that has focus."""

    def __init__(self, app: QApplication, color: str):
        super().__init__(app)
        self.color = color
        self.active: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    def ring_of(self, window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if ring is not None else FocusRing(window, self.color)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = ring_target(new)
        ring = self.ring_of(target.window()) if target is not None else None
        if self.active is not None and self.active is not ring:
            try:
                self.active.follow(None)
            except RuntimeError:  # its window was deleted
                pass
        self.active = ring
        if ring is not None:
            ring.follow(target)


def install_focus_ring(app: QApplication, color: str) -> FocusRings:
    rings = app.findChild(FocusRings)
    if rings is None:
        rings = FocusRings(app, color)
    return rings
