"""Sort keys for names as a Dutch school list them: numbers in their natural order ('groep 10'
after 'groep 9'), accents and case ignored, surnames after their tussenvoegsel."""

from __future__ import annotations

import re

from ibdesk.domain.search_text import fold

_DIGITS = re.compile(r"\d+")


def _number(match: re.Match) -> str:
    digits = match.group().lstrip("0") or "0"
    return f"\x02{len(digits):03d}{digits}"  # \x02: a number sorts before any letter after the same text


def natural_key(text: str) -> str:
    """'groep 10' after 'groep 9'; letters compared without case or accents (Dutch order puts
    'Çelik' with the C), then exactly, so different spellings never tie.

    One string (numbers spelled with their length first) rather than a tuple: sorting
    10,000 names compares C strings, not nested tuples."""
    return _DIGITS.sub(_number, fold(text)) + "\x00" + text


# Dutch surnames sort on the part after the tussenvoegsel: "de Kruijf" under K.
TUSSENVOEGSELS = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "te",
    "'t",
    "in",
    "op",
    "aan",
    "bij",
    "uit",
    "voor",
    "onder",
    "over",
    "d'",
    "l'",
    "la",
    "le",
    "du",
    "von",
    "zu",
}


def surname_key(last_name: str) -> str:
    words = last_name.split()
    while len(words) > 1 and words[0].casefold() in TUSSENVOEGSELS:
        words = words[1:]
    return natural_key(" ".join(words)) + "\x01" + natural_key(last_name)
