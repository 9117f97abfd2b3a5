"""Checks that turn a typed record into a valid one, collecting every problem at once."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ibdesk.domain import validation as v
from ibdesk.domain.holiday_regions import check_region
from ibdesk.domain.model import Case, Contact, Guardian, Organisation, Pupil, School
from ibdesk.errors import InvalidRecord, ValidationError


class _Collector:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def take(self, check: Callable[[], object], default: object = None) -> object:
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
    school.name = c.take(lambda: v.require_text(school.name, "naam", "De naam van de school"), "")
    school.municipality = c.take(
        lambda: v.require_text(school.municipality, "gemeente", "De gemeente van de school"), "")
    school.brin = c.take(lambda: v.validate_brin(school.brin))
    try:
        school.holiday_region = check_region(school.holiday_region)
    except ValueError as exc:
        c.errors["vakantieregio"] = str(exc)
    c.raise_if_any()
    return school


def clean_guardian(g: Guardian, index: int, c: _Collector) -> None:
    prefix = f"ouder{index + 1}."
    g.name = c.take(lambda: v.require_text(g.name, prefix + "naam", f"Naam van ouder/verzorger {index + 1}"), "")
    g.phone = c.take(lambda: v.validate_phone(g.phone, prefix + "telefoon"))
    g.email = c.take(lambda: v.validate_email(g.email, prefix + "e-mail"))
    g.postcode = c.take(lambda: v.validate_postcode(g.postcode, prefix + "postcode"))


def clean_pupil(pupil: Pupil, today: date) -> Pupil:
    c = _Collector()
    pupil.first_name = c.take(lambda: v.require_text(pupil.first_name, "voornaam", "De voornaam"), "")
    pupil.last_name = c.take(lambda: v.require_text(pupil.last_name, "achternaam", "De achternaam"), "")
    pupil.birth_date = c.take(lambda: v.validate_birth_date(pupil.birth_date, today), pupil.birth_date)
    pupil.group = c.take(lambda: v.require_text(pupil.group, "groep", "Groep of klas"), "")
    pupil.municipality = c.take(
        lambda: v.require_text(pupil.municipality, "woongemeente", "De woongemeente"), "")
    pupil.bsn = c.take(lambda: v.validate_bsn(pupil.bsn))
    pupil.enrolled_on = c.take(lambda: v.parse_date(pupil.enrolled_on, "ingeschreven", required=False))
    pupil.left_on = c.take(lambda: v.parse_date(pupil.left_on, "uitgeschreven", required=False))
    if pupil.enrolled_on and pupil.left_on and pupil.left_on < pupil.enrolled_on:
        c.errors["uitgeschreven"] = "De datum van uitschrijving ligt vóór de inschrijving."
    for index, guardian in enumerate(pupil.guardians):
        clean_guardian(guardian, index, c)
    c.raise_if_any()
    return pupil


def clean_case(case: Case, today: date) -> Case:
    c = _Collector()
    case.help_question = c.take(
        lambda: v.require_text(case.help_question, "hulpvraag", "De hulpvraag"), "")
    case.lead_name = c.take(lambda: v.require_text(case.lead_name, "regie", "Wie de regie heeft"), "")
    case.opened_on = c.take(lambda: v.parse_date(case.opened_on, "geopend"), case.opened_on)
    case.closed_on = c.take(lambda: v.parse_date(case.closed_on, "gesloten", required=False))
    if isinstance(case.opened_on, date) and case.opened_on > today:
        c.errors["geopend"] = "De openingsdatum ligt in de toekomst."
    if case.closed_on and isinstance(case.opened_on, date) and case.closed_on < case.opened_on:
        c.errors["gesloten"] = "De sluitdatum ligt vóór de openingsdatum."
    c.raise_if_any()
    return case


def clean_organisation(org: Organisation) -> Organisation:
    c = _Collector()
    org.name = c.take(lambda: v.require_text(org.name, "naam", "De naam van de organisatie"), "")
    org.phone = c.take(lambda: v.validate_phone(org.phone))
    org.email = c.take(lambda: v.validate_email(org.email))
    for index, contact in enumerate(org.contacts):
        clean_contact(contact, index, c)
    if org.contacts and not any(x.is_primary for x in org.contacts):
        c.errors["contactpersoon"] = "Wijs een vaste contactpersoon aan."
    escalation = org.escalation_contact()
    if escalation and not (escalation.mandate or "").strip():
        c.errors["mandaat"] = f"Beschrijf het mandaat van {escalation.name} voor opschaling."
    c.raise_if_any()
    return org


def clean_contact(contact: Contact, index: int, c: _Collector) -> None:
    prefix = f"contact{index + 1}."
    contact.name = c.take(lambda: v.require_text(contact.name, prefix + "naam", "Naam contactpersoon"), "")
    contact.phone = c.take(lambda: v.validate_phone(contact.phone, prefix + "telefoon"))
    contact.email = c.take(lambda: v.validate_email(contact.email, prefix + "e-mail"))
