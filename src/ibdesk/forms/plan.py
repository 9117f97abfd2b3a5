"""Evaluation order for relevance conditions within one answer scope.

A scope is a form (sections + top-level fields), a route step, or the items of
a group. Hidden fields read as null in later conditions, so conditions must be
evaluated after the fields they refer to; a cycle is a definition error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .expression import Node, parse, references


@dataclass(frozen=True)
class Entry:
    key: str  # field id, or "section:<id>"
    relevant: Node | None
    deps: tuple[str, ...]
    field: Any = None  # None for a section
    parent: str | None = None  # the section key of a form field


class CycleError(ValueError):
    def __init__(self, keys: list[str]):
        super().__init__(" → ".join(keys))
        self.keys = keys


def section_key(section_id: str) -> str:
    return f"section:{section_id}"


def scope_entries(container: Any) -> list[Entry]:
    """Entries in definition order; deps limited to names inside the scope."""
    sections = getattr(container, "sections", None)
    if sections is None:
        owned = [(f, None) for f in container.fields]
    else:
        owned = [(f, s) for s in sections for f in s.fields]
    names = {f.id for f, _ in owned}
    entries: list[Entry] = []
    for section in sections or ():
        entries.append(_entry(section_key(section.id), section.relevant, names, None, ()))
    for f, section in owned:
        parent = (section_key(section.id),) if section is not None else ()
        entries.append(_entry(f.id, f.relevant, names, f, parent))
    return entries


def _entry(key: str, relevant: str | None, names: set[str], field: Any, parent: tuple) -> Entry:
    node = parse(relevant) if relevant else None
    deps = tuple(sorted(references(node) & names)) if node is not None else ()
    return Entry(key, node, parent + deps, field, parent[0] if parent else None)


def order(entries: list[Entry]) -> tuple[Entry, ...]:
    """Dependencies first, otherwise definition order; raise CycleError."""
    by_key = {e.key: e for e in entries}
    state: dict[str, int] = {}  # 1 = visiting, 2 = done
    out: list[Entry] = []

    def visit(key: str, trail: list[str]) -> None:
        if state.get(key) == 2:
            return
        if state.get(key) == 1:
            raise CycleError(trail[trail.index(key) :] + [key])
        state[key] = 1
        for dep in by_key[key].deps:
            if dep in by_key:
                visit(dep, trail + [key])
        state[key] = 2
        out.append(by_key[key])

    for entry in entries:
        visit(entry.key, [])
    return tuple(out)


def build_plan(container: Any) -> tuple[Entry, ...]:
    return order(scope_entries(container))
