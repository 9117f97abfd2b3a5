"""Alembic migrations, run programmatically at start-up (after a backup when needed).

Each upgrade runs in ONE transaction (the engine emits its own BEGIN, see
`engine.transactional_ddl`), so a kill or a failing step leaves the previous schema whole.
The app version that last wrote the schema is stored beside it, so a profile from a newer
ibdesk is refused *before* anything is written. Which revisions exist is read from the
migration files' text, so the common "nothing to do" start never imports Alembic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine

from ibdesk.errors import UserError
from ibdesk.i18n import tr

MIGRATIONS = Path(__file__).with_name("migrations")
WRITER_SETTING = "ibdesk.schema_written_by"
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


class NewerProfileError(UserError):
    """The database was written by a newer ibdesk; nothing may be written to it."""

    def __init__(self, version: str):
        super().__init__(
            tr(
                "Dit profiel is gemaakt met een nieuwere ibdesk (versie {version}); installeer "
                "{version} of nieuwer. Er is niets gewijzigd.",
                version=version,
            )
        )


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def _graph() -> tuple[frozenset[str], str]:
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found:
            revisions.add(found.group(1))
            down = _DOWN.search(text)
            if down:
                downs.add(down.group(1))
    heads = sorted(revisions - downs)
    return frozenset(revisions), heads[-1] if heads else ""


def known_revisions() -> frozenset[str]:
    return _graph()[0]


def head_revision() -> str:
    return _graph()[1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return revision_of(conn.connection.driver_connection)


def revision_of(dbapi_conn) -> str | None:
    """The schema revision of an open DB-API connection (None for an empty database)."""
    has_table = dbapi_conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = dbapi_conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def written_by(dbapi_conn) -> str | None:
    try:
        row = dbapi_conn.execute("SELECT value FROM settings WHERE key = ?", (WRITER_SETTING,)).fetchone()
    except Exception:
        return None
    return row[0] if row else None


def refuse_if_newer(dbapi_conn) -> None:
    """Raise NewerProfileError when the schema is one this ibdesk does not know."""
    revision = revision_of(dbapi_conn)
    if revision is not None and revision not in known_revisions():
        raise NewerProfileError(written_by(dbapi_conn) or "onbekend")


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Migrate in one transaction and record which ibdesk wrote the schema."""
    from alembic import command

    from ibdesk import __version__

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (WRITER_SETTING, __version__)
        )
