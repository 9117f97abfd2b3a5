"""Opening an existing profile: lock, check, unlock, migrate (with a backup first), then the
daily backup.

Opening sits above both `profile` (the `Store`, creating a profile, unlocking a key) and
`backup` (which copies and restores a `Store`), so neither of those imports the other.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.paths import ProfilePaths
from ibdesk.store import backup, checks, keyring_access, maintenance, migrate
from ibdesk.store.engine import connect, make_engine
from ibdesk.store.files import ensure_writable_folder
from ibdesk.store.keys import KeyFile
from ibdesk.store.lock import ProfileLock
from ibdesk.store.profile import Credentials, Store, load_keyfile, unlock_key

log = logging.getLogger(__name__)


def open_profile(
    home: Path, credentials: Credentials | None = None, *, read_only: bool = False, full_check: bool = False
) -> Store:
    """Lock, check, unlock (one key derivation), migrate and open.

    Nothing is written before the checks pass: a damaged, empty or newer database is
    refused as it is. After an unclean shutdown (the lock file names a holder that never
    closed) the full integrity check runs instead of the quick one.
    """
    credentials = credentials or Credentials()
    paths = ProfilePaths(home)
    keyfile = load_keyfile(paths)
    lock = None if read_only else _lock(paths)
    try:
        store = _open_locked(paths, keyfile, credentials, lock, read_only, full_check)
    except BaseException:
        if lock is not None:
            lock.release(clean=not lock.previous_unclean)
        raise
    return store


def _lock(paths: ProfilePaths) -> ProfileLock:
    ensure_writable_folder(paths.home)
    return ProfileLock.acquire(paths.home)


def _open_locked(
    paths: ProfilePaths,
    keyfile: KeyFile,
    credentials: Credentials,
    lock: ProfileLock | None,
    read_only: bool,
    full_check: bool,
) -> Store:
    key, source = unlock_key(keyfile, credentials)
    if lock is not None:
        maintenance.clean_temporary_files(paths)
        maintenance.clean_open_copies(keyfile.profile_id)  # copies of attachments left by a crash
        from ibdesk.store import rotate

        rotate.finish_interrupted(paths, key)
    checks.refuse_missing_or_empty(paths)
    wal_state = checks.refuse_damaged_wal(paths)
    full = full_check or (lock is not None and lock.previous_unclean)
    if full:
        log.info("full integrity check (%s)", "unclean shutdown" if not full_check else "asked for")
    checks.refuse_if_damaged(paths, key, full=full)
    conn = connect(paths.database, key)
    try:
        migrate.refuse_if_newer(conn)
    finally:
        conn.close()
    if read_only:
        return Store(paths, keyfile, key, make_engine(paths.database, key, read_only=True), read_only=True)
    if source != "keyring":
        keyring_access.store_key(keyfile.profile_id, key)
    if keyfile.add_missing_macs(key) or keyfile.pending:
        keyfile.pending = False
        keyfile.save(paths.keyfile)
    maintenance.tighten_permissions(paths)
    store = Store(paths, keyfile, key, make_engine(paths.database, key), lock)
    store.full_check_done, store.wal_at_open = full, wal_state
    _migrate_with_backup(store)
    with store.writing() as conn:  # plain SQL: opening imports no ORM (a rebuild of the index does)
        store.indexer.ensure_current(conn)
    _after_open(store)
    log.info("profile opened (key from %s)", source)
    return store


def _after_open(store: Store) -> None:
    """Daily backup and unfinished backup purges (retention) — never fatal for opening."""
    try:
        backup.finish_pending_purge(store)
        backup.daily_backup(store)
    except UserError as exc:
        log.warning("daily maintenance skipped: %s", type(exc).__name__)


def _migrate_with_backup(store: Store) -> None:
    engine = store.current_engine()
    if not migrate.needs_upgrade(engine):
        return
    if migrate.current_revision(engine) is not None:
        backup.automatic_backup(store, reason="migration")
    try:
        migrate.upgrade(engine)
    except Exception as exc:
        log.error("migration failed: %s", type(exc).__name__)
        raise UserError(
            tr(
                "De database kon niet worden bijgewerkt naar de nieuwe versie. Er is niets veranderd (alles of "
                "niets), en vooraf is een back-up gemaakt in {backups}.",
                backups=store.paths.backups,
            )
        ) from None
    log.info("schema upgraded to %s", migrate.head_revision())
