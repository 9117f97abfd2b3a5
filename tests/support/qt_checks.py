"""Checks every screen test uses: what a user can read, unnamed inputs, clashing shortcuts."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)
# Parts Qt builds inside another control (a combo's line edit, a line edit's clear button, …).
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def plain(text: str) -> str:
    """Rich text without its tags."""
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget, visible_only: bool = False) -> list[str]:
    """Inputs a screen reader could not name (hidden ones too, unless `visible_only`)."""
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and (not visible_only or w.isVisibleTo(root))
        and not _inside_composite(w, root)
        and not w.accessibleName().strip()
    ]


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter shortcuts used twice among the visible labels and buttons."""
    keys = [
        mnemonic(w.text())
        for w in root.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton))
        and w.isVisibleTo(root)
        and (not isinstance(w, QLabel) or w.buddy() is not None)
    ]
    return [k for k, n in Counter(k for k in keys if k).items() if n > 1]


def _scroll_area_of(widget: QWidget, root: QWidget):
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None


def _readable(root: QWidget) -> list[QWidget]:
    """The visible buttons, inputs and labels with text (not the parts inside a composite)."""
    leaves = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, (QLabel, *INPUTS)) or not w.isVisibleTo(root) or _inside_composite(w, root):
            continue
        if isinstance(w.parentWidget(), QTabBar):  # its scroll arrows: Qt's own way to reach every tab
            continue
        if isinstance(w, QLabel) and not w.text().strip():
            continue
        leaves.append(w)
    return leaves


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else w.accessibleName()
    return f"{type(w).__name__} '{text.replace('&', '')[:40]}'"


def _too_small(w: QWidget) -> str | None:
    from ibdesk.ui.elide import ElidedLabel

    if isinstance(w, ElidedLabel):  # shortened with "…" by design, the whole text as its tooltip
        return None
    if isinstance(w, QLabel) and w.wordWrap():
        need = w.heightForWidth(w.width())
        return f"is {w.height()} high, needs {need}" if w.height() + 1 < need else None
    if isinstance(w, (QLabel, QAbstractButton)) and w.width() + 1 < w.sizeHint().width():
        return f"is {w.width()} wide, needs {w.sizeHint().width()}"
    return None


def _past_the_edge(w: QWidget, root: QWidget) -> str | None:
    area = _scroll_area_of(w, root)
    frame = area.viewport() if area is not None else root
    box = w.rect().translated(w.mapTo(frame, w.rect().topLeft()))
    sideways = box.left() < 0 or box.right() > frame.width()
    if area is not None and area.horizontalScrollBar().isVisible():
        sideways = False
    below = area is None and (box.top() < 0 or box.bottom() > frame.height())
    if sideways or below:
        return f"reaches past the edge ({box.left()}..{box.right()} of {frame.width()}, {box.top()}..{box.bottom()})"
    return None


def _shown_rect(w: QWidget):
    """The part of `w` on screen (clipped by the scroll areas around it), in global coordinates."""
    shown = w.visibleRegion().boundingRect()
    return shown.translated(w.mapToGlobal(shown.topLeft()) - shown.topLeft())


def cut_off(root: QWidget) -> list[str]:
    """What the user cannot read or use whole: a button or one-line label narrower than its size
    hint, wrapped text shorter than it needs, anything reaching past the window or sideways out of
    a scroll area without a horizontal scroll bar (scrolling down is fine), and controls drawn over
    each other."""
    leaves = _readable(root)
    problems = [f"{_name(w)} {why}" for w in leaves for why in (_too_small(w), _past_the_edge(w, root)) if why]
    shown = [(w, _shown_rect(w)) for w in leaves]
    shown = [(w, r) for w, r in shown if r.width() > 2 and r.height() > 2]
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1 :]:
            both = ra.intersected(rb)
            if both.width() > 2 and both.height() > 2 and not (a.isAncestorOf(b) or b.isAncestorOf(a)):
                problems.append(f"{_name(a)} and {_name(b)} overlap")
    return problems
