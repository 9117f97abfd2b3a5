"""Mapping between stored rows and domain records (the only place that knows both)."""

from __future__ import annotations

from ibdesk.domain.model import Case, CaseStatus, Contact, Guardian, Organisation, OrgKind, Pupil, School
from ibdesk.store import models as m


def school_from_row(row: m.SchoolRow) -> School:
    return School(
        name=row.name,
        municipality=row.municipality,
        brin=row.brin,
        region=row.region,
        route_id=row.route_id,
        holiday_region=row.holiday_region,
        school_type=row.school_type,
        id=row.id,
    )


def school_to_row(school: School, row: m.SchoolRow) -> m.SchoolRow:
    row.name, row.municipality, row.brin = school.name, school.municipality, school.brin
    row.region, row.route_id, row.holiday_region = school.region, school.route_id, school.holiday_region
    row.school_type = school.school_type
    return row


def guardian_from_row(row: m.GuardianRow) -> Guardian:
    return Guardian(
        name=row.name,
        relation=row.relation,
        has_gezag=row.has_gezag,
        phone=row.phone,
        email=row.email,
        address=row.address,
        postcode=row.postcode,
        id=row.id,
    )


def pupil_from_row(row: m.PupilRow) -> Pupil:
    return Pupil(
        first_name=row.first_name,
        last_name=row.last_name,
        birth_date=row.birth_date,
        group=row.group_name,
        school_id=row.school_id,
        municipality=row.municipality,
        bsn=row.bsn,
        guardians=[guardian_from_row(g) for g in row.guardians],
        enrolled_on=row.enrolled_on,
        left_on=row.left_on,
        id=row.id,
    )


def pupil_to_row(pupil: Pupil, row: m.PupilRow) -> m.PupilRow:
    row.first_name, row.last_name, row.birth_date = pupil.first_name, pupil.last_name, pupil.birth_date
    row.group_name, row.school_id, row.municipality = pupil.group, pupil.school_id, pupil.municipality
    row.bsn, row.enrolled_on, row.left_on = pupil.bsn, pupil.enrolled_on, pupil.left_on
    existing = {g.id: g for g in row.guardians}
    rows = []
    for g in pupil.guardians:
        grow = existing.get(g.id) if g.id is not None else None
        grow = grow or m.GuardianRow()
        grow.name, grow.relation, grow.has_gezag = g.name, g.relation, g.has_gezag
        grow.phone, grow.email, grow.address, grow.postcode = g.phone, g.email, g.address, g.postcode
        rows.append(grow)
    row.guardians = rows
    return row


def case_from_row(row: m.CaseRow) -> Case:
    return Case(
        pupil_id=row.pupil_id,
        help_question=row.help_question,
        opened_on=row.opened_on,
        lead_name=row.lead_name,
        lead_role=row.lead_role,
        status=CaseStatus(row.status),
        closed_on=row.closed_on,
        route_id=row.route_id,
        route_version=row.route_version,
        id=row.id,
    )


def case_to_row(case: Case, row: m.CaseRow) -> m.CaseRow:
    row.pupil_id, row.help_question, row.opened_on = case.pupil_id, case.help_question, case.opened_on
    row.lead_name, row.lead_role, row.status = case.lead_name, case.lead_role, str(case.status)
    row.closed_on, row.route_id, row.route_version = case.closed_on, case.route_id, case.route_version
    return row


def contact_from_row(row: m.ContactRow) -> Contact:
    return Contact(
        name=row.name,
        role=row.role,
        phone=row.phone,
        email=row.email,
        is_primary=row.is_primary,
        is_escalation=row.is_escalation,
        mandate=row.mandate,
        id=row.id,
    )


def organisation_from_row(row: m.OrganisationRow) -> Organisation:
    return Organisation(
        kind=OrgKind(row.kind),
        name=row.name,
        municipality=row.municipality,
        phone=row.phone,
        email=row.email,
        contacts=[contact_from_row(c) for c in row.contacts],
        address=row.address,
        postcode=row.postcode,
        place=row.place,
        brin=row.brin,
        active=row.active if row.active is not None else True,
        key=row.import_key,
        id=row.id,
    )


def organisation_to_row(org: Organisation, row: m.OrganisationRow) -> m.OrganisationRow:
    row.kind, row.name, row.municipality = str(org.kind), org.name, org.municipality
    row.phone, row.email = org.phone, org.email
    row.address, row.postcode, row.place, row.brin = org.address, org.postcode, org.place, org.brin
    row.active, row.import_key = org.active, org.key
    existing = {c.id: c for c in row.contacts}
    rows = []
    for c in org.contacts:
        crow = (existing.get(c.id) if c.id is not None else None) or m.ContactRow()
        crow.name, crow.role, crow.phone, crow.email = c.name, c.role, c.phone, c.email
        crow.is_primary, crow.is_escalation, crow.mandate = c.is_primary, c.is_escalation, c.mandate
        rows.append(crow)
    row.contacts = rows
    return row
