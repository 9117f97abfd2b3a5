"""Registering absence and exemptions, and the verzuim/thuiszitter status of pupils.

The status reads both what was registered on the Thuiszitters page and the latest saved
'Verzuim en thuiszitten' form of each pupil (periods, exemption, ingeschreven). It is
counted on the school's calendar (services/school_calendar.py); where that calendar is
unknown the status says so and counts nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ibdesk.domain.absence import (
    Absence,
    AbsenceState,
    AbsenceStatus,
    Exemption,
    absence_status,
    exemption_problem,
    from_verzuim_form,
)
from ibdesk.domain.calendar import SchoolCalendar
from ibdesk.domain.holiday_regions import check_region, region_for_municipality
from ibdesk.errors import InvalidRecord, NotFoundError, UserError
from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.services.school_calendar import calendar_for, load_overrides, override_path
from ibdesk.store import models as m
from ibdesk.store.profile import Store
from ibdesk.text.dates import parse_date, short_date

VERZUIM_FORM = "verzuim"
# Dutch as data (Leerplichtwet 1969 art. 5 and 5a); a screen shows them through `tr_marked`.
EXEMPTION_KINDS = {
    "art5_onder_a": mark(
        "Artikel 5 onder a – lichamelijke of psychische ongeschiktheid (verklaring arts, psycholoog of orthopedagoog)"
    ),
    "art5_onder_b": mark("Artikel 5 onder b – bezwaar tegen de richting van de scholen"),
    "art5a": mark("Artikel 5a – trekkend bestaan"),
}
_CALENDARS: dict[tuple, SchoolCalendar] = {}


def school_calendar(region: str | None, resources: Path | None = None) -> SchoolCalendar:
    """The region's calendar with the override file in `resources` (the machine policy's
    folder; None: the bundled one), cached until the file changes."""
    path = override_path(resources)
    key = (region, str(path), path.stat().st_mtime_ns if path.exists() else None)
    if key not in _CALENDARS:
        _CALENDARS[key] = calendar_for(region, load_overrides(path))
    return _CALENDARS[key]


@dataclass(frozen=True)
class RegionChoice:
    region: str | None
    how: str  # where the region comes from, in the language shown


def choose_region(policy_region: str | None, school_region: str | None, municipality: str | None) -> RegionChoice:
    """Machine policy, then the school's own setting, then the school's municipality."""
    if policy_region:
        return RegionChoice(check_region(policy_region, mark("machinebeleid")), tr("vastgelegd in het machinebeleid"))
    if school_region:
        return RegionChoice(
            check_region(school_region, mark("instellingen van de school")), tr("ingesteld bij de school")
        )
    derived = region_for_municipality(municipality)
    if derived and municipality:
        return RegionChoice(
            derived,
            tr("afgeleid uit de gemeente {municipality} (regio-indeling OCW)", municipality=municipality.strip()),
        )
    if municipality:
        return RegionChoice(
            None,
            tr(
                "onbekend: de gemeente '{municipality}' staat niet in de regio-indeling; "
                "kies de vakantieregio bij Instellingen",
                municipality=municipality.strip(),
            ),
        )
    return RegionChoice(None, tr("onbekend: kies de vakantieregio bij Instellingen"))


@dataclass(frozen=True)
class PupilAbsence:
    pupil_id: int
    name: str
    group: str
    status: AbsenceStatus


class AbsenceService:
    def __init__(
        self,
        store: Store,
        today: Callable[[], date] = date.today,
        region: str | None = None,
        resources: Path | None = None,
    ):
        self.store = store
        self.today = today
        self.region = region  # the machine policy's holiday region wins over the school's
        self.resources = resources  # the machine policy's resources folder (None: the bundled one)

    def region_choice(self) -> RegionChoice:
        with self.store.session() as s:
            row = s.scalars(select(m.SchoolRow).order_by(m.SchoolRow.id).limit(1)).first()
            school_region, municipality = (row.holiday_region, row.municipality) if row else (None, None)
        try:
            return choose_region(self.region, school_region, municipality)
        except ValueError as exc:
            raise UserError(str(exc)) from None

    def calendar(self) -> SchoolCalendar:
        return school_calendar(self.region_choice().region, self.resources)

    def calendar_notice(self) -> str | None:
        """A Dutch notice when the calendar does not cover today (or the region is unknown)."""
        choice = self.region_choice()
        if choice.region is None:
            return tr(
                "De vakantieregio van de school is {how}. Zonder schoolkalender telt ibdesk geen "
                "verzuim en geen thuiszitterstermijnen.",
                how=choice.how,
            )
        calendar, today = self.calendar(), self.today()
        if calendar.covers(today):
            until = calendar.covered_until
            return (
                None
                if until is None or (until - today).days > 120
                else tr(
                    "De schoolkalender van regio {region} is bekend tot en met {until}. Daarna telt "
                    "ibdesk geen verzuim tot er een nieuwe kalender is (werk het pakket 'holidays' bij).",
                    region=choice.region,
                    until=short_date(until),
                )
            )
        return tr(
            "De schoolkalender van regio {region} dekt vandaag ({today}) niet. ibdesk telt "
            "geen verzuim op een geraden kalender; werk ibdesk bij of vraag de ICT-beheerder om het "
            "vakantiebestand.",
            region=choice.region,
            today=short_date(today),
        )

    def register(
        self,
        pupil_id: int,
        first: str | date,
        last: str | date | None,
        hours: float,
        authorised: bool,
        reason: str = "",
    ) -> int:
        errors: dict[str, str] = {}
        start = _checked(lambda: parse_date(first, "van"), errors, "van")
        end = _checked(lambda: parse_date(last, "tot", required=False), errors, "tot")
        if start and end and end < start:
            errors["tot"] = tr("De einddatum ligt vóór de begindatum.")
        if not isinstance(hours, (int, float)) or hours < 0 or hours > 40 * 52:
            errors["uren"] = tr("Vul het aantal gemiste lesuren in (0 of meer).")
        if start and start > self.today():
            errors["van"] = tr("Verzuim kan niet in de toekomst beginnen.")
        if errors:
            raise InvalidRecord(errors)
        with self.store.session() as s:
            if s.get(m.PupilRow, pupil_id) is None:
                raise NotFoundError(tr("Leerling {id} bestaat niet.", id=pupil_id))
            row = m.AbsenceRow(
                pupil_id=pupil_id,
                first=start,
                last=end,
                hours=float(hours),
                authorised=authorised,
                reason=reason or None,
            )
            s.add(row)
            s.flush()
            self.store.audit(s, "create", "absence", row.id)
            return row.id

    def add_exemption(
        self, pupil_id: int, kind: str, first: str | date, last: str | date | None = None, judged_by: str | None = None
    ) -> None:
        if kind not in EXEMPTION_KINDS:
            raise UserError(
                tr(
                    "Kies een vrijstelling: {kinds}",
                    kinds="; ".join(tr_marked(kind) for kind in EXEMPTION_KINDS.values()),
                )
            )
        problem = exemption_problem(kind, judged_by)
        if problem:
            raise UserError(problem)
        start, end = parse_date(first, "van"), parse_date(last, "tot", required=False)
        with self.store.session() as s:
            s.add(m.ExemptionRow(pupil_id=pupil_id, kind=kind, first=start, last=end))
            self.store.audit(s, "create", "exemption", pupil_id)

    def absences(self, pupil_id: int) -> list[Absence]:
        with self.store.session() as s:
            rows = s.scalars(select(m.AbsenceRow).where(m.AbsenceRow.pupil_id == pupil_id).order_by(m.AbsenceRow.first))
            return [_absence(r) for r in rows]

    def statuses(self, only_relevant: bool = True, pupil_ids: set[int] | None = None) -> list[PupilAbsence]:
        """Every pupil with absence on record (or an exemption, or a verzuim form) and their status
        today; `pupil_ids` limits it to those pupils."""
        today, calendar = self.today(), self.calendar()
        with self.store.session() as s:
            absences: dict[int, list[Absence]] = defaultdict(list)
            exemptions: dict[int, list[Exemption]] = defaultdict(list)
            absence_q, exemption_q = select(m.AbsenceRow), select(m.ExemptionRow)
            if pupil_ids is not None:
                absence_q = absence_q.where(m.AbsenceRow.pupil_id.in_(pupil_ids))
                exemption_q = exemption_q.where(m.ExemptionRow.pupil_id.in_(pupil_ids))
            for row in s.scalars(absence_q):
                absences[row.pupil_id].append(_absence(row))
            for exemption in s.scalars(exemption_q):
                exemptions[exemption.pupil_id].append(Exemption(exemption.kind, exemption.first, exemption.last))
            not_enrolled = _add_forms(s, absences, exemptions, pupil_ids)
            ids = set(absences) | set(exemptions) | not_enrolled
            pupils = (
                s.execute(
                    select(
                        m.PupilRow.id,
                        m.PupilRow.first_name,
                        m.PupilRow.last_name,
                        m.PupilRow.group_name,
                        m.PupilRow.birth_date,
                    ).where(m.PupilRow.id.in_(ids))
                ).all()
                if ids
                else []
            )
        result = []
        for pid, first, last, group, born in pupils:
            status = absence_status(absences[pid], calendar, born, today, exemptions[pid], pid not in not_enrolled)
            if (
                only_relevant
                and status.report_due_on is None
                and status.spell_start is None
                and status.state is AbsenceState.NONE
            ):
                continue
            result.append(PupilAbsence(pid, f"{first} {last}", group, status))
        return sorted(result, key=lambda p: (p.status.days_left is None, p.status.days_left or 0))

    def is_thuiszitter(self, pupil_id: int) -> bool:
        status = self.status_of(pupil_id)
        return status is not None and status.is_thuiszitter

    def status_of(self, pupil_id: int) -> AbsenceStatus | None:
        """One pupil's status today (None when nothing is on record)."""
        found = self.statuses(only_relevant=False, pupil_ids={pupil_id})
        return found[0].status if found else None


def _add_forms(
    s, absences: dict[int, list[Absence]], exemptions: dict[int, list[Exemption]], pupil_ids: set[int] | None = None
) -> set[int]:
    """Add each pupil's latest saved verzuim form; returns the pupils it marks as not enrolled."""
    latest: dict[int, str] = {}
    query = select(m.FormAnswerRow.pupil_id, m.FormAnswerRow.answers).where(m.FormAnswerRow.form_id == VERZUIM_FORM)
    if pupil_ids is not None:
        query = query.where(m.FormAnswerRow.pupil_id.in_(pupil_ids))
    for pupil_id, answers in s.execute(query.order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)):
        latest[pupil_id] = answers
    not_enrolled = set()
    for pupil_id, raw in latest.items():
        periods, exempt, enrolled = from_verzuim_form(json.loads(raw))
        known = {(a.first, a.last, a.hours, a.authorised) for a in absences[pupil_id]}
        absences[pupil_id] += [a for a in periods if (a.first, a.last, a.hours, a.authorised) not in known]
        exemptions[pupil_id] += exempt
        if not enrolled:
            not_enrolled.add(pupil_id)
    return not_enrolled


def _absence(row: m.AbsenceRow) -> Absence:
    return Absence(row.first, row.last, row.hours, row.authorised, row.reason or "")


def _checked(parse, errors: dict, key: str):
    try:
        return parse()
    except UserError as exc:
        errors[key] = str(exc)
        return None


def calendar_or_none(services):
    """The school's calendar for durations in school weeks; None when the region is unknown."""
    try:
        return services.absence.calendar()
    except Exception:
        return None
