"""Housekeeping at open, under the profile lock: leftover temporary files, file modes.

Every temporary file ibdesk makes while staging (restore, key rotation, init, backup
snapshots, atomic writes) lives in the profile folder or is listed in `tmp/outside.txt`,
so a process killed halfway leaves nothing behind after the next open. They are encrypted
anyway; removing them keeps old copies of deleted records from lingering.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ibdesk.paths import ProfilePaths

log = logging.getLogger(__name__)
TMP_DIR = "tmp"
OUTSIDE_LIST = "outside.txt"
STAGED_NAMES = (".restore-staged.db", ".init-staged.db", ".write-probe")
TEMP_PREFIXES = (".tmp-", ".snapshot-")


def tmp_folder(paths: ProfilePaths) -> Path:
    folder = paths.home / TMP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def remember_outside(paths: ProfilePaths, temp: Path) -> None:
    """Note a temp file made outside the profile (beside a chosen output) for later cleaning."""
    with open(tmp_folder(paths) / OUTSIDE_LIST, "a", encoding="utf-8") as handle:
        handle.write(f"{temp}\n")


def forget_outside(paths: ProfilePaths, temp: Path) -> None:
    listing = paths.home / TMP_DIR / OUTSIDE_LIST
    try:
        lines = [line for line in listing.read_text(encoding="utf-8").splitlines() if line != str(temp)]
        if lines:
            listing.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        else:
            listing.unlink()
    except OSError:
        pass


def _sqlite_family(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def clean_temporary_files(paths: ProfilePaths) -> int:
    """Remove what an earlier, interrupted process left; returns how many files went."""
    removed = 0
    candidates = [paths.home / name for name in STAGED_NAMES]
    candidates += [p for p in paths.home.glob(".*") if p.name.startswith(TEMP_PREFIXES)]
    if paths.backups.exists():
        candidates += [p for p in paths.backups.glob(".*") if p.name.startswith(TEMP_PREFIXES)]
    tmp = paths.home / TMP_DIR
    if tmp.exists():
        candidates += [p for p in tmp.iterdir() if p.name != OUTSIDE_LIST]
        listing = tmp / OUTSIDE_LIST
        if listing.exists():
            for line in listing.read_text(encoding="utf-8").splitlines():
                outside = Path(line)
                if outside.name.startswith(TEMP_PREFIXES):  # only files we named ourselves
                    candidates.append(outside)
            listing.unlink(missing_ok=True)
    for candidate in candidates:
        for path in _sqlite_family(candidate):
            if path.is_file():
                try:
                    path.unlink()
                    removed += 1
                except OSError:
                    pass
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted process", removed)
    return removed


def open_folder(profile_id: str) -> Path:
    """Where copies of attachments are written to open them in another program: one private
    folder in the OS temp folder, named only by the profile's random id."""
    import tempfile

    return Path(tempfile.gettempdir()) / f"ibdesk-bijlagen-{profile_id[:12]}"


def clean_open_copies(profile_id: str) -> None:
    """Remove every open copy: when the profile closes, and when it opens (after a crash)."""
    import shutil

    shutil.rmtree(open_folder(profile_id), ignore_errors=True)


def tighten_permissions(paths: ProfilePaths) -> None:
    """Profile folder 0700, its files 0600 (no effect where the OS has no such modes)."""
    if os.name == "nt":
        return
    try:
        paths.home.chmod(0o700)
        for folder in (paths.backups, paths.logs, paths.home / TMP_DIR):
            if folder.is_dir():
                folder.chmod(0o700)
        for folder in (paths.home, paths.backups, paths.logs):
            if folder.is_dir():
                for path in folder.iterdir():
                    if path.is_file() and (path.stat().st_mode & 0o077):
                        path.chmod(0o600)
    except OSError as exc:
        log.warning("could not tighten file modes: %s", exc.strerror)
