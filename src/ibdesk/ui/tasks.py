"""Work off the UI thread (QThreadPool) with progress, for reading and writing big imports.

`Task(work)` runs `work(report)` on a pool thread; `report(done, total)` emits `progress` on
the GUI thread and raises `Cancelled` once `cancel()` was asked. The result arrives as
`finished(result)`, an exception as `failed(exception)` — both on the GUI thread, so slots
may touch widgets.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """The user stopped the task; nothing was written by it."""


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], object]):
        super().__init__()
        self.setAutoDelete(False)          # the owner keeps it (and its signals) alive
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._started = False
        self.value: object = None          # the result, also readable before `finished` is delivered

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, pool: QThreadPool | None = None) -> Task:
        self._started = True
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is over (for closing and for tests); True when it is."""
        return self._done.wait(timeout)

    @property
    def running(self) -> bool:
        return self._started and not self._done.is_set()

    def run(self) -> None:  # on a pool thread
        try:
            result = self._work(self.report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which explains it
            self.signals.failed.emit(exc)
        else:
            self.value = result
            self.signals.finished.emit(result)
        finally:
            self._done.set()
