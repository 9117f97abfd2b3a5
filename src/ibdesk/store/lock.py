"""One process per profile: an OS-level lock on `ibdesk.lock` in the profile folder.

The operating system releases the lock when the holding process ends in any way (also a
crash or SIGKILL), so a lock is never "stuck". The file also names the holder (PC name,
process id, since when) and whether it closed cleanly: a lock that we *can* take while the
file still names a holder that never wrote "clean" means the last session ended uncleanly,
and the next open runs the full integrity check.

The lock covers one byte far past the holder text, so other processes can still read who
holds it (Windows byte-range locks are mandatory). `fcntl.lockf` on POSIX, `msvcrt.locking`
on Windows.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.text.dates import clock, short_date

LOCK_NAME = "ibdesk.lock"
# POSIX record locks belong to the process, and closing *any* descriptor of the file drops
# them; so this process never opens the lock file twice: it keeps its held locks here.
_HELD: dict[Path, ProfileLock] = {}
LOCK_OFFSET = 1 << 20
DEFAULT_WAIT = 10.0


class ProfileBusyError(UserError):
    """Another ibdesk process has this profile open."""

    def __init__(self, holder: Holder | None, home: Path):
        self.holder = holder
        who = holder.describe() if holder else tr("een ander ibdesk-programma")
        super().__init__(
            tr(
                "Dit profiel ({home}) is in gebruik door {who}. Sluit ibdesk daar eerst af, of "
                "wacht tot het klaar is. Er is niets gewijzigd.",
                home=home,
                who=who,
            )
        )


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    since: str
    clean: bool = False

    def describe(self) -> str:
        try:
            moment = datetime.fromisoformat(self.since)
            when = tr("{day} om {time}", day=short_date(moment), time=clock(moment))
        except ValueError:
            when = tr("onbekend")
        return tr("ibdesk op computer {host} (proces {pid}, sinds {when})", host=self.host, pid=self.pid, when=when)

    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()


def _lock_byte(handle, exclusive: bool = True) -> bool:
    """Try to lock the lock byte without waiting; True when we have it."""
    if sys.platform == "win32":  # the spelling mypy understands (os.name == "nt")
        import msvcrt

        handle.seek(LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, LOCK_OFFSET)
        return True
    except OSError:
        return False


def _unlock_byte(handle) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, 1, LOCK_OFFSET)


def _key(home: Path) -> Path:
    return Path(home).expanduser().resolve()


def _parse(raw: bytes) -> Holder | None:
    try:
        data = json.loads(raw.strip().decode("utf-8")) if raw.strip() else None
        return (
            Holder(str(data["host"]), int(data["pid"]), str(data.get("since", "")), bool(data.get("clean")))
            if data
            else None
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_holder(home: Path) -> Holder | None:
    """Who holds (or last held) the profile, from the lock file's text."""
    held = _HELD.get(_key(home))
    if held is not None:
        return held.holder
    try:
        with open(Path(home) / LOCK_NAME, "rb") as handle:
            return _parse(handle.read(4096))
    except OSError:
        return None


def is_held_elsewhere(home: Path) -> Holder | None:
    """The holder when another process holds the lock now; None when it is free (or ours)."""
    path = Path(home) / LOCK_NAME
    if _key(home) in _HELD or not path.exists():
        return None
    try:
        with open(path, "r+b") as handle:
            if _lock_byte(handle):
                _unlock_byte(handle)
                return None
    except OSError:
        return None
    return read_holder(home) or Holder("onbekend", 0, "")


class ProfileLock:
    """Held for as long as a Store is open. `previous_unclean` tells the last session crashed."""

    def __init__(self, home: Path, handle, previous: Holder | None):
        self.home = Path(home)
        self._handle = handle
        self._users = 1
        self.previous = previous
        self.previous_unclean = previous is not None and not previous.clean
        self.holder = Holder(socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))
        self._write(self.holder)

    @classmethod
    def acquire(cls, home: Path, wait: float | None = None) -> ProfileLock:
        """Take the lock, waiting up to `wait` seconds (IBDESK_LOCK_WAIT, default 10 s)."""
        held = _HELD.get(_key(home))
        if held is not None:  # a second Store in this same process (tests, restore): share it
            held._users += 1
            return held
        if wait is None:
            wait = float(os.environ.get("IBDESK_LOCK_WAIT", DEFAULT_WAIT))
        path = Path(home) / LOCK_NAME
        handle = open(path, "a+b")  # noqa: SIM115 - kept open for as long as the lock is held
        deadline = time.monotonic() + max(0.0, wait)
        while not _lock_byte(handle):
            if time.monotonic() >= deadline:
                handle.close()
                raise ProfileBusyError(read_holder(home), Path(home))
            time.sleep(0.1)
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
        handle.seek(0)
        lock = cls(home, handle, _parse(handle.read(4096)))
        _HELD[_key(home)] = lock
        return lock

    def _write(self, holder: Holder) -> None:
        data = json.dumps(
            {"host": holder.host, "pid": holder.pid, "since": holder.since, "clean": holder.clean}
        ).encode("utf-8")
        self._handle.seek(0)
        self._handle.truncate(0)
        self._handle.write(data + b"\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def release(self, clean: bool = True) -> None:
        """Mark a clean close (so the next open may do the quick check) and let go."""
        if self._handle is None:
            return
        self._users -= 1
        if self._users > 0:
            return
        _HELD.pop(_key(self.home), None)
        try:
            if clean:
                self._write(Holder(self.holder.host, self.holder.pid, self.holder.since, clean=True))
            _unlock_byte(self._handle)
        except OSError:
            pass
        finally:
            self._handle.close()
            self._handle = None
