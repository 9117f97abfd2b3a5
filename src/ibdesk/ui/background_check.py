"""The full integrity check in the background, after the quick check at open (issue 10).

It reads every page once on its own connection while the user works; when it finds damage
the user is told at once, with the newest backup to restore. Not started when the open
already ran the full check (after an unclean shutdown) or for a read-only viewer.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from ibdesk.services import profile


class BackgroundCheck(QObject):
    """Emits `done(problems)` on the GUI thread when the check has finished."""

    done = Signal(list)

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._result: list[str] | None = None
        self._thread = threading.Thread(target=self._run, name="ibdesk-full-check", daemon=True)
        self._poll = QTimer(self)
        self._poll.setInterval(200)
        self._poll.timeout.connect(self._deliver)

    def start(self) -> None:
        self._thread.start()
        self._poll.start()

    def wait(self, timeout: float | None = None) -> list[str] | None:
        """For tests and for closing: block until the check is done; the problems found."""
        self._thread.join(timeout)
        self._deliver()
        return self._result

    def _run(self) -> None:
        self._result = [str(problem) for problem in profile.full_check_problems(self._store)]

    def _deliver(self) -> None:
        if self._result is None or not self._poll.isActive():
            return
        self._poll.stop()
        self.done.emit(self._result)
