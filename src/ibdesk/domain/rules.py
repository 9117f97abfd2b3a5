"""Checks that turn a typed record into a valid one, collecting every problem at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar, overload

from ibdesk.domain import validation as v
from ibdesk.domain.holiday_regions import check_region
from ibdesk.domain.model import Case, Contact, Guardian, Organisation, OrgKind, Pupil, School
from ibdesk.domain.organisations import parse_kind
from ibdesk.domain.route_choice import school_type as parse_school_type
from ibdesk.errors import InvalidRecord, ValidationError
from ibdesk.i18n import tr
from ibdesk.text.dates import parse_date

T = TypeVar("T")
D = TypeVar("D")


class _Collector:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    @overload
    def take(self, check: Callable[[], T]) -> T | None: ...
    @overload
    def take(self, check: Callable[[], T], default: D) -> T | D: ...
    def take(self, check: Callable[[], object], default: object = None) -> object:
        """The checked value, or `default` after recording the check's message."""
        try:
            return check()
        except ValidationError as exc:
            self.errors.setdefault(exc.field or "?", str(exc))
            return default

    def raise_if_any(self) -> None:
        if self.errors:
            raise InvalidRecord(self.errors)


def clean_school(school: School) -> School:
    c = _Collector()
    school.name = c.take(lambda: v.require_text(school.name, "naam", tr("De naam van de school")), "")
    school.municipality = c.take(
        lambda: v.require_text(school.municipality, "gemeente", tr("De gemeente van de school")), ""
    )
    school.brin = c.take(lambda: v.validate_brin(school.brin))
    school.school_type = c.take(lambda: _school_type(school.school_type))
    try:
        school.holiday_region = check_region(school.holiday_region)
    except ValueError as exc:
        c.errors["vakantieregio"] = str(exc)
    c.raise_if_any()
    return school


def _school_type(text: str | None) -> str | None:
    kind = parse_school_type(text)
    return str(kind) if kind else None


def clean_guardian(g: Guardian, index: int, c: _Collector) -> None:
    prefix = f"ouder{index + 1}."
    g.name = c.take(
        lambda: v.require_text(g.name, prefix + "naam", tr("Naam van ouder/verzorger {number}", number=index + 1)), ""
    )
    g.phone = c.take(lambda: v.validate_phone(g.phone, prefix + "telefoon"))
    g.email = c.take(lambda: v.validate_email(g.email, prefix + "e-mail"))
    g.postcode = c.take(lambda: v.validate_postcode(g.postcode, prefix + "postcode"))


def clean_pupil(pupil: Pupil, today: date) -> Pupil:
    c = _Collector()
    pupil.first_name = c.take(lambda: v.require_text(pupil.first_name, "voornaam", tr("De voornaam")), "")
    pupil.last_name = c.take(lambda: v.require_text(pupil.last_name, "achternaam", tr("De achternaam")), "")
    pupil.birth_date = c.take(lambda: v.validate_birth_date(pupil.birth_date, today), pupil.birth_date)
    pupil.group = c.take(lambda: v.require_text(pupil.group, "groep", tr("Groep of klas")), "")
    pupil.municipality = c.take(lambda: v.require_text(pupil.municipality, "woongemeente", tr("De woongemeente")), "")
    pupil.bsn = c.take(lambda: v.validate_bsn(pupil.bsn))
    pupil.enrolled_on = c.take(lambda: parse_date(pupil.enrolled_on, "ingeschreven", required=False))
    pupil.left_on = c.take(lambda: parse_date(pupil.left_on, "uitgeschreven", required=False))
    if pupil.enrolled_on and pupil.left_on and pupil.left_on < pupil.enrolled_on:
        c.errors["uitgeschreven"] = tr("De datum van uitschrijving ligt vóór de inschrijving.")
    for index, guardian in enumerate(pupil.guardians):
        clean_guardian(guardian, index, c)
    c.raise_if_any()
    return pupil


def clean_case(case: Case, today: date) -> Case:
    c = _Collector()
    case.help_question = c.take(lambda: v.require_text(case.help_question, "hulpvraag", tr("De hulpvraag")), "")
    case.lead_name = c.take(lambda: v.require_text(case.lead_name, "regie", tr("Wie de regie heeft")), "")
    case.opened_on = c.take(lambda: parse_date(case.opened_on, "geopend"), case.opened_on)
    case.closed_on = c.take(lambda: parse_date(case.closed_on, "gesloten", required=False))
    if isinstance(case.opened_on, date) and case.opened_on > today:
        c.errors["geopend"] = tr("De openingsdatum ligt in de toekomst.")
    if case.closed_on and isinstance(case.opened_on, date) and case.closed_on < case.opened_on:
        c.errors["gesloten"] = tr("De sluitdatum ligt vóór de openingsdatum.")
    c.raise_if_any()
    return case


def clean_organisation(org: Organisation) -> Organisation:
    """Kind, name and the facts people type; a Sociaal Team belongs to a municipality (the
    export finds the team of the pupil's municipality); one primary and at most one
    escalation person, whose mandate is described (opschalingsmodel, seed 004)."""
    c = _Collector()
    org.kind = c.take(lambda: parse_kind(org.kind), org.kind)
    org.name = c.take(lambda: v.require_text(org.name, "naam", tr("De naam van de organisatie")), "")
    org.municipality = (org.municipality or "").strip() or None
    if org.kind is OrgKind.SOCIAAL_TEAM and not org.municipality:
        c.errors["gemeente"] = tr("Een Sociaal Team hoort bij een gemeente: vul de gemeente in.")
    org.address, org.place = (org.address or "").strip() or None, (org.place or "").strip() or None
    org.key = (org.key or "").strip() or None
    org.postcode = c.take(lambda: v.validate_postcode(org.postcode))
    org.phone = c.take(lambda: v.validate_phone(org.phone))
    org.email = c.take(lambda: v.validate_email(org.email))
    org.brin = c.take(lambda: v.validate_brin(org.brin))
    for key, value, limit in (
        ("naam", org.name, 200),
        ("gemeente", org.municipality, 100),
        ("adres", org.address, 200),
        ("plaats", org.place, 100),
        ("sleutel", org.key, 100),
    ):
        if value and len(value) > limit:
            c.errors.setdefault(key, tr("Dit is te lang: hoogstens {limit} tekens.", limit=limit))
    for index, contact in enumerate(org.contacts):
        clean_contact(contact, index, c)
    _check_roles(org, c)
    c.raise_if_any()
    return org


def _check_roles(org: Organisation, c: _Collector) -> None:
    primaries = [x for x in org.contacts if x.is_primary]
    escalations = [x for x in org.contacts if x.is_escalation]
    if org.contacts and not primaries:
        c.errors["contactpersoon"] = tr("Wijs een vaste contactpersoon aan.")
    if len(primaries) > 1:
        c.errors["contactpersoon"] = tr("Wijs één vaste contactpersoon aan, niet meer.")
    if len(escalations) > 1:
        c.errors["opschalen"] = tr("Wijs één persoon aan om naar op te schalen, niet meer.")
    for index, contact in enumerate(org.contacts):
        if contact.is_escalation and not (contact.mandate or "").strip():
            c.errors[f"contact{index + 1}.mandaat"] = tr(
                "Beschrijf het mandaat van {name}: wat mag hij of zij beslissen als het vastloopt?",
                name=contact.name or tr("deze persoon"),
            )


def clean_contact(contact: Contact, index: int, c: _Collector) -> None:
    prefix = f"contact{index + 1}."
    contact.name = c.take(lambda: v.require_text(contact.name, prefix + "naam", tr("Naam contactpersoon")), "")
    contact.role = (contact.role or "").strip()
    contact.mandate = (contact.mandate or "").strip() or None
    contact.phone = c.take(lambda: v.validate_phone(contact.phone, prefix + "telefoon"))
    contact.email = c.take(lambda: v.validate_email(contact.email, prefix + "e-mail"))
