"""Schema version 6: organisations get an address, a BRIN (for schools), an active flag and
the stable key an organisations file gives them (re-import matches on it).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, not a batch copy: legal bases refer to organisations
    # (ON DELETE RESTRICT), so the table cannot be dropped and recreated with foreign keys on.
    op.add_column("organisations", sa.Column("address", sa.String(200)))
    op.add_column("organisations", sa.Column("postcode", sa.String(7)))
    op.add_column("organisations", sa.Column("place", sa.String(100)))
    op.add_column("organisations", sa.Column("brin", sa.String(10)))
    op.add_column("organisations", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("organisations", sa.Column("import_key", sa.String(100)))
    op.create_index("ix_organisations_import_key", "organisations", ["import_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_organisations_import_key", table_name="organisations")
    for column in ("import_key", "active", "brin", "place", "postcode", "address"):
        op.drop_column("organisations", column)  # SQLite 3.35+ drops a plain column in place
