"""Reading what a document is made of from the store, in one unit of work per call and
without an audit entry per form (the export itself is logged once). The documents in
`dossier/` are assembled from what this returns (`dossier/sources.CaseSources`): they never
read the store themselves."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from ibdesk.domain.consent import CATEGORIES, decide, deciders
from ibdesk.domain.model import Organisation, stored_id
from ibdesk.dossier.answers import Directory
from ibdesk.dossier.content import Sender, SharingPlan, combine
from ibdesk.dossier.sources import CaseSources, SavedAnswers
from ibdesk.errors import UserError
from ibdesk.services.absence import calendar_or_none
from ibdesk.store import models as m
from ibdesk.store.models import FINAL


def saved_answers(store, catalog, case_id: int) -> list[SavedAnswers]:
    """Every final form of the case, oldest first, each with the definition it was filled in
    with. Concepts are left out: a document never presents unfinished work as final."""
    with store.session() as s:
        rows = list(
            s.scalars(
                select(m.FormAnswerRow)
                .where(m.FormAnswerRow.case_id == case_id, m.FormAnswerRow.status == FINAL)
                .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)
            )
        )
        return [
            SavedAnswers(
                r.id,
                r.form_id,
                r.step_id,
                _definition(catalog, r.form_id, r.form_version),
                json.loads(r.answers),
                r.saved_at,
            )
            for r in rows
        ]


def _definition(catalog, form_id: str, version: int):
    try:
        return catalog.get(form_id, version)
    except KeyError:
        return None


def absences(store, pupil_id: int) -> tuple[list[m.AbsenceRow], list[m.ExemptionRow]]:
    with store.session() as s:
        found = list(
            s.scalars(select(m.AbsenceRow).where(m.AbsenceRow.pupil_id == pupil_id).order_by(m.AbsenceRow.first))
        )
        exempt = list(
            s.scalars(select(m.ExemptionRow).where(m.ExemptionRow.pupil_id == pupil_id).order_by(m.ExemptionRow.first))
        )
        return found, exempt


def sender_for(store, lead_name: str, lead_role: str, school_name: str) -> Sender:
    """The user's own details from the settings (user.name, user.role, user.phone,
    user.email); the case lead when none are set — only as a suggestion for a screen where
    the user confirms them (the export wizard). A document is signed by `profile_sender`."""
    return Sender(
        store.get_setting("user.name") or lead_name,
        store.get_setting("user.role") or lead_role,
        school_name,
        store.get_setting("user.phone"),
        store.get_setting("user.email"),
    )


def profile_sender(store, school_name: str) -> Sender:
    """Who sends and signs every kind of document: the user profile (asked in the first-run
    wizard, `ibdesk user`), never the login name or the case lead."""
    from ibdesk.services.certificates import no_name_message

    name, role = (store.get_setting("user.name") or "").strip(), (store.get_setting("user.role") or "").strip()
    if not name or not role:
        raise UserError(no_name_message())
    return Sender(name, role, school_name, store.get_setting("user.phone"), store.get_setting("user.email"))


def directory(store, pupil, lead_name: str, lead_role: str) -> Directory:
    """Names for the ids person and organisation fields store: the pupil's guardians, every
    contact and organisation; staff fields show the case lead (ibdesk keeps no staff register
    yet)."""
    from ibdesk.domain.organisations import inactive_label  # the same words as the form on screen

    with store.session() as s:
        rows = list(s.scalars(select(m.OrganisationRow)))
        orgs = {str(o.id): inactive_label(o) for o in rows}
        names = {str(o.id): o.name for o in rows}
        contacts = {
            str(c.id): f"{c.name}, {c.role} ({names.get(str(c.organisation_id), '')})".replace(" ()", "")
            for c in s.scalars(select(m.ContactRow))
        }
    return Directory(
        {str(g.id): f"{g.name} ({g.relation})" for g in pupil.guardians}, contacts, orgs, f"{lead_name} ({lead_role})"
    )


def plan_for(
    services, case_id: int, recipients: list[Organisation], purpose: str, day: date | None = None
) -> SharingPlan:
    """The sharing plan of one case for one or more recipients (all must be allowed)."""
    day = day or services.consent.today()
    consent = services.consent.case_consent(case_id)
    who = deciders(consent.pupil.birth_date, consent.pupil.guardians, day)
    decisions = {
        c: combine([decide(consent.bases, stored_id(r.id), purpose, c, day, who, str(r.kind)) for r in recipients])
        for c in CATEGORIES
    }
    return SharingPlan(recipients[0] if len(recipients) == 1 else None, purpose, day, decisions, dict(consent.names))


def case_sources(services, overview, open_points_only: bool = False) -> CaseSources:
    """Everything `overview`'s case adds to a document, read from the store once; the action
    points are every one of the case, or only the open ones (`open_points_only`)."""
    pupil, case = overview.pupil, overview.case
    store = services.store
    found, exempt = absences(store, pupil.id)
    return CaseSources(
        saved=saved_answers(store, services.catalog, case.id),
        people=directory(store, pupil, case.lead_name, case.lead_role),
        calendar=calendar_or_none(services),
        viewpoints=services.consent.viewpoints(case.id),
        signatures=services.signatures.signatures(case_id=case.id),
        pupil_signatures=services.signatures.signatures(pupil_id=pupil.id),
        bases=services.consent.case_consent(case.id).bases,
        action_points=[p for p in services.meetings.action_points(open_only=open_points_only) if p.case_id == case.id],
        absences=found,
        exemptions=exempt,
        attachments=services.attachments.attachments(pupil.id, case.id),
    )


def payloads(services, files) -> list[tuple[str, bytes, str, str]]:
    """(name in the PDF, bytes, description, media type) of each file to embed
    (`dossier/attachment_content.SharedFile`)."""
    return [(f.embedded_name, services.attachments.data(f.attachment_id), f.title, f.media_type) for f in files]
