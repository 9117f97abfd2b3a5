"""The encrypted SQLCipher engine (sqlcipher3 under SQLAlchemy 2).

The key is set in a `creator`, so no statement ever runs on an un-keyed connection
(a PRAGMA listener on the Engine class would run before the key and break the file).
"""
from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

import sqlcipher3  # explicit import: packagers must find the compiled module

from ibdesk.errors import CorruptStoreError, StorageError, WrongKeyError

if TYPE_CHECKING:  # SQLAlchemy is imported when an engine is made, not for a bare connection
    from sqlalchemy import Engine

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


def connect(path: Path, key: bytes, *, check: bool = False) -> sqlcipher3.Connection:
    """A keyed DB-API connection; with `check`, prove the key works right away."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    conn.execute(_key_pragma(key))
    if check:
        verify_readable(conn, path)
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma)
    return conn


def verify_readable(conn: sqlcipher3.Connection, path: Path) -> None:
    """A wrong key only shows at the first read; turn it into a clear error."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _classify(exc, path) from None


def _classify(exc: Exception, path: Path) -> Exception:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return CorruptStoreError(
            f"De database {path.name} kan niet worden gelezen: het bestand is beschadigd of hoort "
            "niet bij deze sleutel. Er is niets overschreven. Zet de laatste back-up terug "
            f"(map {path.parent / 'backups'}) met 'ibdesk restore' of via Instellingen.")
    if "readonly" in text or "read-only" in text:
        return StorageError(f"De database in {path.parent} is alleen-lezen.")
    return WrongKeyError(f"De database kan niet worden geopend: {exc}")


def enable_wal(path: Path, key: bytes) -> None:
    conn = connect(path, key, check=True)
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        conn.close()


def make_engine(path: Path, key: bytes, *, pooled: bool = True) -> Engine:
    """An Engine whose every connection is keyed before anything else happens."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    conn = connect(path, key, check=True)  # fail early and clearly
    conn.close()

    def creator() -> sqlcipher3.Connection:
        return connect(path, key)

    options: dict = {"creator": creator, "module": sqlcipher3}
    if not pooled:
        options["poolclass"] = NullPool
    return create_engine(f"sqlite:///{path}", **options)


def integrity_problems(path: Path, key: bytes) -> list[str]:
    """SQLCipher's HMAC check, SQLite's integrity check and foreign keys, as messages."""
    conn = connect(path, key, check=True)
    problems: list[str] = []
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems += [f"versleuteling: {r[0]}" for r in rows]
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems += [f"structuur: {r[0]}" for r in rows if r[0] != "ok"]
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"verwijzing: tabel {r[0]} rij {r[1]} verwijst naar ontbrekende {r[2]}" for r in rows]
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"database beschadigd: {exc}")
    finally:
        conn.close()
    return problems


def translate_db_error(exc: BaseException, folder: Path) -> Exception | None:
    """Map a database fault seen mid-work (full disk, read-only file) to a clear message."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(f"De schijf is vol: de wijziging is niet opgeslagen in {folder}. "
                            "Maak ruimte vrij; wat al was opgeslagen is bewaard.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError(f"De profielmap {folder} is alleen-lezen: er kan niets worden opgeslagen.")
    if "not a database" in text or "malformed" in text:
        return _classify(exc, folder / "ibdesk.db")
    return None
