"""Retention: what has passed its period, and real deletion.

Periods count from the day the pupil leaves, or from the later closing of the pupil's last
case (a closed case of a pupil still at school stays; an open case keeps the dossier).
After 2 years (3 after any TLV route) the dossier of a pupil who left goes (cases, forms,
consent, guardians);
name, dates and absence stay as enrolment/absence data until 5 years, then the pupil
goes entirely. Deletion is real: secure_delete overwrites freed pages, VACUUM rebuilds
the file, the WAL is truncated, and automatic backups that still hold the data are
replaced by a fresh one. The audit trail keeps the fact, never the content; sharing-log
rows are redacted (their chain digest stays).

Each record is deleted in its own transaction, so one that cannot be deleted never blocks
the others. The same transaction marks "older automatic backups must go"
(`backup.PURGE_SETTING`); the purge is resumable: killed halfway, or on a full disk, it is
finished at the next open or the next retention run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from ibdesk.domain.model import CaseStatus
from ibdesk.domain.retention import Expired, dossier_clock_start, expired, is_referral
from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.store import models as m
from ibdesk.store import sharing_chain
from ibdesk.store.backup import PURGE_SETTING, finish_pending_purge
from ibdesk.store.profile import Store

log = logging.getLogger(__name__)

AUTO_SETTING = "retention.auto_delete"


class RetentionService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store, self.today = store, today

    def overview(self) -> list[tuple[Expired, str]]:
        """Every record past its period, with the pupil's name for the screen (not for logs)."""
        today, found = self.today(), []
        with self.store.session() as s:
            for pupil in s.scalars(select(m.PupilRow).where(m.PupilRow.left_on.is_not(None))):
                name = f"{pupil.first_name} {pupil.last_name}"
                whole = expired("verzuim", "pupil", pupil.id, pupil.id, pupil.left_on, today)
                if whole:
                    found.append((whole, name))
                    continue
                start = _dossier_clock(s, pupil)
                if start and _has_dossier(s, pupil.id):
                    kind = "verwijzing_so" if _has_referral(s, pupil.id) else "leerlingdossier"
                    item = expired(kind, "dossier", pupil.id, pupil.id, start, today)
                    if item:
                        found.append((item, name))
        return found

    def delete(self, items: list[Expired], confirmed: bool) -> int:
        """Delete the given expired records, each on its own; refuses without explicit confirmation.

        Returns how many were deleted; raises a UserError naming the ones that could not be
        (after deleting all the others and purging the backups)."""
        if not confirmed:
            raise UserError(tr("Verwijderen gebeurt alleen na bevestiging."))
        if self.store.read_only:
            raise UserError(tr("Dit profiel is alleen-lezen geopend (elders in gebruik); er is niets verwijderd."))
        if not items:
            return 0
        deleted, failed = 0, []
        for item in items:
            try:
                with self.store.session() as s:
                    _delete(s, item)
                    s.merge(m.Setting(key=PURGE_SETTING, value=datetime.now().strftime("%Y%m%d-%H%M%S-%f")))
                    self.store.audit(s, "delete", item.record, item.record_id, f"retention={item.kind}")
                deleted += 1
            except (SQLAlchemyError, UserError) as exc:
                log.error("retention: %s %s not deleted (%s)", item.record, item.record_id, type(exc).__name__)
                failed.append(tr("{label} (leerling-id {pupil_id})", label=item.label, pupil_id=item.pupil_id))
        if deleted:
            self.compact()
        if failed:
            raise UserError(
                tr(
                    "{deleted} onderdeel/onderdelen verwijderd. Niet verwijderd: {items}. Meld dit bij de beheerder; "
                    "de rest is wel verwijderd.",
                    deleted=deleted,
                    items="; ".join(failed),
                )
            )
        return deleted

    def apply_policy(self) -> int:
        """With the automatic policy on, delete everything past its period now."""
        if self.store.get_setting(AUTO_SETTING) != "1":
            return 0
        return self.delete([item for item, _ in self.overview()], confirmed=True)

    def compact(self) -> None:
        """Overwrite and drop freed space, truncate the WAL, and replace older backups."""
        with self.store.current_engine().connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            finish_pending_purge(self.store)
        except UserError as exc:
            raise UserError(
                tr(
                    "De gegevens zijn uit de database verwijderd, maar oudere automatische back-ups nog niet: {exc} "
                    "Dit wordt afgerond bij het volgende openen van ibdesk of de volgende 'ibdesk retention "
                    "--delete'.",
                    exc=exc,
                )
            ) from None


def _dossier_clock(s, pupil: m.PupilRow) -> date | None:
    cases = s.execute(select(m.CaseRow.status, m.CaseRow.closed_on).where(m.CaseRow.pupil_id == pupil.id)).all()
    closed = [closed_on for status, closed_on in cases if closed_on is not None]
    any_open = any(status != CaseStatus.CLOSED.value for status, _ in cases)
    return dossier_clock_start(pupil.left_on, closed, any_open)


def _has_dossier(s, pupil_id: int) -> bool:
    counts = [
        s.scalar(select(func.count()).select_from(t).where(t.pupil_id == pupil_id))
        for t in (m.CaseRow, m.FormAnswerRow, m.GuardianRow, m.LegalBasisRow)
    ]
    return any(counts)


def _has_referral(s, pupil_id: int) -> bool:
    """A referral to special education (any TLV route) is on record: kept 3 years instead of 2."""
    return any(
        is_referral(json.loads(raw))
        for raw in s.scalars(select(m.FormAnswerRow.answers).where(m.FormAnswerRow.pupil_id == pupil_id))
    )


def _delete_dossier(s, pupil_id: int) -> None:
    for table in (m.CaseRow, m.FormAnswerRow, m.FormDraftRow, m.LegalBasisRow, m.GuardianRow):
        s.execute(delete(table).where(table.pupil_id == pupil_id))
    for row in s.scalars(select(m.SharingLogRow).where(m.SharingLogRow.pupil_id == pupil_id)):
        sharing_chain.redact(row)


def _delete(s, item: Expired) -> None:
    if item.record == "pupil":  # the dossier first: cases refer to the pupil (RESTRICT)
        _delete_dossier(s, item.record_id)
        s.execute(delete(m.PupilRow).where(m.PupilRow.id == item.record_id))
    elif item.record == "dossier":
        _delete_dossier(s, item.record_id)
    s.flush()


def retention_auto(store: Store) -> bool:
    return store.get_setting(AUTO_SETTING) == "1"


def set_retention_auto(store: Store, on: bool) -> None:
    store.set_setting(AUTO_SETTING, "1" if on else "0")
