"""Validation of the small facts people type: BSN, dates, postcodes, phone, e-mail.

Each function returns the normalised value or raises ValidationError with a Dutch
message that says what is wrong and what a correct value looks like.
"""
from __future__ import annotations

import re
from datetime import date

from ibdesk.errors import ValidationError

_DATE_NL = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def is_valid_bsn(value: str) -> bool:
    """The 11-proef: weights 9..2 and -1 for the last digit, sum divisible by 11."""
    digits = value.strip()
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or int(digits) == 0:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1)))
    total -= int(digits[8])
    return total % 11 == 0


def validate_bsn(value: str | None, field: str = "bsn") -> str | None:
    """Optional BSN: empty is fine; otherwise nine digits passing the 11-proef."""
    if value is None or not value.strip():
        return None
    cleaned = re.sub(r"[\s.]", "", value)
    if not cleaned.isdigit() or len(cleaned) not in (8, 9):
        raise ValidationError("Een BSN bestaat uit 9 cijfers (bijvoorbeeld 111222333).", field)
    if not is_valid_bsn(cleaned):
        raise ValidationError(
            "Dit BSN klopt niet: het voldoet niet aan de elfproef. Controleer de cijfers.", field)
    return cleaned.zfill(9)


def parse_date(value: str | date | None, field: str = "datum", *, required: bool = True) -> date | None:
    """Accept 'dd-mm-jjjj' (Dutch) or 'jjjj-mm-dd' (ISO)."""
    if isinstance(value, date):
        return value
    if value is None or not str(value).strip():
        if required:
            raise ValidationError("Vul een datum in (dd-mm-jjjj).", field)
        return None
    text = str(value).strip()
    match = _DATE_NL.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _DATE_ISO.match(text)
        if not match:
            raise ValidationError(f"'{text}' is geen datum. Schrijf de datum als dd-mm-jjjj.", field)
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(f"{text} bestaat niet als datum. Controleer dag en maand.", field) from None


def validate_birth_date(value: str | date | None, today: date, field: str = "geboortedatum") -> date:
    """A pupil's birth date: not in the future, age between 2 and 25 years."""
    born = parse_date(value, field)
    assert born is not None
    if born > today:
        raise ValidationError("De geboortedatum ligt in de toekomst.", field)
    years = age_on(born, today)
    if years < 2 or years > 25:
        raise ValidationError(
            f"Met deze geboortedatum is de leerling {years} jaar. Controleer het jaartal.", field)
    return born


def age_on(born: date, day: date) -> int:
    """Age in whole years on `day`; someone born on 29 February ages on 1 March."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 1 March (as `age_on` counts)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def validate_postcode(value: str | None, field: str = "postcode") -> str | None:
    if value is None or not value.strip():
        return None
    match = _POSTCODE.match(value.strip())
    if not match:
        raise ValidationError("Een postcode is vier cijfers en twee letters, bijvoorbeeld 6871 AB.", field)
    letters = match.group(2).upper()
    if letters in {"SA", "SD", "SS"}:
        raise ValidationError(f"De lettercombinatie {letters} komt in postcodes niet voor.", field)
    return f"{match.group(1)} {letters}"


def validate_phone(value: str | None, field: str = "telefoon") -> str | None:
    """Dutch numbers: 10 digits starting with 0, or +31 followed by 9 digits."""
    if value is None or not value.strip():
        return None
    compact = re.sub(r"[\s\-().]", "", value)
    if compact.startswith("+31"):
        compact = "0" + compact[3:]
    elif compact.startswith("0031"):
        compact = "0" + compact[4:]
    if not (compact.isdigit() and len(compact) == 10 and compact.startswith("0")):
        raise ValidationError(
            "Een telefoonnummer heeft 10 cijfers en begint met 0 (of +31), bijvoorbeeld 026 123 4567.",
            field)
    return compact


def validate_email(value: str | None, field: str = "e-mail") -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not _EMAIL.match(text):
        raise ValidationError(f"'{text}' is geen geldig e-mailadres (naam@domein.nl).", field)
    return text


def require_text(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} is verplicht.", field)
    return text


def validate_brin(value: str | None, field: str = "brin") -> str | None:
    """BRIN: two digits and two letters (e.g. 12AB); a vestiging adds two digits."""
    if value is None or not value.strip():
        return None
    text = value.strip().upper().replace(" ", "")
    if not re.fullmatch(r"\d{2}[A-Z]{2}(\d{2})?", text):
        raise ValidationError("Een BRIN-nummer is twee cijfers en twee letters, bijvoorbeeld 12AB.", field)
    return text
