"""Attachments (services/attachments.py) in a document: each one passes the sharing plan by
its category like any other part of the dossier. One that may go is listed (title, kind of
data, date, who added it) and its file travels inside the signed PDF as an embedded file,
so the receiver gets the scan or report itself. One that may not go is only counted under
its category in 'Niet gedeeld — geen grondslag': never its title, never its bytes.

The scan of a signed consent (category ``consent``) is part of the basis it proves: it goes
with a document whose consent overview shows that basis (same recipient and purpose), the
scan of an OPP signature goes where the OPP may go, and an unlinked one is withheld.

An embedded file is named by the app (``bijlage-<n>.<ext>``), never by the user's file
name: that name could carry the pupil's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from ibdesk.dossier import categories as cat
from ibdesk.dossier.content import SharingPlan
from ibdesk.text.dates import short_date

SIGNATURE_CATEGORY = {"opp": "opp", "hoorrecht": "opp", "zienswijze": cat.VIEWPOINTS}
HEADER = ["Bijlage", "Soort gegevens", "Toegevoegd", "Door", "Bestand in deze PDF"]
WIDTHS = [0.3, 0.2, 0.12, 0.2, 0.18]


@dataclass(frozen=True)
class SharedFile:
    """An attachment that goes into the document, with the name it has inside the PDF."""

    attachment_id: int
    title: str
    category: str  # Dutch label
    added_on: str
    added_by: str
    embedded_name: str
    media_type: str

    def row(self) -> list[str]:
        return [self.title, self.category, self.added_on, self.added_by, self.embedded_name]


def sharing_category(attachment, plan: SharingPlan, signatures, bases) -> str | None:
    """The sharing category an attachment is judged by (None = travels with the basis)."""
    if attachment.category != cat.CONSENT_SCAN:
        return attachment.category
    recipient_id = plan.recipient.id if plan.recipient else None
    shown = {b.id for b in bases if b.recipient_id == recipient_id and b.purpose == plan.purpose}
    for s in signatures:
        if s.attachment_id != attachment.id:
            continue
        if s.subject == "consent" and s.subject_id in shown:
            return cat.METADATA
        if s.subject in SIGNATURE_CATEGORY:
            return SIGNATURE_CATEGORY[s.subject]
    return cat.CONSENT_SCAN


def case_files(plan: SharingPlan, attachments, signatures, bases) -> list[SharedFile]:
    """The attachments of the case and of the pupil that `plan` lets through; the others are
    recorded in the plan as left out (counted per category in the document). `signatures`
    are the pupil's, `bases` the case's consent bases (a scan travels with what it proves)."""
    shared: list[SharedFile] = []
    for a in attachments:
        if plan.take(f"Bijlage: {a.title}", sharing_category(a, plan, signatures, bases)):
            shared.append(_shared(a, len(shared) + 1))
    return shared


def all_files(attachments) -> list[SharedFile]:
    """Every attachment of the pupil and its cases (the inzage: nothing is filtered)."""
    return [_shared(a, i + 1) for i, a in enumerate(attachments)]


def _shared(a, number: int) -> SharedFile:
    suffix = a.suffix if a.suffix[1:].isalnum() else ""
    return SharedFile(
        a.id,
        a.title,
        cat.label(a.category),
        short_date(a.added_at.date()),
        a.added_by,
        f"bijlage-{number}{suffix}",
        a.media_type,
    )
