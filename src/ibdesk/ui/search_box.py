"""The search field of the window header (Ctrl+F): results as the user types, grouped, in a
frame under the field; arrows choose, Enter or a click opens, Esc closes.

Typing is debounced a little (DEBOUNCE_MS after the last key), and a search always uses the
field's text at that moment, so the last keystroke is never lost; Enter searches at once.
Neither the query nor the hits are logged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

if TYPE_CHECKING:
    from ibdesk.domain.search_results import Results, Target
    from ibdesk.services.search import SearchService
    from ibdesk.ui.search_popup import SearchPopup

DEBOUNCE_MS = 120
POPUP_MIN_WIDTH = 460
# The user moved on (a click or Tab elsewhere); not a window losing activation for a moment.
LEAVING = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class SearchField(QWidget):
    """`opened(Target)` when the user opens a hit; the window shows it."""

    opened = Signal(object)

    def __init__(self, service: SearchService | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.shown: Results | None = None
        self._popup: SearchPopup | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("globalSearch")
        self.edit.setPlaceholderText(
            QCoreApplication.translate("search_box", "Zoek leerling, casus, formulier, organisatie…  (Ctrl+F)")
        )
        self.edit.setAccessibleName(QCoreApplication.translate("search_box", "Zoeken in alles"))
        self.edit.setAccessibleDescription(
            QCoreApplication.translate("search_box", "Leerlingen, casussen, formulieren en organisaties; Ctrl+F")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(
            QCoreApplication.translate(
                "search_box", "Zoeken in leerlingen, casussen, formulieren en organisaties (Ctrl+F)"
            )
        )
        self.edit.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.run_search(self.edit.text()))
        self.edit.textChanged.connect(self._typed)

    # -- the popup lives on the window, over the pages --------------------------------------------
    @property
    def popup(self) -> SearchPopup:
        if self._popup is None:  # made (and its module imported) when the first results are shown
            from ibdesk.ui.search_popup import SearchPopup

            host = self.window()
            self._popup = SearchPopup(host)
            self._popup.opened.connect(self._open)
            if host is not self:
                host.installEventFilter(self)
        return self._popup

    def focus_field(self) -> None:
        """Ctrl+F: into the field, its text selected so typing replaces it."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text().strip() and self.shown is not None:
            self._place_popup()

    # -- searching ------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self.shown = None
            self.hide_popup()
            return
        self.timer.start()  # restarts: the search runs DEBOUNCE_MS after the last key

    def run_search(self, text: str) -> Results | None:
        """Search for `text` now and show the hits (the bench and Enter call this directly)."""
        self.timer.stop()
        if self.service is None or not text.strip():
            return None
        self.shown = self.service.search(text)
        self.popup.show_results(self.shown)
        self._place_popup()
        return self.shown

    def pending(self) -> bool:
        """The field's text has not been searched yet."""
        return self.timer.isActive() or (
            self.shown is not None and self.shown.text != self.edit.text() and bool(self.edit.text().strip())
        )

    def _place_popup(self) -> None:
        popup, host = self.popup, self.popup.parentWidget()
        assert host is not None  # the popup is made inside the window
        width = max(self.edit.width(), POPUP_MIN_WIDTH)
        corner = self.edit.mapTo(host, QPoint(self.edit.width(), self.edit.height() + 4))
        x = max(8, min(corner.x() - width, host.width() - width - 8))
        height = min(popup.preferred_height(), max(120, host.height() - corner.y() - 12))
        popup.setGeometry(x, corner.y(), min(width, host.width() - 16), height)
        app = QApplication.instance()
        if not popup.isVisible() and app is not None:
            app.installEventFilter(self)  # a click elsewhere closes it
        popup.show()
        popup.raise_()

    def reset(self) -> None:
        """Forget the query and its hits (e.g. when the window locks: they may name a pupil)."""
        self.timer.stop()
        self.edit.clear()
        self.shown = None
        if self._popup is not None:
            self.hide_popup()
            self._popup.list.clear()

    def hideEvent(self, event) -> None:
        """Hidden with what holds it (a lock screen, another view): the hits go too."""
        self.hide_popup()
        super().hideEvent(event)

    def hide_popup(self) -> None:
        app = QApplication.instance()
        if self._popup is not None and self._popup.isVisible():
            self._popup.hide()
            if app is not None:
                app.removeEventFilter(self)

    # -- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.edit and kind == QEvent.Type.KeyPress:
            return self._key(cast(QKeyEvent, event))
        if (watched is self.edit and kind == QEvent.Type.FocusOut and cast(QFocusEvent, event).reason() in LEAVING) or (
            kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and not self._inside(watched)
        ):
            self.hide_popup()
        elif (
            self._popup is not None
            and watched is self._popup.parentWidget()
            and kind == QEvent.Type.Resize
            and self._popup.isVisible()
        ):
            self._place_popup()
        return super().eventFilter(watched, event)

    def _inside(self, widget: QWidget) -> bool:
        return (
            widget is self
            or self.isAncestorOf(widget)
            or (self._popup is not None and (widget is self._popup or self._popup.isAncestorOf(widget)))
        )

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._popup is not None and self._popup.isVisible():
            self._popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if key == Qt.Key.Key_Escape:
            if self._popup is not None and self._popup.isVisible():
                self.hide_popup()
            else:
                self.edit.clear()
            return True
        return False

    def open_current(self) -> None:
        """Enter: search the text as typed (if not yet), then open the chosen (or first) hit."""
        if self.pending():
            self.run_search(self.edit.text())
        target = self._popup.current_target() if self._popup is not None else None
        if target is not None:
            self._open(target)

    def _open(self, target: Target) -> None:
        self.hide_popup()
        self.opened.emit(target)
