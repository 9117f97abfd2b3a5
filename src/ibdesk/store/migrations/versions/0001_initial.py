"""Schema version 1: schools, pupils, guardians, organisations, contacts, cases, audit.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings", sa.Column("key", sa.String(100), primary_key=True), sa.Column("value", sa.Text(), nullable=False)
    )
    op.create_table(
        "schools",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("brin", sa.String(10)),
        sa.Column("municipality", sa.String(100), nullable=False),
        sa.Column("region", sa.String(200)),
        sa.Column("route_id", sa.String(100)),
    )
    op.create_table(
        "pupils",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("school_id", sa.Integer(), sa.ForeignKey("schools.id", ondelete="RESTRICT")),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(150), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("group_name", sa.String(30), nullable=False),
        sa.Column("municipality", sa.String(100), nullable=False),
        sa.Column("bsn", sa.String(9)),
        sa.Column("enrolled_on", sa.Date()),
        sa.Column("left_on", sa.Date()),
    )
    op.create_index("ix_pupils_school_id", "pupils", ["school_id"])
    op.create_table(
        "guardians",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("relation", sa.String(50), nullable=False),
        sa.Column("has_gezag", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(20)),
        sa.Column("email", sa.String(200)),
        sa.Column("address", sa.String(200)),
        sa.Column("postcode", sa.String(7)),
    )
    op.create_index("ix_guardians_pupil_id", "guardians", ["pupil_id"])
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("municipality", sa.String(100)),
        sa.Column("phone", sa.String(20)),
        sa.Column("email", sa.String(200)),
    )
    op.create_index("ix_organisations_kind", "organisations", ["kind"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(20)),
        sa.Column("email", sa.String(200)),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("is_escalation", sa.Boolean(), nullable=False),
        sa.Column("mandate", sa.Text()),
    )
    op.create_index("ix_contacts_organisation_id", "contacts", ["organisation_id"])
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("help_question", sa.Text(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date()),
        sa.Column("lead_name", sa.String(200), nullable=False),
        sa.Column("lead_role", sa.String(100), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
    )
    op.create_index("ix_cases_pupil_id", "cases", ["pupil_id"])
    op.create_index("ix_cases_status", "cases", ["status"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("entity", sa.String(50), nullable=False),
        sa.Column("entity_id", sa.String(50)),
        sa.Column("detail", sa.Text()),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "audit_anchor",
        "audit_log",
        "cases",
        "contacts",
        "organisations",
        "guardians",
        "pupils",
        "schools",
        "settings",
    ):
        op.drop_table(table)
