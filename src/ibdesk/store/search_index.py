"""The search index: FTS5 tables inside the encrypted store, so it is encrypted with it,
backed up with it and deleted with it. One table per source (`search_index_pupil`, …,
`search_index_form`): a name typed into search never waits for the words of 20,000 forms.

Kept current in the same transaction as the write that changes indexed text:
- new and changed rows of every registered source are (re)indexed at each ORM flush
  (`Indexer.after_flush`, attached to every session of a Store), so every service, the demo
  and bulk imports through the ORM are covered without calling anything;
- deleted rows leave the index through an AFTER DELETE trigger per source table, which
  also fires for foreign-key cascades and bulk `DELETE` statements (retention).

FTS5's `secure-delete` option removes a deleted row's words from the index itself (without
it they stay in older index segments until a merge); with SQLite's `secure_delete` and the
VACUUM after retention, deleted text is gone from the file. `detail=none` keeps no word
positions (search needs none: every word is a prefix, snippets are made from the record),
which makes the index about eight times smaller and prefix queries faster.

A row of `search_index_<kind>` has the id of its source row and one column, `text`, in
`search_text.index_form` (the tokenizer folds case and accents on both sides).

The index is derived data owned by this module: `rebuild` drops and refills it (migration
0014, and at open when the registered sources or their tables changed, see `ensure_current`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, select

from ibdesk.domain.search_text import index_form

if TYPE_CHECKING:  # the ORM models load with the sources (search_sources), not at import
    pass

PREFIX = "search_index_"
TRIGGER_PREFIX = "search_forget_"
SETTING = "search.index"
INDEX_VERSION = 1
OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', detail = none, prefix = '2 3'"
BATCH = 2000


@dataclass(frozen=True)
class Doc:
    """What one source row contributes to the index (original text; put in index form when written)."""

    name: str = ""
    body: str = ""

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.name, self.body) if part and part.strip())


@dataclass(frozen=True)
class Source:
    """One kind of indexed record.

    `document(row, indexer)` reads only `columns` (and `id`) of `row`, which is an ORM object
    at a flush or a plain result row at a rebuild. `group` is the Dutch heading search shows
    its hits under; `order` places it among the others.

    `model_ref` is the ORM class, or the name of a class in `ibdesk.store.models` together with
    its `table_name`: then opening a profile checks the index without importing the ORM (the
    models are imported at the first write or search, see `ensure_current`)."""

    kind: str
    group: str
    model_ref: type | str
    columns: tuple[str, ...]
    document: Callable[[Any, Indexer], Doc]
    order: int = 100
    table_name: str = ""

    @property
    def model(self) -> Any:  # an ORM class; typed loosely so its table attributes need no stubs
        if isinstance(self.model_ref, str):
            from ibdesk.store import models

            return getattr(models, self.model_ref)
        return self.model_ref

    @property
    def table(self) -> str:
        return self.table_name or self.model.__tablename__

    @property
    def index(self) -> str:
        return PREFIX + self.kind

    @property
    def create_sql(self) -> str:
        return f"CREATE VIRTUAL TABLE {self.index} USING fts5(text, {OPTIONS})"

    @property
    def trigger(self) -> str:
        return TRIGGER_PREFIX + self.table

    @property
    def trigger_sql(self) -> str:
        return (
            f"CREATE TRIGGER {self.trigger} AFTER DELETE ON {self.table} BEGIN "
            f"DELETE FROM {self.index} WHERE rowid = old.id; END"
        )


SOURCES: dict[str, Source] = {}
_BY_MODEL: dict[type, Source] = {}  # filled at the first flush (it imports the models)


def register(source: Source) -> Source:
    """Add a source; its rows are indexed from the next flush, existing rows at the next
    open (the changed set of sources makes `ensure_current` rebuild)."""
    if not source.kind.isidentifier() or not source.kind.islower():
        raise ValueError(f"search source kind {source.kind!r} must be a lower-case identifier")
    if isinstance(source.model_ref, str) and not source.table_name:
        raise ValueError(f"search source {source.kind!r} names its model: give its table_name too")
    SOURCES[source.kind] = source
    _BY_MODEL.clear()
    return source


def unregister(kind: str) -> None:
    """Forget a source (its index table goes at the next rebuild); for tests."""
    if SOURCES.pop(kind, None) is not None:
        _BY_MODEL.clear()


def _by_model() -> dict[type, Source]:
    if not _BY_MODEL:
        _BY_MODEL.update((source.model, source) for source in SOURCES.values())
    return _BY_MODEL


def sources() -> list[Source]:
    from ibdesk.store import search_sources  # noqa: F401 - the registrations

    return sorted(SOURCES.values(), key=lambda s: (s.order, s.kind))


class Indexer:
    """Writes index rows for new and changed source rows at every flush of its sessions."""

    def __init__(self, catalog=None):
        self._catalog = catalog

    def use_catalog(self, catalog) -> None:
        """The form definitions to read saved forms with (the bundled ones until set)."""
        self._catalog = catalog

    def definition(self, form_id: str, version: int):
        """The exact definition a form was saved with, or None when it is unavailable."""
        if self._catalog is None:
            self._catalog = _bundled_catalog()
        try:
            return self._catalog.get(form_id, version)
        except KeyError:
            return None

    def attach(self, sessions) -> Indexer:
        """Index at every flush of the sessions `sessions` (a sessionmaker) makes."""
        sources()
        event.listen(sessions, "after_flush", self.after_flush)
        return self

    def after_flush(self, session, _flush_context) -> None:
        """Ids are assigned and the pre-flush state (new, dirty, attribute history) is still
        visible here; the writes join the flush's transaction."""
        by_model = _by_model()
        new = [(source, obj) for obj in session.new if (source := by_model.get(type(obj))) is not None]
        changed = [
            (source, obj)
            for obj in session.dirty
            if (source := by_model.get(type(obj))) is not None
            and obj not in session.deleted
            and _columns_changed(obj, source.columns)
        ]
        if new or changed:
            conn = session.connection()
            write(conn, ((s, obj.id, s.document(obj, self)) for s, obj in new), fresh=True)
            write(conn, ((s, obj.id, s.document(obj, self)) for s, obj in changed))

    # -- the whole index --------------------------------------------------------------------
    def rebuild(self, conn) -> None:
        """Drop and refill the index from every source table present (one transaction: the caller's)."""
        drop(conn)
        present = present_sources(conn)
        for source in present:
            conn.exec_driver_sql(source.create_sql)
            conn.exec_driver_sql(f"INSERT INTO {source.index}({source.index}, rank) VALUES ('secure-delete', 1)")
            table = source.model.__table__
            rows = conn.execute(select(table.c.id, *(table.c[c] for c in source.columns)))
            write(conn, ((source, row.id, source.document(row, self)) for row in rows), fresh=True)
            conn.exec_driver_sql(source.trigger_sql)
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (SETTING, fingerprint(present))
        )

    def ensure_current(self, conn) -> bool:
        """Rebuild when the index is missing, when a source table came or went since it was
        built, or when a trigger is gone (SQLite drops a table's triggers when a migration
        recreates the table). True when it rebuilt."""
        present = present_sources(conn)
        stored = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (SETTING,)).scalar()
        names = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        }
        complete = all(s.index in names and s.trigger in names for s in present)
        if stored == fingerprint(present) and complete:
            return False
        self.rebuild(conn)
        return True


@lru_cache(maxsize=1)
def _bundled_catalog():
    """The forms shipped with ibdesk, read once per process (a Store used without Services)."""
    from ibdesk.forms import load_catalog
    from ibdesk.paths import bundled_forms_dir

    return load_catalog(bundled_forms_dir())


def _columns_changed(obj, columns: Sequence[str]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[c].history.has_changes() for c in columns)


def write(conn, docs: Iterable[tuple[Source, int, Doc]], fresh: bool = False) -> None:
    """Replace the index rows of the given source rows (`fresh`: they have none yet); a row
    without text gets none."""
    batches: dict[str, list[tuple[int, str]]] = {}
    for source, record_id, doc in docs:
        batch = batches.setdefault(source.index, [])
        batch.append((record_id, doc.text))
        if len(batch) >= BATCH:
            _write_batch(conn, source.index, batch, fresh)
            batch.clear()
    for index, batch in batches.items():
        if batch:
            _write_batch(conn, index, batch, fresh)


def _write_batch(conn, index: str, batch: list[tuple[int, str]], fresh: bool) -> None:
    if not fresh:
        conn.exec_driver_sql(f"DELETE FROM {index} WHERE rowid = ?", [(rowid,) for rowid, _ in batch])
    rows = [(rowid, index_form(text)) for rowid, text in batch if text]
    if rows:
        conn.exec_driver_sql(f"INSERT INTO {index} (rowid, text) VALUES (?, ?)", rows)


def drop(conn) -> None:
    """Every index table and every trigger that feeds one (also of a source no longer registered)."""
    rows = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')").all()
    for kind, name, _sql in rows:
        if kind == "trigger" and name.startswith(TRIGGER_PREFIX):
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    for kind, name, sql in rows:
        if kind == "table" and name.startswith(PREFIX) and (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
            conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')


def present_sources(conn) -> list[Source]:
    tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [s for s in sources() if s.table in tables]


def fingerprint(present: Sequence[Source]) -> str:
    """Changes when a table definition, a source or the set of source tables changes."""
    shape = [INDEX_VERSION] + [[s.kind, list(s.columns), s.create_sql, s.trigger_sql] for s in present]
    return hashlib.sha256(json.dumps(shape).encode("utf-8")).hexdigest()


def is_index_table(name: str | None) -> bool:
    """An index table or one of its shadow tables: not ORM models (see tests/store/test_migrations.py)."""
    return name is not None and name.startswith(PREFIX)


def matching(conn, source: Source, terms: Sequence[str], limit: int) -> list[int]:
    """Ids of the `source` rows holding every term as a word or a word's start, newest
    (highest id) first. Terms come from `search_text.terms`: single tokens, so no FTS5 syntax
    can slip in (each is quoted, too)."""
    match = " ".join('"{}"*'.format(t.replace('"', '""')) for t in terms)
    rows = conn.exec_driver_sql(
        f"SELECT rowid FROM {source.index} WHERE {source.index} MATCH ? ORDER BY rowid DESC LIMIT ?", (match, limit)
    ).all()
    return [r[0] for r in rows]
