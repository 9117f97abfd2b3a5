"""Schema version 5: indexes for the overview (saved forms by form id).

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_form_answers_form_id", "form_answers", ["form_id"])


def downgrade() -> None:
    op.drop_index("ix_form_answers_form_id", table_name="form_answers")
