"""Services for schools, pupils, cases and organisations, shared by the UI and the CLI.

Each call is one unit of work on the store and writes its audit entry in the same
transaction. Callers get domain records, never ORM rows.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ibdesk.domain import rules
from ibdesk.domain.model import Case, CaseRow, CaseStatus, Organisation, Pupil, School
from ibdesk.errors import InvalidRecord, NotFoundError, UserError
from ibdesk.i18n import tr
from ibdesk.services import convert, lists
from ibdesk.services.lifecycle import Lifecycle, user_name
from ibdesk.services.organisations import OrganisationService
from ibdesk.store import models as m
from ibdesk.store.profile import Store


class Records:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store = store
        self.today = today

    # -- school ---------------------------------------------------------------------------
    def school(self) -> School | None:
        with self.store.session() as s:
            row = s.scalars(select(m.SchoolRow).order_by(m.SchoolRow.id).limit(1)).first()
            return convert.school_from_row(row) if row else None

    def save_school(self, school: School) -> School:
        rules.clean_school(school)
        with self.store.session() as s:
            self._stored(s, m.SchoolRow, school, convert.school_to_row, "school", tr("School"))
        return school

    # -- pupils ---------------------------------------------------------------------------
    def pupils(self) -> list[Pupil]:
        with self.store.session() as s:
            rows = s.scalars(
                select(m.PupilRow)
                .options(selectinload(m.PupilRow.guardians))
                .order_by(m.PupilRow.last_name, m.PupilRow.first_name)
            )
            return [convert.pupil_from_row(r) for r in rows]

    def pupil_list(self) -> list[Pupil]:
        """Every pupil without guardians or BSN, for lists and pickers (fast at 10,000)."""
        return lists.pupil_list(self.store)

    def pupil(self, pupil_id: int) -> Pupil:
        with self.store.session() as s:
            return convert.pupil_from_row(self._viewed(s, m.PupilRow, pupil_id, "pupil", tr("Leerling")))

    def pupil_errors(self, pupil: Pupil) -> dict[str, str]:
        """What `save_pupil` would refuse, per field (Dutch); empty when it would save. Nothing is stored."""
        try:
            rules.clean_pupil(copy.deepcopy(pupil), self.today())
        except InvalidRecord as exc:
            return dict(exc.errors)
        return {}

    def save_pupil(self, pupil: Pupil) -> Pupil:
        rules.clean_pupil(pupil, self.today())
        with self.store.session() as s:
            row = self._stored(s, m.PupilRow, pupil, convert.pupil_to_row, "pupil", tr("Leerling"))
            pupil.guardians = [convert.guardian_from_row(g) for g in row.guardians]
        return pupil

    # -- shared steps of every view and save ----------------------------------------------
    def _viewed(self, s, model, record_id: int, entity: str, noun: str):
        """The row, with the view written to the audit trail; a clear error when it is gone."""
        row = s.get(model, record_id)
        if row is None:
            raise NotFoundError(tr("{noun} {id} bestaat niet.", noun=noun, id=record_id))
        self.store.audit(s, "view", entity, record_id)
        return row

    def _stored(self, s, model, record, to_row, entity: str, noun: str):
        """Insert or update `record` through `to_row`, audit it, and give it its id."""
        row = s.get(model, record.id) if record.id else model()
        if row is None:
            raise NotFoundError(tr("{noun} {id} bestaat niet (meer).", noun=noun, id=record.id))
        s.add(to_row(record, row))
        s.flush()
        self.store.audit(s, "update" if record.id else "create", entity, row.id)
        record.id = row.id
        return row

    # -- cases ----------------------------------------------------------------------------
    def case_rows(self, status: CaseStatus | None = None) -> list[CaseRow]:
        return lists.case_rows(self.store, status)

    def case(self, case_id: int) -> Case:
        with self.store.session() as s:
            return convert.case_from_row(self._viewed(s, m.CaseRow, case_id, "case", tr("Casus")))

    def save_case(self, case: Case) -> Case:
        rules.clean_case(case, self.today())
        new = case.id is None
        actor = user_name(self.store) if new else None
        with self.store.session() as s:
            if s.get(m.PupilRow, case.pupil_id) is None:
                raise UserError(tr("Leerling {id} bestaat niet.", id=case.pupil_id))
            row = self._stored(s, m.CaseRow, case, convert.case_to_row, "case", tr("Casus"))
            if new:  # the first event of the case's lifecycle
                Lifecycle(self.store, self.today).record_opening(s, row, by=actor)
        return case

    def counts(self) -> dict[str, int]:
        with self.store.session() as s:
            return {
                "pupils": s.scalar(select(func.count(m.PupilRow.id))) or 0,
                "cases": s.scalar(select(func.count(m.CaseRow.id))) or 0,
            }

    # -- organisations (see services/organisations.py for editing and import) ---------------
    def organisations(self) -> list[Organisation]:
        """Every organisation, active or not (a record may refer to an inactive one)."""
        return OrganisationService(self.store).list()

    def save_organisation(self, org: Organisation) -> Organisation:
        return OrganisationService(self.store).save(org)
