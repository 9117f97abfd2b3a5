"""Recording signatures, one per person (domain/signatures.py): on screen after the statement,
on paper with the scan attached (kept encrypted in the store, services/attachments.py), or
orally in a meeting. A consent recorded per person counts only for those who signed
(services/consent.py reads `signed_givers`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ibdesk.domain.consent import CATEGORIES, PURPOSES
from ibdesk.domain.signatures import PAPER, Signature, Signer, problems, still_to_sign, who_must_sign
from ibdesk.domain.statements import consent_statement, hearing_statement, opp_statement, view_statement
from ibdesk.errors import InvalidRecord, NotFoundError
from ibdesk.i18n import tr
from ibdesk.services import convert
from ibdesk.services.attachments import AttachmentService
from ibdesk.store import models as m
from ibdesk.store.profile import Store
from ibdesk.text.dates import short_date


class SignatureService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store, self.today = store, today

    # -- who, and what they read --------------------------------------------------------------
    def required(self, case_id: int, subject: str) -> list[Signer]:
        pupil = self._pupil(case_id)
        return who_must_sign(subject, pupil.full_name, pupil.birth_date, pupil.guardians, self.today())

    def still_needed(self, case_id: int, subject: str, subject_id: int | None) -> list[Signer]:
        return still_to_sign(self.required(case_id, subject), self.signatures(case_id, subject, subject_id))

    def consent_statement(self, case_id: int, basis_id: int, signer: Signer) -> str:
        """What `signer` agrees to with consent record `basis_id`, in plain Dutch."""
        with self.store.session() as s:
            basis = s.get(m.LegalBasisRow, basis_id)
            if basis is None:
                raise NotFoundError(tr("Toestemming {basis_id} bestaat niet (meer).", basis_id=basis_id))
            recipient = s.get(m.OrganisationRow, basis.recipient_id)
            school = s.scalars(select(m.SchoolRow).order_by(m.SchoolRow.id)).first()
            categories = [CATEGORIES[c] for c in CATEGORIES if c in json.loads(basis.categories)]
            purpose, until = PURPOSES.get(basis.purpose, basis.purpose), basis.valid_until
        pupil = self._pupil(case_id)
        return consent_statement(
            signer.name,
            school.name if school else "de school",
            pupil.first_name,
            recipient.name if recipient else "de ontvanger",
            purpose,
            categories,
            until,
            own=signer.key == "pupil",
        )

    def opp_statement(self, case_id: int, signer: Signer, drawn_up: date | None, agree: bool = True) -> str:
        return opp_statement(
            signer.name, self._pupil(case_id).first_name, drawn_up, own=signer.key == "pupil", agree=agree
        )

    def hearing_statement(self, signer: Signer, about: str) -> str:
        return hearing_statement(signer.name, about)

    def view_statement(self, signer: Signer, about: str, words: str | None) -> str:
        return view_statement(signer.name, about, words)

    # -- recording ----------------------------------------------------------------------------
    def record(self, case_id: int, signature: Signature) -> int:
        errors = problems(signature, self.today())
        if errors:
            raise InvalidRecord(errors)
        pupil = self._pupil(case_id)
        with self.store.session() as s:
            if signature.attachment_id is not None:
                scan = s.get(m.AttachmentRow, signature.attachment_id)
                if scan is None or scan.pupil_id != pupil.id:
                    raise InvalidRecord({"scan": tr("De scan hoort niet bij deze leerling.")})
            row = m.SignatureRow(
                pupil_id=pupil.id,
                case_id=case_id,
                subject=signature.subject,
                subject_id=signature.subject_id,
                signer=signature.signer,
                name=signature.name.strip(),
                role=signature.role.strip(),
                signed_on=signature.signed_on,
                method=signature.method,
                decision=signature.decision,
                statement=signature.statement,
                strokes=signature.strokes,
                heard_by=signature.heard_by,
                meeting=signature.meeting,
                attachment_id=signature.attachment_id,
                recorded_at=datetime.now(),
                recorded_by=self.store.actor_in(s),
            )
            s.add(row)
            s.flush()
            self.store.audit(
                s,
                "sign",
                "signature",
                row.id,
                f"case={case_id} subject={signature.subject}:{signature.subject_id} method={signature.method}",
            )
            return row.id

    def record_paper(self, case_id: int, signature: Signature, scan: Path | bytes, file_name: str | None = None) -> int:
        """Signed on paper: the scan becomes an attachment (category consent: it travels with
        the basis it proves), then the signature points at it."""
        attachments = AttachmentService(self.store, self.today)
        pupil = self._pupil(case_id)
        title = f"Getekend op papier: {signature.name} ({short_date(signature.signed_on)})"
        added = attachments.add(pupil.id, scan, title, "scan", "consent", case_id, file_name)
        return self.record(case_id, Signature(**{**signature.__dict__, "method": PAPER, "attachment_id": added.id}))

    # -- reading -------------------------------------------------------------------------------
    def signatures(
        self,
        case_id: int | None = None,
        subject: str | None = None,
        subject_id: int | None = None,
        pupil_id: int | None = None,
    ) -> list[Signature]:
        query = select(m.SignatureRow)
        if case_id is not None:
            query = query.where(m.SignatureRow.case_id == case_id)
        if pupil_id is not None:
            query = query.where(m.SignatureRow.pupil_id == pupil_id)
        if subject is not None:
            query = query.where(m.SignatureRow.subject == subject)
        if subject_id is not None:
            query = query.where(m.SignatureRow.subject_id == subject_id)
        with self.store.session() as s:
            return [signature_of(r) for r in s.scalars(query.order_by(m.SignatureRow.signed_on, m.SignatureRow.id))]

    def _pupil(self, case_id: int):
        with self.store.session() as s:
            row = s.get(m.CaseRow, case_id)
            if row is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            return convert.pupil_from_row(row.pupil)


def signature_of(row: m.SignatureRow) -> Signature:
    return Signature(
        row.subject,
        row.subject_id,
        row.signer,
        row.name,
        row.role,
        row.signed_on,
        row.method,
        row.decision,
        row.statement,
        row.strokes,
        row.heard_by,
        row.meeting,
        row.attachment_id,
        row.id,
    )


def signed_givers(session, basis_ids: list[int]) -> dict[int, set[str]]:
    """Per consent record, who signed (gave) it."""
    found: dict[int, set[str]] = {}
    if not basis_ids:
        return found
    rows = session.execute(
        select(m.SignatureRow.subject_id, m.SignatureRow.signer).where(
            m.SignatureRow.subject == "consent",
            m.SignatureRow.subject_id.in_(basis_ids),
            m.SignatureRow.decision == "gegeven",
        )
    )
    for basis_id, signer in rows:
        found.setdefault(basis_id, set()).add(signer)
    return found
