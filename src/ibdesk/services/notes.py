"""Short dated notes on a pupil or a case: who wrote them and when. Only the author may change
a note, and every earlier text is kept (table `note_history`), so the notes stay a record.

Notes are internal working notes of the school: they are in the parents' inzage (everything
held), never in a document for another organisation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ibdesk.errors import InvalidRecord, NotFoundError, UserError
from ibdesk.i18n import tr
from ibdesk.store import models as m
from ibdesk.store.profile import Store

MAX_LENGTH = 2000


@dataclass(frozen=True)
class NoteVersion:
    text: str
    written_at: datetime
    replaced_at: datetime
    replaced_by: str


@dataclass(frozen=True)
class Note:
    id: int
    pupil_id: int
    case_id: int | None
    author: str
    created_at: datetime
    edited_at: datetime | None
    text: str
    history: tuple[NoteVersion, ...] = ()

    @property
    def last_written(self) -> datetime:
        return self.edited_at or self.created_at


class NoteService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store, self.today = store, today

    def add(self, pupil_id: int, text: str, case_id: int | None = None) -> Note:
        text = _checked(text)
        with self.store.session() as s:
            if s.get(m.PupilRow, pupil_id) is None:
                raise NotFoundError(tr("Leerling {pupil_id} bestaat niet.", pupil_id=pupil_id))
            if case_id is not None and s.get(m.CaseRow, case_id) is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            row = m.NoteRow(
                pupil_id=pupil_id, case_id=case_id, author=self.store.actor_in(s), created_at=datetime.now(), text=text
            )
            s.add(row)
            s.flush()
            self.store.audit(s, "create", "note", row.id, f"pupil={pupil_id} case={case_id}")
            return _note(row, [])

    def edit(self, note_id: int, text: str) -> Note:
        """Only the author changes a note; the text it had is kept in the history."""
        text = _checked(text)
        with self.store.session() as s:
            row = s.get(m.NoteRow, note_id)
            if row is None:
                raise NotFoundError(tr("Notitie {note_id} bestaat niet (meer).", note_id=note_id))
            me = self.store.actor_in(s)
            if row.author != me:
                raise UserError(
                    tr(
                        "Alleen {author} kan deze notitie wijzigen. Voeg zelf een nieuwe notitie toe.",
                        author=row.author,
                    )
                )
            if text == row.text:
                return _note(row, self._history(s, note_id))
            now = datetime.now()
            s.add(
                m.NoteHistoryRow(
                    note_id=note_id,
                    text=row.text,
                    written_at=row.edited_at or row.created_at,
                    replaced_at=now,
                    replaced_by=me,
                )
            )
            row.text, row.edited_at = text, now
            self.store.audit(s, "edit", "note", note_id)
            s.flush()
            return _note(row, self._history(s, note_id))

    def notes(self, pupil_id: int, case_id: int | None = None) -> list[Note]:
        """Newest first: of the case (and of the pupil itself) when `case_id` is given, else all."""
        query = select(m.NoteRow).where(m.NoteRow.pupil_id == pupil_id)
        if case_id is not None:
            query = query.where((m.NoteRow.case_id == case_id) | m.NoteRow.case_id.is_(None))
        with self.store.session() as s:
            rows = list(s.scalars(query.order_by(m.NoteRow.created_at.desc(), m.NoteRow.id.desc())))
            return [_note(r, self._history(s, r.id)) for r in rows]

    def may_edit(self, note: Note) -> bool:
        return note.author == self.store.actor

    @staticmethod
    def _history(session, note_id: int) -> list[m.NoteHistoryRow]:
        return list(
            session.scalars(
                select(m.NoteHistoryRow).where(m.NoteHistoryRow.note_id == note_id).order_by(m.NoteHistoryRow.id)
            )
        )


def _checked(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidRecord({"notitie": tr("Schrijf eerst iets in de notitie.")})
    if len(text) > MAX_LENGTH:
        raise InvalidRecord(
            {
                "notitie": tr(
                    "Een notitie is kort: hooguit {max} tekens (nu {length}). Zet een langer stuk in een "
                    "formulier of voeg het toe als bijlage.",
                    max=MAX_LENGTH,
                    length=len(text),
                )
            }
        )
    return text


def _note(row: m.NoteRow, history: list[m.NoteHistoryRow]) -> Note:
    return Note(
        row.id,
        row.pupil_id,
        row.case_id,
        row.author,
        row.created_at,
        row.edited_at,
        row.text,
        tuple(NoteVersion(h.text, h.written_at, h.replaced_at, h.replaced_by) for h in history),
    )
