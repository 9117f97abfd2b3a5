"""What a person reads before signing on screen: short sentences in plain Dutch (B1), saying
exactly what they agree to — who receives the data, what for, which data, and until when —
and that they may say no or change their mind (AVG art. 7: consent is free, specific,
informed, and can be withdrawn at any time). The text shown is stored with the signature.
"""

from __future__ import annotations

from datetime import date

from ibdesk.text.dates import short_date
from ibdesk.text.labels import and_list


def consent_statement(
    name: str,
    school: str,
    child: str,
    recipient: str,
    purpose: str,
    categories: list[str],
    until: date | None,
    own: bool = False,
) -> str:
    """The statement for one person's consent to share data with one recipient for one purpose."""
    whose = "over mij" if own else f"over {child}"
    lines = [
        f"Ik, {name}, geef {school} toestemming om gegevens {whose} te delen.",
        f"Met wie: {recipient}.",
        f"Waarvoor: {purpose[:1].lower() + purpose[1:]}.",
        f"Welke gegevens: {and_list([c.lower() for c in categories if c])}.",
        f"Tot wanneer: tot en met {short_date(until)}." if until else "Tot wanneer: tot ik de toestemming intrek.",
        "Ik mag nee zeggen. Ik mag mijn toestemming later altijd intrekken. Vanaf dat moment deelt de "
        "school deze gegevens niet meer.",
    ]
    return "\n".join(lines)


def opp_statement(name: str, child: str, drawn_up: date | None, own: bool = False, agree: bool = True) -> str:
    """Instemming with the handelingsdeel of the OPP (parents; the pupil from 18), or its refusal."""
    plan = "mijn ontwikkelingsperspectiefplan (OPP)" if own else f"het ontwikkelingsperspectiefplan (OPP) van {child}"
    when = f" van {short_date(drawn_up)}" if drawn_up else ""
    if not agree:
        return "\n".join(
            [
                f"Ik, {name}, ga niet akkoord met het handelingsdeel van {plan}{when}.",
                "Het handelingsdeel zegt welke hulp de school geeft, wie dat doet en hoe vaak.",
                "De school geeft toch de hulp die nodig is, en we zoeken samen naar een oplossing. "
                "Ik mag later alsnog akkoord gaan.",
            ]
        )
    return "\n".join(
        [
            f"Ik, {name}, ga akkoord met het handelingsdeel van {plan}{when}.",
            "Het handelingsdeel zegt welke hulp de school geeft, wie dat doet en hoe vaak.",
            "Ik mag ook niet akkoord gaan. De school geeft dan toch de hulp die nodig is, en we zoeken "
            "samen naar een oplossing.",
        ]
    )


def hearing_statement(name: str, about: str) -> str:
    """The pupil (12+) was heard: his own view is in the plan (hoorrecht) or added (zienswijze).
    No date in the text: the signature records the day it was given (on paper that is the
    day written by hand, not the day the form was printed)."""
    return "\n".join(
        [
            f"Ik, {name}, heb mijn mening gegeven over {about}.",
            "Wat ik heb gezegd, staat erin. Ik hoef het er niet mee eens te zijn.",
        ]
    )


def view_statement(name: str, about: str, words: str | None) -> str:
    """The pupil's own zienswijze (12+) on what is sent: his words as written down, and that
    they go along with it; he does not have to agree with the rest."""
    said = (
        f"Wat ik heb gezegd: \u201c{words.strip()}\u201d"
        if words and words.strip()
        else "Mijn eigen woorden staan erin."
    )
    return "\n".join(
        [
            f"Ik, {name}, heb mijn mening gegeven over {about}.",
            said,
            "Dit wordt meegestuurd. Ik hoef het niet eens te zijn met wat de school schrijft.",
        ]
    )
