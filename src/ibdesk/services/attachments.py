"""Attachments of a pupil or a case: a scan of a signed form, a report from the jeugdarts, a
letter. The bytes live in the encrypted store (table `attachments`), never as a loose file.

To open one, ibdesk writes a temporary copy into one private folder in the OS temp folder
(`ibdesk-bijlagen-<profile>`; file names carry no names, only `bijlage-<id>`), which is
removed when the profile closes and again when it opens (after a crash). Each attachment has
a privacy category, so an export includes it or lists it as withheld like any other part.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ibdesk.domain.consent import CATEGORIES
from ibdesk.errors import InvalidRecord, NotFoundError, UserError
from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.store import models as m
from ibdesk.store.maintenance import open_folder
from ibdesk.store.profile import Store
from ibdesk.text.numbers import file_size

MAX_BYTES = 20 * 1024 * 1024
# Dutch as stored data; a screen shows them through `tr_marked` (Attachment.kind_label).
KINDS = {
    "scan": mark("Scan van een ondertekend formulier"),
    "jeugdarts": mark("Verslag van de jeugdarts (JGZ)"),
    "onderzoek": mark("Onderzoeksverslag"),
    "brief": mark("Brief"),
    "anders": mark("Anders"),
}
CONSENT = "consent"  # the scan of a signed consent: travels with the basis it proves (dossier/attachment_content.py)
ATTACHMENT_CATEGORIES = {**CATEGORIES, CONSENT: mark("Toestemming en handtekeningen")}
DEFAULT_CATEGORY = {
    "scan": CONSENT,
    "jeugdarts": "health",
    "onderzoek": "health",
    "brief": "support_history",
    "anders": "support_history",
}


@dataclass(frozen=True)
class Attachment:
    id: int
    pupil_id: int
    case_id: int | None
    title: str
    kind: str
    category: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str

    @property
    def kind_label(self) -> str:
        """The kind in the language shown."""
        return tr_marked(KINDS.get(self.kind, self.kind))

    @property
    def category_label(self) -> str:
        """The privacy category in the language shown."""
        return tr_marked(ATTACHMENT_CATEGORIES.get(self.category, self.category))

    @property
    def suffix(self) -> str:
        return Path(self.file_name).suffix.lower()[:10]


class AttachmentService:
    def __init__(self, store: Store, today: Callable[[], date] = date.today):
        self.store, self.today = store, today

    # -- adding ---------------------------------------------------------------------------
    def add(
        self,
        pupil_id: int,
        source: Path | bytes,
        title: str,
        kind: str,
        category: str | None = None,
        case_id: int | None = None,
        file_name: str | None = None,
    ) -> Attachment:
        """Store a file (read whole, within the limit) with its title, kind and privacy category."""
        data, name = self._read(source, file_name)
        category = category or DEFAULT_CATEGORY.get(kind, "support_history")
        errors = {}
        if len((title or "").strip()) < 2:
            errors["titel"] = tr("Geef de bijlage een korte titel, bijvoorbeeld 'Verslag jeugdarts maart'.")
        if kind not in KINDS:
            errors["soort"] = tr("Kies wat voor bijlage het is.")
        if category not in ATTACHMENT_CATEGORIES:
            errors["categorie"] = tr("Kies de soort gegevens: die bepaalt met wie de bijlage gedeeld mag worden.")
        if errors:
            raise InvalidRecord(errors)
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.store.session() as s:
            if s.get(m.PupilRow, pupil_id) is None:
                raise NotFoundError(tr("Leerling {pupil_id} bestaat niet.", pupil_id=pupil_id))
            if case_id is not None and s.get(m.CaseRow, case_id) is None:
                raise NotFoundError(tr("Casus {case_id} bestaat niet.", case_id=case_id))
            row = m.AttachmentRow(
                pupil_id=pupil_id,
                case_id=case_id,
                title=title.strip()[:200],
                kind=kind,
                category=category,
                file_name=name[:255],
                media_type=media,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                added_at=datetime.now(),
                added_by=self.store.actor_in(s),
            )
            s.add(row)
            s.flush()
            self.store.audit(s, "create", "attachment", row.id, f"pupil={pupil_id} case={case_id} size={len(data)}")
            return _attachment(row)

    @staticmethod
    def _read(source: Path | bytes, file_name: str | None) -> tuple[bytes, str]:
        if isinstance(source, (bytes, bytearray)):
            data, name = bytes(source), file_name or "bijlage"
        else:
            path = Path(source)
            try:
                size = path.stat().st_size
            except OSError:
                raise UserError(tr("Het bestand {path} kan niet worden gelezen.", path=path)) from None
            _check_size(size)
            try:
                data = path.read_bytes()
            except OSError:
                raise UserError(tr("Het bestand {path} kan niet worden gelezen.", path=path)) from None
            name = file_name or path.name
        _check_size(len(data))
        if not data:
            raise UserError(tr("Het bestand is leeg; kies het juiste bestand."))
        return data, name

    # -- reading ----------------------------------------------------------------------------
    def attachments(self, pupil_id: int, case_id: int | None = None, with_pupil: bool = True) -> list[Attachment]:
        """Of a case (and, with `with_pupil`, those of the pupil itself); of the pupil when
        `case_id` is None (everything, also of its cases)."""
        query = select(m.AttachmentRow).where(m.AttachmentRow.pupil_id == pupil_id)
        if case_id is not None:
            wanted = m.AttachmentRow.case_id == case_id
            query = query.where(wanted | m.AttachmentRow.case_id.is_(None) if with_pupil else wanted)
        with self.store.session() as s:
            return [_attachment(r) for r in s.scalars(query.order_by(m.AttachmentRow.added_at, m.AttachmentRow.id))]

    def data(self, attachment_id: int) -> bytes:
        with self.store.session() as s:
            row = s.get(m.AttachmentRow, attachment_id)
            if row is None:
                raise NotFoundError(tr("Bijlage {attachment_id} bestaat niet (meer).", attachment_id=attachment_id))
            return bytes(row.data)

    def open_copy(self, attachment_id: int) -> Path:
        """A temporary copy to open in another program; removed when ibdesk closes."""
        with self.store.session() as s:
            row = s.get(m.AttachmentRow, attachment_id)
            if row is None:
                raise NotFoundError(tr("Bijlage {attachment_id} bestaat niet (meer).", attachment_id=attachment_id))
            data, suffix = bytes(row.data), Path(row.file_name).suffix.lower()[:10]
            self.store.audit(s, "open", "attachment", attachment_id)
        folder = open_folder(self.store.keyfile.profile_id)
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder / f"bijlage-{attachment_id}{suffix}"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise UserError(
                tr(
                    "De bijlage kan niet worden geopend: de tijdelijke map is niet beschrijfbaar ({strerror}).",
                    strerror=exc.strerror,
                )
            ) from None
        return path

    def delete(self, attachment_id: int) -> None:
        """Remove an attachment, unless a signature rests on it (the scan of a paper signature)."""
        with self.store.session() as s:
            row = s.get(m.AttachmentRow, attachment_id)
            if row is None:
                raise NotFoundError(tr("Bijlage {attachment_id} bestaat niet (meer).", attachment_id=attachment_id))
            used = s.scalars(select(m.SignatureRow.id).where(m.SignatureRow.attachment_id == attachment_id)).first()
            if used is not None:
                raise UserError(tr("Deze scan hoort bij een vastgelegde handtekening op papier en blijft bewaard."))
            s.delete(row)
            self.store.audit(s, "delete", "attachment", attachment_id)


def _check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise UserError(
            tr(
                "Het bestand is {file_size}; ibdesk bewaart bijlagen tot {limit}. Verklein het (bijvoorbeeld "
                "een scan in zwart-wit of met een lagere resolutie) en probeer het opnieuw.",
                file_size=file_size(size),
                limit=file_size(MAX_BYTES),
            )
        )


def _attachment(row: m.AttachmentRow) -> Attachment:
    return Attachment(
        row.id,
        row.pupil_id,
        row.case_id,
        row.title,
        row.kind,
        row.category,
        row.file_name,
        row.media_type,
        row.size,
        row.sha256,
        row.added_at,
        row.added_by,
    )
