"""Legal bases and consent of a case, the sharing check, parents' views and the sharing log."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from ibdesk.domain.consent import (
    CATEGORIES,
    CONSENT_AGE,
    PUPIL,
    PURPOSES,
    SOCIAL_TEAM_PURPOSE,
    Basis,
    Decision,
    decide,
    deciders,
)
from ibdesk.domain.legal_bases import legal_task_problem
from ibdesk.domain.model import Organisation, OrgKind, Pupil
from ibdesk.domain.validation import age_on
from ibdesk.errors import InvalidRecord, NotFoundError
from ibdesk.i18n import tr
from ibdesk.services import convert
from ibdesk.store import models as m
from ibdesk.store import sharing_chain
from ibdesk.store.profile import Store
from ibdesk.text.dates import parse_date, short_date

# A consent recorded with one signature per person (services/signatures.py): it counts only for
# the givers who signed. Older records kept one drawing (or none) for all their givers.
PER_PERSON = "per_persoon"


@dataclass(frozen=True)
class CaseConsent:
    pupil: Pupil
    bases: list[Basis]
    required: frozenset[str]
    names: dict[str, str]  # giver key -> display name
    recipients: dict[int, str]
    kinds: dict[int, str] = field(default_factory=dict)  # recipient id -> OrgKind value

    def name(self, key: str) -> str:
        return self.names.get(key, key)


class ConsentService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store, self.today = store, today

    # -- recording ------------------------------------------------------------------------
    def record(self, case_id: int, basis: Basis, signature: str | None = None) -> int:
        """Store one basis after checking it; returns its id."""
        pupil = self._pupil_of_case(case_id)
        with self.store.session() as s:
            recipient = s.get(m.OrganisationRow, basis.recipient_id)
            if recipient is None:
                raise InvalidRecord({"ontvanger": tr("Kies een ontvangende organisatie uit Contacten.")})
            self._check(basis, pupil, recipient)
            row = m.LegalBasisRow(
                pupil_id=pupil.id,
                case_id=case_id,
                kind=basis.kind,
                task=basis.task,
                recipient_id=basis.recipient_id,
                purpose=basis.purpose,
                categories=json.dumps(sorted(basis.categories)),
                givers=json.dumps(sorted(basis.givers)),
                decision=basis.decision,
                given_on=basis.given_on,
                method=basis.method,
                heard_by=basis.heard_by,
                valid_until=basis.valid_until,
                withdrawn_on=basis.withdrawn_on,
                withdrawn_by=basis.withdrawn_by,
                signature=signature,
            )
            s.add(row)
            s.flush()
            self.store.audit(s, "create", "legal_basis", row.id, f"case={case_id} kind={basis.kind}")
            return row.id

    def record_from_form(self, case_id: int, answers: dict) -> int:
        """The toestemming form's answers as a basis (the form itself is saved by FormService).

        Consent given is recorded per person: it counts for each giver only once that person's
        own signature is recorded (on screen, on paper with a scan, or orally — an oral consent
        from the form is recorded for each giver at once, with who heard it)."""
        basis = basis_from_answers(answers)
        legacy = answers.get("handtekening_ouder") or answers.get("handtekening_leerling")
        per_person = basis.kind == "consent" and basis.decision == "gegeven" and not legacy
        basis_id = self.record(case_id, basis, PER_PERSON if per_person else legacy)
        if per_person and basis.method == "mondeling":
            self._oral_signatures(case_id, basis_id, basis, answers)
        return basis_id

    def _oral_signatures(self, case_id: int, basis_id: int, basis: Basis, answers: dict) -> None:
        from ibdesk.domain.signatures import ORAL, Signature, signer_for
        from ibdesk.services.signatures import SignatureService

        pupil = self._pupil_of_case(case_id)
        service = SignatureService(self.store, self.today)
        for giver in sorted(basis.givers):
            signer = signer_for(giver, pupil.full_name, pupil.birth_date, pupil.guardians, basis.given_on)
            if signer is None:
                continue
            service.record(
                case_id,
                Signature(
                    "consent",
                    basis_id,
                    giver,
                    signer.name,
                    signer.role,
                    basis.given_on,
                    ORAL,
                    heard_by=str(basis.heard_by or ""),
                    meeting=answers.get("overleg_omschrijving"),
                ),
            )

    def withdraw(self, basis_id: int, on: str | date, by: str | None) -> str:
        """Withdrawal takes effect on its own day; the record stays, for accountability.

        A pupil under 16 cannot withdraw the parents' consent (AVG art. 8, UAVG art. 5): the
        objection is kept as the pupil's zienswijze instead. Returns what happened, in Dutch."""
        day = parse_date(on, "intrekking_datum")
        with self.store.session() as s:
            row = s.get(m.LegalBasisRow, basis_id)
            if row is None:
                raise NotFoundError(tr("Grondslag {basis_id} bestaat niet.", basis_id=basis_id))
            if day < row.given_on:
                raise InvalidRecord({"intrekking_datum": tr("De intrekking kan niet vóór de toestemming liggen.")})
            pupil = s.get(m.PupilRow, row.pupil_id)
            if by == PUPIL and pupil is not None and age_on(pupil.birth_date, day) < CONSENT_AGE:
                s.add(
                    m.ViewpointRow(
                        case_id=row.case_id,
                        author=f"{pupil.first_name} (leerling)",
                        added_on=day,
                        text="Wil niet dat deze gegevens gedeeld worden (bezwaar van de leerling, "
                        "jonger dan 16: een zienswijze; de toestemming van de ouders blijft staan).",
                    )
                )
                self.store.audit(s, "create", "viewpoint", row.case_id, "pupil objection under 16")
                return tr(  # the message only: the stored zienswijze above stays Dutch
                    "De leerling is jonger dan 16: het bezwaar is vastgelegd als zienswijze van de leerling. "
                    "De toestemming van de ouders blijft staan."
                )
            row.withdrawn_on, row.withdrawn_by = day, by
            self.store.audit(s, "withdraw", "legal_basis", basis_id)
            return tr("Ingetrokken per {day}.", day=short_date(day))

    def _check(self, basis: Basis, pupil: Pupil, recipient: m.OrganisationRow) -> None:
        errors: dict[str, str] = {}
        if basis.purpose not in PURPOSES:
            errors["doel"] = tr("Kies het doel van het delen.")
        if not basis.categories or not basis.categories <= set(CATEGORIES):
            errors["categorieen"] = tr("Kies welke gegevens gedeeld worden.")
        if basis.given_on > self.today():
            errors["datum"] = tr("De datum kan niet in de toekomst liggen.")
        if basis.valid_until and basis.valid_until <= basis.given_on:
            errors["geldig_tot"] = tr("'Geldig tot' moet na de datum van toestemming liggen.")
        if basis.kind == "legal_task":
            label = OrgKind(recipient.kind).label.lower() if recipient.kind in set(OrgKind) else recipient.kind
            for key, text in legal_task_problem(
                basis.task, recipient.kind, basis.purpose, basis.categories, f"{recipient.name} ({label})"
            ).items():
                errors.setdefault(key, text)
        if basis.kind == "consent":
            known = {f"guardian:{g.id}" for g in pupil.guardians} | {PUPIL}
            if not basis.givers or not basis.givers <= known:
                errors["gegeven_door"] = tr("Kies wie de toestemming gaf (ouder met gezag of de leerling).")
            if basis.method == "mondeling" and not (basis.heard_by or "").strip():
                errors["gehoord_door"] = tr("Noteer wie de mondelinge toestemming heeft gehoord.")
        if errors:
            raise InvalidRecord(errors)

    # -- reading --------------------------------------------------------------------------
    def case_consent(self, case_id: int) -> CaseConsent:
        pupil = self._pupil_of_case(case_id)
        with self.store.session() as s:
            rows = s.scalars(
                select(m.LegalBasisRow)
                .where(m.LegalBasisRow.pupil_id == pupil.id)
                .order_by(m.LegalBasisRow.given_on, m.LegalBasisRow.id)
            )
            bases = signed_only(s, [_basis(r) for r in rows])
            orgs = list(s.scalars(select(m.OrganisationRow)))
        names = {f"guardian:{g.id}": f"{g.name} ({g.relation})" for g in pupil.guardians}
        names[PUPIL] = f"{pupil.full_name} (leerling)"
        return CaseConsent(
            pupil,
            bases,
            deciders(pupil.birth_date, pupil.guardians, self.today()).required,
            names,
            {o.id: o.name for o in orgs},
            {o.id: o.kind for o in orgs},
        )

    def decision(
        self, case_id: int, recipient_id: int, purpose: str, category: str, day: date | None = None
    ) -> Decision:
        consent = self.case_consent(case_id)
        day = day or self.today()
        who = deciders(consent.pupil.birth_date, consent.pupil.guardians, day)
        return decide(consent.bases, recipient_id, purpose, category, day, who, consent.kinds.get(recipient_id))

    def sharing_problem(self, case_id: int, team: Organisation | None) -> str | None:
        """For readiness: is there any valid basis to share with the Sociaal Team?"""
        consent = self.case_consent(case_id)
        return sharing_problem_for(consent.bases, consent.pupil, team, self.today())

    def _pupil_of_case(self, case_id: int) -> Pupil:
        with self.store.session() as s:
            row = s.get(m.CaseRow, case_id)
            if row is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            return convert.pupil_from_row(row.pupil)

    # -- parents' views and the sharing log -----------------------------------------------
    def add_viewpoint(self, case_id: int, author: str, text: str) -> None:
        if not (text or "").strip() or not (author or "").strip():
            raise InvalidRecord({"zienswijze": tr("Vul de zienswijze en de naam van de schrijver in.")})
        with self.store.session() as s:
            s.add(m.ViewpointRow(case_id=case_id, author=author.strip(), text=text.strip(), added_on=self.today()))
            self.store.audit(s, "create", "viewpoint", case_id)

    def viewpoints(self, case_id: int) -> list[tuple[str, str, date]]:
        with self.store.session() as s:
            rows = s.scalars(
                select(m.ViewpointRow).where(m.ViewpointRow.case_id == case_id).order_by(m.ViewpointRow.id)
            )
            return [(r.author, r.text, r.added_on) for r in rows]

    def log_sharing(
        self,
        pupil_id: int,
        case_id: int | None,
        recipient_id: int | None,
        purpose: str,
        document: str,
        shared: dict[str, str],
        withheld: list[str],
    ) -> None:
        with self.store.session() as s:
            row = m.SharingLogRow(
                at=datetime.now(),
                actor=self.store.actor_in(s),
                pupil_id=pupil_id,
                case_id=case_id,
                recipient_id=recipient_id,
                purpose=purpose,
                document=document,
                shared=json.dumps(shared, ensure_ascii=False),
                withheld=json.dumps(withheld),
            )
            sharing_chain.append(s, row)
            s.add(row)
            self.store.audit(
                s,
                "export",
                "case" if case_id else "pupil",
                case_id or pupil_id,
                f"document={document} recipient={recipient_id} purpose={purpose}",
            )

    def sharing_log(self, pupil_id: int) -> list[dict]:
        with self.store.session() as s:
            rows = s.scalars(
                select(m.SharingLogRow).where(m.SharingLogRow.pupil_id == pupil_id).order_by(m.SharingLogRow.at)
            )
            return [
                {
                    "at": r.at.isoformat(timespec="seconds"),
                    "by": r.actor,
                    "recipient_id": r.recipient_id,
                    "purpose": r.purpose,
                    "document": r.document,
                    "shared": json.loads(r.shared),
                    "withheld": json.loads(r.withheld),
                }
                for r in rows
            ]


def sharing_problem_for(bases: list[Basis], pupil: Pupil, team: Organisation | None, day: date) -> str | None:
    """A problem (in the language shown) when nothing at all may go to the Sociaal Team for an aanmelding."""
    if team is None or team.id is None:
        return None
    who = deciders(pupil.birth_date, pupil.guardians, day)
    if any(decide(bases, team.id, SOCIAL_TEAM_PURPOSE, c, day, who, str(team.kind)).allowed for c in CATEGORIES):
        return None
    return tr("Geen geldige grondslag (toestemming) om gegevens te delen met {team}.", team=team.name)


def bases_of_pupils(session, pupil_ids: list[int]) -> dict[int, list[Basis]]:
    """Every recorded basis of these pupils, in one query."""
    found: dict[int, list[Basis]] = {pid: [] for pid in pupil_ids}
    rows = list(
        session.scalars(
            select(m.LegalBasisRow)
            .where(m.LegalBasisRow.pupil_id.in_(pupil_ids))
            .order_by(m.LegalBasisRow.given_on, m.LegalBasisRow.id)
        )
    )
    for row, basis in zip(rows, signed_only(session, [_basis(r) for r in rows])):
        found[row.pupil_id].append(basis)
    return found


def signed_only(session, bases: list[Basis]) -> list[Basis]:
    """A consent recorded per person counts for the givers who signed it, and for no one else."""
    from dataclasses import replace

    from ibdesk.services.signatures import signed_givers

    per_person = [b.id for b in bases if b.id is not None and b.signature == PER_PERSON and b.decision == "gegeven"]
    signed = signed_givers(session, per_person)
    return [
        replace(b, givers=frozenset(g for g in b.givers if g in signed.get(b.id, set())))
        if b.id is not None and b.id in per_person
        else b
        for b in bases
    ]


def basis_from_answers(answers: dict) -> Basis:
    """Map the toestemming form onto a Basis (one decision by the people named)."""
    givers: set[str] = set()
    if answers.get("gegeven_door") in ("ouders", "leerling_en_ouders"):
        givers |= {f"guardian:{answers[k]}" for k in ("ouder", "tweede_ouder") if answers.get(k)}
    if answers.get("gegeven_door") in ("leerling", "leerling_en_ouders"):
        givers.add(PUPIL)
    withdrawn_by = None
    if answers.get("ingetrokken"):
        withdrawn_by = (
            PUPIL
            if answers.get("ingetrokken_door") == "leerling"
            else f"guardian:{answers.get('ingetrokken_door_ouder')}"
        )
    legal = answers.get("grondslag") == "wettelijke_taak"
    return Basis(
        kind="legal_task" if legal else "consent",
        recipient_id=int(answers["ontvanger"]),
        purpose=answers.get("doel_soort") or "",
        categories=frozenset(answers.get("categorieen") or []),
        given_on=parse_date(answers.get("datum") or date.today().isoformat(), "datum"),
        givers=frozenset(givers),
        decision=answers.get("beslissing") or "gegeven",
        valid_until=parse_date(answers.get("geldig_tot"), "geldig_tot", required=False),
        withdrawn_on=parse_date(answers.get("intrekking_datum"), "intrekking_datum", required=False)
        if answers.get("ingetrokken")
        else None,
        withdrawn_by=withdrawn_by,
        task=answers.get("wettelijke_taak") if legal else None,
        method=answers.get("wijze"),
        heard_by=answers.get("gehoord_door"),
    )


def _basis(row: m.LegalBasisRow) -> Basis:
    return Basis(
        kind=row.kind,
        recipient_id=row.recipient_id,
        purpose=row.purpose,
        categories=frozenset(json.loads(row.categories)),
        given_on=row.given_on,
        givers=frozenset(json.loads(row.givers)),
        decision=row.decision,
        valid_until=row.valid_until,
        withdrawn_on=row.withdrawn_on,
        withdrawn_by=row.withdrawn_by,
        task=row.task,
        method=row.method,
        heard_by=row.heard_by,
        id=row.id,
        signature=row.signature,
    )
