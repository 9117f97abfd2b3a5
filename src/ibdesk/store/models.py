"""SQLAlchemy models. Every change here needs an Alembic migration in migrations/versions.

The search index (an FTS5 table, `search_index`) is not modelled here: see store/search_index.py."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SchoolRow(Base):
    __tablename__ = "schools"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    brin: Mapped[str | None] = mapped_column(String(10))
    municipality: Mapped[str] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(200))
    route_id: Mapped[str | None] = mapped_column(String(100))
    holiday_region: Mapped[str | None] = mapped_column(String(20))
    school_type: Mapped[str | None] = mapped_column(String(10))


class PupilRow(Base):
    __tablename__ = "pupils"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id", ondelete="RESTRICT"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(150))
    birth_date: Mapped[date] = mapped_column(Date)
    group_name: Mapped[str] = mapped_column(String(30))
    municipality: Mapped[str] = mapped_column(String(100))
    bsn: Mapped[str | None] = mapped_column(String(9))
    enrolled_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    # Issue 17: the pupil's key in the school's administration, and the values the last import
    # wrote (JSON); only the import service writes these (services/pupil_import.py).
    administration_key: Mapped[str | None] = mapped_column(String(100), index=True)
    administration_values: Mapped[str | None] = mapped_column(Text)
    guardians: Mapped[list[GuardianRow]] = relationship(
        back_populates="pupil", cascade="all, delete-orphan", order_by="GuardianRow.id"
    )


class GuardianRow(Base):
    __tablename__ = "guardians"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(50))
    has_gezag: Mapped[bool] = mapped_column(Boolean)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(7))
    pupil: Mapped[PupilRow] = relationship(back_populates="guardians")


class OrganisationRow(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(7))
    place: Mapped[str | None] = mapped_column(String(100))
    brin: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    import_key: Mapped[str | None] = mapped_column(String(100), index=True, unique=True)
    contacts: Mapped[list[ContactRow]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="ContactRow.id"
    )


class ContactRow(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    is_escalation: Mapped[bool] = mapped_column(Boolean, default=False)
    mandate: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[OrganisationRow] = relationship(back_populates="contacts")


class CaseRow(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="RESTRICT"), index=True)
    help_question: Mapped[str] = mapped_column(Text)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    lead_name: Mapped[str] = mapped_column(String(200))
    lead_role: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), index=True)
    route_id: Mapped[str | None] = mapped_column(String(100))
    route_version: Mapped[int | None] = mapped_column(Integer)
    pupil: Mapped[PupilRow] = relationship()


class CaseEventRow(Base):
    """One change of a case's status (signaal, lopend, aangemeld, opvolging, gesloten, heropend)."""

    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200))
    move: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"), index=True)
    decision: Mapped[str | None] = mapped_column(String(30))
    due_on: Mapped[date | None] = mapped_column(Date)
    details: Mapped[str | None] = mapped_column(Text)


class AuditRow(Base):
    """Hash-chained: each row's hash covers its fields and the previous row's hash."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(50))
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditAnchor(Base):
    """The chain's head, so that cutting entries off the end is detected too."""

    __tablename__ = "audit_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)


FINAL, CONCEPT = "final", "concept"  # FormAnswerRow.status


class FormAnswerRow(Base):
    """A saved form, always with the id and version of the definition it was filled in with."""

    __tablename__ = "form_answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[str] = mapped_column(String(100), index=True)
    form_version: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str | None] = mapped_column(String(100))
    answers: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    saved_by: Mapped[str] = mapped_column(String(200))
    # "final" (complete, counts as evidence) or "concept" (incomplete, to be finished later)
    status: Mapped[str] = mapped_column(String(20), default="final", server_default="final")
    # only the route-step answers with the arrangement's start date (migration 0015; overview_sql.py)
    __table_args__ = (
        Index(
            "ix_form_answers_arrangement_start",
            "case_id",
            sqlite_where=text("step_id IS NOT NULL AND status = 'final' AND answers LIKE '%\"arr_startdatum\"%'"),
        ),
    )


class FormDraftRow(Base):
    """Work in progress, saved while typing so that a crash loses nothing."""

    __tablename__ = "form_drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    context: Mapped[str] = mapped_column(String(200), unique=True)
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[int] = mapped_column(Integer)
    answers: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class StepProgressRow(Base):
    __tablename__ = "step_progress"
    __table_args__ = (UniqueConstraint("case_id", "step_id", name="uq_step_progress_case_step"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    step_id: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20))
    started_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    participants: Mapped[str | None] = mapped_column(Text)  # JSON list


class AbsenceRow(Base):
    __tablename__ = "absences"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    first: Mapped[date] = mapped_column(Date)
    last: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float)
    authorised: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(Text)


class ExemptionRow(Base):
    __tablename__ = "exemptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    first: Mapped[date] = mapped_column(Date)
    last: Mapped[date | None] = mapped_column(Date)


class MeetingRow(Base):
    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(200))
    participants: Mapped[str] = mapped_column(Text)  # JSON list of {name, role}


class MeetingCaseRow(Base):
    __tablename__ = "meeting_cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(Text)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("form_answers.id", ondelete="SET NULL"))


class ActionPointRow(Base):
    __tablename__ = "action_points"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)


class LegalBasisRow(Base):
    """A recorded basis for sharing: a legal task, or one consent decision."""

    __tablename__ = "legal_bases"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    task: Mapped[str | None] = mapped_column(String(50))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"), index=True)
    purpose: Mapped[str] = mapped_column(String(50))
    categories: Mapped[str] = mapped_column(Text)  # JSON list
    givers: Mapped[str] = mapped_column(Text)  # JSON list of guardian:<id> / pupil
    decision: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(30))
    heard_by: Mapped[str | None] = mapped_column(String(200))
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_by: Mapped[str | None] = mapped_column(String(50))
    signature: Mapped[str | None] = mapped_column(Text)


class SharingLogRow(Base):
    """Every sharing: what, to whom, on which basis, for which purpose, when. Ids only."""

    __tablename__ = "sharing_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200))
    pupil_id: Mapped[int] = mapped_column(Integer, index=True)
    case_id: Mapped[int | None] = mapped_column(Integer)
    recipient_id: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(50))
    document: Mapped[str] = mapped_column(String(50))
    shared: Mapped[str] = mapped_column(Text)  # JSON: categories shared with their basis
    withheld: Mapped[str] = mapped_column(Text)  # JSON: categories left out
    # Hash chain (store/sharing_chain.py); a redacted row keeps its digest, not its content.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
    redacted: Mapped[bool] = mapped_column(Boolean, default=False)


class ViewpointRow(Base):
    """A parent's (or the pupil's) own view, added to a case; it travels with what is shared."""

    __tablename__ = "viewpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    added_on: Mapped[date] = mapped_column(Date)


class CaseFlagRow(Base):
    """A case marked urgent (spoed: the child's safety, or a crisis): it may take the doorbraak
    path to the Sociaal Team. Kept when cleared, for accountability."""

    __tablename__ = "case_flags"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "spoed"
    reason: Mapped[str] = mapped_column(String(30))  # veiligheid | crisis
    note: Mapped[str | None] = mapped_column(Text)
    set_on: Mapped[date] = mapped_column(Date)
    cleared_on: Mapped[date | None] = mapped_column(Date)


class AttachmentRow(Base):
    """A file (scan, report, letter) kept as bytes inside the encrypted store, never as a loose
    file. `category` is its privacy category: the export filter treats it like any other part."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(200))


class SignatureRow(Base):
    """One person's signature (or oral agreement) on one subject: a consent record, an OPP
    instemming, a hearing of the pupil. Paper signatures point at their scan."""

    __tablename__ = "signatures"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(30))  # consent | opp | hoorrecht | zienswijze | form
    subject_id: Mapped[int | None] = mapped_column(Integer)  # legal_bases.id / form_answers.id
    signer: Mapped[str] = mapped_column(String(50))  # guardian:<id> | pupil | staff
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100))
    signed_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(30))  # getekend_scherm | getekend_papier | mondeling
    decision: Mapped[str] = mapped_column(String(20))  # gegeven | geweigerd | gehoord
    statement: Mapped[str | None] = mapped_column(Text)  # what the person saw before signing (B1)
    strokes: Mapped[str | None] = mapped_column(Text)  # drawn on screen
    heard_by: Mapped[str | None] = mapped_column(String(200))
    meeting: Mapped[str | None] = mapped_column(String(200))
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="RESTRICT"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(200))


class NoteRow(Base):
    """A short dated note on a pupil (case_id None) or a case; edited only by its author."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    edited_at: Mapped[datetime | None] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)


class NoteHistoryRow(Base):
    """An earlier text of a note, kept when its author changed it."""

    __tablename__ = "note_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(DateTime)
    replaced_at: Mapped[datetime] = mapped_column(DateTime)
    replaced_by: Mapped[str] = mapped_column(String(200))
