"""What a search returns (services/search.py), as plain values: the window header and its
popup show these without importing the store, so the first window paints before SQLAlchemy
and the search index are loaded."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """What a hit opens: a pupil, a case, a saved form (within its case) or an organisation."""

    kind: str
    id: int
    case_id: int | None = None
    pupil_id: int | None = None


@dataclass(frozen=True)
class Hit:
    kind: str  # the index source: pupil, guardian, case, form, organisation, contact, …
    title: str
    detail: str
    target: Target


@dataclass(frozen=True)
class Group:
    label: str
    hits: tuple[Hit, ...]
    more: bool  # there are more hits than shown: typing more narrows them down


@dataclass(frozen=True)
class Results:
    text: str
    groups: tuple[Group, ...] = ()
    too_short: bool = False
    unavailable: bool = False

    @property
    def hits(self) -> list[Hit]:
        return [hit for group in self.groups for hit in group.hits]
