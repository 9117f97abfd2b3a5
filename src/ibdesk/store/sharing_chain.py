"""The sharing log is hash-chained like the audit trail.

Each row's `hash` covers its id, time, `content_hash` (a digest of what was shared with
whom) and the previous row's hash. Retention may *redact* a row (its content is erased, its
`content_hash` stays), so deleting a dossier never breaks the chain, while removing,
reordering or editing a row still does.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ibdesk.i18n import tr
from ibdesk.store.chain_heads import GENESIS, sharing_head
from ibdesk.store.models import SharingLogRow


def content_digest(row: SharingLogRow) -> str:
    payload = json.dumps(
        [row.actor, row.pupil_id, row.case_id, row.recipient_id, row.purpose, row.document, row.shared, row.withheld],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def link_digest(row_id: int, at: str, content_hash: str, prev_hash: str) -> str:
    return hashlib.sha256(json.dumps([row_id, at, content_hash, prev_hash]).encode("utf-8")).hexdigest()


def _at(row: SharingLogRow) -> str:
    return row.at.isoformat(timespec="microseconds")


def head(session: Session) -> tuple[int, int, str]:
    """(count, last id, last hash) of the chain."""
    session.flush()  # rows added in this unit of work count too
    return sharing_head(session.connection().connection.dbapi_connection)


def append(session: Session, row: SharingLogRow) -> None:
    """Give a new row its place in the chain (call before the transaction commits)."""
    _count, last_id, last_hash = head(session)
    row.id = last_id + 1
    row.prev_hash = last_hash
    row.content_hash = content_digest(row)
    row.hash = link_digest(row.id, _at(row), row.content_hash, last_hash)
    row.redacted = False


def redact(row: SharingLogRow) -> None:
    """Erase what was shared (retention); the chain keeps the row's digest."""
    row.pupil_id, row.case_id, row.recipient_id = 0, None, None
    row.shared, row.withheld, row.purpose, row.document, row.actor = "{}", "[]", "-", "-", "-"
    row.redacted = True


def verify(session: Session) -> list[str]:
    problems: list[str] = []
    prev_hash, expected = GENESIS, None
    for row in session.scalars(select(SharingLogRow).order_by(SharingLogRow.id)):
        if expected is not None and row.id != expected:
            problems.append(tr("Deellog: regel {id} ontbreekt (verwijderd?).", id=expected))
        if row.prev_hash != prev_hash:
            problems.append(tr("Deellog regel {id}: de keten is verbroken.", id=row.id))
        if not row.redacted and content_digest(row) != row.content_hash:
            problems.append(tr("Deellog regel {id} is gewijzigd na het vastleggen.", id=row.id))
        if link_digest(row.id, _at(row), row.content_hash, row.prev_hash) != row.hash:
            problems.append(tr("Deellog regel {id}: de controlewaarde klopt niet.", id=row.id))
        prev_hash, expected = row.hash, row.id + 1
    return problems
