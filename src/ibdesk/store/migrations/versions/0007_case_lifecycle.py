"""Schema version 7: the case lifecycle (case_events) and the school type (PO, VO, SO/SBO).

Cases from before this version keep their status; they simply have no recorded history.

Revision ID: 0007
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("move", sa.String(20), nullable=False),
        sa.Column("from_status", sa.String(20)),
        sa.Column("to_status", sa.String(20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("organisation_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="RESTRICT")),
        sa.Column("decision", sa.String(30)),
        sa.Column("due_on", sa.Date()),
        sa.Column("details", sa.Text()),
    )
    op.create_index("ix_case_events_case_id", "case_events", ["case_id"])
    op.create_index("ix_case_events_organisation_id", "case_events", ["organisation_id"])
    with op.batch_alter_table("schools") as batch:
        batch.add_column(sa.Column("school_type", sa.String(10)))


def downgrade() -> None:
    with op.batch_alter_table("schools") as batch:
        batch.drop_column("school_type")
    op.drop_table("case_events")
