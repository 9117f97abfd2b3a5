"""How strong a new passphrase is, explained in the language shown (zxcvbn, with Dutch words it must know).

zxcvbn estimates how many guesses an attacker needs; ibdesk asks for score 3 of 4 ("safely
unguessable: moderate protection from offline slow-hash scenario") on top of a minimum
length, because keys.json may be copied and attacked offline.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ibdesk.i18n import tr
from ibdesk.text.dates import MONTHS

MIN_LENGTH = 10
MIN_SCORE = 3
# Common Dutch words and school words zxcvbn's English lists do not hold.
DUTCH_WORDS = (
    "wachtwoord",
    "wachtwoordzin",
    "geheim",
    "welkom",
    "welkom01",
    "hallo",
    "school",
    "leerling",
    "leerlingen",
    "intern",
    "begeleider",
    "zorg",
    "zorgcoordinator",
    "ibdesk",
    "voorjaar",
    "zomer",
    "herfst",
    "winter",
    *MONTHS,
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "nederland",
    "amsterdam",
    "rotterdam",
    "utrecht",
    "groningen",
    "ajax",
    "feyenoord",
    "psv",
    "voetbal",
    "schatje",
    "liefje",
    "konijn",
    "poesje",
    "hondje",
    "qwertyuiop",
    "azerty",
    "letmein",
)


def _warnings() -> dict[str, str]:
    """zxcvbn's warnings by kind, in the language shown."""
    return {
        "repeats": tr("Herhalingen zoals 'aaa' of 'abcabc' zijn makkelijk te raden."),
        "sequences": tr("Reeksen zoals 'abc' of '6543' zijn makkelijk te raden."),
        "common": tr("Dit is een veelgebruikt wachtwoord."),
        "top": tr("Dit staat in de lijst van meest gebruikte wachtwoorden."),
        "word": tr("Eén los woord is makkelijk te raden."),
        "names": tr("Namen en achternamen zijn makkelijk te raden."),
        "dates": tr("Datums en jaartallen zijn makkelijk te raden."),
        "keyboard": tr("Rijen toetsen naast elkaar zijn makkelijk te raden."),
    }


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4 (zxcvbn)
    ok: bool
    explanation: str  # in the language shown, empty when ok

    @property
    def label(self) -> str:
        return (tr("zeer zwak"), tr("zwak"), tr("matig"), tr("sterk"), tr("zeer sterk"))[self.score]


def normalise(passphrase: str) -> str:
    """The same accented passphrase typed on macOS (NFD) and Windows (NFC) gives one key."""
    return unicodedata.normalize("NFC", passphrase)


def _warning(text: str) -> str:
    low = text.lower()
    for needle, key in (
        ("repeat", "repeats"),
        ("sequence", "sequences"),
        ("top", "top"),
        ("very common", "common"),
        ("common password", "common"),
        ("similar to a commonly", "common"),
        ("word by itself", "word"),
        ("names", "names"),
        ("date", "dates"),
        ("year", "dates"),
        ("keyboard", "keyboard"),
        ("rows of keys", "keyboard"),
    ):
        if needle in low:
            return _warnings()[key]
    return ""


def assess(passphrase: str) -> Strength:
    """Score a candidate passphrase and, when it is too weak, say why and what helps (Dutch)."""
    text = normalise(passphrase)
    if len(text.strip()) < MIN_LENGTH:
        return Strength(
            0,
            False,
            tr(
                "Kies een wachtwoordzin van minstens {minimum} tekens (spaties aan "
                "het begin of eind tellen niet; nu {length}).",
                minimum=MIN_LENGTH,
                length=len(text.strip()),
            ),
        )
    from zxcvbn import zxcvbn  # imported here: only needed when a passphrase is chosen

    result = zxcvbn(text[:100], user_inputs=list(DUTCH_WORDS))
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Strength(score, True, "")
    dutch = any(m.get("dictionary_name") == "user_inputs" for m in result.get("sequence", []))
    reason = (
        _warning(result["feedback"].get("warning") or "")
        or (tr("Dit is een veelgebruikt Nederlands woord.") if dutch else "")
        or tr("Deze wachtwoordzin is te makkelijk te raden.")
    )
    return Strength(
        score,
        False,
        tr(
            "{reason} Maak er een zin van drie of vier gewone woorden van die niet bij "
            "elkaar horen, bijvoorbeeld 'paarse olifant fietst snel'.",
            reason=reason,
        ),
    )
