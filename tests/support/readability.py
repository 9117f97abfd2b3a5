"""Is every text on screen readable? Each visible label is grabbed and its text colour (the
pixels furthest from the background) measured against its background (the most common colour):
4.5:1 for normal text, 3:1 for large text (WCAG 2.2, 1.4.3). Works in light and dark mode and
at any scale, on the pixels a user sees."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget

from ibdesk.ui.kit.palette import contrast
from support.pixels import grab


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def label_contrast(label: QLabel) -> float | None:
    window = label.window()  # grabbed from its window: a label has no background of its own
    shown = label.visibleRegion().boundingRect()  # not the part scrolled out of sight
    if shown.width() < 4 or shown.height() < 4:
        return None
    image = grab(window, QRect(label.mapTo(window, shown.topLeft()), shown.size()))
    counted = image.getcolors(image.width * image.height) or []
    if len(counted) < 2:
        return None
    counted.sort(reverse=True)
    background = _hex(counted[0][1])
    floor = max(2, image.width * image.height // 2000)
    return max((contrast(background, _hex(c)) for n, c in counted[1:] if n >= floor), default=None)


def large(label: QLabel) -> bool:
    font = label.font()
    return (
        font.pointSizeF() >= 14
        or (font.bold() and font.pointSizeF() >= 11)
        or (font.weight() >= 600 and font.pointSizeF() >= 11)
    )


def unreadable(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if not (label.isVisible() and label.isEnabled() and label.text().strip() and label.pixmap().isNull()):
            continue
        if label.width() < 8 or label.height() < 8 or label.window() is not root.window():
            continue
        ratio = label_contrast(label)
        needed = 3.0 if large(label) else 4.5
        if ratio is not None and ratio < needed:
            problems.append(f"{label.text()[:50]!r}: {ratio:.1f}:1 (needs {needed}:1)")
    return problems
