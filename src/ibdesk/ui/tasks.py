"""Work off the UI thread (QThreadPool) with progress, for reading and writing big imports.

`Task(work)` runs `work(report)` on a pool thread; `report(done, total)` emits `progress` on
the GUI thread and raises `Cancelled` once `cancel()` was asked. The result arrives as
`finished(result)`, an exception as `failed(exception)` — both on the GUI thread, so slots
may touch widgets.

`run_busy(work, done, failed, busy=…, status=…)` is what a screen uses for a slow action
(export, signing, verify, backup, inzage, retention deletion): the buttons are disabled and a
"Bezig…" line shows while `work` runs on `store_pool()` — one thread, so background work on the
profile never writes twice at once — and the window keeps handling events.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid


class Cancelled(Exception):
    """The user stopped the task; nothing was written by it."""


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], object]):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it (and its signals) alive
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._started = False
        self.settled = False  # run_busy: the finished/failed slot has run
        self.value: object = None  # the result, also readable before `finished` is delivered

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
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.value = result
            self.signals.finished.emit(result)
        finally:
            self._done.set()


_store_pool: QThreadPool | None = None
_running: set[Task] = set()  # run_busy keeps its tasks alive until their result is delivered


def store_pool() -> QThreadPool:
    """One pool thread for work that touches the profile, so background work never writes
    twice at once (each job opens its own sessions; the SQLCipher connections are made with
    check_same_thread=False, and SQLite itself lets one writer in at a time)."""
    global _store_pool
    if _store_pool is None:
        _store_pool = QThreadPool(QCoreApplication.instance())
        _store_pool.setMaxThreadCount(1)
    return _store_pool


def wait_for_store_work(timeout_ms: int = 60_000) -> bool:
    """Block until background work on the profile is over (before the profile is closed)."""
    return _store_pool is None or _store_pool.waitForDone(timeout_ms)


R = TypeVar("R")


def run_busy(
    work: Callable[[Callable[[int, int], None]], R],
    done: Callable[[R], object],
    failed: Callable[[BaseException], None],
    *,
    busy: Sequence[QWidget] = (),
    status: QLabel | None = None,
    text: str | None = None,
    owner: QWidget | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start `work` off the UI thread while `busy` widgets are disabled and `status` says
    `text`; then `done(result)` or `failed(exception)` on the UI thread. `task.settled` turns
    True once that slot has run (tests wait for it). When `owner` (the screen that asked) was
    closed and deleted meanwhile, the result is dropped instead of reaching a dead widget.
    Without `text` the status says "Bezig…" in the UI's language."""
    shown = text if text is not None else QCoreApplication.translate("tasks", "Bezig…")
    task = Task(work)
    for widget in busy:
        widget.setEnabled(False)
    if status is not None:
        status.setText(shown)
        status.setVisible(True)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def end(then: Callable, value: object) -> None:
        QGuiApplication.restoreOverrideCursor()
        try:
            if owner is not None and not isValid(owner):
                return
            for widget in busy:
                widget.setEnabled(True)
            if status is not None and status.text().startswith(shown):
                status.setText("")
            then(value)
        finally:
            task.settled = True
            _running.discard(task)

    if status is not None:

        def progress(n: int, total: int) -> None:
            if isValid(status):
                status.setText(
                    QCoreApplication.translate("tasks", "{text} ({done} van {total})").format(
                        text=shown, done=n, total=total
                    )
                )

        task.signals.progress.connect(progress)
    task.signals.finished.connect(lambda result: end(done, result))
    task.signals.failed.connect(lambda exc: end(failed, exc))
    _running.add(task)
    return task.start(pool or store_pool())
