"""Read models and small facades the desktop screens need (no Qt here).

- the audit trail of one case (ids, actions and times only);
- choices for person/organisation fields of a form, for one pupil;
- "who still must consent?" for the Sociaal Team, in plain Dutch;
- FormService facades whose ``save`` also records the consent basis or the MDO outcome,
  so the form editor can drive them like any other form;
- the retention policy switch.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select

from ibdesk.domain.consent import (CATEGORIES, CONSENT_AGE, PUPIL, SOCIAL_TEAM_PURPOSE, Basis, current_decisions,
                                   deciders)
from ibdesk.domain.model import Pupil
from ibdesk.domain.validation import age_on
from ibdesk.services.consent import ConsentService
from ibdesk.services.forms import FormService
from ibdesk.services.meetings import MeetingService
from ibdesk.services.organisations import OfferedChoices, OrganisationService
from ibdesk.services.records import Records
from ibdesk.services.retention import AUTO_SETTING
from ibdesk.store import audit, models as m
from ibdesk.store.audit import AuditEntry
from ibdesk.store.profile import Store

Choices = list[tuple[Any, str]]

# -- audit ------------------------------------------------------------------------------------
ACTION_LABELS = {
    "view": "bekeken", "create": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd",
    "step": "routekaartstap gewijzigd", "withdraw": "toestemming ingetrokken", "export": "gedeeld / geëxporteerd",
    "record-outcome": "MDO-uitkomst vastgelegd", "complete": "afgerond", "inzage": "inzage-export gemaakt",
}
ENTITY_LABELS = {
    "case": "casus", "form": "formulier", "legal_basis": "grondslag", "viewpoint": "zienswijze",
    "action_point": "actiepunt", "meeting": "overleg", "pupil": "leerling",
}


def case_audit(store: Store, case_id: int, limit: int = 500) -> list[AuditEntry]:
    """Who did what on this case: the case itself and the records that belong to it, newest first."""
    with store.session() as s:
        forms = [str(i) for i in s.scalars(select(m.FormAnswerRow.id).where(m.FormAnswerRow.case_id == case_id))]
        bases = [str(i) for i in s.scalars(select(m.LegalBasisRow.id).where(m.LegalBasisRow.case_id == case_id))]
        actions = [str(i) for i in s.scalars(select(m.ActionPointRow.id).where(m.ActionPointRow.case_id == case_id))]
        query = (select(m.AuditRow).where(or_(
            (m.AuditRow.entity == "case") & (m.AuditRow.entity_id == str(case_id)),
            (m.AuditRow.entity == "viewpoint") & (m.AuditRow.entity_id == str(case_id)),
            (m.AuditRow.entity == "form") & m.AuditRow.entity_id.in_(forms),
            (m.AuditRow.entity == "legal_basis") & m.AuditRow.entity_id.in_(bases),
            (m.AuditRow.entity == "action_point") & m.AuditRow.entity_id.in_(actions),
            (m.AuditRow.entity == "meeting") & (m.AuditRow.detail == f"case={case_id}"),
        )).order_by(m.AuditRow.id.desc()).limit(limit))
        return [AuditEntry(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.detail) for r in s.scalars(query)]


def audit_entries(store: Store, entity: str, entity_id: object) -> list[AuditEntry]:
    with store.session() as s:
        return audit.entries(s, entity, entity_id)


# -- choices for person / organisation fields --------------------------------------------------
def form_choices(records: Records, pupil: Pupil | None) -> Callable[[Any], Choices]:
    """A choices provider for the form renderer: guardians of the pupil, school staff
    (the people holding regie in cases), contacts and organisations from Contacten. Only
    active organisations (and their people) are offered; an inactive one chosen earlier
    still shows its name (`OfferedChoices.known`)."""
    orgs = records.organisations()
    leads = sorted({(r.lead_name or "").strip() for r in records.case_rows()} - {""})
    guardians: Choices = [(g.id, f"{g.name} ({g.relation}{', gezag' if g.has_gezag else ''})")
                          for g in (pupil.guardians if pupil else [])]
    staff: Choices = [(name, name) for name in leads]
    people = [(o, c.id, f"{c.name} ({c.role}, {o.name})") for o in orgs for c in o.contacts]
    contacts = OfferedChoices([(cid, label) for o, cid, label in people if o.active],
                              {str(cid): f"{label} (niet meer actief)" for o, cid, label in people if not o.active})
    service = OrganisationService(records.store)

    def provide(f: Any) -> Choices:
        if f.type == "organisation":
            return service.choices(getattr(f, "org_kind", None), orgs)
        role = getattr(f, "role", None)
        if role == "guardian":
            return guardians
        if role == "staff":
            return staff
        if role == "contact":
            return contacts
        return OfferedChoices(staff + contacts, contacts.known)

    return provide


# -- consent: who still must consent ---------------------------------------------------------
@dataclass
class ConsentNeed:
    """'Who still must consent?' for sharing with one recipient for one purpose."""

    recipient: str | None
    rule: str                                  # who decides, in plain Dutch
    allowed: bool
    covered: list[str] = field(default_factory=list)      # category labels that may be shared
    not_covered: list[str] = field(default_factory=list)  # category labels without any basis
    given_by: list[str] = field(default_factory=list)
    still_needed: list[str] = field(default_factory=list)
    blocked_by: list[str] = field(default_factory=list)
    summary: str = ""
    decisions: list[str] = field(default_factory=list)    # each decider's current decision, in Dutch


def consent_need(consent: ConsentService, case_id: int, recipient_id: int | None, recipient: str | None,
                 purpose: str = SOCIAL_TEAM_PURPOSE) -> ConsentNeed:
    info = consent.case_consent(case_id)
    today = consent.today()
    pupil = info.pupil
    rule = decider_rule(pupil, today)
    if recipient_id is None:
        return ConsentNeed(None, rule, False, summary="Er is geen Sociaal Team bekend voor de woongemeente "
                                                      "van de leerling (vul dit aan bij Contacten).")
    relevant = [b for b in info.bases if b.recipient_id == recipient_id and b.purpose == purpose]
    asked = {c for b in relevant for c in b.categories} or set(CATEGORIES)
    decisions = {c: consent.decision(case_id, recipient_id, purpose, c) for c in CATEGORIES}
    covered = [CATEGORIES[c] for c in CATEGORIES if decisions[c].allowed]
    not_covered = [CATEGORIES[c] for c in CATEGORIES if c not in asked and not decisions[c].allowed]
    needed = {g for c in asked for g in decisions[c].still_needed if not decisions[c].allowed}
    blocked = {g for c in asked for g in decisions[c].blocked_by}
    now = current_decisions([b for b in relevant if b.kind == "consent"], today)
    given = sorted((g for g, c in now.items() if c.state == "gegeven" and (g != PUPIL or age_on(
        pupil.birth_date, today) >= CONSENT_AGE)), key=info.name)
    need = ConsentNeed(recipient, rule, bool(covered), covered, not_covered, [info.name(g) for g in given],
                       [info.name(g) for g in sorted(needed, key=info.name)],
                       [info.name(g) for g in sorted(blocked, key=info.name)])
    need.summary = _summary(need, bool(info.required))
    need.decisions = person_decisions(info, recipient_id, purpose, today)
    return need


STATE_WORDS = {"gegeven": "toestemming gegeven", "geweigerd": "geweigerd", "ingetrokken": "ingetrokken",
               "verlopen": "toestemming verlopen"}


def person_decisions(info, recipient_id: int, purpose: str, today: date) -> list[str]:
    """'Moeder (moeder): geweigerd op 01-03-2026' for every person who decides (or decided)."""
    relevant = [b for b in info.bases if b.kind == "consent" and b.recipient_id == recipient_id
                and b.purpose == purpose]
    current = current_decisions(relevant, today)
    who = deciders(info.pupil.birth_date, info.pupil.guardians, today)
    people = sorted(who.parents, key=info.name) + ([PUPIL] if who.sixteenth or PUPIL in current else [])
    lines = []
    for key in people:
        c = current.get(key)
        if key == PUPIL and who.sixteenth is None:
            if c is not None and c.state in ("geweigerd", "ingetrokken"):
                lines.append(f"{info.name(key)}: bezwaar op {c.on:%d-%m-%Y} — jonger dan 16, dus een zienswijze; "
                             "de beslissing van de ouders telt.")
            continue
        if c is None:
            lines.append(f"{info.name(key)}: nog geen beslissing.")
            continue
        until = f" (geldig tot {c.basis.valid_until:%d-%m-%Y})" if c.state == "gegeven" and c.basis.valid_until else ""
        asked = {cat for b in relevant for cat in b.categories}
        only = "" if c.basis.categories >= asked else " — alleen voor: " + ", ".join(
            CATEGORIES[cat].lower() for cat in CATEGORIES if cat in c.basis.categories)
        lines.append(f"{info.name(key)}: {STATE_WORDS[c.state]} op {c.on:%d-%m-%Y}{until}{only}.")
    return lines


def decider_rule(pupil: Pupil, today: date) -> str:
    age = age_on(pupil.birth_date, today)
    gezag = [g for g in pupil.guardians if g.has_gezag]
    if age >= CONSENT_AGE:
        return (f"{pupil.first_name} is {age} jaar: vanaf 16 jaar beslist de leerling zelf over het delen "
                "van de eigen gegevens. Toestemming die ouders vóór het 16e jaar gaven, blijft geldig tot de "
                "leerling zelf anders beslist.")
    if len(gezag) >= 2:
        return (f"{pupil.first_name} is {age} jaar: de ouders met gezag beslissen. Er is gezamenlijk gezag, "
                "dus beide ouders moeten toestemming geven; weigert of trekt één ouder in, dan wordt er "
                "niet gedeeld. Een ouder die weigerde of introk, kan later alsnog toestemming geven; dan telt "
                "die nieuwe beslissing.")
    return f"{pupil.first_name} is {age} jaar: de ouder met gezag beslist."


def _summary(need: ConsentNeed, anyone: bool) -> str:
    if not anyone:
        return "Er is niemand bekend die toestemming kan geven (geen ouder met gezag vastgelegd)."
    if need.blocked_by:
        return ("Er wordt niet gedeeld: " + _join(need.blocked_by)
                + " heeft de toestemming geweigerd of ingetrokken.")
    if need.still_needed:
        return "Nog nodig: toestemming van " + _join(need.still_needed) + "."
    if need.allowed:
        return "In orde: er is een geldige grondslag om te delen met " + (need.recipient or "de ontvanger") + "."
    return "Er is nog geen toestemming vastgelegd."


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def basis_status(basis: Basis, today: date, name: Callable[[str], str]) -> str:
    """'geldig', 'ingetrokken op … door …', 'verlopen op …', 'geweigerd' — for the consent table."""
    if basis.withdrawn_on is not None:
        who = name(basis.withdrawn_by) if basis.withdrawn_by else "alle gevers"
        return f"ingetrokken op {basis.withdrawn_on:%d-%m-%Y} door {who}"
    if basis.decision == "geweigerd":
        return "geweigerd"
    if basis.valid_until is not None and basis.valid_until < today:
        return f"verlopen op {basis.valid_until:%d-%m-%Y}"
    if basis.given_on > today:
        return f"geldig vanaf {basis.given_on:%d-%m-%Y}"
    return "geldig"


# -- form service facades ---------------------------------------------------------------------
class _FormsFacade:
    """Looks like FormService to the form editor; drafts go to the real service."""

    def __init__(self, forms: FormService):
        self.forms = forms
        self.today = forms.today

    def save_draft(self, *args, **kwargs):
        return self.forms.save_draft(*args, **kwargs)

    def draft(self, context: str):
        return self.forms.draft(context)

    def discard_draft(self, context: str) -> None:
        self.forms.discard_draft(context)


class ConsentForms(_FormsFacade):
    """Saving the 'toestemming' form also records the basis (checked first, so a refused
    basis keeps the form open with the message under the right field). A concept records
    no basis: nothing may be shared on unfinished consent."""

    supports_concepts = True

    def __init__(self, forms: FormService, consent: ConsentService, case_id: int):
        super().__init__(forms)
        self.consent, self.case_id = consent, case_id
        self.basis_id: int | None = None

    def save(self, pupil_id: int, form_id: str, form_version: int, answers: dict, **kwargs) -> int:
        if not kwargs.get("concept"):
            self.basis_id = self.consent.record_from_form(self.case_id, answers)
        return self.forms.save(pupil_id, form_id, form_version, answers, **kwargs)


class MeetingOutcomeForms(_FormsFacade):
    """Saving the MDO report records the meeting's outcome (agreements become action points)."""

    def __init__(self, forms: FormService, meetings: MeetingService, meeting_id: int):
        super().__init__(forms)
        self.meetings, self.meeting_id = meetings, meeting_id

    @staticmethod
    def context(meeting_id: int, case_id: int) -> str:
        return f"meeting:{meeting_id}:case:{case_id}"

    def save(self, pupil_id: int, form_id: str, form_version: int, answers: dict, *, case_id: int | None = None,
             **_kwargs) -> int:
        return self.meetings.record_outcome(self.meeting_id, case_id, answers)


# -- privacy ----------------------------------------------------------------------------------
def retention_auto(store: Store) -> bool:
    return store.get_setting(AUTO_SETTING) == "1"


def set_retention_auto(store: Store, on: bool) -> None:
    store.set_setting(AUTO_SETTING, "1" if on else "0")


def pupil_age(pupil: Pupil, today: date) -> int:
    return age_on(pupil.birth_date, today)


__all__ = ["ACTION_LABELS", "ENTITY_LABELS", "ConsentForms", "ConsentNeed", "MeetingOutcomeForms",
           "audit_entries", "basis_status", "case_audit", "consent_need", "decider_rule", "form_choices",
           "meeting_reports", "pupil_age", "retention_auto", "set_retention_auto"]


def meeting_reports(store: Store, meeting_id: int) -> dict[int, int]:
    """Case id -> id of the saved MDO report, for the cases of one meeting that have one."""
    with store.session() as s:
        rows = s.execute(select(m.MeetingCaseRow.case_id, m.MeetingCaseRow.report_id)
                         .where(m.MeetingCaseRow.meeting_id == meeting_id, m.MeetingCaseRow.report_id.is_not(None)))
        return {case_id: report_id for case_id, report_id in rows}


def school_calendar(services):
    """The school's calendar for durations in school weeks; None when the region is unknown."""
    from ibdesk.dossier.sources import calendar

    return calendar(services)
