"""Search: an FTS5 index inside the encrypted store, filled from the existing records.

The index is derived data owned by `ibdesk.store.search_index`: this migration builds it
the first time (the table, the secure-delete option, one delete trigger per indexed table,
and a row per pupil, guardian, case, saved form, organisation and contact with text). Later
changes to what is indexed rebuild it at open (`Indexer.ensure_current`), not here.

Revision ID: 0014
Revises: 0011
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from ibdesk.store.search_index import Indexer

    Indexer().rebuild(op.get_bind())


def downgrade() -> None:
    from ibdesk.store.search_index import drop

    drop(op.get_bind())
