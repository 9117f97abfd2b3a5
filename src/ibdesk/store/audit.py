"""The audit trail: who did what, when, on which record id — never the record's content.

Each entry's hash covers its fields and the previous entry's hash; an anchor row holds
the head. Changing or removing any entry (also the last) breaks the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ibdesk.i18n import tr
from ibdesk.store.chain_heads import GENESIS
from ibdesk.store.models import AuditAnchor, AuditRow


def _digest(prev_hash: str, row: AuditRow) -> str:
    payload = json.dumps(
        [
            row.id,
            row.at.isoformat(timespec="microseconds"),
            row.actor,
            row.action,
            row.entity,
            row.entity_id,
            row.detail,
            prev_hash,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session, actor: str, action: str, entity: str, entity_id: object = None, detail: str | None = None
) -> None:
    """Append one entry in the caller's transaction (so it commits with the change)."""
    anchor = session.get(AuditAnchor, 1)
    if anchor is None:
        anchor = AuditAnchor(id=1, last_id=0, last_hash=GENESIS, count=0)
        session.add(anchor)
    row = AuditRow(
        id=anchor.last_id + 1,
        at=datetime.now().replace(tzinfo=None),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        detail=detail,
        prev_hash=anchor.last_hash,
        hash="",
    )
    row.hash = _digest(anchor.last_hash, row)
    session.add(row)
    anchor.last_id, anchor.last_hash, anchor.count = row.id, row.hash, anchor.count + 1


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    detail: str | None


def verify(session: Session) -> list[str]:
    """Every problem in the chain, in the user's language; an empty list means intact."""
    problems: list[str] = []
    prev_hash, expected_id, count = GENESIS, 1, 0
    for row in session.scalars(select(AuditRow).order_by(AuditRow.id)):
        count += 1
        if row.id != expected_id:
            problems.append(tr("Auditregel {id} ontbreekt (verwijderd?).", id=expected_id))
        if row.prev_hash != prev_hash:
            problems.append(
                tr("Auditregel {id}: de keten is verbroken (een eerdere regel is gewijzigd of verwijderd).", id=row.id)
            )
        if _digest(row.prev_hash, row) != row.hash:
            problems.append(tr("Auditregel {id} is gewijzigd na het vastleggen.", id=row.id))
        prev_hash, expected_id = row.hash, row.id + 1
    anchor = session.get(AuditAnchor, 1)
    if anchor is None:
        if count:
            problems.append(tr("Het ankerpunt van de auditketen ontbreekt."))
    elif anchor.count != count or anchor.last_hash != prev_hash:
        problems.append(
            tr(
                "De auditketen is ingekort of aangepast: {expected} regels verwacht, {count} gevonden.",
                expected=anchor.count,
                count=count,
            )
        )
    return problems


def entries(
    session: Session, entity: str | None = None, entity_id: object = None, limit: int = 500
) -> list[AuditEntry]:
    query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
    if entity:
        query = query.where(AuditRow.entity == entity)
    if entity_id is not None:
        query = query.where(AuditRow.entity_id == str(entity_id))
    return [AuditEntry(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.detail) for r in session.scalars(query)]
