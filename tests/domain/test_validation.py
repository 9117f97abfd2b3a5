from datetime import date

import pytest

from ibdesk.domain import validation as v
from ibdesk.domain.model import Guardian, Pupil
from ibdesk.domain.rules import clean_pupil
from ibdesk.errors import InvalidRecord, ValidationError


@pytest.mark.parametrize("bsn, ok", [
    ("111222333", True), ("123456782", True), ("12345672", True),  # 8 digits = leading zero
    ("123456789", False), ("000000000", False), ("11122233", False), ("1112223334", False),
    ("abcdefghi", False),
])
def test_bsn_elfproef(bsn, ok):
    assert v.is_valid_bsn(bsn) is ok


def test_bsn_messages_say_what_is_wrong():
    assert v.validate_bsn(" 111 222 333 ") == "111222333"
    assert v.validate_bsn("") is None
    with pytest.raises(ValidationError, match="elfproef"):
        v.validate_bsn("123456789")
    with pytest.raises(ValidationError, match="9 cijfers"):
        v.validate_bsn("12-34")


@pytest.mark.parametrize("text, expected", [
    ("29-02-2024", date(2024, 2, 29)), ("1-9-2025", date(2025, 9, 1)), ("2025-09-01", date(2025, 9, 1)),
    ("31/12/2026", date(2026, 12, 31)),
])
def test_dates_parse(text, expected):
    assert v.parse_date(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("29-02-2023", "bestaat niet"), ("31-04-2025", "bestaat niet"), ("morgen", "geen datum"),
    ("", "Vul een datum in"),
])
def test_invalid_dates_are_explained(text, fragment):
    with pytest.raises(ValidationError, match=fragment):
        v.parse_date(text)


@pytest.mark.parametrize("born, day, age", [
    (date(2016, 3, 10), date(2026, 3, 9), 9), (date(2016, 3, 10), date(2026, 3, 10), 10),
    (date(2012, 2, 29), date(2028, 2, 28), 15), (date(2012, 2, 29), date(2028, 2, 29), 16),
    (date(2010, 2, 29 - 1), date(2026, 2, 28), 16),
])
def test_age_on_birthdays_and_leap_days(born, day, age):
    assert v.age_on(born, day) == age


@pytest.mark.parametrize("text, expected", [("6871ab", "6871 AB"), ("6871 AB", "6871 AB"), ("", None)])
def test_postcode(text, expected):
    assert v.validate_postcode(text) == expected


@pytest.mark.parametrize("text", ["0871 AB", "6871 SS", "687 AB", "6871-AB"])
def test_postcode_rejected(text):
    with pytest.raises(ValidationError):
        v.validate_postcode(text)


@pytest.mark.parametrize("text, expected", [
    ("026-123 45 67", "0261234567"), ("+31 6 12345678", "0612345678"), ("0031612345678", "0612345678")])
def test_phone(text, expected):
    assert v.validate_phone(text) == expected


@pytest.mark.parametrize("text", ["12345", "06-1234567", "+32 612345678", "06123456789"])
def test_phone_rejected(text):
    with pytest.raises(ValidationError, match="10 cijfers"):
        v.validate_phone(text)


def test_email():
    assert v.validate_email(" ouder@voorbeeld.nl ") == "ouder@voorbeeld.nl"
    with pytest.raises(ValidationError, match="geen geldig e-mailadres"):
        v.validate_email("ouder@voorbeeld")


def test_clean_pupil_collects_every_problem_at_once():
    pupil = Pupil(first_name="", last_name="Ødegaard", birth_date="30-02-2017", group="groep 4",
                  school_id=None, municipality="Renkum", bsn="123456789",
                  guardians=[Guardian(name="Marit Ødegaard", phone="12")])
    with pytest.raises(InvalidRecord) as info:
        clean_pupil(pupil, today=date(2026, 11, 23))
    assert set(info.value.errors) == {"voornaam", "geboortedatum", "bsn", "ouder1.telefoon"}


def test_birth_date_in_future_or_implausible():
    with pytest.raises(ValidationError, match="toekomst"):
        v.validate_birth_date("01-01-2027", date(2026, 11, 23))
    with pytest.raises(ValidationError, match="Controleer het jaartal"):
        v.validate_birth_date("01-01-1926", date(2026, 11, 23))


def test_initials_do_not_reveal_the_name():
    pupil = Pupil("Zeynep", "Ødegaard", date(2015, 1, 1), "groep 5", None, "Renkum")
    assert pupil.initials == "Z.Ø."
    assert Pupil("Sem", "van Loon", date(2015, 1, 1), "5", None, "X").initials == "S.L."
