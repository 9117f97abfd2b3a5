"""The audit trail as the screens and the CLI read it, and the checks of the whole store.

- the audit trail of one case (ids, actions and times only), with Dutch labels;
- `ibdesk check` and `ibdesk audit verify`: the database, the hash chains of the audit trail
  and the sharing log, and the external anchors (keyring, exported documents).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import or_, select

from ibdesk.store import audit
from ibdesk.store import models as m
from ibdesk.store.audit import AuditEntry
from ibdesk.store.profile import Store

ACTION_LABELS = {
    "view": "bekeken",
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "step": "routekaartstap gewijzigd",
    "withdraw": "toestemming ingetrokken",
    "export": "gedeeld / geëxporteerd",
    "record-outcome": "MDO-uitkomst vastgelegd",
    "complete": "afgerond",
    "inzage": "inzage-export gemaakt",
}
ENTITY_LABELS = {
    "case": "casus",
    "form": "formulier",
    "legal_basis": "grondslag",
    "viewpoint": "zienswijze",
    "action_point": "actiepunt",
    "meeting": "overleg",
    "pupil": "leerling",
}


def case_audit(store: Store, case_id: int, limit: int = 500) -> list[AuditEntry]:
    """Who did what on this case: the case itself and the records that belong to it, newest first."""
    with store.session() as s:
        forms = [str(i) for i in s.scalars(select(m.FormAnswerRow.id).where(m.FormAnswerRow.case_id == case_id))]
        bases = [str(i) for i in s.scalars(select(m.LegalBasisRow.id).where(m.LegalBasisRow.case_id == case_id))]
        actions = [str(i) for i in s.scalars(select(m.ActionPointRow.id).where(m.ActionPointRow.case_id == case_id))]
        query = (
            select(m.AuditRow)
            .where(
                or_(
                    (m.AuditRow.entity == "case") & (m.AuditRow.entity_id == str(case_id)),
                    (m.AuditRow.entity == "viewpoint") & (m.AuditRow.entity_id == str(case_id)),
                    (m.AuditRow.entity == "form") & m.AuditRow.entity_id.in_(forms),
                    (m.AuditRow.entity == "legal_basis") & m.AuditRow.entity_id.in_(bases),
                    (m.AuditRow.entity == "action_point") & m.AuditRow.entity_id.in_(actions),
                    (m.AuditRow.entity == "meeting") & (m.AuditRow.detail == f"case={case_id}"),
                )
            )
            .order_by(m.AuditRow.id.desc())
            .limit(limit)
        )
        return [AuditEntry(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.detail) for r in s.scalars(query)]


def audit_entries(store: Store, entity: str, entity_id: object) -> list[AuditEntry]:
    with store.session() as s:
        return audit.entries(s, entity, entity_id)


def check_store(store: Store, documents: Sequence[Path] = ()) -> tuple[list[str], list[str]]:
    """`ibdesk check`: (status lines, problems) for the database, WAL, keys, references, the
    audit chain and the sharing log, and the anchors in exported `documents` (store.check()
    already compares the keyring's anchor)."""
    from ibdesk.store import anchor
    from ibdesk.store.report import status_lines

    problems = store.check()
    if documents:
        with store.session() as s:
            problems += anchor.problems(store, s, list(documents), keyring=False)
    return status_lines(store), problems


def verify_chains(store: Store, documents: Sequence[Path] = ()) -> list[str]:
    """`ibdesk audit verify`: problems in the audit chain and the sharing log, also against the
    external anchors (this computer's keyring and the exported `documents`)."""
    from ibdesk.store import anchor, sharing_chain

    with store.session() as s:
        return audit.verify(s) + sharing_chain.verify(s) + anchor.problems(store, s, list(documents))
