"""File writes that never leave a half-written file, and clear messages on disk faults."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ibdesk.errors import StorageError, UserError
from ibdesk.i18n import tr


def storage_error(exc: OSError, where: Path) -> StorageError:
    """Translate a disk fault into a Dutch message naming the folder (never a pupil)."""
    if exc.errno == errno.ENOSPC:
        return StorageError(
            tr(
                "De schijf is vol: er kon niets worden opgeslagen in {where}. Maak ruimte vrij en probeer het "
                "opnieuw; er is niets verloren gegaan.",
                where=where,
            )
        )
    if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return StorageError(
            tr(
                "De map {where} is alleen-lezen of niet toegankelijk. Kies een map waarin u mag schrijven (of vraag "
                "de ICT-beheerder).",
                where=where,
            )
        )
    return StorageError(tr("Kon niet schrijven in {where}: {reason}.", where=where, reason=exc.strerror or exc))


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
    """Fail early, with a clear message, when a folder cannot be written. The probe is an
    anonymous temporary file (O_TMPFILE on Linux, delete-on-close on Windows), so a process
    killed at this moment leaves nothing behind, also in a folder outside the profile."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".tmp-probe-") as probe:
            probe.write(b"ok")
    except OSError as exc:
        raise storage_error(exc, folder) from None


def ensure_private_folder(folder: Path) -> None:
    """Create the profile folder only this user can enter (0700), and prove it is writable."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name != "nt":
            folder.chmod(0o700)
    except OSError as exc:
        raise storage_error(exc, folder) from None
    ensure_writable_folder(folder)


def check_output_path(out: Path, profile_home: Path, force: bool = False, *, folder: bool = False) -> Path:
    """Where a command may write what the user asked for: never into the profile folder, never
    over an existing file without `force`, and never into a folder that does not exist."""
    target = Path(out).expanduser().resolve()
    home = Path(profile_home).expanduser().resolve()
    if target == home or home in target.parents:
        raise UserError(
            tr(
                "{target} ligt in de profielmap ({home}). ibdesk schrijft daar nooit uitvoer naartoe: dat kan het "
                "profiel zelf overschrijven. Kies een andere map.",
                target=target,
                home=home,
            )
        )
    if folder:
        if not target.is_dir():
            raise UserError(
                tr(
                    "De map {target} bestaat niet. Maak hem eerst aan (ibdesk maakt geen mappen stilzwijgend aan).",
                    target=target,
                )
            )
        return target
    if not target.parent.is_dir():
        raise UserError(
            tr(
                "De map {parent} bestaat niet. Maak hem eerst aan (ibdesk maakt geen mappen stilzwijgend aan).",
                parent=target.parent,
            )
        )
    if target.is_dir():
        raise UserError(tr("{target} is een map; geef een bestandsnaam op.", target=target))
    if target.exists() and not force:
        raise UserError(
            tr("{target} bestaat al. Kies een andere naam, of voeg --force toe om het te overschrijven.", target=target)
        )
    return target
