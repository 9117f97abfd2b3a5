"""Schema version 15 (issue 10): the Overzicht finds the arrangement start dates by an index.

A partial index holds only the route-step answers that carry the arrangement's start date
(`arr_startdatum`), the clock of the OPP's six-week deadline. SQLite keeps it in the same
transaction as every save, so the Overzicht reads those few rows instead of decrypting every
answer of every open case (services/overview_sql.py, ARRANGEMENT_STARTS). No data changes.

Revision ID: 0015
Revises: 0011
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

NAME = "ix_form_answers_arrangement_start"
# Exactly the WHERE of ARRANGEMENT_STARTS: SQLite uses a partial index only for a query that implies it.
WHERE = "step_id IS NOT NULL AND status = 'final' AND answers LIKE '%\"arr_startdatum\"%'"


def upgrade() -> None:
    op.execute(f"CREATE INDEX {NAME} ON form_answers (case_id) WHERE {WHERE}")


def downgrade() -> None:
    op.execute(f"DROP INDEX {NAME}")
