"""Registering absence and exemptions, and the verzuim/thuiszitter status of pupils."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import yaml
from sqlalchemy import select

from ibdesk.domain.absence import Absence, AbsenceStatus, Exemption, absence_status
from ibdesk.domain.calendar import SchoolCalendar, parse_holidays
from ibdesk.domain.validation import parse_date
from ibdesk.errors import InvalidRecord, NotFoundError, UserError
from ibdesk.paths import resources_dir
from ibdesk.store import models as m
from ibdesk.store.profile import Store

EXEMPTION_KINDS = {
    "art5_onder_a": "Artikel 5 onder a – lichamelijke of psychische ongeschiktheid",
    "art5_onder_b": "Artikel 5 onder b – bezwaar tegen de richting van de scholen",
    "art5a": "Artikel 5a – trekkend bestaan",
}


@lru_cache(maxsize=8)
def school_calendar(region: str = "midden") -> SchoolCalendar:
    """The region's holidays from resources/holidays.yaml (weekdays only when unknown)."""
    path = resources_dir() / "holidays.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        rows = data.get("regions", {}).get(region)
    except (OSError, yaml.YAMLError):
        rows = None
    if rows is None:
        return SchoolCalendar(region)
    return parse_holidays(region, rows)


@dataclass(frozen=True)
class PupilAbsence:
    pupil_id: int
    name: str
    group: str
    status: AbsenceStatus


class AbsenceService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today, region: str | None = None):
        self.store = store
        self.today = today
        self.region = region  # the machine policy's holiday region wins over the school's

    def calendar(self) -> SchoolCalendar:
        region = self.region
        if region is None:
            with self.store.session() as s:
                region = s.scalar(select(m.SchoolRow.holiday_region).limit(1))
        return school_calendar(region or "midden")

    def register(self, pupil_id: int, first: str | date, last: str | date | None, hours: float,
                 authorised: bool, reason: str = "") -> int:
        errors: dict[str, str] = {}
        start = _checked(lambda: parse_date(first, "van"), errors, "van")
        end = _checked(lambda: parse_date(last, "tot", required=False), errors, "tot")
        if start and end and end < start:
            errors["tot"] = "De einddatum ligt vóór de begindatum."
        if not isinstance(hours, (int, float)) or hours < 0 or hours > 40 * 52:
            errors["uren"] = "Vul het aantal gemiste lesuren in (0 of meer)."
        if start and start > self.today():
            errors["van"] = "Verzuim kan niet in de toekomst beginnen."
        if errors:
            raise InvalidRecord(errors)
        with self.store.session() as s:
            if s.get(m.PupilRow, pupil_id) is None:
                raise NotFoundError(f"Leerling {pupil_id} bestaat niet.")
            row = m.AbsenceRow(pupil_id=pupil_id, first=start, last=end, hours=float(hours),
                               authorised=authorised, reason=reason or None)
            s.add(row)
            s.flush()
            self.store.audit(s, "create", "absence", row.id)
            return row.id

    def add_exemption(self, pupil_id: int, kind: str, first: str | date, last: str | date | None = None) -> None:
        if kind not in EXEMPTION_KINDS:
            raise UserError("Kies een vrijstelling: " + ", ".join(EXEMPTION_KINDS.values()))
        start, end = parse_date(first, "van"), parse_date(last, "tot", required=False)
        with self.store.session() as s:
            s.add(m.ExemptionRow(pupil_id=pupil_id, kind=kind, first=start, last=end))
            self.store.audit(s, "create", "exemption", pupil_id)

    def absences(self, pupil_id: int) -> list[Absence]:
        with self.store.session() as s:
            rows = s.scalars(select(m.AbsenceRow).where(m.AbsenceRow.pupil_id == pupil_id).order_by(m.AbsenceRow.first))
            return [_absence(r) for r in rows]

    def statuses(self, only_relevant: bool = True) -> list[PupilAbsence]:
        """Every pupil with absence on record (or an exemption) and their status today."""
        today, calendar = self.today(), self.calendar()
        with self.store.session() as s:
            absences: dict[int, list[Absence]] = defaultdict(list)
            for row in s.scalars(select(m.AbsenceRow)):
                absences[row.pupil_id].append(_absence(row))
            exemptions: dict[int, list[Exemption]] = defaultdict(list)
            for row in s.scalars(select(m.ExemptionRow)):
                exemptions[row.pupil_id].append(Exemption(row.kind, row.first, row.last))
            ids = set(absences) | set(exemptions)
            pupils = s.execute(select(m.PupilRow.id, m.PupilRow.first_name, m.PupilRow.last_name,
                                      m.PupilRow.group_name, m.PupilRow.birth_date)
                               .where(m.PupilRow.id.in_(ids))).all() if ids else []
        result = []
        for pid, first, last, group, born in pupils:
            status = absence_status(absences[pid], calendar, born, today, exemptions[pid])
            if only_relevant and status.report_due_on is None and status.spell_start is None \
                    and status.state.value == "geen":
                continue
            result.append(PupilAbsence(pid, f"{first} {last}", group, status))
        return sorted(result, key=lambda p: (p.status.days_left is None, p.status.days_left or 0))


def _absence(row: m.AbsenceRow) -> Absence:
    return Absence(row.first, row.last, row.hours, row.authorised, row.reason or "")


def _checked(parse, errors: dict, key: str):
    try:
        return parse()
    except UserError as exc:
        errors[key] = str(exc)
        return None
