"""What an import would change: new pupils, changed pupils field by field, pupils who left,
and problems per row. Nothing here writes; services/pupil_import.py writes a confirmed plan.

Matching: first on the administration's key, then on name + date of birth (a pupil typed in
ibdesk before the first import, or one whose key changed). Ownership per field: a stored value
still equal to what the last import wrote came from the administration and may be updated; a
value typed in ibdesk (anything else) is never overwritten, only shown as 'niet overgenomen'.
An empty value is filled in. A re-import of the same file therefore changes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from ibdesk.domain.model import Pupil
from ibdesk.domain.rules import clean_pupil
from ibdesk.errors import InvalidRecord
from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.importing.model import FIELD_LABELS, Export, FileRejected, Incoming, Problem
from ibdesk.importing.values import match_key
from ibdesk.text.dates import short_date
from ibdesk.text.numbers import plural

MISSING_SHARE_WARNING = 0.2  # warn when more than this share of linked pupils is not in the export
# Why a pupil is in `Plan.leaving` (a screen or the CLI shows it with tr_marked)
NOT_IN_EXPORT = mark("niet meer in de export")
LEFT_BY_EXPORT = mark("uitgeschreven volgens de export")
# The field names domain.rules.clean_pupil reports a rejected value under, as a problem names them
RULE_FIELDS = {
    "voornaam": mark("voornaam"),
    "achternaam": mark("achternaam"),
    "geboortedatum": mark("geboortedatum"),
    "groep": mark("groep"),
    "woongemeente": mark("woongemeente"),
    "ingeschreven": mark("ingeschreven"),
    "uitgeschreven": mark("uitgeschreven"),
}


def as_text(value: object) -> str | None:
    """How a field's value is recorded in `administration_values` (dates ISO)."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def shown(value: object) -> str:
    """A value as the preview shows it (dates Dutch)."""
    if value is None or value == "":
        return "—"
    return short_date(value) if isinstance(value, date) else str(value)


@dataclass(frozen=True)
class Stored:
    """A pupil as ibdesk holds it, with its key and what the last import wrote."""

    id: int
    first_name: str
    last_name: str
    birth_date: date
    group: str
    municipality: str
    enrolled_on: date | None
    left_on: date | None
    key: str | None
    imported: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def value(self, name: str) -> object:
        return getattr(self, name)


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object

    @property
    def label(self) -> str:
        """The field's Dutch name (as the audit trail records it; shown with tr_marked)."""
        return FIELD_LABELS[self.field]

    def text(self) -> str:
        return f"{tr_marked(self.label)}: {shown(self.old)} → {shown(self.new)}"


@dataclass
class Update:
    """A matched pupil: what the import writes, what it leaves alone because it was typed in
    ibdesk, the key it links, and the values to record as the administration's."""

    stored: Stored
    incoming: Incoming
    changes: list[Change]
    kept: list[Change]
    new_key: str | None
    recorded: dict[str, str]

    @property
    def writes(self) -> bool:
        return bool(self.changes or self.new_key)


@dataclass(frozen=True)
class Leaving:
    stored: Stored
    on: date
    reason: str


@dataclass
class Plan:
    export: Export
    new: list[Incoming] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: int = 0
    leaving: list[Leaving] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    only_in_ibdesk: int = 0
    municipality: str | None = None  # given to new pupils when the export has none
    warnings: list[str] = field(default_factory=list)
    without_municipality: int = 0

    @property
    def written(self) -> list[Update]:
        return [u for u in self.updates if u.writes]

    @property
    def kept(self) -> list[Update]:
        return [u for u in self.updates if u.kept]

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.written or self.leaving)

    def summary(self) -> str:
        problems = len(self.problems)
        return tr(
            "{new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {leaving} niet meer in de export, {problems}",
            new=len(self.new),
            updated=len(self.written),
            unchanged=self.unchanged,
            leaving=len(self.leaving),
            problems=plural(problems, tr("probleem"), tr("problemen")),
        )


def build_plan(
    export: Export, stored: list[Stored], today: date, municipality: str | None = None, brin: str | None = None
) -> Plan:
    """Compare the export with the stored pupils. `municipality` (the school's) is given to new
    pupils when the export has no woongemeente; `brin` (the school's) must match the export's."""
    _same_school(export, brin)
    plan = Plan(export, problems=list(export.problems), municipality=municipality)
    matcher = _Matcher(stored, export.pupils)
    for pupil in export.pupils:
        found = matcher.find(pupil, plan.problems)
        if found is None:
            _add_new(plan, pupil, today)
        elif found is not matcher.SKIP:
            _add_match(plan, found, pupil, today)
    if plan.without_municipality:
        plan.problems.append(
            Problem(
                None,
                tr(
                    "{count} nieuwe leerling(en) niet toegevoegd: de "
                    "export geeft geen woongemeente en ibdesk kent de gemeente van de school "
                    "nog niet. Vul de school in bij Instellingen (of geef bij 'ibdesk "
                    "import' de optie --municipality).",
                    count=plan.without_municipality,
                ),
            )
        )
    leave_on = export.made_on if export.made_on and export.made_on <= today else today
    for known in stored:
        if known.id not in matcher.claimed and known.left_on is None:
            if known.key:
                plan.leaving.append(Leaving(known, leave_on, NOT_IN_EXPORT))
            else:
                plan.only_in_ibdesk += 1
    _warn_when_many_missing(plan, stored)
    plan.problems.sort(key=lambda p: p.line or 0)
    return plan


def _same_school(export: Export, brin: str | None) -> None:
    if export.brin and brin and export.brin[:4].upper() != brin[:4].upper():
        raise FileRejected(
            tr(
                "Dit bestand is van de school met BRIN {theirs}; uw school in ibdesk heeft BRIN "
                "{ours}. Kies de export van uw eigen school, of pas de BRIN aan bij Instellingen.",
                theirs=export.brin,
                ours=brin,
            )
        )


class _Matcher:
    """Finds the stored pupil of an incoming one: key first, then name + date of birth."""

    SKIP = object()  # the row is not usable (a problem was recorded)

    def __init__(self, stored: list[Stored], incoming: list[Incoming]):
        self.by_key: dict[str, list[Stored]] = defaultdict(list)
        self.by_name: dict[tuple[str, date], list[Stored]] = defaultdict(list)
        for pupil in stored:
            if pupil.key:
                self.by_key[pupil.key].append(pupil)
            self.by_name[(match_key(pupil.first_name, pupil.last_name), pupil.birth_date)].append(pupil)
        self.keys = Counter(p.key for p in incoming if p.key)
        self.claimed: dict[int, int] = {}  # stored id → the line that claimed it

    def find(self, pupil: Incoming, problems: list[Problem]):
        if pupil.key and self.keys[pupil.key] > 1:
            problems.append(
                Problem(
                    pupil.line,
                    tr("de sleutel {key} staat meer dan eens in het bestand; deze rij is overgeslagen.", key=pupil.key),
                    pupil.name,
                )
            )
            return self.SKIP
        candidates = self.by_key.get(pupil.key or "", [])
        if not candidates and pupil.birth_date and pupil.last_name:
            candidates = [
                s
                for s in self.by_name.get((match_key(pupil.first_name, pupil.last_name), pupil.birth_date), [])
                if s.key is None or self.keys[s.key] == 0
            ]
        if len(candidates) > 1:
            problems.append(
                Problem(
                    pupil.line,
                    tr(
                        "in ibdesk staan meerdere leerlingen die hierbij passen; deze rij is "
                        "overgeslagen. Voeg ze samen of pas er één aan."
                    ),
                    pupil.name,
                )
            )
            return self.SKIP
        if not candidates:
            return None
        match = candidates[0]
        if match.id in self.claimed:
            problems.append(
                Problem(
                    pupil.line,
                    tr("dezelfde leerling als regel {line}; deze rij is overgeslagen.", line=self.claimed[match.id]),
                    pupil.name,
                )
            )
            return self.SKIP
        self.claimed[match.id] = pupil.line
        return match


def _add_new(plan: Plan, pupil: Incoming, today: date) -> None:
    if pupil.left_on and pupil.left_on <= today:
        plan.problems.append(
            Problem(pupil.line, tr("volgens de export al uitgeschreven; niet toegevoegd."), pupil.name)
        )
        return
    first, last, born, group = pupil.first_name, pupil.last_name, pupil.birth_date, pupil.group
    needed = ("first_name", "last_name", "birth_date", "group")
    absent = [tr_marked(FIELD_LABELS[f]) for f in needed if getattr(pupil, f) is None]
    if absent or first is None or last is None or born is None or group is None:
        plan.problems.append(
            Problem(
                pupil.line,
                tr("niet toegevoegd: geen (geldige) {fields} in de export.", fields=", ".join(absent)),
                pupil.name,
            )
        )
        return
    municipality = pupil.municipality or plan.municipality
    if municipality is None:
        plan.without_municipality += 1
        return
    problem = _invalid(Pupil(first, last, born, group, None, municipality, enrolled_on=pupil.enrolled_on), today)
    if problem:
        plan.problems.append(Problem(pupil.line, tr("niet toegevoegd: {problem}", problem=problem), pupil.name))
    else:
        plan.new.append(pupil)


def _invalid(pupil: Pupil, today: date) -> str | None:
    try:
        clean_pupil(pupil, today)
    except InvalidRecord as exc:
        return "; ".join(f"{tr_marked(RULE_FIELDS.get(key, key))}: {message}" for key, message in exc.errors.items())
    return None


def _add_match(plan: Plan, stored: Stored, pupil: Incoming, today: date) -> None:
    update = compare(stored, pupil, today)
    if update.changes:
        after = Pupil(
            stored.first_name,
            stored.last_name,
            stored.birth_date,
            stored.group,
            None,
            stored.municipality,
            enrolled_on=stored.enrolled_on,
        )
        for change in update.changes:
            if change.field != "left_on":
                setattr(after, change.field, change.new)
        problem = _invalid(after, today)
        if problem:
            plan.problems.append(Problem(pupil.line, tr("niet bijgewerkt: {problem}", problem=problem), stored.name))
            plan.unchanged += 1
            return
    if pupil.left_on and pupil.left_on <= today and stored.left_on is None:
        plan.leaving.append(Leaving(stored, pupil.left_on, LEFT_BY_EXPORT))
    if update.writes or update.kept:
        plan.updates.append(update)
    else:
        plan.unchanged += 1


def compare(stored: Stored, pupil: Incoming, today: date) -> Update:
    """Field by field: equal (recorded as the administration's), changed (the stored value came
    from the administration, or is empty), or kept (typed in ibdesk)."""
    recorded = dict(stored.imported)
    changes, kept = [], []
    for name, new in pupil.values().items():
        old, new_text = stored.value(name), as_text(new) or ""  # values() holds no None
        if old == new:
            recorded[name] = new_text
        elif old in (None, "") or stored.imported.get(name) == as_text(old):
            changes.append(Change(name, old, new))
            recorded[name] = new_text
        else:
            kept.append(Change(name, old, new))
    still_there = not (pupil.left_on and pupil.left_on <= today)
    if stored.left_on and still_there:
        if stored.imported.get("left_on") == as_text(stored.left_on):
            changes.append(Change("left_on", stored.left_on, None))
            recorded.pop("left_on", None)
        else:
            kept.append(Change("left_on", stored.left_on, None))
    new_key = pupil.key if pupil.key and pupil.key != stored.key else None
    return Update(stored, pupil, changes, kept, new_key, recorded)


def _warn_when_many_missing(plan: Plan, stored: list[Stored]) -> None:
    linked = sum(1 for s in stored if s.key and s.left_on is None)
    missing = sum(1 for leaving in plan.leaving if leaving.reason == NOT_IN_EXPORT)
    if linked and missing > MISSING_SHARE_WARNING * linked:
        plan.warnings.append(
            tr(
                "Let op: {missing} van de {linked} leerlingen uit de administratie staan niet in deze "
                "export. Is dit de export van de hele school? Markeer ze alleen als vertrokken als ze "
                "echt van school zijn.",
                missing=missing,
                linked=linked,
            )
        )
