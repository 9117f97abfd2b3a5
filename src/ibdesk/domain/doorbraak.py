"""The doorbraak path (seed 001, Rijnmond: "doorbraakaanpak"; domain.md §3): access to
jeugdhulp does not depend on school steps. A thuiszitter, or a case marked urgent for the
child's safety or a crisis, may be aangemeld bij het Sociaal Team and exported with what is
known; the steps not yet taken are listed in the dossier as 'nog niet doorlopen' with the
reason. A legal basis for sharing and a known Sociaal Team are still required.
"""

from __future__ import annotations

from ibdesk.i18n import DUTCH, in_language, mark, tr, tr_marked

# Dutch, as the dossier states them; a screen shows them through `tr_marked`.
THUISZITTER = mark("thuiszitter")
URGENCY_REASONS = {"veiligheid": mark("spoed: veiligheid van het kind"), "crisis": mark("spoed: crisis")}
SOURCE = (
    "Doorbraakaanpak (Rijnmond, seed 001); Thuiszitterspact: geen kind langer dan drie maanden thuis "
    "zonder passend aanbod"
)


def doorbraak_reason(thuiszitter: bool, urgency: str | None) -> str | None:
    """'thuiszitter', 'spoed: crisis', both, or None when the normal route applies (Dutch, as the
    dossier states it; `shown_reason` for a screen)."""
    parts = ([THUISZITTER] if thuiszitter else []) + ([URGENCY_REASONS[urgency]] if urgency in URGENCY_REASONS else [])
    return " en ".join(parts) or None


def shown_reason(reason: str) -> str:
    """A `doorbraak_reason` in the language shown: each of its parts is a marked label."""
    first, _, second = reason.partition(" en ")
    if not second:
        return tr_marked(first)
    return tr("{first} en {second}", first=tr_marked(first), second=tr_marked(second))


def not_done_line(item: str, reason: str, *, lang: str = DUTCH) -> str:
    """A school step the doorbraak path skipped; Dutch for the dossier unless a screen passes `lang`
    (then `item` is already in that language)."""
    reason = reason if lang == DUTCH else shown_reason(reason)
    return in_language(mark("{item}: nog niet doorlopen — reden: {reason}"), lang, item=item, reason=reason)
