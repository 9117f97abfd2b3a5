"""Schema version 2: saved form answers (with form id + version) and drafts.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE")),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(100)),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_form_answers_pupil_id", "form_answers", ["pupil_id"])
    op.create_index("ix_form_answers_case_id", "form_answers", ["case_id"])
    op.create_table(
        "form_drafts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("context", sa.String(200), nullable=False, unique=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE")),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE")),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_form_drafts_pupil_id", "form_drafts", ["pupil_id"])
    op.create_index("ix_form_drafts_case_id", "form_drafts", ["case_id"])


def downgrade() -> None:
    op.drop_table("form_drafts")
    op.drop_table("form_answers")
