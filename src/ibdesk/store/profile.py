"""A profile: one folder with the encrypted database, the wrapped keys, backups and logs.

`create_profile` and `opening.open_profile` are the only ways in; both hand back a `Store`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from ibdesk.errors import ProfileExistsError, ProfileMissingError, StorageError, StoreLockedError, UserError
from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.paths import ProfilePaths
from ibdesk.store import keyring_access, maintenance, migrate
from ibdesk.store.engine import checkpoint, create_private_file, enable_wal, make_engine, translate_db_error
from ibdesk.store.files import ensure_private_folder
from ibdesk.store.keys import KeyFile, check_passphrase_strength, new_database_key, new_recovery_key
from ibdesk.store.lock import ProfileLock

if TYPE_CHECKING:  # the ORM is imported on the first session: a plain read (`ibdesk cases`) never needs it
    from sqlalchemy.orm import Session, sessionmaker

    from ibdesk.store.changes import ChangeLog
    from ibdesk.store.search_index import Indexer
    from ibdesk.store.wal import WalState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Credentials:
    """What the user can offer to unlock: a passphrase and/or a recovery key."""

    passphrase: str | None = None
    recovery_key: str | None = None

    @classmethod
    def from_environment(cls) -> Credentials:
        """IBDESK_PASSPHRASE / IBDESK_RECOVERY_KEY: how scripts, the demo and the app's shortcut
        open a profile without a keyring and without asking."""
        return cls(
            passphrase=os.environ.get("IBDESK_PASSPHRASE") or None,
            recovery_key=os.environ.get("IBDESK_RECOVERY_KEY") or None,
        )


USER_NAME, USER_ROLE, KNOWN_ACTORS = "user.name", "user.role", "user.actors"
_SESSIONS_MADE = threading.Lock()
NO_PROFILE = "naam nog niet ingevuld"  # before the user profile exists (e.g. right after `ibdesk init`)
READ_ONLY_MESSAGE = mark(
    "Dit profiel is alleen-lezen geopend, omdat het elders in gebruik is. Er is niets "
    "opgeslagen; sluit ibdesk daar en open het hier opnieuw om te kunnen bewerken."
)


class Store:
    """An open, unlocked profile. Services use `session()`; nothing else touches the engine.

    A writable Store holds the profile lock (one process per profile); a read-only one
    (`read_only=True`, the viewer shown while another process holds the lock) refuses
    every write at the SQLite level (`query_only`) and records nothing.
    """

    def __init__(
        self,
        paths: ProfilePaths,
        keyfile: KeyFile,
        key: bytes,
        engine: Engine,
        lock: ProfileLock | None = None,
        read_only: bool = False,
    ):
        self.paths = paths
        self.keyfile = keyfile
        self._key = key
        self.engine: Engine | None = engine  # None once closed (close, key rotation)
        self.lock = lock
        self.read_only = read_only
        self.full_check_done = False
        self.wal_at_open: WalState | None = None
        self.passphrase_advice: str | None = None  # set by the unlock screen for a weak passphrase
        self._sessions: sessionmaker[Session] | None = None
        self._indexer: Indexer | None = None
        self._actor: str | None = None
        self._changes: ChangeLog | None = None

    def current_engine(self) -> Engine:
        """The engine of the open profile; a clear message once the profile was closed."""
        if self.engine is None:
            raise StorageError(tr("Het profiel is gesloten: open het opnieuw."))
        return self.engine

    def change_log(self) -> ChangeLog | None:
        """From now on, log which rows each transaction changes (store/changes.py), so a reader can
        redo only what a save touched; None for a read-only viewer (another process writes)."""
        if self.read_only:
            return None
        if self._changes is None:
            from sqlalchemy import event

            from ibdesk.store import changes

            log = changes.ChangeLog()
            engine = self.current_engine()
            event.listen(engine, "connect", lambda dbapi_conn, _record: changes.install(dbapi_conn, log))
            engine.dispose()  # connections already pooled have no triggers: new ones get them
            self._changes = log
        return self._changes

    @property
    def indexer(self) -> Indexer:
        """The search index (store/search_index.py), made on first use so a plain read stays ORM-free."""
        if self._indexer is None:
            from ibdesk.store.search_index import Indexer

            self._indexer = Indexer()
        return self._indexer

    @property
    def key(self) -> bytes:
        return self._key

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error; the WAL is emptied after."""
        with _SESSIONS_MADE:  # made once, also when a UI worker thread (ui/tasks.py) asks at the same moment
            sessions = self._sessions
            if sessions is None:
                from sqlalchemy.orm import sessionmaker

                sessions = self._sessions = sessionmaker(self.current_engine(), expire_on_commit=False)
                self.indexer.attach(sessions)  # the search index follows every write
        session = sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            self._raise_friendly(exc)
            raise
        finally:
            session.close()
        self.settle()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A plain SQL read in one transaction, without the ORM (lists, counts, `ibdesk cases`)."""
        with self.current_engine().connect() as conn:
            try:
                with conn.begin():
                    yield conn
            except BaseException as exc:
                self._raise_friendly(exc)
                raise

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A plain SQL write in one transaction, without the ORM; the WAL is emptied after."""
        with self.reading() as conn:
            yield conn
        self.settle()

    def _raise_friendly(self, exc: BaseException) -> None:
        """A database fault as a clear Dutch message (a read-only viewer, a full disk, …)."""
        if not isinstance(exc, OperationalError):
            return
        if self.read_only and "readonly" in str(exc).lower().replace("-", ""):
            raise StorageError(tr_marked(READ_ONLY_MESSAGE)) from None
        friendly = translate_db_error(exc, self.paths.home)
        if friendly is not None:
            raise friendly from None

    def settle(self) -> None:
        """End of a unit of work: nothing committed may stay behind in the WAL (engine.checkpoint)."""
        wal_file = self.paths.database.with_name(self.paths.database.name + "-wal")
        if not self.read_only and wal_file.exists() and wal_file.stat().st_size:
            checkpoint(self.current_engine())

    @property
    def actor(self) -> str:
        """Who acts: the person of the user profile (settings user.name / user.role, asked in the
        first-run wizard or by `ibdesk user`), never the operating system's login name."""
        if self._actor is None:
            with self.session() as s:
                return self.actor_in(s)
        return self._actor

    def actor_in(self, session: Session) -> str:
        """Read (in the caller's unit of work) and remember the actor; every actor the profile
        ever had is listed in `user.actors`, so the inzage can tell a person from anything else."""
        if self._actor is None:
            from ibdesk.store.models import Setting

            name_row, role_row = (session.get(Setting, key) for key in (USER_NAME, USER_ROLE))
            name = name_row.value.strip() if name_row else ""
            role = role_row.value.strip() if role_row else ""
            actor = self._actor = f"{name} ({role})" if name and role else name or NO_PROFILE
            known_row = session.get(Setting, KNOWN_ACTORS)
            known = json.loads(known_row.value) if known_row else []
            if name and actor not in known and not self.read_only:
                session.merge(Setting(key=KNOWN_ACTORS, value=json.dumps(known + [actor], ensure_ascii=False)))
            return actor
        return self._actor

    def audit(
        self, session: Session, action: str, entity: str, entity_id: object = None, detail: str | None = None
    ) -> None:
        if not self.read_only:
            from ibdesk.store import audit

            audit.record(session, self.actor_in(session), action, entity, entity_id, detail)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as conn:
            row = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (key,)).first()
            return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as s:
            from ibdesk.store.models import Setting

            s.merge(Setting(key=key, value=value))
        if key in (USER_NAME, USER_ROLE):
            self._actor = None

    def check(self) -> list[str]:
        """Integrity of the encrypted file, foreign keys, WAL, key entries and both chains."""
        from ibdesk.store.report import problems

        return problems(self)

    def close(self) -> None:
        engine = self.engine
        if engine is None:
            return
        if not self.read_only:
            try:
                self.settle()
                from ibdesk.store import anchor

                anchor.remember(self)
            except Exception as exc:
                log.warning("could not settle the store at close: %s", type(exc).__name__)
        engine.dispose()
        self.engine = None
        if not self.read_only:
            maintenance.clean_open_copies(self.keyfile.profile_id)
        if self.lock is not None:
            self.lock.release(clean=True)
            self.lock = None


def keyring_usable() -> bool:
    return keyring_access.keyring_usable()


def create_profile(home: Path, passphrase: str | None = None) -> tuple[Store, str]:
    """A new profile; returns the open store and the recovery key (to show exactly once).

    All or nothing: keys.json is written first marked `pending`, the database is built
    under a temporary name in one transaction and renamed into place, and only then is the
    mark removed. A kill at any point leaves either no profile or a whole one.
    """
    paths = ProfilePaths(home)
    _refuse_existing(paths)
    has_keyring = keyring_access.keyring_usable()
    if not has_keyring and not passphrase:
        raise StoreLockedError(
            tr(
                "Er is geen sleutelbeheer (keyring) van het besturingssysteem beschikbaar. Kies een wachtwoordzin "
                "(in de app, of via IBDESK_PASSPHRASE op de opdrachtregel)."
            )
        )
    if passphrase:
        check_passphrase_strength(passphrase)
    ensure_private_folder(home)
    lock = ProfileLock.acquire(home)
    try:
        _refuse_existing(paths)
        maintenance.clean_temporary_files(paths)
        key, recovery_key = new_database_key(), new_recovery_key()
        keyfile = KeyFile.new(key)
        keyfile.add_recovery(key, recovery_key)
        if passphrase:
            keyfile.add_passphrase(key, passphrase)
        keyfile.pending = True
        keyfile.save(paths.keyfile)
        if has_keyring:
            keyring_access.store_key(keyfile.profile_id, key)
        _build_database(paths.home / ".init-staged.db", key, keyfile.profile_id)
        os.replace(paths.home / ".init-staged.db", paths.database)
        keyfile.pending = False
        keyfile.save(paths.keyfile)
    except BaseException:
        lock.release(clean=True)
        raise
    store = Store(paths, keyfile, key, make_engine(paths.database, key), lock)
    log.info("profile created (keyring=%s, passphrase=%s)", has_keyring, bool(passphrase))
    return store, recovery_key


def _refuse_existing(paths: ProfilePaths) -> None:
    if paths.database.exists():
        raise ProfileExistsError(tr("In {home} staat al een ibdesk-profiel.", home=paths.home))
    if paths.keyfile.exists():
        try:
            pending = KeyFile.load(paths.keyfile).pending
        except UserError:
            pending = False
        if not pending:
            raise ProfileExistsError(tr("In {home} staat al een ibdesk-profiel (keys.json).", home=paths.home))


def _build_database(staged: Path, key: bytes, profile_id: str) -> None:
    for leftover in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    create_private_file(staged)
    enable_wal(staged, key)
    from sqlalchemy.orm import Session

    from ibdesk.store import audit

    engine = make_engine(staged, key, pooled=False)
    try:
        migrate.upgrade(engine)
        with Session(engine) as s, s.begin():
            audit.record(s, NO_PROFILE, "create", "profile", profile_id)
        checkpoint(engine)
    finally:
        engine.dispose()


def load_keyfile(paths: ProfilePaths) -> KeyFile:
    if not paths.keyfile.exists():
        raise ProfileMissingError(
            tr("Er is nog geen ibdesk-profiel in {home}. Maak er een met 'ibdesk init'.", home=paths.home)
        )
    keyfile = KeyFile.load(paths.keyfile)
    if keyfile.pending and not paths.database.exists():
        raise ProfileMissingError(
            tr(
                "Het aanmaken van het profiel in {home} is niet afgerond (onderbroken). Er stonden nog geen gegevens "
                "in. Maak het opnieuw met 'ibdesk init'.",
                home=paths.home,
            )
        )
    return keyfile


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
        raise StoreLockedError(tr("Voer de wachtwoordzin van dit profiel in."))
    raise StoreLockedError(
        tr(
            "De sleutel van dit profiel staat niet (meer) in het sleutelbeheer van deze computer. Gebruik de "
            "herstelsleutel ('ibdesk recover')."
        )
    )


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
