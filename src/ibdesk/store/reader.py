"""A read-only look into a profile for quick command-line listings (`ibdesk cases`).

No SQLAlchemy, no Alembic: the key from this computer's keyring, one keyed SQLCipher
connection, plain SQL. Only when the keyring holds the key and the schema is current;
otherwise `quick_connection` yields None and the caller takes the full path (passphrase or
recovery key, a migration after a backup).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ibdesk.paths import ProfilePaths
from ibdesk.store import keyring_access, migrate
from ibdesk.store.engine import connect
from ibdesk.store.keys import KeyFile


@contextmanager
def quick_connection(home: Path) -> Iterator[object | None]:
    """A keyed DB-API connection (closed afterwards), or None when the full path is needed."""
    paths = ProfilePaths(home)
    if not paths.keyfile.exists() or not paths.database.exists():
        yield None
        return
    keyfile = KeyFile.load(paths.keyfile)
    key = keyring_access.load_key(keyfile.profile_id)
    if key is None or not keyfile.matches(key):
        yield None
        return
    conn = connect(paths.database, key, check=True)
    try:
        yield conn if migrate.revision_of(conn) == migrate.head_revision() else None
    finally:
        conn.close()
