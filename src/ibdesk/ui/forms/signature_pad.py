"""Drawing pad for a handwritten signature (mouse, pen or touch), reusable outside forms.

The value is a string ``"strokes:" + json``: a list of strokes, each a list of
``[x, y]`` points with coordinates normalised to 0–1000 over the pad's width and
height, so it does not depend on the screen or window size. ``signature_image``
draws such a value again (e.g. for a printed form).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ibdesk.ui.kit import palette

PREFIX = "strokes:"
SCALE = 1000
Stroke = list[list[int]]

INK, PAPER, LINE, HINT = (QColor(palette.SIGNATURE[key]) for key in ("ink", "paper", "line", "hint"))


def encode_strokes(strokes: list[Stroke]) -> str | None:
    """The stored value; None when nothing is drawn."""
    kept = [s for s in strokes if s]
    return PREFIX + json.dumps(kept, separators=(",", ":")) if kept else None


def decode_strokes(value: str | None) -> list[Stroke] | None:
    """Strokes of a ``strokes:`` value; None for any other (or broken) value."""
    if not isinstance(value, str) or not value.startswith(PREFIX):
        return None
    try:
        data = json.loads(value[len(PREFIX) :])
    except ValueError:
        return None
    if not isinstance(data, list):
        return None
    try:
        return [[[_clamp(p[0]), _clamp(p[1])] for p in stroke] for stroke in data]
    except (TypeError, IndexError, ValueError):
        return None


def _clamp(v: float) -> int:
    return max(0, min(SCALE, round(float(v))))


def paint_strokes(painter: QPainter, strokes: list[Stroke], rect: QRectF, width: float = 2.2) -> None:
    pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for stroke in strokes:
        points = [
            QPointF(rect.left() + x * rect.width() / SCALE, rect.top() + y * rect.height() / SCALE) for x, y in stroke
        ]
        if len(points) == 1:
            painter.drawPoint(points[0])
        else:
            painter.drawPolyline(points)


def signature_image(value: str | None, width: int = 600, height: int = 200) -> QImage:
    """The drawn signature on a white image (empty image when ``value`` holds no strokes)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_strokes(painter, decode_strokes(value) or [], QRectF(0, 0, width, height), max(2.0, width / 250))
    painter.end()
    return image


class SignaturePad(QWidget):
    """The drawing surface. ``changed`` is emitted when a stroke ends or the pad is cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._other: str | None = None  # a value that is not ours (kept, shown as present)
        self._read_only = False
        self.setMinimumSize(300, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setToolTip(
            QCoreApplication.translate(
                "forms_signature_pad", "Teken de handtekening met de muis, een pen of een vinger."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(450, 150)

    # -- value ------------------------------------------------------------------------------
    def value(self) -> str | None:
        return self._other if self._other is not None else encode_strokes(self._strokes)

    def set_value(self, value: str | None) -> None:
        strokes = decode_strokes(value)
        self._strokes = strokes or []
        self._other = value if strokes is None and isinstance(value, str) and value else None
        self.update()

    def strokes(self) -> list[Stroke]:
        return [list(map(list, s)) for s in self._strokes]

    def is_empty(self) -> bool:
        return self.value() is None

    def clear(self) -> None:
        if self.is_empty():
            return
        self._strokes, self._other = [], None
        self.update()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    # -- drawing ----------------------------------------------------------------------------
    def _point(self, event: QMouseEvent) -> list[int]:
        pos = event.position()
        w, h = max(1, self.width() - 1), max(1, self.height() - 1)
        return [_clamp(pos.x() * SCALE / w), _clamp(pos.y() * SCALE / h)]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        if self._other is not None:  # drawing replaces a foreign value
            self._other = None
        self._strokes.append([self._point(event)])
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._read_only or not (event.buttons() & Qt.MouseButton.LeftButton) or not self._strokes:
            return super().mouseMoveEvent(event)
        point = self._point(event)
        if point != self._strokes[-1][-1]:
            self._strokes[-1].append(point)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, PAPER)
        painter.setPen(QPen(LINE, 1))
        painter.drawRect(rect)
        base = rect.bottom() - rect.height() * 0.22
        painter.drawLine(QPointF(rect.left() + 16, base), QPointF(rect.right() - 16, base))
        if self._other is not None:
            self._hint(
                painter,
                rect,
                QCoreApplication.translate("forms_signature_pad", "Handtekening aanwezig (elders vastgelegd)"),
            )
        elif not self._strokes:
            self._hint(painter, rect, self._empty_hint())
        paint_strokes(painter, self._strokes, QRectF(0, 0, self.width() - 1, self.height() - 1))

    def _empty_hint(self) -> str:
        if self._read_only:
            return QCoreApplication.translate("forms_signature_pad", "Geen handtekening")
        return QCoreApplication.translate("forms_signature_pad", "Teken hier")

    def _hint(self, painter: QPainter, rect: QRectF, text: str) -> None:
        painter.setPen(HINT)
        painter.drawText(rect.adjusted(16, 8, -16, -8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)


class SignatureBox(QWidget):
    """A SignaturePad with a "Wissen" button; the widget forms and the consent screen use."""

    changed = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.pad = SignaturePad(self)
        self.pad.setMaximumWidth(520)
        layout.addWidget(self.pad)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.clear_button = QPushButton(QCoreApplication.translate("forms_signature_pad", "Wissen"), self)
        self.clear_button.setAutoDefault(False)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self.changed)
        self.pad.changed.connect(self.committed)
        self.pad.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.clear_button)

    def value(self) -> str | None:
        return self.pad.value()

    def set_value(self, value: str | None) -> None:
        self.pad.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.pad.set_read_only(read_only)
        self.clear_button.setVisible(not read_only)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.pad.setAccessibleName(name)
        self.pad.setAccessibleDescription(
            QCoreApplication.translate("forms_signature_pad", "Tekenvlak voor de handtekening (muis, pen of vinger)")
        )
        self.clear_button.setAccessibleName(
            QCoreApplication.translate("forms_signature_pad", "{name} wissen").format(name=name)
        )
