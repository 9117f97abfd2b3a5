"""The cover of every case document: pupil, parents, school, recipient, sender, and the
legal basis of what is included. Identification needs its own basis."""

from __future__ import annotations

from dataclasses import dataclass, field

from ibdesk.domain.route import border_text
from ibdesk.domain.validation import format_phone
from ibdesk.dossier import categories as cat
from ibdesk.dossier.content import Sender, SharingPlan
from ibdesk.text.dates import long_date


@dataclass
class Cover:
    plan: SharingPlan
    sender: Sender
    initials: str
    pupil_rows: list[tuple[str, str]] = field(default_factory=list)
    guardian_rows: list[tuple[str, str]] = field(default_factory=list)
    school_rows: list[tuple[str, str]] = field(default_factory=list)
    recipient_rows: list[tuple[str, str]] = field(default_factory=list)
    border_note: str | None = None


def cover_for(plan: SharingPlan, overview, sender: Sender) -> Cover:
    pupil = overview.pupil
    return Cover(
        plan,
        sender,
        pupil.initials,
        _pupil_rows(plan, pupil),
        _guardian_rows(plan, pupil),
        school_rows(overview.school),
        recipient_rows(plan),
        _border_note(overview),
    )


def _pupil_rows(plan: SharingPlan, pupil) -> list[tuple[str, str]]:
    if not plan.take("Identificerende gegevens van de leerling", cat.IDENTIFICATION):
        return [("Leerling", pupil.initials)]
    rows = [
        ("Naam", pupil.full_name),
        ("Geboortedatum", long_date(pupil.birth_date)),
        ("Groep", pupil.group),
        ("Woongemeente", pupil.municipality),
    ]
    return rows + ([("BSN", pupil.bsn)] if pupil.bsn else [])


def _guardian_rows(plan: SharingPlan, pupil) -> list[tuple[str, str]]:
    if not plan.allows(cat.IDENTIFICATION):
        return []
    return [
        (
            f"{g.relation.capitalize()}{' (gezag)' if g.has_gezag else ' (geen gezag)'}",
            "  ·  ".join(filter(None, [g.name, format_phone(g.phone), g.email])),
        )
        for g in pupil.guardians
    ]


def school_rows(school) -> list[tuple[str, str]]:
    if school is None:
        return []
    rows = [("School", school.name), ("Gemeente", school.municipality)]
    rows += [("BRIN", school.brin)] if school.brin else []
    return rows + ([("Samenwerkingsverband", school.region)] if school.region else [])


def recipient_rows(plan: SharingPlan) -> list[tuple[str, str]]:
    org = plan.recipient
    if org is None:
        return []
    rows = [("Organisatie", org.name)]
    contact = org.primary_contact()
    if contact:
        rows.append(("Contactpersoon", f"{contact.name}, {contact.role}"))
    address = ", ".join(filter(None, [org.address, " ".join(filter(None, [org.postcode, org.place]))]))
    rows += [("Adres", address)] if address else []
    rows += [("Telefoon", format_phone(org.phone))] if org.phone else []
    return rows


def _border_note(overview) -> str | None:
    teams = overview.teams
    if not teams.crosses_border:
        return None
    return border_text(teams.residence_municipality, teams.school_municipality)
