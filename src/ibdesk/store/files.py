"""File writes that never leave a half-written file, and clear messages on disk faults."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ibdesk.errors import StorageError


def storage_error(exc: OSError, where: Path) -> StorageError:
    """Translate a disk fault into a Dutch message naming the folder (never a pupil)."""
    if exc.errno == errno.ENOSPC:
        return StorageError(f"De schijf is vol: er kon niets worden opgeslagen in {where}. "
                            "Maak ruimte vrij en probeer het opnieuw; er is niets verloren gegaan.")
    if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return StorageError(f"De map {where} is alleen-lezen of niet toegankelijk. "
                            "Kies een map waarin u mag schrijven (of vraag de ICT-beheerder).")
    return StorageError(f"Kon niet schrijven in {where}: {exc.strerror or exc}.")


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over `path`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise storage_error(exc, path.parent) from None


def ensure_writable_folder(folder: Path) -> None:
    """Fail early, with a clear message, when the profile folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-probe"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise storage_error(exc, folder) from None
