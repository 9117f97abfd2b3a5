"""Signatures per person, notes with their history, and attachments kept inside the store.

- `signatures`: one row per person who consented, agreed or was heard (each parent with
  gezag, the pupil), with name, role, date and method (on screen, on paper, orally); a
  paper signature points at its scan in `attachments`.
- `notes` / `note_history`: short dated notes on a pupil or a case; every earlier text is
  kept when the author edits one.
- `attachments`: files (a scan, a jeugdarts report, a letter) as bytes in the encrypted
  database, never as a loose file, each with a privacy category for the export filter.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_attachments_pupil_id", "attachments", ["pupil_id"])
    op.create_index("ix_attachments_case_id", "attachments", ["case_id"])
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=True),
        sa.Column("subject", sa.String(30), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("signer", sa.String(50), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(100), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(30), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("statement", sa.Text(), nullable=True),
        sa.Column("strokes", sa.Text(), nullable=True),
        sa.Column("heard_by", sa.String(200), nullable=True),
        sa.Column("meeting", sa.String(200), nullable=True),
        sa.Column("attachment_id", sa.Integer(), sa.ForeignKey("attachments.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_signatures_pupil_id", "signatures", ["pupil_id"])
    op.create_index("ix_signatures_case_id", "signatures", ["case_id"])
    op.create_index("ix_signatures_attachment_id", "signatures", ["attachment_id"])
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pupil_id", sa.Integer(), sa.ForeignKey("pupils.id", ondelete="CASCADE"), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=True),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_notes_pupil_id", "notes", ["pupil_id"])
    op.create_index("ix_notes_case_id", "notes", ["case_id"])
    op.create_table(
        "note_history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("note_id", sa.Integer(), sa.ForeignKey("notes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_note_history_note_id", "note_history", ["note_id"])


def downgrade() -> None:
    op.drop_table("note_history")
    op.drop_table("notes")
    op.drop_table("signatures")
    op.drop_table("attachments")
