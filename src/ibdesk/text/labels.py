"""Words for stored keys that people see in more than one place (screens, CLI, PDFs).

Keys are what the store holds; the words are what every reader sees, the same everywhere.
"""

from __future__ import annotations

from ibdesk.i18n import mark, tr, tr_marked

# How a consent or a signature was given: Signature.method and Basis.method hold the keys
# (domain/signatures.py SCREEN, PAPER, ORAL). Dutch, as documents state them; a screen shows
# them through `tr_marked` (or `shown_consent_method`).
CONSENT_METHODS = {
    "getekend_scherm": mark("getekend op het scherm"),
    "getekend_papier": mark("getekend op papier"),
    "mondeling": mark("mondeling in een overleg"),
}


def consent_method(method: str | None, heard_by: str | None = None) -> str:
    """'getekend op papier', 'mondeling in een overleg, gehoord door de mentor'; an unknown key as is."""
    text = CONSENT_METHODS.get(method or "", method or "")
    if method == "mondeling" and heard_by:
        text += f", gehoord door {heard_by}"
    return text


def shown_consent_method(method: str | None, heard_by: str | None = None) -> str:
    """`consent_method` for a screen or the command line, in the language shown; documents keep
    `consent_method`. The name of who heard it is stored data, shown as is."""
    text = tr_marked(CONSENT_METHODS.get(method or "", method or ""))
    if method == "mondeling" and heard_by:
        text = tr("{method}, gehoord door {name}", method=text, name=heard_by)
    return text


def shown_decision(decision: str) -> str:
    """A recorded decision as stored ('gegeven', 'geweigerd', 'gehoord') in the language shown."""
    words = {"gegeven": tr("gegeven"), "geweigerd": tr("geweigerd"), "gehoord": tr("gehoord")}
    return words.get(decision, decision)


def yes_no(value: object) -> str:
    """'Ja', 'Nee', or '' when not answered."""
    return "Ja" if value is True else "Nee" if value is False else ""


def and_list(items: list[str] | tuple[str, ...]) -> str:
    """'a', 'a en b', 'a, b en c'; '' for none."""
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def shown_and_list(items: list[str] | tuple[str, ...]) -> str:
    """`and_list` for the screen, in the language shown ('a and b'); documents keep `and_list`."""
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " " + tr("en") + " " + items[-1]
