"""Encrypted backup files and restore.

A backup is a header (format, profile id, key check, the wrapped keys — no personal
data) followed by a SQLCipher copy of the database encrypted under the profile's key.
So it opens with the profile's keyring entry, its passphrase or its recovery key, also
on a new PC. Restore never touches the current database until the copy has proved it
opens and is intact; the current data is first saved as a backup of its own.
"""
from __future__ import annotations

import json
import logging
import os
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ibdesk.errors import CorruptStoreError, UserError
from ibdesk.paths import ProfilePaths
from ibdesk.store import keyring_access, migrate
from ibdesk.store.engine import connect, enable_wal, integrity_problems, make_engine
from ibdesk.store.files import atomic_write, ensure_writable_folder, storage_error
from ibdesk.store.keys import KeyFile
from ibdesk.store.profile import Credentials, Store, unlock_key

log = logging.getLogger(__name__)
MAGIC = b"IBDESK-BACKUP-1\n"
KEEP_AUTOMATIC = 10


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
    """Write a backup file to `out` (atomically) and log it in the audit trail."""
    ensure_writable_folder(out.parent)
    snapshot = out.parent / f".snapshot-{os.getpid()}.tmp"
    try:
        _export_copy(store, snapshot)
        header = json.loads(store.keyfile.to_bytes())
        header.update(created=datetime.now().isoformat(timespec="seconds"),
                      schema=migrate.current_revision(store.engine))
        header_bytes = json.dumps(header).encode("utf-8")
        atomic_write(out, MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + snapshot.read_bytes())
    except OSError as exc:
        raise storage_error(exc, out.parent) from None
    finally:
        snapshot.unlink(missing_ok=True)
    with store.session() as s:
        store.audit(s, "backup", "profile", store.keyfile.profile_id)
    log.info("backup written")
    return out


def automatic_backup(store: Store, reason: str) -> Path:
    """A backup in the profile's backups folder; keeps the newest few."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = write_backup(store, store.paths.backups / f"ibdesk-{stamp}-{reason}.ibbak")
    for old in sorted(store.paths.backups.glob("ibdesk-*.ibbak"))[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return path


def latest_backup(paths: ProfilePaths) -> Path | None:
    found = sorted(paths.backups.glob("*.ibbak")) if paths.backups.exists() else []
    return found[-1] if found else None


@dataclass
class BackupFile:
    keyfile: KeyFile
    database: bytes
    created: str | None


def read_backup(path: Path) -> BackupFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Het back-upbestand {path} kan niet worden gelezen: {exc.strerror}.") from None
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise UserError(f"{path.name} is geen ibdesk-back-up.")
    (length,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    try:
        header = json.loads(raw[start:start + length])
    except ValueError:
        raise CorruptStoreError(f"De back-up {path.name} is beschadigd.") from None
    keyfile = KeyFile.from_bytes(json.dumps(header).encode())
    return BackupFile(keyfile, raw[start + length:], header.get("created"))


def _backup_key(backup: BackupFile, current: Store | None, credentials: Credentials) -> bytes:
    if current is not None and backup.keyfile.matches(current.key):
        return current.key
    return unlock_key(backup.keyfile, credentials)[0]


def _staged_copy(paths: ProfilePaths, backup: BackupFile, key: bytes, target_key: bytes) -> Path:
    """Write the backup's database beside the live one, prove it opens, re-key if needed."""
    staged = paths.home / ".restore-staged.db"
    atomic_write(staged, backup.database)
    problems = integrity_problems(staged, key)
    if problems:
        staged.unlink(missing_ok=True)
        raise CorruptStoreError("De back-up is beschadigd; er is niets teruggezet. " + problems[0])
    if target_key != key:
        conn = connect(staged, key)
        try:
            conn.execute(f"PRAGMA rekey = \"x'{target_key.hex()}'\"")
        finally:
            conn.close()
    return staged


def restore(backup_path: Path, home: Path, credentials: Credentials = Credentials(),
            current: Store | None = None) -> Store:
    """Restore into `home`: a fresh profile takes the backup's keys; an existing one keeps its own."""
    backup = read_backup(backup_path)
    paths = ProfilePaths(home)
    ensure_writable_folder(home)
    key = _backup_key(backup, current, credentials)
    if current is None and paths.exists():
        raise UserError("Open het profiel eerst (ontgrendel het) om er een back-up in terug te zetten.")
    target_key = current.key if current else key
    staged = _staged_copy(paths, backup, key, target_key)
    if current is not None:
        automatic_backup(current, reason="before-restore")
        current.close()
        keyfile = current.keyfile
    else:
        keyfile = backup.keyfile
        keyfile.save(paths.keyfile)
        keyring_access.store_key(keyfile.profile_id, key)
    for sibling in paths.database_siblings()[1:]:
        sibling.unlink(missing_ok=True)
    os.replace(staged, paths.database)
    enable_wal(paths.database, target_key)
    store = Store(paths, keyfile, target_key, make_engine(paths.database, target_key))
    if migrate.needs_upgrade(store.engine):
        migrate.upgrade(store.engine)
    with store.session() as s:
        store.audit(s, "restore", "profile", keyfile.profile_id)
    log.info("backup restored")
    return store
