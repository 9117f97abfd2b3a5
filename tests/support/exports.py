"""Fictional exports of a school's administration, written by the tests themselves: EDEX
(EDEXML 2.x structure, in each variation real systems write) and CSV in two layouts
(Magister-like and Somtoday-like). Every person here is made up."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from xml.sax.saxutils import escape, quoteattr

TODAY = date.today()
FIRST = [
    "Sem",
    "Noor",
    "Daan",
    "Ayşe",
    "Lotte",
    "Milan",
    "Zoë",
    "Bram",
    "Fenna",
    "Mehmet",
    "Saar",
    "Joëlle",
    "Thijs",
    "Yara",
    "Ruben",
    "Iris",
    "Øystein",
    "Liv",
    "Ömer",
    "Nova",
]
LAST = [
    ("", "Verhoef"),
    ("van der", "Berg"),
    ("", "Çelik"),
    ("de", "Wit"),
    ("", "Jansen"),
    ("van 't", "Hof"),
    ("", "El Amrani"),
    ("", "Bakker"),
    ("ter", "Horst"),
    ("", "Nguyễn"),
    ("", "Ødegaard-Smit"),
    ("", "Visser"),
    ("de", "Groot"),
    ("", "Yılmaz"),
    ("van", "Dijk"),
    ("", "Hendriks"),
    ("", "Mulder"),
    ("van den", "Broek"),
]


def born_for(year_group: int, day: int = 0) -> date:
    """A date of birth that fits groep `year_group` (age 4 in groep 1), today and later."""
    return TODAY - timedelta(days=int(365.25 * (year_group + 3.5)) + day)


@dataclass(frozen=True)
class Kid:
    key: str
    roepnaam: str | None
    achternaam: str | None
    voorvoegsel: str = ""
    geboortedatum: str | None = None
    groep: str | None = "g5"  # key of a <groep>, or None
    jaargroep: str | None = None
    samengestelde: tuple[str, ...] = ()
    voornamen: str | None = None
    uitstroomdatum: str | None = None
    woongemeente: str | None = None

    @property
    def name(self) -> str:
        last = f"{self.voorvoegsel} {self.achternaam}".strip()
        return f"{self.roepnaam} {last}"


@dataclass(frozen=True)
class Groep:
    key: str
    naam: str
    jaargroep: str | None = None
    composite: bool = False


GROUPS = [
    Groep("g1a", "1/2", "1"),
    Groep("g1b", "1/2", "2"),
    Groep("g3", "3", "3"),
    Groep("g4", "Groep 4", "4"),
    Groep("g5", "5", "5"),
    Groep("g6", "6A", "6"),
    Groep("g78", "7/8", "C"),
    Groep("g8", "8", "8"),
    Groep("sgmuziek", "Muziekklas", composite=True),
]


def school(n: int, groups: list[Groep] | None = None) -> list[Kid]:
    """`n` fictional pupils spread over the regular groups, each born to fit its group."""
    regular = [g for g in (groups or GROUPS) if not g.composite]
    kids = []
    for i in range(n):
        group = regular[i % len(regular)]
        year = int(group.jaargroep) if group.jaargroep and group.jaargroep.isdigit() else 7 + i % 2
        prefix, last = LAST[i % len(LAST)]
        suffix = "" if i < 180 else f"-{i // 180}"  # (first, last) pairs repeat after lcm(20, 18) = 180
        kids.append(
            Kid(
                f"{1000 + i}",
                FIRST[i % len(FIRST)],
                last + suffix,
                prefix,
                born_for(year, i % 300).isoformat(),
                group.key,
                str(year) if group.jaargroep == "C" else None,
            )
        )
    return kids


def edex(
    kids: list[Kid],
    groups: list[Groep] | None = None,
    *,
    namespace: str | None = None,
    prefix: str = "",
    brin: str = "99ZZ",
    made: str | None = None,
    declaration: str = '<?xml version="1.0" encoding="UTF-8"?>',
    teachers: bool = True,
) -> str:
    """An EDEX document. `namespace` puts every element in that namespace (with `prefix`, as
    `le:` in a UWLR answer, else as default namespace)."""
    groups = GROUPS if groups is None else groups
    made = made or f"{TODAY.isoformat()}T08:15:00"
    p = f"{prefix}:" if prefix else ""

    def el(tag: str, text: str | None) -> str:
        return f"<{p}{tag}>{escape(text)}</{p}{tag}>" if text else ""

    ns = ""
    if namespace:
        ns = f' xmlns:{prefix}="{namespace}"' if prefix else f' xmlns="{namespace}"'
    lines = [
        declaration,
        f"<{p}EDEX{ns}>",
        f"  <{p}school>{el('schooljaar', _school_year())}{el('brincode', brin)}{el('aanmaakdatum', made)}</{p}school>",
    ]
    if groups:
        lines.append(f"  <{p}groepen>")
        for g in groups:
            tag = "samengestelde_groep" if g.composite else "groep"
            lines.append(
                f"    <{p}{tag} key={quoteattr(g.key)}>{el('naam', g.naam)}{el('jaargroep', g.jaargroep)}</{p}{tag}>"
            )
        lines.append(f"  </{p}groepen>")
    lines.append(f"  <{p}leerlingen>")
    for kid in kids:
        lines.append(f"    <{p}leerling key={quoteattr(kid.key)}>")
        lines.append(
            "      "
            + el("achternaam", kid.achternaam)
            + el("voorvoegsel", kid.voorvoegsel)
            + el("voornamen", kid.voornamen)
            + el("roepnaam", kid.roepnaam)
        )
        lines.append(
            "      " + el("geboortedatum", kid.geboortedatum) + el("geslacht", "0") + el("jaargroep", kid.jaargroep)
        )
        if kid.groep:
            lines.append(f'      <{p}groep key="{kid.groep}"/>')
        if kid.samengestelde:
            refs = "".join(f'<{p}samengestelde_groep key="{k}"/>' for k in kid.samengestelde)
            lines.append(f"      <{p}samengestelde_groepen>{refs}</{p}samengestelde_groepen>")
        lines.append("      " + el("uitstroomdatum", kid.uitstroomdatum))
        lines.append(f"    </{p}leerling>")
    lines.append(f"  </{p}leerlingen>")
    if teachers:
        lines.append(
            f'  <{p}leerkrachten><{p}leerkracht key="LK1"><{p}achternaam>Meester (fictief)</{p}achternaam>'
            f'<{p}groepen><{p}groep key="g5"/></{p}groepen></{p}leerkracht></{p}leerkrachten>'
        )
    lines.append(f"</{p}EDEX>")
    return "\n".join(lines) + "\n"


def _school_year() -> str:
    start = TODAY.year if TODAY.month >= 8 else TODAY.year - 1
    return f"{start}-{start + 1}"


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first occurrence of `needle` in `text`."""
    return text[: text.index(needle)].count("\n") + 1


# -- CSV ---------------------------------------------------------------------------------------
GROUP_NAMES = {g.key: g.naam for g in GROUPS}


def _nl(iso: str | None) -> str:
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def magister_csv(kids: list[Kid]) -> bytes:
    """Magister-like: semicolons, Windows-1252, Dutch dates, short headers."""
    rows = ["Stamnr;Roepnaam;Tussenv;Achternaam;Geb.datum;Klas;Woonplaats"]
    for kid in kids:
        rows.append(
            ";".join(
                [
                    kid.key,
                    kid.roepnaam or "",
                    kid.voorvoegsel,
                    kid.achternaam or "",
                    _nl(kid.geboortedatum),
                    f"{GROUP_NAMES.get(kid.groep, '')}",
                    "Oosterbeek",
                ]
            )
        )
    return ("\r\n".join(rows) + "\r\n").encode("cp1252", errors="replace")


def somtoday_csv(kids: list[Kid]) -> bytes:
    """Somtoday-like: commas, quoted, UTF-8 with BOM, ISO dates, a woongemeente column."""

    def q(text: str | None) -> str:
        return '"' + (text or "").replace('"', '""') + '"'

    rows = [
        '"Leerlingnummer","Achternaam","Voorvoegsel","Roepnaam","Geboortedatum","Stamgroep","Gemeente",'
        '"Uitschrijfdatum"'
    ]
    for kid in kids:
        rows.append(
            ",".join(
                q(v)
                for v in (
                    kid.key,
                    kid.achternaam,
                    kid.voorvoegsel,
                    kid.roepnaam,
                    kid.geboortedatum,
                    GROUP_NAMES.get(kid.groep, ""),
                    kid.woongemeente or "Renkum",
                    kid.uitstroomdatum,
                )
            )
        )
    return b"\xef\xbb\xbf" + ("\n".join(rows) + "\n").encode("utf-8")


def renamed(kid: Kid, **changes) -> Kid:
    return replace(kid, **changes)


__all__ = [
    "GROUPS",
    "TODAY",
    "Groep",
    "Kid",
    "born_for",
    "edex",
    "line_of",
    "magister_csv",
    "renamed",
    "school",
    "somtoday_csv",
]
