"""Shared by the benchmarks: timing helpers, whole-process measurement, cached demo
profiles and a throw-away test keyring.

Every comparison runs its two sides alternately (A B A B …) after a warm-up and reports
the minimum and the median of each side and the median of the per-pair ratios, so a
machine that speeds up or slows down during the run hurts both sides alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
ROOT = Path(__file__).resolve().parents[1]


def use_test_keyring(folder: Path) -> None:
    """Keys of the benchmark's profiles go to a file keyring in `folder` (never the real one)."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    os.environ["PYTHON_KEYRING_BACKEND"] = "support.file_keyring.FileKeyring"
    os.environ["IBDESK_TEST_KEYRING_FILE"] = str(folder / "keyring.json")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `repeat` runs, in seconds."""
    return statistics.median(samples(action, repeat))


def samples(action: Callable[[], object], repeat: int = 5, warmup: int = 1) -> list[float]:
    """Wall time of each of `repeat` runs after `warmup` uncounted ones, in seconds."""
    for _ in range(warmup):
        action()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        out.append(time.perf_counter() - start)
    return out


@dataclass
class Pair:
    """Alternated samples of a measured side (a) and its baseline (b)."""

    a: list[float]
    b: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(x / y for x, y in zip(self.a, self.b) if y > 0)

    def row(self, what: str, unit: str = "ms", scale: float = 1000.0, goal: str = "") -> str:
        a_min, a_med = min(self.a) * scale, statistics.median(self.a) * scale
        b_min, b_med = min(self.b) * scale, statistics.median(self.b) * scale
        return (
            f"{what:<46} min {a_min:8.1f} med {a_med:8.1f} {unit} | baseline min {b_min:8.1f} "
            f"med {b_med:8.1f} {unit} | ratio {self.ratio:5.2f}x  {goal}"
        )


def alternate(
    a: Callable[[], object],
    b: Callable[[], object],
    repeat: int = 7,
    warmup: int = 1,
    idle: Callable[[], object] | None = None,
) -> Pair:
    """In-process: a and b in turn, wall seconds; `idle` (not timed) runs before each timed call,
    e.g. to let an event loop finish what it does after the user already sees the result."""
    for _ in range(warmup):
        a()
        b()
    pair = Pair([], [])
    for _ in range(repeat):
        for action, into in ((a, pair.a), (b, pair.b)):
            if idle is not None:
                idle()
            start = time.perf_counter()
            action()
            into.append(time.perf_counter() - start)
    return pair


# -- whole processes -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process and its children
    peak_mib: float  # largest resident set of the process (after exec)
    code: int


GNU_TIME = "/usr/bin/time"


def run_process(command: Sequence[str], env: dict | None = None, cwd: Path | None = None) -> Run:
    """One whole process, measured by the operating system.

    Through GNU time when it is there: the kernel's peak memory of a process started from
    a tiny one (a process forked from this benchmark would count this benchmark's own memory
    in its peak until it execs). Otherwise wait4's usage of the direct child."""
    if os.path.exists(GNU_TIME):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
            start = time.perf_counter()
            code = subprocess.call(
                [GNU_TIME, "-f", "%e %U %S %M %x", "-o", report.name, *command],
                env=env,
                cwd=cwd,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wall = time.perf_counter() - start
            fields = report.read().split()
        if len(fields) >= 5:  # GNU time prints "Command exited with non-zero status N" first on failure
            _elapsed, user, system, peak_kib, status = fields[-5:]
            return Run(wall, float(user) + float(system), int(peak_kib) / 1024, int(status))
        return Run(wall, 0.0, 0.0, code or 1)
    start = time.perf_counter()
    process = subprocess.Popen(list(command), env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode)


@dataclass
class ProcessPair:
    a: list[Run]
    b: list[Run]

    def cpu(self) -> Pair:
        return Pair([r.cpu for r in self.a], [r.cpu for r in self.b])

    def wall(self) -> Pair:
        return Pair([r.wall for r in self.a], [r.wall for r in self.b])

    def memory(self) -> Pair:
        return Pair([r.peak_mib for r in self.a], [r.peak_mib for r in self.b])

    def failed(self) -> list[int]:
        return sorted({r.code for r in self.a + self.b if r.code != 0})


def alternate_processes(
    a: Sequence[str], b: Sequence[str], env: dict | None = None, repeat: int = 7, warmup: int = 1
) -> ProcessPair:
    for _ in range(warmup):
        run_process(a, env)
        run_process(b, env)
    pair = ProcessPair([], [])
    for _ in range(repeat):
        pair.a.append(run_process(a, env))
        pair.b.append(run_process(b, env))
    return pair


def print_process_pair(
    what: str, pair: ProcessPair, goal_ratio: float | None = None, goal_mib: float | None = None
) -> None:
    cpu, wall, memory = pair.cpu(), pair.wall(), pair.memory()
    goal = f"(goal <= {goal_ratio:g}x)" if goal_ratio else ""
    print(cpu.row(f"{what}: CPU", "s ", 1.0, goal))
    print(wall.row(f"{what}: wall", "s ", 1.0))
    print(memory.row(f"{what}: peak memory", "MiB", 1.0, f"(goal < {goal_mib:g} MiB)" if goal_mib else ""))
    if pair.failed():
        print(f"  !! exit codes {pair.failed()}: the measurement is not valid")


# -- demo profiles ---------------------------------------------------------------------------------
def demo_profile(folder: Path, pupils: int) -> Path:
    """A demo school of `pupils` pupils in `folder`/p{pupils} (made once, reused by later runs
    with the same folder). Returns the profile folder; the key is in the test keyring."""
    home = folder / f"p{pupils}" / "profile"
    if (home / "ibdesk.db").exists() and (home / ".bench-complete").exists():
        return home
    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile

    if home.exists():
        import shutil

        shutil.rmtree(home.parent)
    print(f"(making a demo profile of {pupils} pupils in {home.parent}; reused by later runs)", flush=True)
    store, _ = create_profile(home)
    try:
        fill_demo(store, pupils=pupils)
    finally:
        store.close()
    (home / ".bench-complete").write_text("ok")
    return home


def python() -> str:
    return sys.executable
