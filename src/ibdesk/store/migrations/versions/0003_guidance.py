"""Schema version 3: route progress per case, absence and exemptions, MDO meetings and
action points; the route a case follows; the school's holiday region.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("schools") as batch:
        batch.add_column(sa.Column("holiday_region", sa.String(20)))
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("route_id", sa.String(100)))
        batch.add_column(sa.Column("route_version", sa.Integer()))
    op.create_table(
        "step_progress",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("step_id", sa.String(100), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("started_on", sa.Date()),
        sa.Column("done_on", sa.Date()),
        sa.Column("reason", sa.Text()),
        sa.Column("participants", sa.Text()),
        sa.UniqueConstraint("case_id", "step_id", name="uq_step_progress_case_step"),
    )
    op.create_index("ix_step_progress_case_id", "step_progress", ["case_id"])
    op.create_table(
        "absences",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date()),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("authorised", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text()),
    )
    op.create_index("ix_absences_pupil_id", "absences", ["pupil_id"])
    op.create_table(
        "exemptions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date()),
    )
    op.create_index("ix_exemptions_pupil_id", "exemptions", ["pupil_id"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("location", sa.String(200)),
        sa.Column("participants", sa.Text(), nullable=False),
    )
    op.create_index("ix_meetings_held_on", "meetings", ["held_on"])
    op.create_table(
        "meeting_cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("form_answers.id", ondelete="SET NULL")),
    )
    op.create_index("ix_meeting_cases_meeting_id", "meeting_cases", ["meeting_id"])
    op.create_index("ix_meeting_cases_case_id", "meeting_cases", ["case_id"])
    op.create_table(
        "action_points",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meetings.id", ondelete="CASCADE")),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date()),
    )
    op.create_index("ix_action_points_case_id", "action_points", ["case_id"])
    op.create_index("ix_action_points_meeting_id", "action_points", ["meeting_id"])
    op.create_index("ix_action_points_due_on", "action_points", ["due_on"])


def downgrade() -> None:
    for table in ("action_points", "meeting_cases", "meetings", "exemptions", "absences", "step_progress"):
        op.drop_table(table)
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("route_version")
        batch.drop_column("route_id")
    with op.batch_alter_table("schools") as batch:
        batch.drop_column("holiday_region")
