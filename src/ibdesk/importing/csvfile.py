"""CSV exports (Magister, Somtoday, and whatever a school's administration writes): columns
differ per school, so a mapping says which column holds what.

The delimiter (; , tab |) and the encoding (UTF-8, with or without BOM, else Windows-1252)
are detected; dates may be Dutch (12-03-2016, 12/3/2016) or ISO (2016-03-12). A mapping is
{target: column header}, the targets being the keys of TARGETS; `guess_mapping` proposes
one from the headers, a school's own is remembered (services/pupil_import.py) or given as a
file (`ibdesk import csv --mapping FILE`, YAML or JSON).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ibdesk.errors import ValidationError
from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.importing import values
from ibdesk.importing.files import decode, read_bytes
from ibdesk.importing.model import Export, FileRejected, Incoming, Problem

# target → (label in the mapping step, required); messages show the label with tr_marked
TARGETS = {
    "leerlingnummer": (mark("Leerlingnummer"), False),
    "roepnaam": (mark("Roepnaam"), True),
    "tussenvoegsel": (mark("Tussenvoegsel"), False),
    "achternaam": (mark("Achternaam"), True),
    "geboortedatum": (mark("Geboortedatum"), True),
    "groep": (mark("Groep of klas"), True),
    "woongemeente": (mark("Woongemeente"), False),
    "inschrijfdatum": (mark("Ingeschreven op"), False),
    "uitschrijfdatum": (mark("Uitgeschreven op"), False),
}
# Headers (lower case, letters and digits only) that mean a target.
SYNONYMS = {
    "leerlingnummer": {
        "leerlingnummer",
        "leerlingnr",
        "llnr",
        "llnummer",
        "stamnummer",
        "stamnr",
        "studentnummer",
        "leerlingid",
        "leerlingkey",
        "key",
    },
    "roepnaam": {"roepnaam", "voornaam", "roepnm", "firstname"},
    "tussenvoegsel": {"tussenvoegsel", "tussenvoegsels", "tussenv", "voorvoegsel", "voorvoegsels", "voorv"},
    "achternaam": {"achternaam", "familienaam", "geslachtsnaam", "lastname"},
    "geboortedatum": {"geboortedatum", "gebdatum", "gebdat", "geboren", "geboortedat", "dateofbirth"},
    "groep": {
        "groep",
        "klas",
        "stamgroep",
        "stamklas",
        "basisgroep",
        "groepsnaam",
        "groepnaam",
        "klasnaam",
        "klascode",
    },
    "woongemeente": {"woongemeente", "gemeente"},
    "inschrijfdatum": {"inschrijfdatum", "datuminschrijving", "instroomdatum", "ingeschreven", "begindatum"},
    "uitschrijfdatum": {"uitschrijfdatum", "datumuitschrijving", "uitstroomdatum", "uitgeschreven", "einddatum"},
}
DELIMITERS = (";", ",", "\t", "|")
DELIMITER_NAMES = {";": mark("puntkomma"), ",": mark("komma"), "\t": mark("tab"), "|": mark("verticale streep")}


@dataclass
class Table:
    """The file's columns and rows (each with the line it ends on)."""

    columns: list[str]
    rows: list[tuple[int, list[str]]]
    delimiter: str
    encoding: str

    def sample(self, column: str) -> str:
        """The first non-empty value of a column, to show next to it in the mapping step."""
        index = self.columns.index(column)
        return next((cells[index] for _line, cells in self.rows if index < len(cells) and cells[index].strip()), "")


def read_table(data: bytes) -> Table:
    text, encoding = decode(data)
    if text.lstrip("\ufeff \r\n\t").startswith("<"):
        raise FileRejected(tr("Dit lijkt een XML-bestand (EDEX), geen CSV. Importeer het dan als EDEX."))
    if "\x00" in text[:1024]:
        raise FileRejected(
            tr(
                "Dit is geen CSV-bestand maar een binair bestand (zoals een Excel-bestand). Sla het in "
                "Excel op als 'CSV (gescheiden door lijstscheidingsteken)'."
            )
        )
    lines = text.splitlines() or [""]
    first = 1 if lines and re.fullmatch(r"sep=.", lines[0].strip()) else 0  # Excel's 'sep=;' line
    if not text.strip():
        raise FileRejected(tr("Het bestand is leeg."))
    delimiter = lines[0].strip()[4] if first else _delimiter(lines[:30])
    reader = csv.reader(io.StringIO("\n".join(lines[first:])), delimiter=delimiter)
    try:
        records = [(reader.line_num + first, cells) for cells in reader]
    except csv.Error as exc:
        raise FileRejected(
            tr("Regel {line}: de CSV is beschadigd ({reason}).", line=reader.line_num + first, reason=exc)
        ) from None
    records = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise FileRejected(tr("Het bestand is leeg."))
    (_line, header), *rows = records
    return Table(_unique([h.strip() for h in header]), rows, delimiter, encoding)


def _delimiter(lines: list[str]) -> str:
    """The candidate that splits the header into most columns and the next lines into as many."""
    best, best_score = None, 1
    for candidate in DELIMITERS:
        rows = [r for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=candidate) if r]
        if not rows:
            continue
        width = len(rows[0])
        steady = sum(1 for r in rows[1:] if len(r) == width) >= 0.8 * (len(rows) - 1)
        if width > best_score and steady:
            best, best_score = candidate, width
    if best is None:
        raise FileRejected(
            tr(
                "Regel 1: geen kolommen gevonden. Een CSV-export heeft op de eerste regel de kolomnamen, "
                "gescheiden door puntkomma's of komma's."
            )
        )
    return best


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for index, header in enumerate(headers, start=1):
        name = header or f"kolom {index}"  # a name a remembered mapping or --mapping uses: not translated
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


# -- the mapping -------------------------------------------------------------------------------
def _plain(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.casefold())


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Each target whose synonym is a column's header, the first such column."""
    mapping: dict[str, str] = {}
    for target, words in SYNONYMS.items():
        found = next((c for c in columns if _plain(c) in words and c not in mapping.values()), None)
        if found:
            mapping[target] = found
    return mapping


def fits(mapping: dict[str, str] | None, columns: list[str]) -> bool:
    """A remembered mapping fits a file whose columns hold every column it names."""
    if not mapping:
        return False
    return all(column in columns for column in mapping.values())


def check_mapping(mapping: dict[str, str], columns: list[str]) -> dict[str, str]:
    """The mapping without empty choices; FileRejected naming what is wrong."""
    unknown = sorted(t for t in mapping if t not in TARGETS)
    if unknown:
        raise FileRejected(
            tr(
                "Onbekend veld in de kolomindeling: {unknown}. Bekend: {known}.",
                unknown=", ".join(unknown),
                known=", ".join(TARGETS),
            )
        )
    chosen = {t: c for t, c in mapping.items() if c}
    absent = sorted(c for c in chosen.values() if c not in columns)
    if absent:
        raise FileRejected(
            tr(
                "Kolom {absent} staat niet in het bestand. Kolommen in het bestand: {columns}.",
                absent=", ".join(repr(c) for c in absent),
                columns=", ".join(columns),
            )
        )
    missing = [tr_marked(label).lower() for t, (label, required) in TARGETS.items() if required and t not in chosen]
    if missing:
        raise FileRejected(
            tr(
                "Kies een kolom voor: {missing}. Kolommen in het bestand: {columns}.",
                missing=", ".join(missing),
                columns=", ".join(columns),
            )
        )
    return chosen


def load_mapping_file(path: Path) -> dict[str, str]:
    """`--mapping FILE`: {veld: kolom} in YAML or JSON, e.g. {"leerlingnummer": "Stamnr", …}."""
    text, _encoding = decode(read_bytes(path))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FileRejected(
            tr("{name} is geen geldige kolomindeling (YAML of JSON): {reason}", name=path.name, reason=exc)
        ) from None
    if not isinstance(data, dict) or not all(isinstance(v, str | None) for v in data.values()):
        raise FileRejected(
            tr(
                "{name}: schrijf de kolomindeling als veld: kolomnaam, bijvoorbeeld {example}.",
                name=path.name,
                example='{"leerlingnummer": "Stamnr", "roepnaam": "Roepnaam", …}',
            )
        )
    return {str(k): v for k, v in data.items() if v}


# -- rows → pupils -----------------------------------------------------------------------------
def to_export(table: Table, mapping: dict[str, str]) -> Export:
    chosen = check_mapping(mapping, table.columns)
    index = {target: table.columns.index(column) for target, column in chosen.items()}
    problems: list[Problem] = []
    pupils = [_pupil(line, cells, index, len(table.columns), problems) for line, cells in table.rows]
    return Export("csv", pupils, problems, encoding=table.encoding, gives_municipality="woongemeente" in index)


def _pupil(line: int, cells: list[str], index: dict[str, int], width: int, problems: list[Problem]) -> Incoming:
    def cell(target: str) -> str | None:
        at = index.get(target)
        return values.clean(cells[at]) if at is not None and at < len(cells) else None

    first, last = cell("roepnaam"), values.surname(cell("tussenvoegsel"), cell("achternaam"))
    who = " ".join(p for p in (first, last) if p)
    if len(cells) > width:
        problems.append(
            Problem(
                line,
                tr(
                    "meer waarden dan kolommen (staat er een scheidingsteken in een naam? Zet die "
                    "dan tussen aanhalingstekens)."
                ),
                who,
            )
        )

    def day(target: str):
        text = cell(target)
        if text is None:
            return None
        try:
            return values.parse_day(text)
        except ValidationError as exc:
            label = tr_marked(TARGETS[target][0]).lower()
            problems.append(Problem(line, f"{label} '{text}': {exc}", who))
            return None

    return Incoming(
        line,
        cell("leerlingnummer"),
        first,
        last,
        day("geboortedatum"),
        cell("groep"),
        cell("woongemeente"),
        day("inschrijfdatum"),
        day("uitschrijfdatum"),
    )
