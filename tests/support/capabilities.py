"""What this machine lets a test do to provoke a fault, probed once; a missing ability skips
the test with the reason instead of failing it (or, worse, passing without the fault).

- a full disk: a tiny tmpfs mounted in a user namespace (`unshare -r -m`);
- a read-only folder: `chattr +i` for root (root ignores file modes), `chmod` for others.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


@functools.cache
def tiny_disk_problem() -> str | None:
    """Why a tmpfs cannot be mounted in a user namespace here, or None when it can."""
    if shutil.which("unshare") is None:
        return "needs util-linux unshare to mount a tiny tmpfs (a full disk)"
    with tempfile.TemporaryDirectory() as folder:
        probe = subprocess.run(
            ["unshare", "-r", "-m", "sh", "-c", f"mount -t tmpfs -o size=48k tmpfs {folder}"],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
    if probe.returncode != 0:
        return (
            "this container allows no user namespace with a tmpfs mount (unshare -r -m: "
            f"{probe.stderr.strip() or probe.returncode}); a full disk cannot be provoked"
        )
    return None


@functools.cache
def immutable_problem(where: str) -> str | None:
    """Why root cannot make a file immutable on the file system of `where`, or None."""
    if os.geteuid() != 0:
        return None  # file modes are enough for a normal user
    if shutil.which("chattr") is None:
        return "needs chattr (e2fsprogs): root ignores file modes, so a read-only folder needs chattr +i"
    with tempfile.TemporaryDirectory(dir=where) as folder:
        target = Path(folder) / "probe"
        target.write_text("x")
        probe = subprocess.run(["chattr", "+i", str(target)], capture_output=True, text=True)
        if probe.returncode == 0:
            subprocess.run(["chattr", "-i", str(target)], check=True)
            return None
    return (
        f"chattr +i does not work here ({probe.stderr.strip() or probe.returncode}); as root no "
        "read-only folder can be made"
    )


def require_tiny_disk() -> None:
    problem = tiny_disk_problem()
    if problem:
        pytest.skip(problem)


def require_read_only_folders(where: Path) -> None:
    problem = immutable_problem(str(where))
    if problem:
        pytest.skip(problem)


def set_immutable(paths: list[Path], on: bool) -> None:
    """Read-only for everyone, root included (chattr), or for a normal user (file modes)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)], check=True)
        return
    for path in paths:
        if path.is_dir():
            path.chmod(0o500 if on else 0o700)
        else:
            path.chmod(0o400 if on else 0o600)
