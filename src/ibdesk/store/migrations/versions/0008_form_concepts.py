"""Schema version 8: a saved form is final or a concept (incomplete, to finish later).

Existing rows were saved complete, so they become final.

Revision ID: 0008
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("form_answers", sa.Column("status", sa.String(20), nullable=False, server_default="final"))


def downgrade() -> None:
    with op.batch_alter_table("form_answers") as batch:
        batch.drop_column("status")
