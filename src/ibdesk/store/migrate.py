"""Alembic migrations, run programmatically at start-up (after a backup when needed).

Whether a migration is due is answered without Alembic (its import costs ~0.3 s on every
start): the newest revision is read from the migration files and the database's from its
`alembic_version` table. Alembic itself is imported only to migrate.
"""
from __future__ import annotations

import re
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_head: str | None = None


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def _head_from_files() -> str | None:
    """The one revision no other migration builds on; None when the files do not say plainly
    (no sources shipped, several heads, an unusual header): then Alembic decides."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            continue
        revisions.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def head_revision() -> str:
    global _head
    if _head is None:
        _head = _head_from_files() or _alembic_head()
    return _head


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy.exc import OperationalError

    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except OperationalError:  # no such table: a new, empty database
            return None
    return rows[0][0] if len(rows) == 1 else _alembic_current(engine)


def revision_of(conn) -> str | None:
    """The schema revision seen through a bare DB-API connection; None when unknown."""
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except Exception:  # noqa: BLE001 - no such table (or not readable): not current
        return None
    return rows[0][0] if len(rows) == 1 else None


def _alembic_current(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
