"""Organisations as a school keeps them: kinds and their names, the key that matches a
re-imported entry, merging an entry into what is stored, and what changed.

An *entry* is what an organisations file, the command line or a form gives for one
organisation: only the attributes it names (an absent attribute keeps the stored value,
an empty one clears it). Plain Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.errors import ValidationError
from ibdesk.i18n import mark, tr

# Words people use for each kind (file values, CLI options); compared case- and space-insensitively.
KIND_WORDS = {
    OrgKind.SOCIAAL_TEAM: ("sociaal_team", "sociaal team", "wijkteam", "jeugdteam", "lokale toegang"),
    OrgKind.SWV_LOKET: ("swv_loket", "swv loket", "swv", "loket samenwerkingsverband", "samenwerkingsverband"),
    OrgKind.SWV_CONSULTANT: ("swv_consultant", "swv consulent", "consulent samenwerkingsverband"),
    OrgKind.JEUGDHULP: ("jeugdhulp", "jeugdhulpaanbieder", "jeugdzorg"),
    OrgKind.JGZ: ("jgz", "ggd", "jeugdarts", "jeugdgezondheidszorg"),
    OrgKind.LEERPLICHT: ("leerplicht", "rbl", "leerplicht / rbl", "leerplichtambtenaar"),
    OrgKind.SCHOOL: ("school", "andere school"),
    OrgKind.VEILIG_THUIS: ("veilig_thuis", "veilig thuis"),
    OrgKind.GI: ("gecertificeerde_instelling", "gecertificeerde instelling", "gi", "jeugdbescherming"),
    OrgKind.RAAD: ("raad_kinderbescherming", "raad voor de kinderbescherming", "raad", "rvdk"),
}
_KIND_BY_WORD = {word.replace(" ", "").replace("_", ""): kind for kind, words in KIND_WORDS.items() for word in words}

# The `org_kind` of an organisation field in a form definition → the kinds it offers.
FIELD_KINDS: dict[str, set[OrgKind]] = {
    "sociaal_team": {OrgKind.SOCIAAL_TEAM},
    "swv": {OrgKind.SWV_LOKET, OrgKind.SWV_CONSULTANT},
    "jeugdhulp": {OrgKind.JEUGDHULP},
    "jgz": {OrgKind.JGZ},
    "leerplicht": {OrgKind.LEERPLICHT},
    "school": {OrgKind.SCHOOL},
}

# Attributes an entry may give, with the Dutch word used in messages and change lists.
ORG_FIELDS = {
    "kind": mark("soort"),
    "name": mark("naam"),
    "municipality": mark("gemeente"),
    "address": mark("adres"),
    "postcode": mark("postcode"),
    "place": mark("plaats"),
    "phone": mark("telefoon"),
    "email": mark("e-mail"),
    "brin": mark("BRIN"),
    "active": mark("actief"),
    "key": mark("sleutel"),
}
CONTACT_FIELDS = {
    "name": mark("naam"),
    "role": mark("functie"),
    "phone": mark("telefoon"),
    "email": mark("e-mail"),
    "is_primary": mark("vaste contactpersoon"),
    "is_escalation": mark("opschalen"),
    "mandate": mark("mandaat"),
}
# The keys validation names an organisation's problems by (domain/rules.py), as words; most are
# ORG_FIELDS' or CONTACT_FIELDS' own; a screen or the CLI shows them through `tr_marked`.
PROBLEM_FIELDS = (mark("contactpersoon"),)


def inactive_label(org: Organisation) -> str:
    """An organisation's name as forms and documents show it: marked when no longer active."""
    return org.name if org.active else f"{org.name} (niet meer actief)"


def parse_kind(value: Any, field_name: str = "soort") -> OrgKind:
    """'Sociaal Team', 'wijkteam', 'RBL', 'GGD' … → the kind; a clear message otherwise."""
    if isinstance(value, OrgKind):
        return value
    word = str(value or "").strip().casefold().replace(" ", "").replace("_", "")
    if word in _KIND_BY_WORD:
        return _KIND_BY_WORD[word]
    known = ", ".join(f"{k.value} ({k.label})" for k in OrgKind)
    shown = str(value or "").strip()
    if not shown:
        raise ValidationError(tr("Kies de soort organisatie: {known}.", known=known), field_name)
    raise ValidationError(
        tr("Onbekende soort organisatie '{shown}'. Kies uit: {known}.", shown=shown, known=known), field_name
    )


def fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def natural_key(kind: OrgKind, name: str | None, municipality: str | None) -> tuple[str, str, str]:
    """How an entry without a key finds its stored organisation: kind, name and municipality."""
    return (str(kind), fold(name), fold(municipality))


def org_natural_key(org: Organisation) -> tuple[str, str, str]:
    return natural_key(org.kind, org.name, org.municipality)


@dataclass
class Entry:
    """One organisation as an import file or the CLI gives it. `where` says where it came
    from ('regel 12') for messages; `contacts` None means the entry says nothing about people."""

    values: dict[str, Any]
    contacts: list[dict[str, Any]] | None = None
    where: str = ""

    @property
    def key(self) -> str | None:
        key = self.values.get("key")
        if key is None:
            return None
        return str(key).strip() or None

    def natural_key(self) -> tuple[str, str, str]:
        return natural_key(
            parse_kind(self.values.get("kind")), self.values.get("name"), self.values.get("municipality")
        )


def apply_entry(entry: Entry, stored: Organisation | None) -> Organisation:
    """The organisation after applying `entry` to `stored` (or a new one); `stored` is not changed."""
    org = _copy(stored) if stored is not None else Organisation(kind=OrgKind.SOCIAAL_TEAM, name="")
    for attr, value in entry.values.items():
        if attr == "kind":
            value = parse_kind(value)
        elif attr == "active":
            value = bool(value) if value is not None else org.active
        elif isinstance(value, str):
            value = value.strip() or None
        setattr(org, attr, value)
    if entry.contacts is not None:
        org.contacts = merge_contacts(org.contacts, entry.contacts)
    return org


def merge_contacts(stored: list[Contact], given: list[dict[str, Any]]) -> list[Contact]:
    """People matched by name: given fields overwrite, people not given stay. Naming a new
    primary or escalation person takes that role from whoever had it."""
    result = [replace(c) for c in stored]
    for flag in ("is_primary", "is_escalation"):
        if any(g.get(flag) for g in given):
            for contact in result:
                setattr(contact, flag, False)
    for values in given:
        match = next((c for c in result if fold(c.name) == fold(values.get("name"))), None)
        if match is None:
            match = Contact(name="", role="")
            result.append(match)
        for attr, value in values.items():
            if attr in ("is_primary", "is_escalation"):
                value = bool(value) or getattr(match, attr)
            elif isinstance(value, str):
                value = value.strip() or (None if attr not in ("name", "role") else "")
            setattr(match, attr, value)
    return result


def _copy(org: Organisation) -> Organisation:
    return replace(org, contacts=[replace(c) for c in org.contacts])


def changes(before: Organisation, after: Organisation) -> list[str]:
    """Dutch words for what differs ('telefoon', 'contactpersonen'); empty when nothing does."""
    changed = [label for attr, label in ORG_FIELDS.items() if getattr(before, attr) != getattr(after, attr)]
    if _people(before) != _people(after):
        changed.append(mark("contactpersonen"))
    return changed


def _people(org: Organisation) -> list[tuple]:
    return [tuple(getattr(c, attr) for attr in CONTACT_FIELDS) for c in org.contacts]


@dataclass
class ImportLine:
    """What importing one entry does: 'nieuw', 'bijgewerkt' (with what) or 'ongewijzigd'."""

    action: str
    organisation: Organisation
    changed: list[str] = field(default_factory=list)
    stored_id: int | None = None


@dataclass
class ImportPlan:
    lines: list[ImportLine] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for line in self.lines if line.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "added": self.count("nieuw"),
            "updated": self.count("bijgewerkt"),
            "unchanged": self.count("ongewijzigd"),
        }

    def summary(self) -> str:
        c = self.counts
        return f"{c['added']} nieuw, {c['updated']} bijgewerkt, {c['unchanged']} ongewijzigd"
