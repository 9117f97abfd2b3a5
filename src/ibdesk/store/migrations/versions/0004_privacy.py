"""Schema version 4: legal bases and consent, the sharing log, parents' views (zienswijzen).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_bases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE")),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("task", sa.String(50)),
        sa.Column("recipient_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("purpose", sa.String(50), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("givers", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(30)),
        sa.Column("heard_by", sa.String(200)),
        sa.Column("valid_until", sa.Date()),
        sa.Column("withdrawn_on", sa.Date()),
        sa.Column("withdrawn_by", sa.String(50)),
        sa.Column("signature", sa.Text()),
    )
    op.create_index("ix_legal_bases_pupil_id", "legal_bases", ["pupil_id"])
    op.create_index("ix_legal_bases_case_id", "legal_bases", ["case_id"])
    op.create_index("ix_legal_bases_recipient_id", "legal_bases", ["recipient_id"])
    op.create_table(
        "sharing_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer()),
        sa.Column("recipient_id", sa.Integer()),
        sa.Column("purpose", sa.String(50), nullable=False),
        sa.Column("document", sa.String(50), nullable=False),
        sa.Column("shared", sa.Text(), nullable=False),
        sa.Column("withheld", sa.Text(), nullable=False),
    )
    op.create_index("ix_sharing_log_pupil_id", "sharing_log", ["pupil_id"])
    op.create_table(
        "viewpoints",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_viewpoints_case_id", "viewpoints", ["case_id"])


def downgrade() -> None:
    for table in ("viewpoints", "sharing_log", "legal_bases"):
        op.drop_table(table)
