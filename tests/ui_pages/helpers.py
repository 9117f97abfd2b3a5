"""Helpers shared by the page tests."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel,
                               QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

PEOPLE = {"staff": "Marieke de Wit", "guardian": "1", "contact": "1", "organisation": "1"}
INPUTS = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)


def texts(widget: QWidget) -> str:
    """Everything the user can read in the widget's visible labels."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
            for w in root.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisibleTo(root) and not _inside_composite(w, root)
            and not w.accessibleName().strip()]


def mnemonic_clashes(root: QWidget) -> list[str]:
    def key(text: str) -> str | None:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        return match.group(1).lower() if match else None

    keys = [key(w.text()) for w in root.findChildren(QWidget)
            if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(root)
            and (not isinstance(w, QLabel) or w.buddy() is not None)]
    return [k for k, n in Counter(k for k in keys if k).items() if n > 1]


def drag(pad: QWidget, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def evidence(step, today: date) -> dict:
    """Complete fictional evidence for a route step, dated in the recent past."""
    from ibdesk.services.demo_samples import sample_answers

    return sample_answers(step, today - timedelta(days=200), PEOPLE)
