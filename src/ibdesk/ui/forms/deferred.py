"""Rows below the first screen of a new form are built after it is on screen.

A FormView builds the widgets of the rows that fit on its first screen at once; the
others are shown as empty space of about their height and built a few per turn of the
event loop, so a long form (the OPP) opens as fast as a short one. Everything that needs
a row's widgets (`FormView.row`, tab order, focus, error display) builds what is still
pending first, so callers never see the difference.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from .inputs import input_kind
from .row_base import Row

FIRST_SCREEN_PX = 900  # built at once: a little more than a maximised form shows
BATCH = 4  # rows per turn of the event loop afterwards


def estimated_height(row: Row) -> int:
    return input_kind(row.field.type).height


class DeferredRows:
    """Which rows of `view` wait for their widgets; `on_built(rows)` after each batch."""

    def __init__(self, view: QWidget, on_built: Callable[[list[Row]], None]):
        self.view, self.on_built = view, on_built
        self.budget: int | None = FIRST_SCREEN_PX  # None: build every row at once (after the first screen)
        self.pending: list[Row] = []
        self._scheduled = False

    def show(self, row: Row) -> bool:
        """Show `row`; True when its widgets were built just now."""
        if row.built:
            return row.set_shown(True)
        if self.budget is None or self.budget > 0:
            if self.budget is not None:
                self.budget -= estimated_height(row)
            if not row.isHidden():  # a placeholder still waiting: build it now
                self.pending.remove(row)
                self._build(row)
                return True
            return row.set_shown(True)
        if row.isHidden():
            row.setMinimumHeight(estimated_height(row))  # the scroll bar is about right from the start
            row.setVisible(True)
        if row not in self.pending:
            self.pending.append(row)
        self._schedule()
        return False

    def stop_deferring(self) -> None:
        """From now on a row that becomes visible is built at once (edits, set_answers)."""
        self.budget = None

    def finish(self) -> None:
        """Build every row still pending now (someone needs the widgets)."""
        while self.pending:
            self._batch(len(self.pending))

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.view, self._next)  # dropped when the view is gone

    def _next(self) -> None:
        self._scheduled = False
        self._batch(BATCH)
        if self.pending:
            self._schedule()

    def _batch(self, size: int) -> None:
        built: list[Row] = []
        while self.pending and len(built) < size:
            row = self.pending.pop(0)
            if not row.isHidden() and not row.built:
                self._build(row)
                built.append(row)
        if built:
            self.on_built(built)

    @staticmethod
    def _build(row: Row) -> None:
        """Build a placeholder while hidden, so its new widgets show with it (as `Row.set_shown` does)."""
        row.setVisible(False)
        row.setMinimumHeight(0)
        row.build()
        row.setVisible(True)
