"""Marking a case urgent (spoed: safety or crisis), and whether a case takes the doorbraak
path (a thuiszitter, or spoed) to the Sociaal Team — see domain/doorbraak.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ibdesk.domain.doorbraak import URGENCY_REASONS, doorbraak_reason
from ibdesk.domain.model import Case
from ibdesk.errors import NotFoundError, UserError
from ibdesk.i18n import tr, tr_marked
from ibdesk.store import models as m
from ibdesk.store.profile import Store

SPOED = "spoed"


@dataclass(frozen=True)
class Urgency:
    reason: str  # veiligheid | crisis
    note: str | None
    since: date

    @property
    def label(self) -> str:
        return tr_marked(URGENCY_REASONS[self.reason])


class DoorbraakService:
    def __init__(self, store: Store, thuiszitter: Callable[[int], bool], today: Callable[[], date] = date.today):
        self.store, self.thuiszitter, self.today = store, thuiszitter, today

    def mark_urgent(self, case_id: int, reason: str, note: str | None = None) -> Urgency:
        if reason not in URGENCY_REASONS:
            raise UserError(tr("Kies de reden voor spoed: {reasons}.", reasons=" / ".join(URGENCY_REASONS)))
        with self.store.session() as s:
            if s.get(m.CaseRow, case_id) is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            for row in self._open(s, case_id):
                row.cleared_on = self.today()
            s.add(
                m.CaseFlagRow(
                    case_id=case_id, kind=SPOED, reason=reason, note=(note or "").strip() or None, set_on=self.today()
                )
            )
            self.store.audit(s, "flag", "case", case_id, f"spoed={reason}")
        return Urgency(reason, note, self.today())

    def clear_urgent(self, case_id: int) -> bool:
        with self.store.session() as s:
            rows = self._open(s, case_id)
            for row in rows:
                row.cleared_on = self.today()
            if rows:
                self.store.audit(s, "unflag", "case", case_id, "spoed")
            return bool(rows)

    def urgency(self, case_id: int) -> Urgency | None:
        with self.store.session() as s:
            row = next(iter(self._open(s, case_id)), None)
            return Urgency(row.reason, row.note, row.set_on) if row else None

    def reason(self, case: Case) -> str | None:
        """Why this case may take the doorbraak path, or None."""
        urgency = self.urgency(case.id) if case.id is not None else None
        return doorbraak_reason(self.thuiszitter(case.pupil_id), urgency.reason if urgency else None)

    @staticmethod
    def _open(s, case_id: int) -> list[m.CaseFlagRow]:
        return list(
            s.scalars(
                select(m.CaseFlagRow).where(
                    m.CaseFlagRow.case_id == case_id, m.CaseFlagRow.kind == SPOED, m.CaseFlagRow.cleared_on.is_(None)
                )
            )
        )
