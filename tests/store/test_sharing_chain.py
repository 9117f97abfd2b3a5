"""The sharing log chain: appended in order, redaction keeps it whole, migration 0011 chains old rows."""

from datetime import datetime

from sqlalchemy import text

from ibdesk.store import migrate, sharing_chain
from ibdesk.store.models import SharingLogRow


def _log(store, pupil_id: int, purpose: str = "inzage") -> None:
    with store.session() as s:
        row = SharingLogRow(
            at=datetime.now(),
            actor="ib",
            pupil_id=pupil_id,
            case_id=None,
            recipient_id=None,
            purpose=purpose,
            document="inzage",
            shared='{"alles": "AVG art. 15"}',
            withheld="[]",
        )
        sharing_chain.append(s, row)
        s.add(row)


def test_rows_chain_and_redaction_keeps_the_chain(store):
    for pupil in (1, 2, 3):
        _log(store, pupil)
    with store.session() as s:
        assert sharing_chain.verify(s) == []
        row = s.get(SharingLogRow, 2)
        sharing_chain.redact(row)
    with store.session() as s:
        assert sharing_chain.verify(s) == [] and s.get(SharingLogRow, 2).pupil_id == 0
        s.execute(text("UPDATE sharing_log SET purpose = 'iets anders' WHERE id = 3"))
    with store.session() as s:
        assert sharing_chain.verify(s) == ["Deellog regel 3 is gewijzigd na het vastleggen."]


def test_migration_0011_chains_rows_written_before_it(store):
    for pupil in (1, 2):
        _log(store, pupil)
    from alembic import command

    config = migrate._config()
    with store.engine.begin() as conn:  # back to before the chain: the downgrade drops the columns
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sharing_log (at, actor, pupil_id, purpose, document, shared, withheld) "
            "VALUES ('2026-03-01 10:00:00.000000', 'ib', 7, 'mdo', 'mdo', '{}', '[]')"
        )
    migrate.upgrade(store.engine)
    with store.session() as s:
        assert s.query(SharingLogRow).count() == 3
        assert sharing_chain.verify(s) == []
    _log(store, 8)
    with store.session() as s:
        assert sharing_chain.verify(s) == [] and sharing_chain.head(s)[0] == 4
