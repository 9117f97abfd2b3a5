"""Helpers shared by the page tests."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from support import qt_checks
from support.qt_checks import label_texts, mnemonic_clashes, plain  # noqa: F401 - used by the page tests

PEOPLE = {"staff": "Marieke de Wit", "guardian": "1", "contact": "1", "organisation": "1"}


def texts(widget: QWidget) -> str:
    """Everything the user can read in the widget's visible labels."""
    return "\n".join(label_texts(widget))


def unnamed_inputs(root: QWidget) -> list[str]:
    return qt_checks.unnamed_inputs(root, visible_only=True)


def drag(pad: QWidget, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def evidence(step, today: date, services=None) -> dict:
    """Complete fictional evidence for a route step, dated in the recent past; with `services`,
    each organisation field gets an organisation of its own kind from the store."""
    from ibdesk.services.demo_samples import people_for, sample_answers

    people = PEOPLE
    if services is not None:
        with services.store.session() as s:
            people = people_for(s, PEOPLE)
    return sample_answers(step, today - timedelta(days=200), people)
