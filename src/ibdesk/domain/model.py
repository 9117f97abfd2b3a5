"""The core records: school, pupil and guardians, case, organisations and contacts.

Plain dataclasses with no Qt and no SQLAlchemy. `id` is None until stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ibdesk.i18n import mark, tr, tr_marked


class OrgKind(StrEnum):
    SOCIAAL_TEAM = "sociaal_team"
    SWV_LOKET = "swv_loket"
    SWV_CONSULTANT = "swv_consultant"
    JEUGDHULP = "jeugdhulp"
    JGZ = "jgz"
    LEERPLICHT = "leerplicht"
    SCHOOL = "school"  # another school: handovers, onderwijskundig rapport
    VEILIG_THUIS = "veilig_thuis"
    GI = "gecertificeerde_instelling"
    RAAD = "raad_kinderbescherming"

    @property
    def label(self) -> str:
        """The kind as a screen and the command line show it, in the language shown."""
        return tr_marked(ORG_KIND_LABELS[self])

    @property
    def document_label(self) -> str:
        """The Dutch kind a document states (PDF, stored record), whatever the language."""
        return ORG_KIND_LABELS[self]


# The Dutch labels, as documents state them (`OrgKind.document_label`); screens: `OrgKind.label`.
ORG_KIND_LABELS = {
    OrgKind.SOCIAAL_TEAM: mark("Sociaal Team"),
    OrgKind.SWV_LOKET: mark("Loket samenwerkingsverband"),
    OrgKind.SWV_CONSULTANT: mark("Consulent samenwerkingsverband"),
    OrgKind.JEUGDHULP: mark("Jeugdhulpaanbieder"),
    OrgKind.JGZ: mark("GGD / jeugdarts (JGZ)"),
    OrgKind.LEERPLICHT: mark("Leerplicht / RBL"),
    OrgKind.SCHOOL: mark("Andere school (overdracht)"),
    OrgKind.VEILIG_THUIS: mark("Veilig Thuis"),
    OrgKind.GI: mark("Gecertificeerde instelling (jeugdbescherming)"),
    OrgKind.RAAD: mark("Raad voor de Kinderbescherming"),
}


class CaseStatus(StrEnum):
    SIGNAL = "signaal"
    RUNNING = "lopend"
    REFERRED = "aangemeld"
    FOLLOW_UP = "opvolging"
    CLOSED = "gesloten"

    @property
    def label(self) -> str:
        """The status as the screen and the command line show it, in the language shown."""
        return case_status_label(self)

    @property
    def document_label(self) -> str:
        """The Dutch label a document states (PDF, stored record), whatever the language."""
        return CASE_STATUS_LABELS[self]


def case_status_label(status: CaseStatus) -> str:
    """CASE_STATUS_LABELS in the language shown (looked up when shown, never at import)."""
    return {
        CaseStatus.SIGNAL: tr("Signaal"),
        CaseStatus.RUNNING: tr("Lopend"),
        CaseStatus.REFERRED: tr("Aangemeld bij Sociaal Team"),
        CaseStatus.FOLLOW_UP: tr("Opvolging Sociaal Team"),
        CaseStatus.CLOSED: tr("Gesloten"),
    }[status]


# The Dutch labels: what documents say (`CaseStatus.document_label`).
CASE_STATUS_LABELS = {
    CaseStatus.SIGNAL: "Signaal",
    CaseStatus.RUNNING: "Lopend",
    CaseStatus.REFERRED: "Aangemeld bij Sociaal Team",
    CaseStatus.FOLLOW_UP: "Opvolging Sociaal Team",
    CaseStatus.CLOSED: "Gesloten",
}


@dataclass
class School:
    name: str
    municipality: str
    brin: str | None = None
    region: str | None = None
    route_id: str | None = None
    holiday_region: str | None = None  # None: follows the municipality (domain/holiday_regions.py)
    school_type: str | None = None  # po | vo | so (see domain/route_choice.py)
    id: int | None = None


@dataclass
class Guardian:
    name: str
    relation: str = "ouder"
    has_gezag: bool = True
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postcode: str | None = None
    id: int | None = None


def stored_id(record_id: int | None) -> int:
    """The id of a record read from the store (only a record not yet added has none)."""
    if record_id is None:
        raise ValueError("this record was never stored")
    return record_id


@dataclass
class Pupil:
    first_name: str
    last_name: str
    birth_date: date
    group: str
    school_id: int | None
    municipality: str
    bsn: str | None = None
    guardians: list[Guardian] = field(default_factory=list)
    enrolled_on: date | None = None
    left_on: date | None = None
    id: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def initials(self) -> str:
        """Initials only, for page headers that must not identify the pupil."""
        parts = [p for p in (self.first_name + " " + self.last_name).split() if p[:1].isupper()]
        return ".".join(p[0] for p in parts) + "." if parts else "?"


@dataclass
class Case:
    pupil_id: int
    help_question: str
    opened_on: date
    lead_name: str
    lead_role: str = "intern begeleider"
    status: CaseStatus = CaseStatus.SIGNAL
    closed_on: date | None = None
    route_id: str | None = None  # the routekaart variant this case follows
    route_version: int | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status is not CaseStatus.CLOSED


@dataclass
class Contact:
    name: str
    role: str
    phone: str | None = None
    email: str | None = None
    is_primary: bool = False
    is_escalation: bool = False
    mandate: str | None = None
    id: int | None = None


@dataclass
class Organisation:
    """An organisation around the school. `key` is the stable key an organisations file
    gives it (re-import matches on it); `active` False hides it from new choices while
    records that refer to it keep showing it."""

    kind: OrgKind
    name: str
    municipality: str | None = None
    phone: str | None = None
    email: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    address: str | None = None
    postcode: str | None = None
    place: str | None = None
    brin: str | None = None
    active: bool = True
    key: str | None = None
    id: int | None = None

    def primary_contact(self) -> Contact | None:
        return next((c for c in self.contacts if c.is_primary), None)

    def escalation_contact(self) -> Contact | None:
        return next((c for c in self.contacts if c.is_escalation), None)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: enough to show, nothing more."""

    case_id: int
    pupil_id: int
    pupil_name: str
    group: str
    status: CaseStatus
    opened_on: date
    lead_name: str
