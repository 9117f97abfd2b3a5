"""Undo instead of "are you sure?" (issue 16, point 7).

- `offer_undo(widget, text, undo)`: after a saved change that is cheap to put back (a pupil's
  details, the school's details, an organisation), the status bar says what was saved with an
  "Ongedaan maken" button for a minute; one level, the newest change only.
- `FieldUndo`: in a form, Ctrl+Z (outside a text field, which has its own) or the button puts
  back what the last changed field held, step by step; typing in one field is one step.

Questions stay only for acts that destroy something (deleting, discarding, retention).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from ibdesk.ui.kit import messages
from ibdesk.ui.widgets import named

OFFER_MS = 60_000


class UndoOffer(QWidget):
    """The status bar's "… opgeslagen. [Ongedaan maken]" of one main window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("undoOffer")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 0, 0)
        self.text = QLabel()
        self.button = QPushButton(QCoreApplication.translate("undo", "Ongedaan maken"))
        named(self.button, QCoreApplication.translate("undo", "Laatste wijziging ongedaan maken"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.undo)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self._undo: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.withdraw)
        window.statusBar().addWidget(self, 1)
        self.hide()

    def offer(self, text: str, undo: Callable[[], object]) -> None:
        self._undo = undo
        self.text.setText(text)
        self.button.setVisible(True)
        self.show()
        self._timer.start(OFFER_MS)

    def withdraw(self) -> None:
        self._undo = None
        self.hide()

    def undo(self) -> bool:
        action, self._undo = self._undo, None
        if action is None:
            return False
        title = QCoreApplication.translate("undo", "Ongedaan maken")
        if messages.attempt(self, title, lambda: action() or True) is None:
            self.withdraw()
            return False
        self.text.setText(QCoreApplication.translate("undo", "Ongedaan gemaakt: de vorige gegevens staan er weer."))
        self.button.setVisible(False)
        self._timer.start(10_000)
        return True


def offer_undo(widget: QWidget, text: str, undo: Callable[[], object]) -> UndoOffer | None:
    """Offer to put back the change just saved, in the status bar of `widget`'s main window."""
    window = widget.window()
    owner = window.parentWidget()
    if owner is not None:  # a dialog: its owner's main window
        window = owner.window()
    if not isinstance(window, QMainWindow):
        return None
    offer = window.findChild(UndoOffer, "undoOffer")
    offer = offer if offer is not None else UndoOffer(window)
    offer.offer(text, undo)
    return offer


class FieldUndo(QObject):
    """Step-by-step undo of a form's field changes (`view` is a FormView)."""

    def __init__(self, view, button: QPushButton, owner: QWidget):
        super().__init__(owner)
        self.view, self.button = view, button
        self.steps: list[dict] = []
        self._now = view.answers(raw=True)
        self._field: frozenset[str] | None = None
        view.changed.connect(self._changed)
        button.clicked.connect(self.undo)
        button.setEnabled(False)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo)

    def _changed(self) -> None:
        now = self.view.answers(raw=True)
        fields = frozenset(k for k in set(now) | set(self._now) if now.get(k) != self._now.get(k))
        if not fields:
            return
        if fields != self._field:  # another field: a new step (typing on in one field is one step)
            self.steps.append(self._now)
            self._field = fields
        self._now = now
        self.button.setEnabled(True)

    def reset(self) -> None:
        """After saving or restoring a draft: what is shown now is the starting point."""
        self.steps, self._field = [], None
        self._now = self.view.answers(raw=True)
        self.button.setEnabled(False)

    def undo(self) -> bool:
        if not self.steps:
            return False
        before = self.steps.pop()
        self.view.set_answers(before)  # emits no `changed`
        self._now, self._field = before, None
        self.button.setEnabled(bool(self.steps))
        self.view.changed.emit()  # the draft and the editor follow, as after an edit
        self._now = self.view.answers(raw=True)
        return True
