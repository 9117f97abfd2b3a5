"""Waiting for work the UI runs off its thread (ui/tasks.py `run_busy`)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication


def settle(task, timeout: float = 120.0):
    """Process events until `task`'s finished/failed slot has run (None: nothing was started)."""
    if task is None:
        return None
    deadline = time.monotonic() + timeout
    while not task.settled:
        if time.monotonic() > deadline:
            raise AssertionError("the background task did not finish in time")
        task.wait(0.02)
        QCoreApplication.processEvents()
    return task.value
