"""Looking at rendered pixels: grabs as PIL images, and what changed between two of them
(with the contrast of each change, WCAG 2.2)."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from ibdesk.ui.kit.palette import contrast


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer(
        "RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB", image.bytesPerLine(), 1
    ).copy()


def grab(widget: QWidget, rect: QRect | None = None) -> Image.Image:
    settle()
    pixmap = widget.grab(rect) if rect is not None else widget.grab()
    return to_pil(pixmap.toImage())


def window_rect(widget: QWidget, inner: QRect | None = None, margin: int = 6) -> QRect:
    """`inner` (default: the whole widget) in its window's coordinates, grown by `margin`."""
    inner = inner if inner is not None else widget.rect()
    top_left = widget.mapTo(widget.window(), inner.topLeft())
    return QRect(top_left, inner.size()).adjusted(-margin, -margin, margin, margin).intersected(widget.window().rect())


def pixels(image: Image.Image):
    """Every pixel value, row by row (Pillow 12 renamed getdata)."""
    flat = getattr(image, "get_flattened_data", None)
    return flat() if flat is not None else image.getdata()


@dataclass
class Change:
    changed: int  # pixels that differ
    strong: int  # of which old and new colour differ by 3:1 or more


def change(before: Image.Image, after: Image.Image) -> Change:
    mask = ImageChops.difference(before, after).convert("L").point(lambda v: 255 if v else 0)
    changed = mask.histogram()[255]
    if not changed:
        return Change(0, 0)
    box = mask.getbbox()
    strong, seen = 0, {}
    for old, new, hit in zip(pixels(before.crop(box)), pixels(after.crop(box)), pixels(mask.crop(box))):
        if hit:
            if (old, new) not in seen:
                seen[old, new] = contrast("#{:02x}{:02x}{:02x}".format(*old), "#{:02x}{:02x}{:02x}".format(*new)) >= 3
            strong += seen[old, new]
    return Change(changed, strong)


def colours(image: Image.Image) -> list[tuple[int, tuple[int, int, int]]]:
    """(count, colour), most frequent first."""
    return sorted(image.getcolors(image.width * image.height), reverse=True)


def at(widget: QWidget, point: QPoint) -> tuple[int, int, int]:
    return grab(widget).getpixel((point.x(), point.y()))
