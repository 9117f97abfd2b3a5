"""What a document may contain: the sharing plan, built from the consent rules.

A `SharingPlan` answers, per piece of a case, whether recipient R may receive it for
purpose P on the day of export. Included pieces are shown with their basis; excluded
pieces are listed per category with how many parts ('niet gedeeld — geen grondslag'),
never by title: "Onderzoeksgegevens — Gezondheid" would itself tell the receiver that
health reports exist. No reportlab here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ibdesk.domain.consent import CATEGORIES, LEGAL_TASKS, PUPIL, PURPOSES, Basis, Decision
from ibdesk.domain.model import Organisation
from ibdesk.dossier import categories as cat
from ibdesk.dossier.answers import Block, FieldRow, GroupTable, Row
from ibdesk.i18n import mark
from ibdesk.text.dates import short_date
from ibdesk.text.labels import consent_method
from ibdesk.text.numbers import plural

WITHHELD = "niet gedeeld — geen grondslag"


@dataclass(frozen=True)
class Excluded:
    """A piece left out: its title and category, never its content."""

    title: str
    category: str
    reason: str


@dataclass(frozen=True)
class Withheld:
    """Placeholder where an excluded piece would have been."""

    title: str
    category: str

    @property
    def text(self) -> str:
        return f"{WITHHELD} ({cat.label(self.category).lower()})"


@dataclass
class WithheldGroup:
    """One category left out: its name, how many parts, and why."""

    key: str | None
    category: str
    count: int
    reason: str

    @property
    def parts(self) -> str:
        return plural(self.count, "onderdeel", "onderdelen")


@dataclass
class Sender:
    """Who sends (and signs) the document, and how to reach them."""

    name: str
    role: str
    school: str
    phone: str | None = None
    email: str | None = None


@dataclass
class SharingPlan:
    recipient: Organisation | None
    purpose: str
    day: date
    decisions: dict[str, Decision] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # giver key -> display name
    open_basis: str | None = None  # inzage/internal: everything, on this basis
    excluded: list[Excluded] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    @property
    def purpose_label(self) -> str:
        return PURPOSES.get(self.purpose, self.purpose)

    def allows(self, category: str | None) -> bool:
        if category is None or category == cat.VIEWPOINTS or self.open_basis:
            return True
        decision = self.decisions.get(category)
        return bool(decision and decision.allowed)

    def take(self, title: str, category: str | None) -> bool:
        """May this piece go in? Records it as used or as excluded."""
        if category is None or self.allows(category):
            if category in CATEGORIES:
                self.used.add(category)
            return True
        self._exclude(title, category)
        return False

    def piece(self, title: str, category: str | None, value):
        """`value` when allowed, else a `Withheld` marker (and the piece is listed)."""
        return value if self.take(title, category) or category is None else Withheld(title, category)

    def _exclude(self, title: str, category: str) -> None:
        if any(e.title == title and e.category == category for e in self.excluded):
            return
        decision = self.decisions.get(category)
        reason = decision.reason if decision and decision.reason else "geen grondslag vastgelegd"
        self.excluded.append(Excluded(title, category, reason))

    def rows(self, title: str, rows: list[Row]) -> list[Row]:
        """The allowed rows; each left-out row is listed as '<title>: <label>'."""
        kept = []
        for row in rows:
            if self.take(f"{title}: {row.label}", row.category):
                kept.append(row)
        return kept

    def blocks(self, prefix: str, blocks: list[Block]) -> list[Block]:
        """Blocks with only allowed rows; a block left empty is dropped (and listed)."""
        out = []
        for block in blocks:
            title = f"{prefix} › {block.title}" if prefix else block.title
            categories = {r.category for r in block.rows}
            if len(categories) == 1 and not self.allows(next(iter(categories))):
                self.take(title, next(iter(categories)))
                continue
            rows = self.rows(title, block.rows)
            if rows:
                out.append(Block(block.title, rows, block.subtitle))
        return out

    # -- what the document says about its basis ----------------------------------------------
    def basis_text(self, category: str) -> str:
        if self.open_basis:
            return self.open_basis
        decision = self.decisions.get(category)
        if decision is None or not decision.allowed:
            return decision.reason if decision else "geen grondslag"
        return "; ".join(self.describe(b) for b in decision.basis)

    def describe(self, basis: Basis) -> str:
        if basis.kind == "legal_task":
            return LEGAL_TASKS.get(basis.task or "", f"Wettelijke taak ({basis.task})")
        givers = " en ".join(sorted(self.giver(g) for g in basis.givers))
        if basis.signature == "per_persoon":  # services/consent.py: each giver's own signature says when and how
            text = f"Toestemming van {givers}, ieder met een eigen handtekening"
            return text + (f", geldig tot en met {short_date(basis.valid_until)}" if basis.valid_until else "")
        text = f"Toestemming van {givers} op {short_date(basis.given_on)}"
        if basis.method:
            text += f", {consent_method(basis.method)}"
        if basis.valid_until:
            text += f", geldig tot en met {short_date(basis.valid_until)}"
        return text

    def giver(self, key: str) -> str:
        return "de leerling zelf (16 jaar of ouder)" if key == PUPIL else self.names.get(key, "ouder")

    def shared(self) -> dict[str, str]:
        """For the sharing log: each category that went in, with its basis (ids, no names)."""
        if self.open_basis:
            return {"alles": self.open_basis}
        return {c: "; ".join(_log_basis(b) for b in self.decisions[c].basis) for c in sorted(self.used)}

    def withheld(self) -> list[str]:
        """For the sharing log (inside the store): each left-out part with its category."""
        return [f"{e.title} ({cat.label(e.category)})" for e in self.excluded]

    def withheld_summary(self) -> list[WithheldGroup]:
        """What a document and the export screen say about what was left out: per category,
        how many parts and why — never the parts' titles."""
        groups: dict[str | None, WithheldGroup] = {}
        for e in self.excluded:
            group = groups.setdefault(e.category, WithheldGroup(e.category, cat.label(e.category), 0, e.reason))
            group.count += 1
        order = list(cat.CATEGORIES)
        return sorted(groups.values(), key=lambda g: order.index(g.key) if g.key in order else len(order))


def _log_basis(basis: Basis) -> str:
    if basis.kind == "legal_task":
        return f"wettelijke taak {basis.task} (grondslag {basis.id})"
    return f"toestemming van {short_date(basis.given_on)} (grondslag {basis.id})"


def combine(decisions: list[Decision]) -> Decision:
    """Allowed only when every recipient may receive it (e.g. all MDO partners)."""
    if not decisions:
        return Decision(False, reason=mark("geen ontvanger"))
    refused = [d for d in decisions if not d.allowed]
    if refused:
        return refused[0]
    return Decision(
        True,
        [b for d in decisions for b in d.basis],
        reason=decisions[0].reason,
        by_parents_before_sixteen=decisions[0].by_parents_before_sixteen,
    )


def block_categories(blocks: list[Block]) -> set[str | None]:
    return {r.category for b in blocks for r in b.rows}


def row_text(row: Row) -> str:
    """Flat text of a row (for tests and the JSON of a document)."""
    if isinstance(row, FieldRow):
        return f"{row.label}: {row.text}"
    if isinstance(row, GroupTable):
        return row.label + ": " + " | ".join(" / ".join(item) for item in row.items)
    return str(row)
