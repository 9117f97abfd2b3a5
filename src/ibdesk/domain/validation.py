"""Validation of the small facts people type: BSN, birth dates, postcodes, phone, e-mail
(dates themselves are read by `ibdesk.text.dates.parse_date`).

Each function returns the normalised value or raises ValidationError with a message (Dutch,
or English through `tr` when that is the language) that says what is wrong and what a correct
value looks like.
"""

from __future__ import annotations

import re
from datetime import date

from ibdesk.errors import ValidationError
from ibdesk.i18n import tr
from ibdesk.text.dates import parse_date

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
        raise ValidationError(tr("Een BSN bestaat uit 9 cijfers (bijvoorbeeld 111222333)."), field)
    if not is_valid_bsn(cleaned):
        raise ValidationError(tr("Dit BSN klopt niet: het voldoet niet aan de elfproef. Controleer de cijfers."), field)
    return cleaned.zfill(9)


def validate_birth_date(value: str | date | None, today: date, field: str = "geboortedatum") -> date:
    """A pupil's birth date: not in the future, age between 2 and 25 years."""
    born = parse_date(value, field)
    if born > today:
        raise ValidationError(tr("De geboortedatum ligt in de toekomst."), field)
    years = age_on(born, today)
    if years < 2 or years > 25:
        raise ValidationError(
            tr("Met deze geboortedatum is de leerling {years} jaar. Controleer het jaartal.", years=years), field
        )
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
        raise ValidationError(tr("Een postcode is vier cijfers en twee letters, bijvoorbeeld 6871 AB."), field)
    letters = match.group(2).upper()
    if letters in {"SA", "SD", "SS"}:
        raise ValidationError(tr("De lettercombinatie {letters} komt in postcodes niet voor.", letters=letters), field)
    return f"{match.group(1)} {letters}"


# -- phone numbers ---------------------------------------------------------------------------
# Source: the Dutch numbering plan ("Nummerplan voor telefoon- en ISDN-diensten", under
# Telecommunicatiewet art. 4.2; numbers issued by ACM) and ITU-T E.164 for foreign numbers.
# Area codes of two digits after the 0 (020, 010, 026, …); other fixed lines have three.
SHORT_AREA_CODES = {
    "10",
    "13",
    "15",
    "20",
    "23",
    "24",
    "26",
    "30",
    "33",
    "35",
    "36",
    "38",
    "40",
    "43",
    "45",
    "46",
    "50",
    "53",
    "55",
    "58",
    "70",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "77",
    "78",
    "79",
    "84",
    "85",
    "87",
    "88",
    "91",
}
_GEOGRAPHIC = "123457"  # 01x–05x and 07x are area codes
_NON_GEOGRAPHIC = {"84", "85", "87", "88", "91"}  # 10-digit numbers without a place
_MOBILE = "123458"  # 06-1 … 06-5 and 06-8; 06-6 pagers, 06-7/06-9 not for people
_INFO_PREFIXES = ("0800", "0900", "0906", "0909")  # free / paid information numbers
# E.164 country codes of one or two digits; all others have three.
_SHORT_COUNTRY_CODES = {
    "1",
    "7",
    "20",
    "27",
    "30",
    "31",
    "32",
    "33",
    "34",
    "36",
    "39",
    "40",
    "41",
    "43",
    "44",
    "45",
    "46",
    "47",
    "48",
    "49",
    "51",
    "52",
    "53",
    "54",
    "55",
    "56",
    "57",
    "58",
    "60",
    "61",
    "62",
    "63",
    "64",
    "65",
    "66",
    "81",
    "82",
    "84",
    "86",
    "90",
    "91",
    "92",
    "93",
    "94",
    "95",
    "98",
}
PHONE_HINT = "Bijvoorbeeld 026 123 4567, 06 1234 5678, 14 026 (gemeente), 0800 1234 of +32 2 123 45 67 (buitenland)."


def phone_hint() -> str:
    """PHONE_HINT in the language shown."""
    return tr("Bijvoorbeeld 026 123 4567, 06 1234 5678, 14 026 (gemeente), 0800 1234 of +32 2 123 45 67 (buitenland).")


def _compact_phone(value: str) -> str:
    """Spaces, dashes, dots, slashes and brackets out; '+31 (0)26' → '+3126'; 00 → +."""
    text = value.strip().replace("(0)", "")
    compact = re.sub(r"[\s\-().\/]", "", text)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+31"):
        compact = "0" + compact[3:]
    return compact


def _is_dutch_national(digits: str) -> bool:
    """Ten digits: a fixed line with an area code, a mobile number or a non-geographic one."""
    if len(digits) != 10 or digits[0] != "0":
        return False
    if digits[1] == "6":
        return digits[2] in _MOBILE
    return digits[1] in _GEOGRAPHIC or digits[1:3] in _NON_GEOGRAPHIC


def _is_municipal_14(digits: str) -> bool:
    """14 + the area code of the municipality's town hall: 14 026 (Arnhem), 14 0318 (Ede)."""
    if not digits.startswith("140") or len(digits) not in (5, 6):
        return False
    area = digits[3:]
    if area[0] not in _GEOGRAPHIC:
        return False
    is_short = area[:2] in SHORT_AREA_CODES and area[:2] not in _NON_GEOGRAPHIC
    return is_short if len(area) == 2 else area[:2] not in SHORT_AREA_CODES


def _is_information_number(digits: str) -> bool:
    """0800 (free) and 0900/0906/0909 (paid): the prefix and four or seven digits."""
    return digits.startswith(_INFO_PREFIXES) and len(digits) in (8, 11)


def _is_foreign(compact: str) -> bool:
    """E.164: '+', a country code not starting with 0, at most 15 digits in all."""
    digits = compact[1:]
    return compact.startswith("+") and digits.isdigit() and digits[0] != "0" and 7 <= len(digits) <= 15


def validate_phone(value: str | None, field: str = "telefoon") -> str | None:
    """A Dutch or foreign phone number, stored compactly: '0261234567', '14026', '08001234',
    '+3221234567'. Empty is fine (None)."""
    if value is None or not value.strip():
        return None
    compact = _compact_phone(value)
    if compact.startswith("+"):
        if _is_foreign(compact):
            return compact
    elif compact.isdigit() and (
        _is_dutch_national(compact) or _is_municipal_14(compact) or _is_information_number(compact)
    ):
        return compact
    raise ValidationError(
        tr("'{value}' is geen geldig telefoonnummer. {hint}", value=value.strip(), hint=phone_hint()), field
    )


def format_phone(value: str | None) -> str:
    """A stored number as people read it: '026 123 4567', '06 1234 5678', '14 026',
    '0800 1234', '+32 21234567'; anything unrecognised as stored."""
    if not value:
        return ""
    compact = _compact_phone(value)
    if compact.startswith("+"):
        if not _is_foreign(compact):
            return value
        size = next((n for n in (1, 2) if compact[1 : 1 + n] in _SHORT_COUNTRY_CODES), 3)
        return f"+{compact[1 : 1 + size]} {compact[1 + size :]}"
    if _is_municipal_14(compact):
        return f"14 {compact[2:]}"
    if _is_information_number(compact):
        return f"{compact[:4]} {compact[4:]}"
    if len(compact) != 10 or not compact.isdigit() or compact[0] != "0":
        return value
    if compact.startswith("06"):
        return f"{compact[:2]} {compact[2:6]} {compact[6:]}"
    if compact[1:3] in SHORT_AREA_CODES:
        return f"{compact[:3]} {compact[3:6]} {compact[6:]}"
    return f"{compact[:4]} {compact[4:7]} {compact[7:]}"


def validate_email(value: str | None, field: str = "e-mail") -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not _EMAIL.match(text):
        raise ValidationError(tr("'{text}' is geen geldig e-mailadres (naam@domein.nl).", text=text), field)
    return text


def require_text(value: str | None, field: str, label: str) -> str:
    """`label` is the name of the input as shown (the caller passes it through `tr`)."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(tr("{label} is verplicht.", label=label), field)
    return text


def validate_brin(value: str | None, field: str = "brin") -> str | None:
    """BRIN: two digits and two letters (e.g. 12AB); a vestiging adds two digits."""
    if value is None or not value.strip():
        return None
    text = value.strip().upper().replace(" ", "")
    if not re.fullmatch(r"\d{2}[A-Z]{2}(\d{2})?", text):
        raise ValidationError(tr("Een BRIN-nummer is twee cijfers en twee letters, bijvoorbeeld 12AB."), field)
    return text
