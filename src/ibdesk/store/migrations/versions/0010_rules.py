"""Schema version 10 (issue 12): cases marked urgent (spoed) for the doorbraak path.

Revision ID: 0010
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_flags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(30), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("cleared_on", sa.Date(), nullable=True),
    )
    op.create_index("ix_case_flags_case_id", "case_flags", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_flags_case_id", table_name="case_flags")
    op.drop_table("case_flags")
