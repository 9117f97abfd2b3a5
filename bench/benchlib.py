"""Shared by the benchmarks: the timing helper and a throw-away test keyring."""
from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"


def use_test_keyring(folder: Path) -> None:
    """Keys of the benchmark's profiles go to a file keyring in `folder` (never the real one)."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    os.environ["PYTHON_KEYRING_BACKEND"] = "support.file_keyring.FileKeyring"
    os.environ["IBDESK_TEST_KEYRING_FILE"] = str(folder / "keyring.json")


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `repeat` runs, in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
