"""Single values from an export: dates, names, group names, and the key names are matched on."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from ibdesk.text.dates import parse_date

_TIME_PART = re.compile(r"^(\S+?)(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$")
_ISO_SLASHES = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
# A group name that is only a year number, a combination of them or one with a letter:
# '5', '5B', '1/2', '1-2', '4/5/6', '7 / 8a'.
_YEARS_ONLY = re.compile(r"^\d{1,2}(?:\s*[/&+-]\s*\d{1,2})*\s*[A-Za-z]?$")
_VO_YEARS = {"11", "12", "13", "14", "15", "16", "V"}
# Letters Unicode does not decompose into a base letter and an accent (as ui.models.fold).
_BASE_LETTERS = str.maketrans(
    {"ø": "o", "ı": "i", "đ": "d", "ð": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)


def parse_day(text: str) -> date:
    """A date as administrations write it: ISO (2016-03-12, also with a time) or Dutch
    (12-03-2016, 12/3/2016, 12.03.2016). ValidationError (Dutch) otherwise."""
    value = text.strip()
    with_time = _TIME_PART.match(value)
    if with_time:
        value = with_time.group(1)
    slashes = _ISO_SLASHES.match(value)
    if slashes:
        value = "-".join(part.zfill(2) for part in slashes.groups())
    return parse_date(value, "datum")


def clean(text: str | None) -> str | None:
    """Inner whitespace collapsed; None for an empty value."""
    if text is None:
        return None
    value = " ".join(text.split())
    return value or None


def surname(prefix: str | None, last: str | None) -> str | None:
    """'van der' + 'Berg' → 'van der Berg', as the app shows a last name."""
    last = clean(last)
    if last is None:
        return None
    prefix = clean(prefix)
    return f"{prefix} {last}" if prefix else last


def first_name(roepnaam: str | None, voornamen: str | None = None, voorletters: str | None = None) -> str | None:
    """The name a pupil is called by: the roepnaam, else the first of the given names, else
    the initials."""
    called = clean(roepnaam)
    if called:
        return called
    given = clean(voornamen)
    if given:
        return given.split()[0]
    return clean(voorletters)


def display_group(name: str | None, year: str | None = None) -> str | None:
    """The group as ibdesk shows it. A primary school's '5', '1/2' or '4B' becomes 'groep 5',
    'groep 1/2', 'groep 4B' (as typed in the app); 'Groep 7' becomes 'groep 7'; a name like
    'Kabouters' or a secondary school's class stays as it is. Without a name, the jaargroep
    ('5' → 'groep 5', '12' → 'leerjaar 2')."""
    name = clean(name)
    if name:
        if name.casefold().startswith("groep "):
            return "groep " + name[6:].strip()
        if _YEARS_ONLY.match(name) and (year or "").upper() not in _VO_YEARS:
            return "groep " + re.sub(r"\s*([/&+-])\s*", r"\1", name)
        return name
    year = clean(year)
    if year and year.isdigit():
        number = int(year)
        if 1 <= number <= 8:
            return f"groep {number}"
        if 11 <= number <= 16:
            return f"leerjaar {number - 10}"
    return None


def match_key(first: str | None, last: str | None) -> str:
    """Name as compared when pupils are matched on name + date of birth: no case, accents,
    hyphens or apostrophes ('Ødegaard-Çelik' is 'odegaard celik')."""
    text = f"{first or ''} {last or ''}".casefold().translate(_BASE_LETTERS)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())
