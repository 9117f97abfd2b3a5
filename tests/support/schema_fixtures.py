"""The stored databases of every earlier schema (tests/fixtures/schema/): what each one holds."""

from __future__ import annotations

from collections import Counter

from fixtures.make_schema_fixture import HERE, ROWS

STORED_VERSIONS = sorted(p.name for p in HERE.iterdir() if p.is_dir())


def inserted(revision: str) -> Counter:
    """How many rows the fixture of this revision put in each table."""
    return Counter(statement.split()[2] for statement in ROWS[revision] if statement.startswith("INSERT INTO"))


def row_counts(store, revision: str) -> Counter:
    """How many rows the upgraded store has in each table the fixture filled."""
    with store.engine.connect() as conn:
        return Counter(
            {table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() for table in inserted(revision)}
        )
