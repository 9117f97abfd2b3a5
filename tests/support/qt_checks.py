"""Checks every screen test uses: what a user can read, unnamed inputs, clashing shortcuts."""
from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel,
                               QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

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
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in root.findChildren(QWidget)
            if isinstance(w, INPUTS) and (not visible_only or w.isVisibleTo(root))
            and not _inside_composite(w, root) and not w.accessibleName().strip()]


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter shortcuts used twice among the visible labels and buttons."""
    keys = [mnemonic(w.text()) for w in root.findChildren(QWidget)
            if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(root)
            and (not isinstance(w, QLabel) or w.buddy() is not None)]
    return [k for k, n in Counter(k for k in keys if k).items() if n > 1]
