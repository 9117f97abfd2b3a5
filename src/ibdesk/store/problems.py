"""A problem the integrity checks found: its kind decides whether the profile may still be
opened, its text is what the user reads (in the language shown).

The kind used to be the first word of a Dutch message ("structuur: …"), matched by prefix;
a translated message would no longer match, so the kind is kept apart from the words."""

from __future__ import annotations

from dataclasses import dataclass

from ibdesk.i18n import mark, tr_marked

ENCRYPTION, STRUCTURE, REFERENCE, DAMAGED, WAL = "encryption", "structure", "reference", "damaged", "wal"
KIND_WORDS = {
    ENCRYPTION: mark("versleuteling"),
    STRUCTURE: mark("structuur"),
    REFERENCE: mark("verwijzing"),
    DAMAGED: mark("database beschadigd"),
    WAL: "WAL",
}
# A broken reference (a row pointing at a missing one) is reported but does not stop the
# profile from opening: nothing is unreadable, and refusing would keep the user from their data.
NOT_BLOCKING = frozenset({REFERENCE})


@dataclass(frozen=True)
class IntegrityProblem:
    kind: str  # one of the KIND_WORDS keys
    detail: str  # SQLite's own details stay as SQLite wrote them (English)

    @property
    def blocking(self) -> bool:
        return self.kind not in NOT_BLOCKING

    def __str__(self) -> str:
        return f"{tr_marked(KIND_WORDS[self.kind])}: {self.detail}"


def blocking(problems: list[IntegrityProblem]) -> list[IntegrityProblem]:
    return [p for p in problems if p.blocking]
