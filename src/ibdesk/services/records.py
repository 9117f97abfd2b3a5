"""Services for schools, pupils, cases and organisations, shared by the UI and the CLI.

Each call is one unit of work on the store and writes its audit entry in the same
transaction. Callers get domain records, never ORM rows.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ibdesk.domain import rules
from ibdesk.domain.model import Case, CaseRow, CaseStatus, Organisation, Pupil, School
from ibdesk.errors import NotFoundError, UserError
from ibdesk.services import convert
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
            row = s.get(m.SchoolRow, school.id) if school.id else m.SchoolRow()
            s.add(convert.school_to_row(school, row))
            s.flush()
            self.store.audit(s, "update" if school.id else "create", "school", row.id)
            school.id = row.id
        return school

    # -- pupils ---------------------------------------------------------------------------
    def pupils(self) -> list[Pupil]:
        with self.store.session() as s:
            rows = s.scalars(select(m.PupilRow).options(selectinload(m.PupilRow.guardians))
                             .order_by(m.PupilRow.last_name, m.PupilRow.first_name))
            return [convert.pupil_from_row(r) for r in rows]

    def pupil(self, pupil_id: int) -> Pupil:
        with self.store.session() as s:
            row = s.get(m.PupilRow, pupil_id)
            if row is None:
                raise NotFoundError(f"Leerling {pupil_id} bestaat niet.")
            self.store.audit(s, "view", "pupil", pupil_id)
            return convert.pupil_from_row(row)

    def save_pupil(self, pupil: Pupil) -> Pupil:
        rules.clean_pupil(pupil, self.today())
        with self.store.session() as s:
            row = s.get(m.PupilRow, pupil.id) if pupil.id else m.PupilRow()
            if row is None:
                raise NotFoundError(f"Leerling {pupil.id} bestaat niet (meer).")
            s.add(convert.pupil_to_row(pupil, row))
            s.flush()
            self.store.audit(s, "update" if pupil.id else "create", "pupil", row.id)
            pupil.id = row.id
            pupil.guardians = [convert.guardian_from_row(g) for g in row.guardians]
        return pupil

    # -- cases ----------------------------------------------------------------------------
    def case_rows(self, status: CaseStatus | None = None) -> list[CaseRow]:
        query = (select(m.CaseRow.id, m.CaseRow.pupil_id, m.PupilRow.first_name, m.PupilRow.last_name,
                        m.PupilRow.group_name, m.CaseRow.status, m.CaseRow.opened_on, m.CaseRow.lead_name)
                 .join(m.PupilRow, m.PupilRow.id == m.CaseRow.pupil_id).order_by(m.CaseRow.id))
        if status is not None:
            query = query.where(m.CaseRow.status == str(status))
        with self.store.session() as s:
            return [CaseRow(r[0], r[1], f"{r[2]} {r[3]}", r[4], CaseStatus(r[5]), r[6], r[7])
                    for r in s.execute(query)]

    def case(self, case_id: int) -> Case:
        with self.store.session() as s:
            row = s.get(m.CaseRow, case_id)
            if row is None:
                raise NotFoundError(f"Casus {case_id} bestaat niet.")
            self.store.audit(s, "view", "case", case_id)
            return convert.case_from_row(row)

    def save_case(self, case: Case) -> Case:
        rules.clean_case(case, self.today())
        with self.store.session() as s:
            if s.get(m.PupilRow, case.pupil_id) is None:
                raise UserError(f"Leerling {case.pupil_id} bestaat niet.")
            row = s.get(m.CaseRow, case.id) if case.id else m.CaseRow()
            s.add(convert.case_to_row(case, row))
            s.flush()
            self.store.audit(s, "update" if case.id else "create", "case", row.id)
            case.id = row.id
        return case

    def counts(self) -> dict[str, int]:
        with self.store.session() as s:
            return {"pupils": s.scalar(select(func.count(m.PupilRow.id))) or 0,
                    "cases": s.scalar(select(func.count(m.CaseRow.id))) or 0}

    # -- organisations --------------------------------------------------------------------
    def organisations(self) -> list[Organisation]:
        with self.store.session() as s:
            rows = s.scalars(select(m.OrganisationRow).options(selectinload(m.OrganisationRow.contacts))
                             .order_by(m.OrganisationRow.kind, m.OrganisationRow.name))
            return [convert.organisation_from_row(r) for r in rows]

    def save_organisation(self, org: Organisation) -> Organisation:
        rules.clean_organisation(org)
        with self.store.session() as s:
            row = s.get(m.OrganisationRow, org.id) if org.id else m.OrganisationRow()
            s.add(convert.organisation_to_row(org, row))
            s.flush()
            self.store.audit(s, "update" if org.id else "create", "organisation", row.id)
            org.id = row.id
        return org
