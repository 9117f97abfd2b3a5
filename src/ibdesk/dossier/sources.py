"""What a document is made of, as plain records the service layer has already read from the
store (services/dossier_sources.py): the final forms, the names behind stored ids, the
school calendar, viewpoints, signatures, consent bases, action points, absence and
attachments. Nothing here reads the store: `dossier/` only turns these into documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ibdesk.dossier.answers import Directory

PARTICIPANTS = {
    "leerkracht": "leerkracht",
    "ib": "IB'er",
    "ouders": "ouders",
    "leerling": "leerling",
    "orthopedagoog_swv": "orthopedagoog SWV",
    "consulent_swv": "consulent SWV",
    "jeugdconsulent": "jeugdconsulent",
    "jgz": "JGZ",
    "leerplicht": "leerplicht",
    "directeur": "directeur",
    "mentor": "mentor",
    "vakdocenten": "vakdocenten",
    "teamleider": "teamleider",
    "zorgcoordinator": "zorgcoördinator",
    "smw": "schoolmaatschappelijk werk",
}
EXEMPTIONS = {
    "art5_onder_a": "Vrijstelling artikel 5 onder a (lichamelijk of psychisch niet geschikt)",
    "art5_onder_b": "Vrijstelling artikel 5 onder b (richting van de school)",
    "art5a": "Vrijstelling artikel 5a (trekkende bevolking)",
}


@dataclass(frozen=True)
class SavedAnswers:
    id: int
    form_id: str
    step_id: str | None
    definition: Any | None  # None when the definition version is missing
    answers: dict
    saved_at: datetime

    @property
    def title(self) -> str:
        return self.definition.title if self.definition is not None else self.form_id


@dataclass
class CaseSources:
    """Everything about one case a document draws on besides its overview, read once.

    `viewpoints` are (author, text, day); `signatures` those of the case, `pupil_signatures`
    those of the pupil (an attachment's scan may prove either); `bases` the case's consent
    bases; `action_points` every action point of the case (open or done); `absences` and
    `exemptions` the pupil's records, oldest first; `attachments` those of the case and of
    the pupil."""

    saved: list[SavedAnswers]
    people: Directory
    calendar: Any = None  # the school calendar; None when the region is unknown
    viewpoints: list = field(default_factory=list)
    signatures: list = field(default_factory=list)
    pupil_signatures: list = field(default_factory=list)
    bases: list = field(default_factory=list)
    action_points: list = field(default_factory=list)
    absences: list = field(default_factory=list)
    exemptions: list = field(default_factory=list)
    attachments: list = field(default_factory=list)


def latest(saved: list[SavedAnswers], form_id: str) -> SavedAnswers | None:
    return next((s for s in reversed(saved) if s.form_id == form_id and s.definition is not None), None)


def participants(keys) -> str:
    return ", ".join(PARTICIPANTS.get(k, k.replace("_", " ")) for k in keys)
