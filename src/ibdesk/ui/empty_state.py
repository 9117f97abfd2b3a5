"""An empty list says what to do first (issue 16, point 6), in the middle of the list itself.

`show_when_empty(view, text)` puts a word-wrapped hint in the view's viewport while its model
has no rows; `text` may be a function, so a list that is empty because of a search or filter
can say that instead ("Niets gevonden… wis de zoekterm").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

Text = str | Callable[[], str]


class EmptyHint(QLabel):
    def __init__(self, view: QAbstractItemView, text: Text):
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self.view, self._text = view, text
        self.setProperty("role", "empty")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self._watch_model()
        self.update_shown()

    def _watch_model(self) -> None:
        model = self.view.model()
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_shown)

    def update_shown(self, *_args) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        if empty:
            self.setText(self._text() if callable(self._text) else self._text)
            self._place()
        self.setVisible(empty)
        self.view.setAccessibleDescription(self.text() if empty else "")

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(24, 12, -24, -12)
        self.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


def show_when_empty(view: QAbstractItemView, text: Text) -> EmptyHint:
    return EmptyHint(view, text)  # a child of the view's viewport: find it with findChild(EmptyHint)
