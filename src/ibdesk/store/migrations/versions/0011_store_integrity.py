"""Store integrity: the sharing log is hash-chained (existing rows are chained in id order).

Revision ID: 0011
Revises: 0005
"""

import hashlib
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None
GENESIS = "0" * 64


def _chain_existing_rows() -> None:
    """Same digests as ibdesk.store.sharing_chain (kept here so the migration never changes)."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, at, actor, pupil_id, case_id, recipient_id, purpose, document, shared, "
            "withheld FROM sharing_log ORDER BY id"
        )
    ).fetchall()
    prev = GENESIS
    for r in rows:
        content = hashlib.sha256(
            json.dumps(
                [r.actor, r.pupil_id, r.case_id, r.recipient_id, r.purpose, r.document, r.shared, r.withheld],
                ensure_ascii=False,
            ).encode("utf-8")
        ).hexdigest()
        moment = datetime.fromisoformat(r.at) if isinstance(r.at, str) else r.at
        at = moment.isoformat(timespec="microseconds")
        link = hashlib.sha256(json.dumps([r.id, at, content, prev]).encode("utf-8")).hexdigest()
        conn.execute(
            sa.text("UPDATE sharing_log SET prev_hash = :p, content_hash = :c, hash = :h WHERE id = :i"),
            {"p": prev, "c": content, "h": link, "i": r.id},
        )
        prev = link


def upgrade() -> None:
    with op.batch_alter_table("sharing_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("content_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("redacted", sa.Boolean(), nullable=False, server_default=sa.false()))
    _chain_existing_rows()


def downgrade() -> None:
    with op.batch_alter_table("sharing_log") as batch:
        for name in ("redacted", "hash", "content_hash", "prev_hash"):
            batch.drop_column(name)
