"""What is checked before a profile's database is opened, and what `ibdesk check` reports.

- A profile with keys.json and a missing or empty database is *damaged*, never new.
- The WAL is validated frame by frame before SQLite may replay (and silently cut) it.
- Quick check at every open: the header decrypts (HMAC) with the key, the schema reads, the
  file is as long as its page count says, the last page decrypts. It reads a handful of
  pages, so it stays fast at any size (issue 10: < 0.5 s at 10,000 pupils). Every page's
  HMAC is checked anyway whenever SQLite reads it during work.
- The full check (SQLCipher HMAC of every page, `integrity_check`, foreign keys) runs in
  `ibdesk check`, after an unclean shutdown, and in the background in the app.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ibdesk.errors import CorruptStoreError
from ibdesk.i18n import tr
from ibdesk.paths import ProfilePaths
from ibdesk.store import wal
from ibdesk.store.engine import connect, integrity_problems
from ibdesk.store.problems import DAMAGED, STRUCTURE, IntegrityProblem, blocking

log = logging.getLogger(__name__)
# A SQLCipher database holds at least its header page; anything smaller is a damaged file.
MIN_DATABASE_BYTES = 1024


def latest_backup(paths: ProfilePaths) -> Path | None:
    """The newest backup file in the profile's backups folder (automatic or not)."""
    found = sorted(paths.backups.glob("*.ibbak")) if paths.backups.exists() else []
    return found[-1] if found else None


def backups_hint(paths: ProfilePaths) -> str:
    """Where the backups are and the exact command to restore the newest one."""
    newest = latest_backup(paths)
    if newest is None:
        return tr(
            "In {folder} staat geen automatische back-up. Heeft u zelf een back-up gemaakt, zet "
            "die dan terug met 'ibdesk restore BESTAND'.",
            folder=paths.backups,
        )
    return tr("Zet de nieuwste back-up terug met:") + f'\n    ibdesk restore "{newest}"'


def damaged(paths: ProfilePaths, what: str) -> CorruptStoreError:
    return CorruptStoreError(
        tr(
            "Dit profiel is beschadigd: {what} Er is niets overschreven. {backups_hint}",
            what=what,
            backups_hint=backups_hint(paths),
        )
    )


def refuse_missing_or_empty(paths: ProfilePaths) -> None:
    """keys.json says a profile was made here, so no (or an empty) database is damage, not a new start."""
    if not paths.database.exists():
        raise damaged(
            paths,
            tr("het databasebestand {name} ontbreekt, terwijl het sleutelbestand er wel is.", name=paths.database.name),
        )
    if paths.database.stat().st_size < MIN_DATABASE_BYTES:
        raise damaged(
            paths,
            tr(
                "het databasebestand {name} is leeg ({size} bytes).",
                name=paths.database.name,
                size=paths.database.stat().st_size,
            ),
        )


def wal_path(paths: ProfilePaths) -> Path:
    return paths.database.with_name(paths.database.name + "-wal")


def refuse_damaged_wal(paths: ProfilePaths) -> wal.WalState:
    state = wal.inspect(wal_path(paths))
    if state.damaged:
        log.error("WAL damaged: %d committed frame(s) would be dropped", state.dropped_commits)
        raise damaged(
            paths,
            tr(
                "het WAL-logbestand naast de database ({name}) is beschadigd: {problem} ibdesk opent het daarom niet.",
                name=wal_path(paths).name,
                problem=state.problem,
            ),
        )
    return state


def quick_problems(path: Path, key: bytes) -> list[IntegrityProblem]:
    """Cheap enough for every open: header, schema, size versus page count, the right edge of
    every table and the first pages of every index (the search index made the file larger, so
    a damaged page in its middle is more often an index page)."""
    conn = connect(path, key, check=True)
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        problems = []
        on_disk = path.stat().st_size
        if pages * size > on_disk and not wal.inspect(path.with_name(path.name + "-wal")).commits:
            problems.append(
                IntegrityProblem(
                    STRUCTURE,
                    tr("het bestand is ingekort ({on_disk} van {size} bytes)", on_disk=on_disk, size=pages * size),
                )
            )
        for table, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            conn.execute(_right_edge(table, sql or "")).fetchone()
        for index, table, sql in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND rootpage > 0"
        ).fetchall():
            conn.execute(_first_pages(index, table, sql or "")).fetchone()

        return problems
    except Exception as exc:
        return [IntegrityProblem(DAMAGED, str(exc))]
    finally:
        conn.close()


def _first_pages(index: str, table: str, sql: str) -> str:
    """A query that reads an index's first pages. SQLite uses a partial index only for a
    query whose WHERE implies the index's own, so that WHERE is repeated."""
    where = re.split(r"\bWHERE\b", sql, maxsplit=1, flags=re.IGNORECASE)
    condition = f" WHERE {where[1]}" if len(where) == 2 else ""
    return f'SELECT 1 FROM "{table}" INDEXED BY "{index}"{condition} LIMIT 1'


def _right_edge(table: str, sql: str) -> str:
    """A query that reads the last page of a table. A virtual table (the search index) is
    checked through its shadow tables; a WITHOUT ROWID one (small FTS5 shadow tables) is read whole."""
    head = sql.upper()
    if head.startswith("CREATE VIRTUAL TABLE"):
        return "SELECT 1"
    if "WITHOUT ROWID" in head:
        return f'SELECT count(*) FROM "{table}"'
    return f'SELECT max(rowid) FROM "{table}"'


def refuse_if_damaged(paths: ProfilePaths, key: bytes, full: bool) -> None:
    """Raise CorruptStoreError (naming the newest backup) when the file is damaged."""
    try:
        problems = integrity_problems(paths.database, key) if full else quick_problems(paths.database, key)
    except CorruptStoreError:
        log.error("database header unreadable with the profile's key")
        raise damaged(
            paths,
            tr(
                "de database {name} kan niet worden gelezen (het begin van het "
                "bestand is beschadigd, of het hoort niet bij deze sleutel).",
                name=paths.database.name,
            ),
        ) from None
    found = blocking(problems)
    if problems and not found:
        log.warning("integrity check: %d reference problem(s)", len(problems))
    if found:
        log.error("database failed the %s integrity check (%d problems)", "full" if full else "quick", len(found))
        raise damaged(
            paths, tr("de database {name} is beschadigd ({problem}).", name=paths.database.name, problem=found[0])
        )
