"""Encrypted backup files and restore.

A backup is a header (format, the wrapped keys, schema revision, app version, whether the
copy passed the integrity check — no personal data) followed by a SQLCipher copy of the
database encrypted under the profile's key. It opens with the profile's keyring entry, its
passphrase or its recovery key, also on a new PC. Backups are written and read as streams
(memory stays small at any size). Automatic backups: daily at the first open, before every
migration and restore, after retention deletes; the newest `KEEP_AUTOMATIC` are kept, but
never the last one that passed the integrity check is rotated out. Restore never touches
the current database until the copy has proved it opens and is intact; it also works on a
damaged profile (the damaged files are moved aside, not deleted).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import struct
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ibdesk import __version__
from ibdesk.errors import CorruptStoreError, UserError
from ibdesk.i18n import tr
from ibdesk.paths import ProfilePaths
from ibdesk.store import keyring_access, maintenance, migrate
from ibdesk.store.engine import connect, create_private_file, enable_wal, integrity_problems, make_engine
from ibdesk.store.files import ensure_writable_folder, storage_error
from ibdesk.store.keys import KeyFile
from ibdesk.store.lock import ProfileLock
from ibdesk.store.profile import Credentials, Store, unlock_key

log = logging.getLogger(__name__)
MAGIC = b"IBDESK-BACKUP-1\n"
KEEP_AUTOMATIC = 10
PURGE_SETTING = "retention.purge_backups_before"
CHUNK = 1 << 20


def _export_copy(store: Store, target: Path) -> None:
    """A consistent encrypted copy of the live database (same key) at `target`."""
    target.unlink(missing_ok=True)
    conn = connect(store.paths.database, store.key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS snapshot KEY \"x'{store.key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('snapshot')")
        conn.execute("DETACH DATABASE snapshot")
    finally:
        conn.close()


def write_backup(store: Store, out: Path) -> Path:
    """Write a backup file to `out` (atomically, streamed) and log it in the audit trail."""
    ensure_writable_folder(out.parent)
    snapshot = maintenance.tmp_folder(store.paths) / f"snapshot-{os.getpid()}.db"
    temp = out.parent / f".tmp-backup-{os.getpid()}-{out.name}"
    try:
        _export_copy(store, snapshot)
        clean = not integrity_problems(snapshot, store.key)
        header = {
            "keys": store.keyfile.to_data(),
            "created": datetime.now().isoformat(timespec="seconds"),
            "schema": migrate.current_revision(store.current_engine()),
            "app_version": __version__,
            "clean": clean,
        }
        header_bytes = json.dumps(header).encode("utf-8")
        if out.parent.resolve() != store.paths.backups.resolve():
            maintenance.remember_outside(store.paths, temp)
        with open(temp, "wb") as sink, open(snapshot, "rb") as source:
            sink.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            shutil.copyfileobj(source, sink, CHUNK)
            sink.flush()
            os.fsync(sink.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, out)
        maintenance.forget_outside(store.paths, temp)
    except OSError as exc:
        raise storage_error(exc, out.parent) from None
    finally:
        temp.unlink(missing_ok=True)
        for leftover in (
            snapshot,
            snapshot.with_name(snapshot.name + "-wal"),
            snapshot.with_name(snapshot.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
    with store.session() as s:
        store.audit(s, "backup", "profile", store.keyfile.profile_id)
    log.info("backup written (clean=%s)", clean)
    return out


def automatic_backups(paths: ProfilePaths) -> list[Path]:
    return sorted(paths.backups.glob("ibdesk-*.ibbak")) if paths.backups.exists() else []


def automatic_backup(store: Store, reason: str) -> Path:
    """A backup in the profile's backups folder; keeps the newest few and the last clean one."""
    store.paths.backups.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = write_backup(store, store.paths.backups / f"ibdesk-{stamp}-{reason}.ibbak")
    rotate(store.paths)
    return path


def rotate(paths: ProfilePaths) -> list[Path]:
    """Delete automatic backups beyond the newest KEEP_AUTOMATIC, except that the newest one
    that opens cleanly (integrity checked, a schema this ibdesk knows) always stays."""
    found = automatic_backups(paths)
    keep, drop = found[-KEEP_AUTOMATIC:], found[:-KEEP_AUTOMATIC]
    if drop and not any(opens_cleanly(p) for p in reversed(keep)):
        newest_clean = next((p for p in reversed(drop) if opens_cleanly(p)), None)
        if newest_clean is not None:
            drop.remove(newest_clean)
            log.warning("kept an older backup: it is the newest one that opens cleanly")
    for old in drop:
        old.unlink(missing_ok=True)
    return drop


def opens_cleanly(path: Path) -> bool:
    try:
        header = read_header(path)[0]
    except UserError:
        return False
    return bool(header.get("clean")) and header.get("schema") in migrate.known_revisions()


def daily_backup(store: Store) -> Path | None:
    """The first open of a day makes an automatic backup."""
    today = date.today().strftime("%Y%m%d")
    if any(p.name.startswith(f"ibdesk-{today}-") for p in automatic_backups(store.paths)):
        return None
    return automatic_backup(store, reason="daily")


def finish_pending_purge(store: Store) -> int:
    """Retention deleted records: replace every automatic backup made before that (resumable)."""
    before = store.get_setting(PURGE_SETTING)
    if not before:
        return 0
    fresh = automatic_backup(store, reason="after-delete")
    removed = 0
    for old in automatic_backups(store.paths):
        if old != fresh and old.name < f"ibdesk-{before}":
            old.unlink(missing_ok=True)
            removed += 1
    with store.session() as s:
        from ibdesk.store.models import Setting

        row = s.get(Setting, PURGE_SETTING)
        if row is not None:
            s.delete(row)
    log.info("retention: %d older automatic backup(s) replaced", removed)
    return removed


def pending_purge(store: Store) -> bool:
    return bool(store.get_setting(PURGE_SETTING))


@dataclass
class BackupFile:
    path: Path
    keyfile: KeyFile
    offset: int  # where the database bytes start
    created: str | None
    schema: str | None
    app_version: str | None


def read_header(path: Path) -> tuple[dict, int]:
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(MAGIC) + 4)
            if not start.startswith(MAGIC) or len(start) < len(MAGIC) + 4:
                raise UserError(tr("{name} is geen ibdesk-back-up.", name=path.name))
            (length,) = struct.unpack(">I", start[len(MAGIC) :])
            if length > 1 << 20:
                raise CorruptStoreError(tr("De back-up {name} is beschadigd.", name=path.name))
            raw = handle.read(length)
    except OSError as exc:
        raise UserError(
            tr("Het back-upbestand {path} kan niet worden gelezen: {strerror}.", path=path, strerror=exc.strerror)
        ) from None
    try:
        return json.loads(raw), len(MAGIC) + 4 + length
    except ValueError:
        raise CorruptStoreError(tr("De back-up {name} is beschadigd.", name=path.name)) from None


def read_backup(path: Path) -> BackupFile:
    header, offset = read_header(path)
    keys = header.get("keys") or {
        k: v for k, v in header.items() if k not in ("created", "schema", "app_version", "clean")
    }
    keyfile = KeyFile.from_bytes(json.dumps(keys).encode())
    return BackupFile(path, keyfile, offset, header.get("created"), header.get("schema"), header.get("app_version"))


def _backup_key(backup: BackupFile, current: Store | None, credentials: Credentials) -> bytes:
    if current is not None and backup.keyfile.matches(current.key):
        return current.key
    try:
        return unlock_key(backup.keyfile, credentials)[0]
    except UserError as exc:
        raise type(exc)(
            tr(
                "{problem} Let op: een back-up van vóór een sleutelwissel opent alleen met de "
                "herstelsleutel of wachtwoordzin van toen.",
                problem=exc,
            )
        ) from None


def _staged_copy(paths: ProfilePaths, backup: BackupFile, key: bytes, target_key: bytes) -> Path:
    """Stream the backup's database beside the live one, prove it opens, re-key if needed."""
    staged = paths.home / ".restore-staged.db"
    staged.unlink(missing_ok=True)
    create_private_file(staged)
    try:
        with open(backup.path, "rb") as source, open(staged, "wb") as sink:
            source.seek(backup.offset)
            shutil.copyfileobj(source, sink, CHUNK)
            sink.flush()
            os.fsync(sink.fileno())
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise storage_error(exc, paths.home) from None
    problems = integrity_problems(staged, key)
    if problems:
        staged.unlink(missing_ok=True)
        raise CorruptStoreError(tr("De back-up is beschadigd; er is niets teruggezet. {problem}", problem=problems[0]))
    if target_key != key:
        conn = connect(staged, key)
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            conn.execute(f"PRAGMA rekey = \"x'{target_key.hex()}'\"")
        finally:
            conn.close()
    return staged


def check_restorable(path: Path) -> BackupFile:
    """Read the header and refuse a backup from a newer ibdesk, before anything is opened or written."""
    backup = read_backup(path)
    _refuse_newer(backup)
    return backup


def _refuse_newer(backup: BackupFile) -> None:
    if backup.schema is not None and backup.schema not in migrate.known_revisions():
        raise migrate.NewerProfileError(backup.app_version or "onbekend")


def _set_aside_damaged(paths: ProfilePaths) -> Path:
    """Move the damaged database (and its keys) into a dated folder: nothing is deleted."""
    aside = paths.home / f"beschadigd-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    aside.mkdir(mode=0o700)
    for path in [*paths.database_siblings(), paths.keyfile]:
        if path.exists():
            os.replace(path, aside / path.name)
    return aside


def restore(
    backup_path: Path, home: Path, credentials: Credentials = Credentials(), current: Store | None = None
) -> Store:
    """Restore into `home`: a fresh (or damaged) profile takes the backup's keys; an open one keeps its own."""
    backup = read_backup(backup_path)
    _refuse_newer(backup)
    paths = ProfilePaths(home)
    ensure_writable_folder(home)
    lock = current.lock if current is not None else ProfileLock.acquire(home)
    try:
        key = _backup_key(backup, current, credentials)
        target_key = current.key if current else key
        staged = _staged_copy(paths, backup, key, target_key)
        if current is not None:
            automatic_backup(current, reason="before-restore")
            current.lock = None  # the lock stays held: it moves to the restored store
            current.close()
            keyfile = current.keyfile
        else:
            if paths.keyfile.exists() or paths.database.exists():
                log.warning("restoring over a damaged profile; its files are set aside")
                _set_aside_damaged(paths)
            keyfile = backup.keyfile
            keyfile.save(paths.keyfile)
            keyring_access.store_key(keyfile.profile_id, key)
        for sibling in paths.database_siblings()[1:]:
            sibling.unlink(missing_ok=True)
        os.replace(staged, paths.database)
        enable_wal(paths.database, target_key)
        store = Store(paths, keyfile, target_key, make_engine(paths.database, target_key), lock)
    except BaseException:
        if current is None and lock is not None:  # a lock this restore took (not the open store's)
            lock.release(clean=True)
        raise
    if migrate.needs_upgrade(store.current_engine()):
        migrate.upgrade(store.current_engine())
    with store.session() as s:
        store.indexer.ensure_current(s.connection())  # a backup from another ibdesk may index other sources
        store.audit(s, "restore", "profile", keyfile.profile_id)
    from ibdesk.store import anchor

    anchor.remember(store, replace=True)  # the chains went back to the backup's, on purpose
    log.info("backup restored")
    return store
