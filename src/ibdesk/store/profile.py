"""A profile: one folder with the encrypted database, the wrapped keys, backups and logs.

`create_profile` and `open_profile` are the only ways in; both hand back a `Store`.
"""
from __future__ import annotations

import getpass
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ibdesk.errors import (CorruptStoreError, ProfileExistsError, ProfileMissingError,
                           StoreLockedError, UserError)
from ibdesk.paths import ProfilePaths
from ibdesk.store import audit, keyring_access, migrate
from ibdesk.store.engine import enable_wal, integrity_problems, make_engine, translate_db_error
from ibdesk.store.files import ensure_writable_folder
from ibdesk.store.keys import KeyFile, check_passphrase_strength, new_database_key, new_recovery_key
from ibdesk.store.models import Setting

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Credentials:
    """What the user can offer to unlock: a passphrase and/or a recovery key."""

    passphrase: str | None = None
    recovery_key: str | None = None


class Store:
    """An open, unlocked profile. Services use `session()`; nothing else touches the engine."""

    def __init__(self, paths: ProfilePaths, keyfile: KeyFile, key: bytes, engine: Engine):
        self.paths = paths
        self.keyfile = keyfile
        self._key = key
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.actor = getpass.getuser()

    @property
    def key(self) -> bytes:
        return self._key

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            friendly = translate_db_error(exc, self.paths.home)
            if friendly is None:
                raise
            raise friendly from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def audit(self, session: Session, action: str, entity: str, entity_id: object = None,
              detail: str | None = None) -> None:
        audit.record(session, self.actor, action, entity, entity_id, detail)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.session() as s:
            row = s.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(Setting(key=key, value=value))

    def check(self) -> list[str]:
        """Integrity of the encrypted file, foreign keys and the audit chain."""
        problems = integrity_problems(self.paths.database, self._key)
        with self.session() as s:
            problems += audit.verify(s)
        return problems

    def close(self) -> None:
        self.engine.dispose()


def keyring_usable() -> bool:
    return keyring_access.keyring_usable()


def create_profile(home: Path, passphrase: str | None = None) -> tuple[Store, str]:
    """A new profile; returns the open store and the recovery key (to show exactly once)."""
    paths = ProfilePaths(home)
    if paths.keyfile.exists() or paths.database.exists():
        raise ProfileExistsError(f"In {home} staat al een ibdesk-profiel.")
    ensure_writable_folder(home)
    has_keyring = keyring_access.keyring_usable()
    if not has_keyring and not passphrase:
        raise StoreLockedError(
            "Er is geen sleutelbeheer (keyring) van het besturingssysteem beschikbaar. Kies een "
            "wachtwoordzin (in de app, of via IBDESK_PASSPHRASE op de opdrachtregel).")
    if passphrase:
        check_passphrase_strength(passphrase)
    key, recovery_key = new_database_key(), new_recovery_key()
    keyfile = KeyFile.new(key)
    keyfile.add_recovery(key, recovery_key)
    if passphrase:
        keyfile.add_passphrase(key, passphrase)
    keyfile.save(paths.keyfile)
    if has_keyring:
        keyring_access.store_key(keyfile.profile_id, key)
    paths.database.touch()
    enable_wal(paths.database, key)
    store = Store(paths, keyfile, key, make_engine(paths.database, key))
    migrate.upgrade(store.engine)
    with store.session() as s:
        store.audit(s, "create", "profile", keyfile.profile_id)
    log.info("profile created (keyring=%s, passphrase=%s)", has_keyring, bool(passphrase))
    return store, recovery_key


def load_keyfile(paths: ProfilePaths) -> KeyFile:
    if not paths.keyfile.exists():
        raise ProfileMissingError(f"Er is nog geen ibdesk-profiel in {paths.home}. Maak er een met 'ibdesk init'.")
    return KeyFile.load(paths.keyfile)


def unlock_key(keyfile: KeyFile, credentials: Credentials) -> tuple[bytes, str]:
    """The database key and where it came from: keyring, passphrase or recovery key."""
    key = keyring_access.load_key(keyfile.profile_id)
    if key is not None and keyfile.matches(key):
        return key, "keyring"
    if credentials.passphrase:
        return keyfile.unlock("passphrase", credentials.passphrase), "passphrase"
    if credentials.recovery_key:
        return keyfile.unlock("recovery", credentials.recovery_key), "recovery"
    if keyfile.has_passphrase():
        raise StoreLockedError("Voer de wachtwoordzin van dit profiel in.")
    raise StoreLockedError(
        "De sleutel van dit profiel staat niet (meer) in het sleutelbeheer van deze computer. "
        "Gebruik de herstelsleutel ('ibdesk recover').")


def open_profile(home: Path, credentials: Credentials = Credentials()) -> Store:
    """Unlock and open; re-stores the key in the keyring after a passphrase/recovery unlock."""
    paths = ProfilePaths(home)
    keyfile = load_keyfile(paths)
    if not paths.database.exists():
        raise CorruptStoreError(
            f"Het databasebestand ontbreekt in {home}. Zet de laatste back-up terug "
            f"(map {paths.backups}) met 'ibdesk restore'.")
    ensure_writable_folder(home)
    key, source = unlock_key(keyfile, credentials)
    if source != "keyring":
        keyring_access.store_key(keyfile.profile_id, key)
    store = Store(paths, keyfile, key, make_engine(paths.database, key))
    _migrate_with_backup(store)
    log.info("profile opened (key from %s)", source)
    return store


def _migrate_with_backup(store: Store) -> None:
    if not migrate.needs_upgrade(store.engine):
        return
    from ibdesk.store.backup import automatic_backup

    if migrate.current_revision(store.engine) is not None:
        automatic_backup(store, reason="migration")
    try:
        migrate.upgrade(store.engine)
    except Exception as exc:
        log.error("migration failed: %s", type(exc).__name__)
        raise UserError("De database kon niet worden bijgewerkt naar de nieuwe versie. Er is vooraf "
                        f"een back-up gemaakt in {store.paths.backups}; er is niets verloren.") from None
    log.info("schema upgraded to %s", migrate.head_revision())


def set_passphrase(store: Store, passphrase: str) -> None:
    check_passphrase_strength(passphrase)
    store.keyfile.add_passphrase(store.key, passphrase)
    store.keyfile.save(store.paths.keyfile)
    with store.session() as s:
        store.audit(s, "set-passphrase", "profile", store.keyfile.profile_id)


def new_recovery(store: Store) -> str:
    """Replace the recovery key (e.g. after using it); the old one stops working."""
    recovery_key = new_recovery_key()
    store.keyfile.add_recovery(store.key, recovery_key)
    store.keyfile.save(store.paths.keyfile)
    with store.session() as s:
        store.audit(s, "new-recovery-key", "profile", store.keyfile.profile_id)
    return recovery_key
