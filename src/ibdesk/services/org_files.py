"""Reading an organisations file a region or school board hands out: YAML or CSV.

YAML: `organisations:` is a list; each item has the keys of `ORG_KEYS` and optionally
`contacts:` (a list with the keys of `CONTACT_KEYS`). CSV: one row per organisation with
the columns of `CSV_COLUMNS` (comma or semicolon, UTF-8 or the Windows code page Excel
writes); the primary contact and the escalation person each have their own columns.
See packaging/organisations-example.yaml. Every problem names the line it is on.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import yaml

from ibdesk.domain.organisations import Entry
from ibdesk.errors import UserError
from ibdesk.i18n import tr

# File key → Organisation attribute.
ORG_KEYS = {
    "key": "key",
    "kind": "kind",
    "name": "name",
    "municipality": "municipality",
    "address": "address",
    "postcode": "postcode",
    "place": "place",
    "phone": "phone",
    "email": "email",
    "brin": "brin",
    "active": "active",
}
CONTACT_KEYS = {
    "name": "name",
    "role": "role",
    "phone": "phone",
    "email": "email",
    "primary": "is_primary",
    "escalation": "is_escalation",
    "mandate": "mandate",
}
# CSV column → (which person, attribute); the organisation's own columns are ORG_KEYS.
PERSON_COLUMNS = {
    "contact_name": ("contact", "name"),
    "contact_role": ("contact", "role"),
    "contact_phone": ("contact", "phone"),
    "contact_email": ("contact", "email"),
    "escalation_name": ("escalation", "name"),
    "escalation_role": ("escalation", "role"),
    "escalation_phone": ("escalation", "phone"),
    "escalation_email": ("escalation", "email"),
    "escalation_mandate": ("escalation", "mandate"),
}
CSV_COLUMNS = [*ORG_KEYS, *PERSON_COLUMNS]
TRUE_WORDS, FALSE_WORDS = {"ja", "yes", "true", "waar", "1", "j", "y"}, {"nee", "no", "false", "onwaar", "0", "n"}
MAX_BYTES = 5 * 1024 * 1024


class FileProblems(UserError):
    """Everything wrong with a file at once, one line per problem (in the user's language)."""

    def __init__(self, problems: list[str]):
        super().__init__(
            tr("Het organisatiebestand is niet ingelezen; er is niets veranderd:")
            + "\n"
            + "\n".join(f"- {p}" for p in problems)
        )
        self.problems = problems


def read_entries(path: Path) -> list[Entry]:
    """The entries of a .yaml/.yml or .csv file; FileProblems when anything is wrong."""
    return parse_entries(read_text(path), path)


def parse_entries(text: str, path: Path) -> list[Entry]:
    """The entries of a file's text; its suffix says YAML or CSV."""
    if path.suffix.lower() == ".csv":
        return entries_from_csv(text)
    if path.suffix.lower() in (".yaml", ".yml"):
        return entries_from_yaml(text)
    raise UserError(
        tr("{name}: kies een .yaml- of .csv-bestand (zie packaging/organisations-example.yaml).", name=path.name)
    )


def read_text(path: Path) -> str:
    """The file as text (UTF-8, else Windows-1252); a clear message when it cannot be read."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError(tr("{name} is groter dan 5 MB; dat is geen organisatiebestand.", name=path.name))
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(tr("Het bestand {path} bestaat niet.", path=path)) from None
    except OSError as exc:
        raise UserError(
            tr("Het bestand {path} kan niet worden gelezen ({reason}).", path=path, reason=exc.strerror or exc)
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's "CSV" on Dutch Windows


def _line(number: int) -> str:
    """'regel 12': where a problem is, as the problems name it."""
    return tr("regel {line}", line=number)


# -- YAML ------------------------------------------------------------------------------------------
class _TextLoader(yaml.SafeLoader):
    """Numbers stay text: '0261234567' would otherwise become an (octal) number."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag.rsplit(":", 1)[-1] not in ("int", "float", "timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def entries_from_yaml(text: str) -> list[Entry]:
    loader = _TextLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = _line(mark.line + 1) + ": " if mark else ""
        problem = tr(
            "dit is geen geldige YAML ({reason}). Controleer inspringen en aanhalingstekens.", reason=exc.problem or exc
        )
        raise FileProblems([line + problem]) from None
    except yaml.YAMLError as exc:
        raise FileProblems([tr("dit is geen geldige YAML ({reason}).", reason=exc)]) from None
    finally:
        loader.dispose()
    items, nodes = _organisation_items(data, root)
    problems: list[str] = []
    entries = [_yaml_entry(item, _line(node.start_mark.line + 1), problems) for item, node in zip(items, nodes)]
    if problems:
        raise FileProblems(problems)
    return entries


def _organisation_items(data: Any, root: Any) -> tuple[list, list]:
    if not isinstance(data, dict) or not isinstance(data.get("organisations"), list):
        raise FileProblems(
            [
                tr(
                    "het bestand moet beginnen met 'organisations:' en daaronder een lijst "
                    "(regels die met '- ' beginnen). Zie packaging/organisations-example.yaml."
                )
            ]
        )
    unknown = sorted(set(data) - {"organisations", "version", "source"})
    if unknown:
        raise FileProblems(
            [
                tr(
                    "onbekende sleutel(s) bovenaan: {unknown}. Toegestaan: organisations, version, source.",
                    unknown=", ".join(map(str, unknown)),
                )
            ]
        )
    sequence = next(v for k, v in root.value if k.value == "organisations")
    return data["organisations"], sequence.value


def _yaml_entry(item: Any, where: str, problems: list[str]) -> Entry:
    if not isinstance(item, dict):
        problems.append(tr("{where}: elke organisatie is een blok met 'kind:', 'name:' enzovoort.", where=where))
        return Entry({}, None, where)
    values = _mapped(item, ORG_KEYS, {"contacts"}, where, problems)
    contacts = None
    if "contacts" in item:
        people = item["contacts"] or []
        if not isinstance(people, list) or not all(isinstance(p, dict) for p in people):
            problems.append(
                tr("{where}: 'contacts:' is een lijst van personen (elk met 'name:', 'role:' …).", where=where)
            )
        else:
            contacts = [
                _mapped(p, CONTACT_KEYS, set(), tr("{where}, contactpersoon {n}", where=where, n=n), problems)
                for n, p in enumerate(people, start=1)
            ]
    return Entry(values, contacts, where)


def _mapped(item: dict, keys: dict[str, str], extra: set[str], where: str, problems: list[str]) -> dict:
    unknown = sorted(str(k) for k in set(item) - set(keys) - extra)
    if unknown:
        problems.append(
            tr(
                "{where}: onbekende sleutel(s) {unknown}. Toegestaan: {allowed}.",
                where=where,
                unknown=", ".join(unknown),
                allowed=", ".join([*keys, *extra]),
            )
        )
    out = {}
    for key, attr in keys.items():
        if key in item:
            value = item[key]
            if attr in ("active", "is_primary", "is_escalation"):
                value = _flag(value, f"{where}: '{key}'", problems)
            elif value is not None and not isinstance(value, str):
                value = str(value)
            out[attr] = value
    return out


def _flag(value: Any, where: str, problems: list[str]) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    word = str(value).strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    if not word:
        return None
    problems.append(tr("{where} moet ja of nee zijn (of true/false), niet '{value}'.", where=where, value=value))
    return None


# -- CSV -------------------------------------------------------------------------------------------
def entries_from_csv(text: str) -> list[Entry]:
    if not text.strip():
        raise FileProblems([tr("het bestand is leeg.")])
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [(h or "").strip().casefold() for h in reader.fieldnames or []]
    unknown = [h for h in header if h and h not in CSV_COLUMNS]
    missing = [h for h in ("kind", "name") if h not in header]
    if unknown or missing:
        parts = ([tr("onbekende kolom(men): {columns}", columns=", ".join(unknown))] if unknown else []) + (
            [tr("verplichte kolom(men) ontbreken: {columns}", columns=", ".join(missing))] if missing else []
        )
        raise FileProblems(
            [tr("regel 1: {problems}. Kolommen: {columns}.", problems="; ".join(parts), columns=", ".join(CSV_COLUMNS))]
        )
    reader.fieldnames = header
    problems: list[str] = []
    entries = []
    for row in reader:
        where = _line(reader.line_num)
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        if None in row:
            problems.append(
                tr(
                    "{where}: meer waarden dan kolommen (staat er een scheidingsteken in een naam? "
                    "Zet die naam dan tussen aanhalingstekens).",
                    where=where,
                )
            )
        if any(cells.values()):
            entries.append(_csv_entry(cells, where, problems))
    if problems:
        raise FileProblems(problems)
    return entries


def _csv_entry(cells: dict[str, str], where: str, problems: list[str]) -> Entry:
    """Empty cells leave what is stored alone (a CSV cannot tell empty from absent)."""
    values: dict[str, Any] = {}
    for key, attr in ORG_KEYS.items():
        if cells.get(key):
            values[attr] = _flag(cells[key], f"{where}: 'active'", problems) if attr == "active" else cells[key]
    people: dict[str, dict[str, Any]] = {}
    for column, (who, attr) in PERSON_COLUMNS.items():
        if cells.get(column):
            people.setdefault(who, {})[attr] = cells[column]
    contacts = []
    for who, flag in (("contact", "is_primary"), ("escalation", "is_escalation")):
        if who in people:
            if not people[who].get("name"):
                problems.append(
                    tr("{where}: vul {who}_name in, of laat de andere {who}_-kolommen leeg.", where=where, who=who)
                )
            contacts.append({**people[who], flag: True})
    return Entry(values, contacts or None, where)
