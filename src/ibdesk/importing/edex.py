"""EDEX/EDEXML exports (ParnasSys, ESIS, and others): one XML file with the school, its
`groepen` (and `samengestelde_groep`en), its `leerlingen` and `leerkrachten`.

Structure as in the EDEXML 2.x schema (EDEXML.structuur.xsd / EDEXML.elementen.xsd of
Edustandaard; EDEXML 1.0.3 has the same elements): `<EDEX>` holds `<school>` (schooljaar,
brincode, aanmaakdatum), `<groepen>` with `<groep key>` (naam, jaargroep) and
`<samengestelde_groep key>` (naam), and `<leerlingen>` with `<leerling key>` (achternaam,
voorvoegsel, voornamen, voorletters-1, roepnaam, geboortedatum, jaargroep, `<groep key>`,
`<samengestelde_groepen>`, instroomdatum, uitstroomdatum …). Teachers are not read.

Variations accepted: with or without an XML namespace, a UTF-8 byte-order mark, Windows-1252
text (declared or not), optional elements left out, a combination group written once per
jaargroep under one name ('1/2'), a groep of jaargroep 'C' whose pupils each carry their own
jaargroep, and a pupil placed only in a samengestelde groep. The XML is parsed by defusedxml:
no DOCTYPE, no entity expansion, no external entities. Every rejection names line and element.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser

from ibdesk.errors import ValidationError
from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.importing import values
from ibdesk.importing.files import decode
from ibdesk.importing.model import Export, FileRejected, Incoming, Problem

Progress = Callable[[int, int], None]
CHUNK = 64 * 1024
# expat's messages in Dutch, shown with tr_marked (the English text is kept for anything not listed).
EXPAT_DUTCH = {
    "mismatched tag": mark("de afsluitende tag past niet bij de openende tag"),
    "no element found": mark("het bestand houdt op voordat alles is afgesloten (onvolledig)"),
    "not well-formed (invalid token)": mark("hier staat een teken dat in XML niet mag"),
    "unclosed token": mark("een tag is niet afgesloten"),
    "junk after document element": mark("na het einde van het document staat nog tekst"),
    "undefined entity": mark("onbekende entiteit (&…;)"),
    "syntax error": mark("dit is geen geldige XML"),
    "unclosed CDATA section": mark("een CDATA-blok is niet afgesloten"),
    "duplicate attribute": mark("een attribuut staat dubbel in één tag"),
}


@dataclass(frozen=True)
class Group:
    name: str
    year: str | None
    composite: bool


def parse_edex(data: bytes, progress: Progress | None = None) -> Export:
    """The export in `data`; FileRejected (Dutch, naming line and element) when it is not an
    EDEX file or is damaged. Problems with single pupils are listed, not fatal."""
    text, encoding = decode(data, declared_first=True)
    _refuse_non_xml(text)
    root, lines = _parse(text, progress)
    if root.tag != "EDEX":
        raise FileRejected(
            tr(
                "Dit is geen EDEX-bestand: het hoofdelement is <{tag}> (regel {line}), "
                "een EDEX-export begint met <EDEX>. Kies het EDEX-bestand uit ParnasSys of ESIS.",
                tag=root.tag,
                line=lines[root],
            )
        )
    school = _required(root, "school", lines)
    pupils_element = _required(root, "leerlingen", lines)
    problems: list[Problem] = []
    groups = _groups(root.find("groepen"), lines, problems)
    pupils = [p for p in (_pupil(el, groups, lines, problems) for el in pupils_element if el.tag == "leerling") if p]
    return Export(
        "edex",
        pupils,
        problems,
        brin=_text(school, "brincode"),
        school_year=_text(school, "schooljaar"),
        made_on=_made_on(school),
        encoding=encoding,
    )


# -- XML with line numbers ---------------------------------------------------------------------
class _LineBuilder:
    """A TreeBuilder target that drops namespaces and remembers each element's line, and which
    elements are open (to name the element a damaged file breaks off in)."""

    def __init__(self) -> None:
        self.builder = TreeBuilder()
        self.lines: dict[Element, int] = {}
        self.open: list[tuple[str, int]] = []
        self.parser: Any = None  # the DefusedXMLParser that feeds this target (defusedxml has no stubs)

    def start(self, tag: str, attrib: dict) -> Element:
        local = tag.rpartition("}")[2]
        line = self.parser.parser.CurrentLineNumber
        element = self.builder.start(local, {k.rpartition("}")[2]: v for k, v in attrib.items()})
        self.lines[element] = line
        self.open.append((local, line))
        return element

    def end(self, tag: str) -> Element:
        self.open.pop()
        return self.builder.end(tag.rpartition("}")[2])

    def data(self, text: str) -> None:
        self.builder.data(text)

    def close(self) -> Element:
        return self.builder.close()


def _parse(text: str, progress: Progress | None) -> tuple[Element, dict[Element, int]]:
    target = _LineBuilder()
    parser = DefusedXMLParser(target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    target.parser = parser
    total = len(text)
    try:
        for start in range(0, total, CHUNK):
            parser.feed(text[start : start + CHUNK])
            if progress:
                progress(min(start + CHUNK, total), total)
        root = parser.close()
    except DTDForbidden:
        raise FileRejected(
            tr(
                "Regel {line}: het bestand bevat een DOCTYPE-verklaring. "
                "Een EDEX-export heeft die niet; uit veiligheid is het bestand niet gelezen.",
                line=parser.parser.CurrentLineNumber,
            )
        ) from None
    except DefusedXmlException:
        raise FileRejected(
            tr(
                "Regel {line}: het bestand declareert eigen entiteiten "
                "(<!ENTITY …>). Een EDEX-export doet dat niet; uit veiligheid is het bestand niet "
                "gelezen.",
                line=parser.parser.CurrentLineNumber,
            )
        ) from None
    except ParseError as exc:
        raise FileRejected(_damage(exc, target.open)) from None
    return root, target.lines


def _damage(exc: ParseError, open_elements: list[tuple[str, int]]) -> str:
    line, column = exc.position
    english = str(exc).split(":")[0]
    reason = tr_marked(EXPAT_DUTCH[english]) if english in EXPAT_DUTCH else english
    where = ""
    if open_elements:
        tag, started = open_elements[-1]
        where = tr(", in <{tag}> (begonnen op regel {line})", tag=tag, line=started)
    return tr(
        "Het bestand is beschadigd: regel {line}, kolom {column}{where}: {reason}. Maak de export "
        "opnieuw in de leerlingadministratie.",
        line=line,
        column=column + 1,
        where=where,
        reason=reason,
    )


def _refuse_non_xml(text: str) -> None:
    head = text.lstrip("\ufeff \t\r\n")[:512]
    if "\x00" in head or head.startswith(("%PDF", "PK\x03\x04")):
        raise FileRejected(
            tr(
                "Dit is geen EDEX-bestand maar een binair bestand (zoals een PDF, zip of Excel-bestand). "
                "Kies het EDEX-bestand (.xml) uit de leerlingadministratie."
            )
        )
    if not head.startswith("<"):
        raise FileRejected(
            tr(
                "Dit is geen EDEX-bestand: regel 1 begint niet met '<', het is geen XML. Is het een "
                "CSV-export? Importeer die dan als CSV."
            )
        )


def _required(root: Element, tag: str, lines: dict[Element, int]) -> Element:
    found = root.find(tag)
    if found is None:
        raise FileRejected(
            tr("Dit EDEX-bestand is onvolledig: <EDEX> (regel {line}) heeft geen <{tag}>.", line=lines[root], tag=tag)
        )
    return found


def _text(element: Element | None, tag: str) -> str | None:
    child = element.find(tag) if element is not None else None
    return values.clean(child.text) if child is not None else None


def _made_on(school: Element) -> date | None:
    made = _text(school, "aanmaakdatum")
    try:
        return values.parse_day(made) if made else None
    except ValidationError:
        return None


# -- groups and pupils -------------------------------------------------------------------------
def _groups(element: Element | None, lines: dict[Element, int], problems: list[Problem]) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for child in element if element is not None else ():
        if child.tag not in ("groep", "samengestelde_groep"):
            continue
        key = values.clean(child.get("key"))
        if key is None:
            problems.append(Problem(lines[child], tr("<{tag}> zonder key; de groep is overgeslagen.", tag=child.tag)))
            continue
        if key in groups:
            problems.append(
                Problem(lines[child], tr('<{tag} key="{key}"> staat dubbel; de eerste telt.', tag=child.tag, key=key))
            )
            continue
        groups[key] = Group(_text(child, "naam") or key, _text(child, "jaargroep"), child.tag != "groep")
    return groups


def _pupil(
    el: Element, groups: dict[str, Group], lines: dict[Element, int], problems: list[Problem]
) -> Incoming | None:
    line = lines[el]
    key = values.clean(el.get("key"))
    first = values.first_name(_text(el, "roepnaam"), _text(el, "voornamen"), _text(el, "voorletters-1"))
    last = values.surname(_text(el, "voorvoegsel"), _text(el, "achternaam"))
    who = " ".join(p for p in (first, last) if p)
    if key is None:
        problems.append(
            Problem(
                line,
                tr(
                    "<leerling> zonder key-attribuut; overgeslagen (zonder sleutel kan ibdesk "
                    "deze leerling bij een volgende import niet terugvinden)."
                ),
                who,
            )
        )
        return None
    day = _day_reader(el, lines, problems, who)
    return Incoming(
        line,
        key,
        first,
        last,
        day("geboortedatum"),
        _group_of(el, groups, lines, problems, who),
        enrolled_on=day("instroomdatum"),
        left_on=day("uitstroomdatum"),
    )


def _day_reader(el: Element, lines: dict[Element, int], problems: list[Problem], who: str):
    def day(tag: str) -> date | None:
        child = el.find(tag)
        text = values.clean(child.text) if child is not None else None
        if child is None or text is None:
            return None
        try:
            return values.parse_day(text)
        except ValidationError as exc:
            problems.append(Problem(lines[child], f"<{tag}> '{text}': {exc}", who))
            return None

    return day


def _group_of(
    el: Element, groups: dict[str, Group], lines: dict[Element, int], problems: list[Problem], who: str
) -> str | None:
    """The pupil's groep; else its jaargroep ('groep 5'); else its (first) samengestelde groep."""
    year = _text(el, "jaargroep")
    ref = el.find("groep")
    if ref is not None:
        group = groups.get(values.clean(ref.get("key")) or "")
        if group is not None:
            own_year = year if group.year in (None, "C") else group.year
            return values.display_group(group.name, own_year)
        problems.append(
            Problem(lines[ref], tr('<groep key="{key}"> staat niet bij <groepen>.', key=ref.get("key")), who)
        )
    by_year = values.display_group(None, year)
    if by_year:
        return by_year
    composite = el.find("samengestelde_groepen")
    for ref in composite if composite is not None else ():
        group = groups.get(values.clean(ref.get("key")) or "")
        if group is not None:
            return values.display_group(group.name, year)
    return None
