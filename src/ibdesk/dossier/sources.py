"""Reading what a document is made of from the store, in one unit of work per call and
without an audit entry per form (the export itself is logged once)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from ibdesk.domain.consent import CATEGORIES, decide, deciders
from ibdesk.domain.model import Organisation, stored_id
from ibdesk.dossier.answers import Directory
from ibdesk.dossier.content import Sender, SharingPlan, combine
from ibdesk.errors import UserError
from ibdesk.store import models as m
from ibdesk.store.models import FINAL

PARTICIPANTS = {
    "leerkracht": "leerkracht", "ib": "IB'er", "ouders": "ouders", "leerling": "leerling",
    "orthopedagoog_swv": "orthopedagoog SWV", "consulent_swv": "consulent SWV", "jeugdconsulent": "jeugdconsulent",
    "jgz": "JGZ", "leerplicht": "leerplicht", "directeur": "directeur", "mentor": "mentor",
    "vakdocenten": "vakdocenten", "teamleider": "teamleider", "zorgcoordinator": "zorgcoördinator",
    "smw": "schoolmaatschappelijk werk",
}
EXEMPTIONS = {"art5_onder_a": "Vrijstelling artikel 5 onder a (lichamelijk of psychisch niet geschikt)",
              "art5_onder_b": "Vrijstelling artikel 5 onder b (richting van de school)",
              "art5a": "Vrijstelling artikel 5a (trekkende bevolking)"}


@dataclass(frozen=True)
class SavedAnswers:
    id: int
    form_id: str
    step_id: str | None
    definition: Any | None        # None when the definition version is missing
    answers: dict
    saved_at: datetime

    @property
    def title(self) -> str:
        return self.definition.title if self.definition is not None else self.form_id


def saved_answers(store, catalog, case_id: int) -> list[SavedAnswers]:
    """Every final form of the case, oldest first, each with the definition it was filled in
    with. Concepts are left out: a document never presents unfinished work as final."""
    with store.session() as s:
        rows = list(s.scalars(select(m.FormAnswerRow).where(m.FormAnswerRow.case_id == case_id,
                                                            m.FormAnswerRow.status == FINAL)
                              .order_by(m.FormAnswerRow.saved_at, m.FormAnswerRow.id)))
        return [SavedAnswers(r.id, r.form_id, r.step_id, _definition(catalog, r.form_id, r.form_version),
                             json.loads(r.answers), r.saved_at) for r in rows]


def _definition(catalog, form_id: str, version: int):
    try:
        return catalog.get(form_id, version)
    except KeyError:
        return None


def latest(saved: list[SavedAnswers], form_id: str) -> SavedAnswers | None:
    return next((s for s in reversed(saved) if s.form_id == form_id and s.definition is not None), None)


def absences(store, pupil_id: int) -> tuple[list[m.AbsenceRow], list[m.ExemptionRow]]:
    with store.session() as s:
        found = list(s.scalars(select(m.AbsenceRow).where(m.AbsenceRow.pupil_id == pupil_id).order_by(m.AbsenceRow.first)))
        exempt = list(s.scalars(select(m.ExemptionRow).where(m.ExemptionRow.pupil_id == pupil_id)
                                .order_by(m.ExemptionRow.first)))
        return found, exempt


def sender_for(store, lead_name: str, lead_role: str, school_name: str) -> Sender:
    """The user's own details from the settings (user.name, user.role, user.phone,
    user.email); the case lead when none are set — only as a suggestion for a screen where
    the user confirms them (the export wizard). A document is signed by `profile_sender`."""
    return Sender(store.get_setting("user.name") or lead_name, store.get_setting("user.role") or lead_role,
                  school_name, store.get_setting("user.phone"), store.get_setting("user.email"))


def profile_sender(store, school_name: str) -> Sender:
    """Who sends and signs every kind of document: the user profile (asked in the first-run
    wizard, `ibdesk user`), never the login name or the case lead."""
    from ibdesk.dossier.certs import NO_NAME

    name, role = (store.get_setting("user.name") or "").strip(), (store.get_setting("user.role") or "").strip()
    if not name or not role:
        raise UserError(NO_NAME)
    return Sender(name, role, school_name, store.get_setting("user.phone"), store.get_setting("user.email"))


def directory(store, pupil, lead_name: str, lead_role: str) -> Directory:
    return Directory.load(store, pupil.guardians, f"{lead_name} ({lead_role})")


def plan_for(services, case_id: int, recipients: list[Organisation], purpose: str,
             day: date | None = None) -> SharingPlan:
    """The sharing plan of one case for one or more recipients (all must be allowed)."""
    day = day or services.consent.today()
    consent = services.consent.case_consent(case_id)
    who = deciders(consent.pupil.birth_date, consent.pupil.guardians, day)
    decisions = {c: combine([decide(consent.bases, stored_id(r.id), purpose, c, day, who, str(r.kind))
                             for r in recipients])
                 for c in CATEGORIES}
    return SharingPlan(recipients[0] if len(recipients) == 1 else None, purpose, day, decisions, dict(consent.names))


def participants(keys) -> str:
    return ", ".join(PARTICIPANTS.get(k, k.replace("_", " ")) for k in keys)


def calendar(services):
    """The school's calendar (durations in school weeks); None when the region is unknown."""
    try:
        return services.absence.calendar()
    except Exception:  # noqa: BLE001 - a document without school weeks says so in each duration
        return None
