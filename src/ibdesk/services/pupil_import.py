"""Pupils from the school's administration (issue 17), for the CLI and the app alike: read an
export, preview what it changes, and write the confirmed preview in one transaction.

The file is read once into memory and never copied; logs carry counts only; the audit trail
records the import with counts and, per pupil, the record id and the names of the fields
that changed (never their values). An import never deletes a pupil: one no longer in the
export is only marked as left (which starts the retention clock) when the user says so.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ibdesk.errors import UserError
from ibdesk.i18n import mark, tr
from ibdesk.importing import csvfile
from ibdesk.importing.edex import parse_edex
from ibdesk.importing.files import read_bytes
from ibdesk.importing.model import Export
from ibdesk.importing.plan import Plan, Stored, as_text, build_plan
from ibdesk.store import models as m
from ibdesk.store.profile import Store

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
MAPPING_SETTING = "pupil_import.csv_mapping.{school}"
STORED_SQL = (
    "SELECT id, first_name, last_name, birth_date, group_name, municipality, enrolled_on, left_on, "
    "administration_key, administration_values FROM pupils ORDER BY id"
)


def _day(text) -> date | None:
    return date.fromisoformat(str(text)[:10]) if text else None


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    left: int

    def summary(self) -> str:
        return tr(
            "{added} leerling(en) toegevoegd, {updated} bijgewerkt, {left} als vertrokken gemarkeerd",
            added=self.added,
            updated=self.updated,
            left=self.left,
        )


@dataclass(frozen=True)
class PupilLine:
    """One pupil for `ibdesk pupils`: what the list in the app shows, plus the key."""

    id: int
    name: str
    first_name: str
    last_name: str
    administration_key: str | None
    birth_date: date
    group: str
    left_on: date | None
    administration_fields: tuple[str, ...]

    @property
    def status(self) -> str:
        """Dutch, as `ibdesk pupils --json` gives it to scripts; the text output shows it with tr_marked."""
        return mark("vertrokken") if self.left_on else mark("ingeschreven")


class PupilImportService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store = store
        self.today = today

    # -- reading a file --------------------------------------------------------------------------
    @staticmethod
    def read_edex(path: Path, progress: Progress | None = None) -> Export:
        return parse_edex(read_bytes(path), progress)

    @staticmethod
    def read_csv(path: Path) -> csvfile.Table:
        return csvfile.read_table(read_bytes(path))

    def mapping_for(self, table: csvfile.Table) -> tuple[dict[str, str], bool]:
        """(mapping, remembered): this school's remembered mapping when it fits the file, else a guess."""
        remembered = self.remembered_mapping()
        if remembered is not None and csvfile.fits(remembered, table.columns):
            return dict(remembered), True
        return csvfile.guess_mapping(table.columns), False

    def remembered_mapping(self) -> dict[str, str] | None:
        text = self.store.get_setting(self._mapping_key())
        return json.loads(text) if text else None

    def remember_mapping(self, mapping: dict[str, str]) -> None:
        self.store.set_setting(
            self._mapping_key(), json.dumps({k: v for k, v in mapping.items() if v}, ensure_ascii=False, sort_keys=True)
        )

    def _mapping_key(self) -> str:
        school_id = self._school_id()
        return MAPPING_SETTING.format(school=f"school-{school_id}" if school_id else "geen-school")

    # -- preview ---------------------------------------------------------------------------------
    def preview(self, export: Export, municipality: str | None = None) -> Plan:
        """What importing `export` would change; writes nothing. New pupils without a woongemeente
        in the export get `municipality`, else the school's."""
        school = self._school()
        town = (municipality or "").strip() or (school.municipality if school else None)
        return build_plan(export, self.stored(), self.today(), municipality=town, brin=school.brin if school else None)

    def stored(self) -> list[Stored]:
        with self.store.session() as s:
            rows = s.connection().exec_driver_sql(STORED_SQL).all()
        return [
            Stored(
                i,
                first,
                last,
                date.fromisoformat(str(born)[:10]),
                group,
                town,
                _day(enrolled),
                _day(left),
                key,
                json.loads(recorded) if recorded else {},
            )
            for i, first, last, born, group, town, enrolled, left, key, recorded in rows
        ]

    # -- writing ---------------------------------------------------------------------------------
    def apply(self, plan: Plan, leave_ids: Iterable[int] = (), progress: Progress | None = None) -> ImportResult:
        """Write the plan in one transaction: new pupils, updates, and the pupils in `leave_ids`
        (of `plan.leaving`) marked as left. Refused when the pupils changed since the preview."""
        leaving = [item for item in plan.leaving if item.stored.id in set(leave_ids)]
        total, done = len(plan.new) + len(plan.written) + len(leaving), 0
        school_id = self._school_id()
        with self.store.session() as s:
            rows = self._current_rows(s, plan, leaving)
            added = []
            for pupil in plan.new:
                row = m.PupilRow(
                    first_name=pupil.first_name,
                    last_name=pupil.last_name,
                    birth_date=pupil.birth_date,
                    group_name=pupil.group,
                    school_id=school_id,
                    municipality=pupil.municipality or plan.municipality,
                    enrolled_on=pupil.enrolled_on,
                    administration_key=pupil.key,
                    administration_values=_json({k: as_text(v) for k, v in pupil.values().items()}),
                )
                added.append(row)
            s.add_all(added)
            s.flush()
            for row in added:
                self.store.audit(s, "create", "pupil", row.id, "import")
                done = _tick(progress, done, total)
            for update in plan.written:
                self._write_update(s, rows[update.stored.id], update)
                done = _tick(progress, done, total)
            for item in leaving:
                row = rows[item.stored.id]
                recorded = json.loads(row.administration_values or "{}")
                row.left_on, recorded["left_on"] = item.on, item.on.isoformat()
                row.administration_values = _json(recorded)
                self.store.audit(s, "update", "pupil", row.id, "import: vertrokken")
                done = _tick(progress, done, total)
            result = ImportResult(len(plan.new), len(plan.written), len(leaving))
            self.store.audit(
                s,
                "import",
                "pupils",
                None,
                f"bron={plan.export.kind} nieuw={result.added} bijgewerkt={result.updated} "
                f"vertrokken={result.left} ongewijzigd={plan.unchanged} "
                f"overgeslagen={len(plan.problems)}",
            )
        log.info(
            "pupil import (%s): %d new, %d updated, %d left",
            plan.export.kind,
            result.added,
            result.updated,
            result.left,
        )
        return result

    def _current_rows(self, s, plan: Plan, leaving) -> dict:
        """The rows the plan changes, checked against the preview's snapshot."""
        ids = [u.stored.id for u in plan.written] + [item.stored.id for item in leaving]
        rows = {r.id: r for r in s.scalars(select(m.PupilRow).where(m.PupilRow.id.in_(ids)))} if ids else {}
        for update in plan.written:
            row = rows.get(update.stored.id)
            if (
                row is None
                or row.administration_key != update.stored.key
                or any(_row_value(row, c.field) != c.old for c in update.changes)
            ):
                raise UserError(_stale())
        if any(rows.get(item.stored.id) is None or rows[item.stored.id].left_on is not None for item in leaving):
            raise UserError(_stale())
        new_keys = [p.key for p in plan.new if p.key]
        if new_keys and s.scalar(select(m.PupilRow.id).where(m.PupilRow.administration_key.in_(new_keys)).limit(1)):
            raise UserError(_stale())
        return rows

    def _write_update(self, s, row: m.PupilRow, update) -> None:
        for change in update.changes:
            setattr(row, "group_name" if change.field == "group" else change.field, change.new)
        if update.new_key:
            row.administration_key = update.new_key
        row.administration_values = _json(update.recorded)
        fields = [c.label for c in update.changes] + (["administratiesleutel"] if update.new_key else [])
        self.store.audit(s, "update", "pupil", row.id, "import: " + ", ".join(fields))

    # -- listing ---------------------------------------------------------------------------------
    def pupil_lines(self) -> list[PupilLine]:
        """Every pupil with its key, and which fields still hold what the administration gave."""
        lines = []
        for p in self.stored():
            owned = tuple(f for f, v in p.imported.items() if f != "left_on" and as_text(p.value(f)) == v)
            lines.append(
                PupilLine(p.id, p.name, p.first_name, p.last_name, p.key, p.birth_date, p.group, p.left_on, owned)
            )
        return lines

    # -- the school ------------------------------------------------------------------------------
    def _school(self):
        from ibdesk.services.records import Records

        return Records(self.store, self.today).school()

    def _school_id(self) -> int | None:
        school = self._school()
        return school.id if school else None


def _stale() -> str:
    return tr(
        "Sinds het voorbeeld is er iets aan de leerlingen veranderd; er is niets geïmporteerd. Bekijk het "
        "voorbeeld opnieuw."
    )


def _row_value(row: m.PupilRow, field: str):
    return row.group_name if field == "group" else getattr(row, field)


def _json(values: dict) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _tick(progress: Progress | None, done: int, total: int) -> int:
    done += 1
    if progress and (done % 50 == 0 or done == total):
        progress(done, total)
    return done
