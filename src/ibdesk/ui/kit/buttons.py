"""Push buttons the way every screen makes them."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from PySide6.QtWidgets import QPushButton

from ibdesk.ui.widgets import named


def _takes_nothing(slot: Callable[..., object]) -> bool:
    """True for a callable with no parameters at all (Qt then calls it without `checked`)."""
    try:
        return not inspect.signature(slot).parameters
    except (TypeError, ValueError):
        return False


def button(
    text: str, name: str, slot: Callable[[], object] | None = None, primary: bool = False, tooltip: str = ""
) -> QPushButton:
    """A button with an accessible `name`; `slot()` is called on a click (never with the
    `checked` argument). Not auto-default: Enter in a field never presses it."""
    widget = QPushButton(text)
    named(widget, name)
    if primary:
        widget.setProperty("role", "primary")
    if tooltip:
        widget.setToolTip(tooltip)
    widget.setAutoDefault(False)
    if slot is not None:
        if _takes_nothing(slot):
            widget.clicked.connect(slot)  # a method: no lambda holding its object (see ui/dossier/common.py)
        else:
            widget.clicked.connect(lambda _checked=False: slot())
    return widget
