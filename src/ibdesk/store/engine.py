"""The encrypted SQLCipher engine (sqlcipher3 under SQLAlchemy 2).

The key is set in a `creator`, so no statement ever runs on an un-keyed connection
(a PRAGMA listener on the Engine class would run before the key and break the file).
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3  # explicit import: packagers must find the compiled module
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from ibdesk.errors import CorruptStoreError, StorageError, WrongKeyError
from ibdesk.i18n import tr
from ibdesk.store.problems import DAMAGED, ENCRYPTION, REFERENCE, STRUCTURE, IntegrityProblem

CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA synchronous = FULL",
    # Sorts and temp tables stay in memory: no plaintext temp files on disk.
    "PRAGMA temp_store = MEMORY",
    # Freed pages are overwritten, so deleted records do not linger in the file.
    "PRAGMA secure_delete = ON",
)


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def create_private_file(path: Path) -> None:
    """An empty file only this user may read (0600); SQLite gives -wal/-shm the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def connect(path: Path, key: bytes, *, check: bool = False, read_only: bool = False) -> sqlcipher3.Connection:
    """A keyed DB-API connection; with `check`, prove the key works right away.

    The driver's own transaction handling is off (`isolation_level = None`): SQLAlchemy
    emits BEGIN itself (see `make_engine`), so DDL is transactional too.
    """
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    # SQLCipher writes English lines ("hmac check failed ...") to stderr before our Dutch message.
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    conn.execute(_key_pragma(key))
    if check:
        verify_readable(conn, path)
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma)
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    return conn


def verify_readable(conn: sqlcipher3.Connection, path: Path) -> None:
    """A wrong key only shows at the first read; turn it into a clear error."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _classify(exc, path) from None


def _classify(exc: BaseException, path: Path) -> Exception:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return CorruptStoreError(
            tr(
                "De database {name} kan niet worden gelezen: het bestand is beschadigd of hoort niet bij deze "
                "sleutel. Er is niets overschreven. Zet de laatste back-up terug (map {folder}) met 'ibdesk restore' "
                "of via Instellingen.",
                name=path.name,
                folder=path.parent / "backups",
            )
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(tr("De database in {parent} is alleen-lezen.", parent=path.parent))
    return WrongKeyError(tr("De database kan niet worden geopend: {exc}", exc=exc))


def enable_wal(path: Path, key: bytes) -> None:
    conn = connect(path, key, check=True)
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        conn.close()


def make_engine(path: Path, key: bytes, *, pooled: bool = True, read_only: bool = False) -> Engine:
    """An Engine whose every connection is keyed before anything else happens."""
    conn = connect(path, key, check=True)  # fail early and clearly
    conn.close()

    def creator() -> sqlcipher3.Connection:
        return connect(path, key, read_only=read_only)

    options: dict = {"creator": creator, "module": sqlcipher3}
    if not pooled:
        options["poolclass"] = NullPool
    engine = create_engine(f"sqlite:///{path}", **options)
    transactional_ddl(engine)
    return engine


def transactional_ddl(engine: Engine) -> None:
    """SQLAlchemy's documented pysqlite recipe: the driver starts no transactions of its own
    (set in `connect`), and every SQLAlchemy transaction starts with our own BEGIN. Without
    this, Python's sqlite driver commits DDL statement by statement, so a migration killed
    or failing halfway left a half-migrated file. AUTOCOMMIT connections (VACUUM) get none."""

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        if conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            conn.exec_driver_sql("BEGIN")


def checkpoint(engine: Engine) -> None:
    """Move committed pages from the WAL into the database file and empty the WAL.

    Journal choice: WAL stays (the read-only viewer in a second process and the GUI's
    readers never block the writer), but at rest nothing committed lives in the WAL:
    every unit of work ends with a TRUNCATE checkpoint, and so does close. SQLite stops
    replaying a WAL at the first frame whose checksum fails and silently drops every later
    commit; with an empty WAL at rest there is nothing to drop, and `wal.inspect` checks
    the frames of a WAL left by a crash before SQLite may replay it (see store/wal.py).
    """
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None  # None only once invalidated; raw_connection() hands out a live one
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()


def integrity_problems(path: Path, key: bytes) -> list[IntegrityProblem]:
    """SQLCipher's HMAC check, SQLite's integrity check and foreign keys."""
    conn = connect(path, key, check=True)
    problems: list[IntegrityProblem] = []
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems += [IntegrityProblem(ENCRYPTION, str(r[0])) for r in rows]
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems += [IntegrityProblem(STRUCTURE, str(r[0])) for r in rows if r[0] != "ok"]
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [
            IntegrityProblem(
                REFERENCE,
                tr("tabel {table} rij {row} verwijst naar ontbrekende {parent}", table=r[0], row=r[1], parent=r[2]),
            )
            for r in rows
        ]
    except sqlcipher3.DatabaseError as exc:
        problems.append(IntegrityProblem(DAMAGED, str(exc)))
    finally:
        conn.close()
    return problems


def translate_db_error(exc: BaseException, folder: Path) -> Exception | None:
    """Map a database fault seen mid-work (full disk, read-only file) to a clear message."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(
            tr(
                "De schijf is vol: de wijziging is niet opgeslagen in {folder}. Maak ruimte vrij; wat al was "
                "opgeslagen is bewaard.",
                folder=folder,
            )
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(
            tr("De profielmap {folder} is alleen-lezen: er kan niets worden opgeslagen.", folder=folder)
        )
    if "not a database" in text or "malformed" in text:
        return _classify(exc, folder / "ibdesk.db")
    return None
