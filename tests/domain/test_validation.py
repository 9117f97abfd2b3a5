from datetime import date

import pytest

from ibdesk.domain import validation as v
from ibdesk.domain.model import Guardian, Pupil
from ibdesk.domain.rules import clean_pupil
from ibdesk.errors import InvalidRecord, ValidationError


@pytest.mark.parametrize(
    "bsn, ok",
    [
        ("111222333", True),
        ("123456782", True),
        ("12345672", True),  # 8 digits = leading zero
        ("123456789", False),
        ("000000000", False),
        ("11122233", False),
        ("1112223334", False),
        ("abcdefghi", False),
    ],
)
def test_bsn_elfproef(bsn, ok):
    assert v.is_valid_bsn(bsn) is ok


def test_bsn_messages_say_what_is_wrong():
    assert v.validate_bsn(" 111 222 333 ") == "111222333"
    assert v.validate_bsn("") is None
    with pytest.raises(ValidationError, match="elfproef"):
        v.validate_bsn("123456789")
    with pytest.raises(ValidationError, match="9 cijfers"):
        v.validate_bsn("12-34")


@pytest.mark.parametrize(
    "born, day, age",
    [
        (date(2016, 3, 10), date(2026, 3, 9), 9),
        (date(2016, 3, 10), date(2026, 3, 10), 10),
        (date(2012, 2, 29), date(2028, 2, 28), 15),
        (date(2012, 2, 29), date(2028, 2, 29), 16),
        (date(2010, 2, 29 - 1), date(2026, 2, 28), 16),
    ],
)
def test_age_on_birthdays_and_leap_days(born, day, age):
    assert v.age_on(born, day) == age


@pytest.mark.parametrize("text, expected", [("6871ab", "6871 AB"), ("6871 AB", "6871 AB"), ("", None)])
def test_postcode(text, expected):
    assert v.validate_postcode(text) == expected


@pytest.mark.parametrize("text", ["0871 AB", "6871 SS", "687 AB", "6871-AB"])
def test_postcode_rejected(text):
    with pytest.raises(ValidationError):
        v.validate_postcode(text)


# Source of every row: the Dutch numbering plan ("Nummerplan voor telefoon- en ISDN-diensten",
# Telecommunicatiewet art. 4.2, numbers issued by ACM): 10-digit national numbers (area code,
# 06-mobile, 085/088 non-geographic), 14 + area code for a municipality, 0800/090x information
# numbers of 8 or 11 digits; ITU-T E.164 for foreign numbers (country code, at most 15 digits).
@pytest.mark.parametrize(
    "text, stored, shown",
    [
        ("14 026", "14026", "14 026"),  # issue 12 point 15: municipal 14 number
        ("140 26", "14026", "14 026"),  # the same, written as some councils do
        ("14 0318", "140318", "14 0318"),  # 14 + a four-digit area code
        ("0800 1234", "08001234", "0800 1234"),  # free number, 4 digits after 0800
        ("0800-022 44 66", "08000224466", "0800 0224466"),  # free number, 7 digits after 0800
        ("0900 1234567", "09001234567", "0900 1234567"),  # paid information number
        ("+32 2 123 45 67", "+3221234567", "+32 21234567"),  # Belgium, with +
        ("0032 2 123 45 67", "+3221234567", "+32 21234567"),  # Belgium, with the 00 prefix
        ("+49 30 12345678", "+493012345678", "+49 3012345678"),  # Germany
        ("+1 202 555 0143", "+12025550143", "+1 2025550143"),  # one-digit country code
        ("026-123 45 67", "0261234567", "026 123 4567"),  # fixed line, three-digit area code
        ("0318-123456", "0318123456", "0318 123 456"),  # fixed line, four-digit area code
        ("06 1234 5678", "0612345678", "06 1234 5678"),  # mobile
        ("+31 6 12345678", "0612345678", "06 1234 5678"),  # mobile written internationally
        ("0031612345678", "0612345678", "06 1234 5678"),
        ("+31 (0)26 123 4567", "0261234567", "026 123 4567"),  # the (0) many letterheads print
        ("088 123 4567", "0881234567", "088 123 4567"),  # company number without a place
        ("", None, ""),
    ],
)
def test_phone_numbers_people_write(text, stored, shown):
    assert v.validate_phone(text) == stored
    assert v.format_phone(stored) == shown


@pytest.mark.parametrize(
    "text",
    [
        "12345",
        "06-1234567",
        "06123456789",
        "abc",
        "bel mij",
        "112",
        "0000000000",  # 00 starts a foreign number; a country code never starts with 0
        "06 6123 4567",  # 06-6 is for pagers, not people
        "0970 1234 5678",  # 097: machine-to-machine numbers
        "14 099",  # 099 is no area code
        "14 0261",  # 026 is a three-digit area code: 0261 does not exist
        "0800 12",
        "0900 12345",  # information numbers have 4 or 7 digits after the prefix
        "+31 12",
        "+0 12345678",
        "+12 3456 7890 1234 56",  # too short, 0 country code, over 15 digits
        "0612345678 of 0261234567",
    ],
)
def test_phone_garbage_rejected_with_the_accepted_forms(text):
    with pytest.raises(ValidationError, match=r"geen geldig telefoonnummer.*14 026.*0800.*\+32"):
        v.validate_phone(text)


def test_email():
    assert v.validate_email(" ouder@voorbeeld.nl ") == "ouder@voorbeeld.nl"
    with pytest.raises(ValidationError, match="geen geldig e-mailadres"):
        v.validate_email("ouder@voorbeeld")


def test_clean_pupil_collects_every_problem_at_once():
    pupil = Pupil(
        first_name="",
        last_name="Ødegaard",
        birth_date="30-02-2017",
        group="groep 4",
        school_id=None,
        municipality="Renkum",
        bsn="123456789",
        guardians=[Guardian(name="Marit Ødegaard", phone="12")],
    )
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
