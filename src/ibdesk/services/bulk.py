"""Helpers for work on tens of thousands of small records at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building many small objects that hold no cycles (rows, keys, items) triggers the cyclic
    collector again and again for nothing: pausing it saves a third or more of the time.
    Objects are still freed as usual; the collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
