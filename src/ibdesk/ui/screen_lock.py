"""Locking the screen ("Vergrendelen", issue 16 point 1): after N idle minutes or Ctrl+L.

Every open window of the app is covered: its contents are hidden (not closed — what the user
typed and has not saved stays exactly as it was), its title loses any name, and a plain cover
says the app is locked. The user unlocks in a separate window that is modal to the whole app,
so this also works while a dialog (a pupil being edited) was open. Unlocking brings every
window back as it was, focus included.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolTip, QVBoxLayout, QWidget

from ibdesk.services.screen_lock import ScreenLockService
from ibdesk.ui.focus_ring import FocusRing
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.lock_panel import LockWindow, locked_title

SHORTCUT = "Ctrl+L"
CHECK_EVERY_MS = 10_000
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class Cover(QWidget):
    """Lies over a locked window's (hidden) contents."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        text = QLabel(QCoreApplication.translate("lock", "ibdesk is vergrendeld"))
        text.setProperty("role", "empty")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None:
            self.setGeometry(parent.rect())
        return False


@dataclass
class Covered:
    """How one window looked before it was locked."""

    window: QWidget
    title: str
    hidden: list[QWidget] = field(default_factory=list)
    focus: QWidget | None = None
    cover: Cover | None = None


class IdleWatcher(QObject):
    """Notes the time of the last key press, click or mouse movement anywhere in the app."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self.last = clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last = self.clock()
        return False

    def idle_seconds(self) -> float:
        return self.clock() - self.last


class ScreenLock(QObject):
    """The lock of one main window and the dialogs over it."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, service: ScreenLockService, clock: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self.window = window
        self.service = service
        self.covered: list[Covered] = []
        self.lock_window: LockWindow | None = None
        self._active: QWidget | None = None
        self.minutes = service.timing().minutes
        self.idle = IdleWatcher(clock, self)
        app = QApplication.instance()
        assert app is not None  # the lock watches the running application
        app.installEventFilter(self.idle)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window, context=Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.lock)
        self.shortcut.activatedAmbiguously.connect(self.lock)  # another window's lock holds Ctrl+L too
        self.button = button(
            QCoreApplication.translate("lock", "Vergrendelen"),
            QCoreApplication.translate("lock", "Scherm vergrendelen"),
            self.lock,
            tooltip=QCoreApplication.translate(
                "lock", "ibdesk vergrendelen ({shortcut}); gebeurt ook na een paar minuten zonder gebruik"
            ).format(shortcut=SHORTCUT),
        )
        window.statusBar().addPermanentWidget(self.button)
        window.destroyed.connect(lambda *_: app.removeEventFilter(self.idle))

    @property
    def locked(self) -> bool:
        return self.lock_window is not None

    def reload_timing(self) -> None:
        self.minutes = self.service.timing().minutes

    def resume(self) -> None:
        """At start: lock again if the app was closed (or killed) while it was locked."""
        if self.service.was_locked():
            self.lock()

    def check_idle(self) -> None:
        if self.service.store.engine is None:  # the profile was closed (the window is closing): nothing to guard
            self.timer.stop()
            return
        if not self.locked and self.idle.idle_seconds() >= self.minutes * 60:
            self.lock()

    # -- locking -------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self._active = QApplication.activeWindow()
        while (popup := QApplication.activePopupWidget()) is not None:  # an open drop-down list or menu
            popup.close()
        QToolTip.hideText()
        self.covered = [self._cover(w) for w in self._windows()]
        self.lock_window = LockWindow(self.service, self.window)
        self.lock_window.panel.unlocked.connect(self.unlock)
        self.lock_window.setGeometry(self.window.geometry())
        self.lock_window.panel.reset()
        self.lock_window.show()
        self.lock_window.activateWindow()
        self.lock_window.panel.secret.setFocus()
        self.service.remember_locked(True)
        self.locked_changed.emit(True)

    def _windows(self) -> list[QWidget]:
        skip = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() not in skip and not isinstance(w, LockWindow)
        ]

    @staticmethod
    def _cover(window: QWidget) -> Covered:
        state = Covered(window, window.windowTitle(), focus=window.focusWidget())
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not child.isWindow() and not child.isHidden() and not isinstance(child, FocusRing):
                child.hide()
                state.hidden.append(child)
        window.setWindowTitle(locked_title())
        state.cover = Cover(window)
        state.cover.show()
        state.cover.raise_()
        return state

    # -- unlocking -----------------------------------------------------------------------------
    def unlock(self) -> None:
        lock_window, self.lock_window = self.lock_window, None
        if lock_window is None:  # not locked
            return
        for state in self.covered:
            self._uncover(state)
        self.covered = []
        lock_window.hide()
        lock_window.deleteLater()
        if self._active is not None:
            self._active.activateWindow()
        self.idle.last = self.idle.clock()
        self.service.remember_locked(False)
        self.locked_changed.emit(False)

    @staticmethod
    def _uncover(state: Covered) -> None:
        try:
            if state.cover is not None:
                state.cover.hide()
                state.cover.deleteLater()
            for child in state.hidden:
                child.show()
            state.window.setWindowTitle(state.title)
            if state.focus is not None:
                state.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # the window was closed while locked (e.g. by the OS)
            pass


def attach(window: QMainWindow, store) -> ScreenLock:
    """The screen lock of the app's main window (one per window)."""
    return ScreenLock(window, ScreenLockService(store))
