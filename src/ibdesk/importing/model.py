"""What an administration's export holds, read into one shape for EDEX and CSV alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ibdesk.errors import UserError
from ibdesk.i18n import mark, tr
from ibdesk.text.numbers import plural

# The pupil fields an import may write, with the Dutch word the preview uses (the audit trail
# records it in Dutch; a screen or the CLI shows it with tr_marked).
FIELD_LABELS = {
    "first_name": mark("roepnaam"),
    "last_name": mark("achternaam"),
    "birth_date": mark("geboortedatum"),
    "group": mark("groep"),
    "municipality": mark("woongemeente"),
    "enrolled_on": mark("ingeschreven op"),
    "left_on": mark("vertrokken op"),
}
MANAGED_FIELDS = ("first_name", "last_name", "birth_date", "group", "municipality", "enrolled_on")


class FileRejected(UserError):
    """The file is not an export ibdesk can read (or is damaged); nothing was changed."""

    def __init__(self, problem: str):
        super().__init__(tr("Het bestand is niet ingelezen; er is niets veranderd. {problem}", problem=problem))
        self.problem = problem


@dataclass(frozen=True)
class Incoming:
    """One pupil as the export has it. `line` is where it starts in the file; a field the export
    leaves out (or that could not be read) is None."""

    line: int
    key: str | None
    first_name: str | None
    last_name: str | None
    birth_date: date | None
    group: str | None
    municipality: str | None = None
    enrolled_on: date | None = None
    left_on: date | None = None  # uitstroomdatum / uitschrijfdatum, when the export gives one

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or (
            tr("sleutel {key}", key=self.key) if self.key else tr("(zonder naam)")
        )

    def values(self) -> dict[str, object]:
        """The managed fields the export gives a value for."""
        return {f: getattr(self, f) for f in MANAGED_FIELDS if getattr(self, f) is not None}


@dataclass(frozen=True)
class Problem:
    """Something wrong with one row (or the file), in the user's language (made with tr when
    the file is read; never stored); `line` is the file's line."""

    line: int | None
    message: str
    who: str = ""

    def text(self) -> str:
        where = tr("regel {line}", line=self.line) + ": " if self.line else ""
        who = f"{self.who}: " if self.who else ""
        return f"{where}{who}{self.message}"


@dataclass
class Export:
    """A whole export: its pupils, what was wrong per row, and what it says about itself."""

    kind: str  # "edex" | "csv"
    pupils: list[Incoming]
    problems: list[Problem] = field(default_factory=list)
    brin: str | None = None
    school_year: str | None = None
    made_on: date | None = None  # the export's own date (EDEX aanmaakdatum)
    encoding: str = "UTF-8"
    gives_municipality: bool = False

    @property
    def label(self) -> str:
        return "EDEX" if self.kind == "edex" else "CSV"

    def describe(self) -> str:
        """'EDEX, schooljaar 2024-2025, BRIN 99ZZ, 312 leerlingen' — facts of the file only."""
        facts = [self.label]
        if self.school_year:
            facts.append(tr("schooljaar {year}", year=self.school_year))
        if self.brin:
            facts.append(f"BRIN {self.brin}")
        count = len(self.pupils)
        facts.append(plural(count, tr("leerling"), tr("leerlingen")))
        return ", ".join(facts)
