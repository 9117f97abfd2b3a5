"""Search everything (Ctrl+F): pupils, cases, saved forms, organisations and any other
registered source, grouped, without case or accents, each word as a prefix.

Privacy: the query and the hits never go to a log or the audit trail (opening a hit does:
the page it opens records the view as usual). The index lives in the encrypted store.
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from ibdesk.domain.search_results import Group, Hit, Results, Target
from ibdesk.domain.search_text import fold, terms, words
from ibdesk.i18n import tr
from ibdesk.services.search_hits import describe
from ibdesk.store.profile import Store
from ibdesk.store.search_index import matching, sources

__all__ = ["Group", "Hit", "Results", "SearchService", "Target"]

MIN_LETTERS = 2
PER_GROUP = 5
NAME_POOL = 60  # names are sorted in Python: exact words first, then alphabetically
NAME_GROUPS = ("Leerlingen", "Organisaties")


class SearchService:
    def __init__(self, store: Store):
        self.store = store

    def search(self, text: str, per_group: int = PER_GROUP) -> Results:
        """Hits for what the user typed so far, by group (in the sources' order), at most
        `per_group` each: names alphabetically (whole words first), other text newest first."""
        typed = terms(text)
        if sum(len(t) for t in typed) < MIN_LETTERS:
            return Results(text, too_short=True)
        try:
            found = self._found(typed, words(text), per_group)
        except OperationalError:  # a read-only viewer of a profile not indexed yet
            return Results(text, unavailable=True)
        return Results(
            text,
            tuple(
                Group(shown_group(label), tuple(hits[:per_group]), len(hits) > per_group)
                for label, hits in found.items()
                if hits
            ),
        )

    def _found(self, typed: list[str], folded: list[str], per_group: int) -> dict[str, list[Hit]]:
        found: dict[str, list[Hit]] = {}
        with self.store.session() as s:
            conn = s.connection()
            for source in sources():
                names = source.group in NAME_GROUPS
                ids = matching(conn, source, typed, NAME_POOL if names else per_group + 1)
                hits = describe(s, source, ids, folded, self.store.indexer)
                found.setdefault(source.group, []).extend(hits)
        return {
            label: _one_per_target(_by_name(hits, folded) if label in NAME_GROUPS else hits)
            for label, hits in found.items()
        }


def shown_group(label: str) -> str:
    """A source's group (store/search_sources.py: Dutch, also the key that groups hits) as shown,
    in the language shown; a group registered elsewhere shows as it is."""
    return {
        "Leerlingen": tr("Leerlingen"),
        "Casussen": tr("Casussen"),
        "Formulieren": tr("Formulieren"),
        "Organisaties": tr("Organisaties"),
        "Notities": tr("Notities"),
    }.get(label, label)


def _by_name(hits: list[Hit], terms: list[str]) -> list[Hit]:
    """Whole-word matches of the name first ('Sem' before 'Semra'), then alphabetically."""

    def key(hit: Hit):
        name_words = set(words(hit.title))
        return (not all(t in name_words for t in terms), fold(hit.title), hit.detail)

    return sorted(hits, key=key)


def _one_per_target(hits: list[Hit]) -> list[Hit]:
    """A pupil found by name and through a parent is one hit (the first, the better one)."""
    seen: set[Target] = set()
    kept = []
    for hit in hits:
        if hit.target not in seen:
            seen.add(hit.target)
            kept.append(hit)
    return kept
