"""Schema version 13 (issue 17): pupils imported from the school's administration.

`administration_key` is the pupil's key in the administration's export (EDEX `leerling key`,
a CSV's leerlingnummer); re-import matches on it. `administration_values` (JSON) holds the
values the last import wrote per field: a field whose stored value still equals it came from
the administration and a later import may update it; any other value was typed in ibdesk
and an import never overwrites it.

Revision ID: 0013
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): cases and forms refer to pupils with foreign keys.
    op.add_column("pupils", sa.Column("administration_key", sa.String(100)))
    op.add_column("pupils", sa.Column("administration_values", sa.Text()))
    op.create_index("ix_pupils_administration_key", "pupils", ["administration_key"])


def downgrade() -> None:
    op.drop_index("ix_pupils_administration_key", table_name="pupils")
    op.drop_column("pupils", "administration_values")
    op.drop_column("pupils", "administration_key")
