"""Which rows a profile's transactions touched, so a reader can redo only what they affect.

Every connection of the store's engine gets temporary triggers (they live in the
connection, not in the file: no schema change) on every table; each inserted, updated
or deleted row calls back into Python with its table, case, pupil and form. The Overzicht
uses this to recompute only the cases a save touched (services/attention.py).

The log errs on the safe side: a write that was rolled back still counts as a change,
and when too many rows changed at once (an import, the demo) only "everything" is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CALLBACK = "ibdesk_changed"
KEEP = 20_000  # entries kept; beyond that, a reader older than the oldest kept entry redoes everything


@dataclass
class Changes:
    """What changed since a reader's mark."""

    tables: set[str] = field(default_factory=set)
    unscoped: set[str] = field(default_factory=set)  # tables with a changed row of no case and no pupil
    cases: set[int] = field(default_factory=set)
    pupils: set[int] = field(default_factory=set)
    forms: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not self.tables


class ChangeLog:
    def __init__(self) -> None:
        self.seq = 0  # goes up with every changed row
        self._floor = 0  # entries up to here are forgotten
        self._entries: list[tuple[int, str, int | None, int | None, str | None]] = []

    def record(self, table: str, case_id, pupil_id, form_id) -> None:
        self.seq += 1
        if len(self._entries) >= KEEP:
            self._entries.clear()
            self._floor = self.seq
        self._entries.append((self.seq, table, case_id, pupil_id, form_id))

    def since(self, mark: int) -> Changes | None:
        """The changes after `mark`; None when they are no longer all known (redo everything)."""
        if mark < self._floor:
            return None
        found = Changes()
        for seq, table, case_id, pupil_id, form_id in reversed(self._entries):
            if seq <= mark:
                break
            found.tables.add(table)
            if isinstance(case_id, int):
                found.cases.add(case_id)
            if isinstance(pupil_id, int):
                found.pupils.add(pupil_id)
            if not isinstance(case_id, int) and not isinstance(pupil_id, int):
                found.unscoped.add(table)
            if form_id is not None:
                found.forms.add(str(form_id))
        return found


def install(dbapi_conn, log: ChangeLog) -> None:
    """The callback and a trigger per table and kind of write, on one new DB-API connection."""
    dbapi_conn.create_function(CALLBACK, 4, log.record)
    for table in _record_tables(dbapi_conn):
        columns = {row[1] for row in dbapi_conn.execute(f'PRAGMA table_info("{table}")').fetchall()}
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            args = _arguments(table, columns, row)
            name = f"ibdesk_changes_{table}_{event.lower()}_{row.lower()}"
            dbapi_conn.execute(
                f'CREATE TEMP TRIGGER IF NOT EXISTS "{name}" AFTER {event} ON main."{table}" '
                f"BEGIN SELECT {CALLBACK}('{table}', {args}); END"
            )


def _record_tables(dbapi_conn) -> list[str]:
    """Tables that hold records: not virtual tables (the FTS5 search index takes no triggers)
    nor their shadow tables (derived data, written with every save)."""
    rows = dbapi_conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [name for name, _sql in rows if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)]


def _arguments(table: str, columns: set[str], row: str) -> str:
    case = f"{row}.id" if table == "cases" else (f"{row}.case_id" if "case_id" in columns else "NULL")
    pupil = f"{row}.id" if table == "pupils" else (f"{row}.pupil_id" if "pupil_id" in columns else "NULL")
    form = f"{row}.form_id" if "form_id" in columns else "NULL"
    return f"{case}, {pupil}, {form}"
