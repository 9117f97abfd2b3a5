"""The inzage (right of access) as chapters of readable tables: everything ibdesk holds
about one pupil and the family, with labels instead of codes. Nothing is filtered: it
goes to the parents (or the pupil of 16+) themselves."""
from __future__ import annotations

from dataclasses import dataclass, field

from ibdesk.domain.consent import CATEGORIES, LEGAL_TASKS, PURPOSES
from ibdesk.domain.lifecycle import Decision, Move
from ibdesk.domain.route import StepState
from ibdesk.dossier.answers import Block, Directory, form_blocks, step_rows
from ibdesk.dossier.dutch import long_date, short_date

BASIS = "Recht op inzage (AVG, artikel 15)"
ACTIONS = {"view": "bekeken", "create": "aangemaakt", "update": "gewijzigd", "export": "gedeeld/geëxporteerd",
           "inzage": "inzage gemaakt", "withdraw": "ingetrokken", "step": "stap bijgewerkt",
           "record-outcome": "uitkomst vastgelegd", "complete": "afgerond", "delete": "verwijderd",
           "status": "status gewijzigd"}


@dataclass
class Chapter:
    title: str
    intro: str = ""
    tables: list[tuple[list[str], list[list[str]], list[float]]] = field(default_factory=list)
    blocks: list[tuple[str, list[Block]]] = field(default_factory=list)


@dataclass
class InzageDocument:
    initials: str
    pupil_rows: list[tuple[str, str]]
    guardian_rows: list[tuple[str, str]]
    chapters: list[Chapter]
    generated_on: str


def assemble_inzage(data: dict, catalog, organisations: dict[int, str]) -> InzageDocument:
    p = data["pupil"]
    initials = ".".join(w[0] for w in f"{p['first_name']} {p['last_name']}".split() if w[:1].isupper()) + "."
    rows = [("Naam", f"{p['first_name']} {p['last_name']}"), ("Geboortedatum", long_date(p["birth_date"])),
            ("Groep", p["group"]), ("Woongemeente", p["municipality"]), ("BSN", p.get("bsn") or "niet vastgelegd"),
            ("Ingeschreven", short_date(p.get("enrolled_on"))), ("Uitgeschreven", short_date(p.get("left_on")) or "—")]
    guardians = [(f"{g['relation'].capitalize()} ({'gezag' if g['has_gezag'] else 'geen gezag'})",
                  "  ·  ".join(filter(None, [g["name"], g.get("phone"), g.get("email"), g.get("address")])))
                 for g in p["guardians"]]
    people = Directory({str(g["id"]): f"{g['name']} ({g['relation']})" for g in p["guardians"]}, {},
                       {str(k): v for k, v in organisations.items()},
                       ", ".join(sorted({c["lead_name"] for c in data["cases"]})))
    names = {f"guardian:{g['id']}": g["name"] for g in p["guardians"]} | {"pupil": "de leerling"}
    chapters = [_cases(data, organisations), _forms(data, catalog, people), _absence(data),
                _consent(data, organisations, names), _views_meetings(data), _shared(data, organisations),
                _audit(data)]
    return InzageDocument(initials, rows, guardians, chapters, long_date(data["generated_on"]))


def _cases(data: dict, organisations: dict[int, str]) -> Chapter:
    cases = [[str(c["id"]), c["help_question"], short_date(c["opened_on"]), str(c["status"]),
              f"{c['lead_name']} ({c['lead_role']})"] for c in data["cases"]]
    steps = [[str(r["case_id"]), r["step_id"].replace("_", " "), StepState(r["state"]).label,
              short_date(r["started_on"]), short_date(r["done_on"])] for r in data["route_steps"]]
    chapter = Chapter("Casussen en routekaart", "Elke casus is één ondersteuningstraject.")
    chapter.tables.append((["Casus", "Hulpvraag", "Geopend", "Stand", "Regie"], cases, [0.08, 0.44, 0.14, 0.12, 0.22]))
    if steps:
        chapter.tables.append((["Casus", "Stap", "Stand", "Begonnen", "Afgerond"], steps, [0.08, 0.4, 0.18, 0.17, 0.17]))
    events = data.get("case_events") or []
    if events:
        chapter.tables.append((["Casus", "Datum", "Wijziging", "Door", "Toelichting"],
                               [_event_row(e, organisations) for e in events], [0.08, 0.14, 0.22, 0.18, 0.38]))
    flags = [[str(f["case_id"]), f"spoed ({f['reason']})", f.get("note") or "", short_date(f["set_on"]),
              short_date(f.get("cleared_on")) or "nog van kracht"] for f in data.get("case_flags", [])]
    if flags:
        chapter.tables.append((["Casus", "Markering", "Toelichting", "Sinds", "Opgeheven"], flags,
                               [0.08, 0.2, 0.4, 0.16, 0.16]))
    return chapter


def _event_row(e: dict, organisations: dict[int, str]) -> list[str]:
    """One status change (domain/lifecycle.py) in words: what, by whom, and what was recorded with it."""
    facts = [organisations.get(e["organisation_id"]) if e.get("organisation_id") else None,
             Decision(e["decision"]).label if e.get("decision") else None,
             f"termijn {short_date(e['due_on'])}" if e.get("due_on") else None, e.get("reason"), e.get("details")]
    return [str(e["case_id"]), short_date(e["on_date"]), Move(e["move"]).label, e["actor"],
            "; ".join(f for f in facts if f)]


def _forms(data: dict, catalog, people: Directory) -> Chapter:
    chapter = Chapter("Formulieren", "Alle ingevulde formulieren, met de versie van het formulier waarmee ze "
                                     "zijn ingevuld.")
    for kind, rows in (("", data["forms"]), (" (niet-opgeslagen werk)", data["drafts"])):
        for row in rows:
            mark = " (concept, nog niet afgerond)" if row.get("status") == "concept" else kind
            try:
                definition = catalog.get(row["form_id"], row["form_version"])
            except KeyError:
                continue
            when = short_date(row.get("saved_at") or row.get("updated_at"))
            if row.get("step_id") and hasattr(definition, "step"):
                step = definition.step(row["step_id"])
                blocks = [Block(step.title, step_rows(definition, step.id, row["answers"], people))]
            else:
                blocks = form_blocks(definition, row["answers"], people)
            title = f"{definition.title}{mark} — {when}, casus {row.get('case_id') or '—'}"
            chapter.blocks.append((title, [b for b in blocks if b.rows]))
    return chapter


def _absence(data: dict) -> Chapter:
    rows = [[f"{short_date(a['first'])} – {short_date(a['last']) or 'nu'}", f"{a['hours']:g}",
             "geoorloofd" if a["authorised"] else "ongeoorloofd", a.get("reason") or ""] for a in data["absence"]]
    rows += [[f"{short_date(e['first'])} – {short_date(e['last']) or 'nu'}", "", "vrijstelling", e["kind"]]
             for e in data["exemptions"]]
    chapter = Chapter("Verzuim en vrijstellingen")
    if rows:
        chapter.tables.append((["Periode", "Uren", "Soort", "Reden"], rows, [0.3, 0.1, 0.2, 0.4]))
    return chapter


def _consent(data: dict, organisations: dict[int, str], names: dict[str, str]) -> Chapter:
    rows = []
    for b in data["legal_bases"]:
        basis = LEGAL_TASKS.get(b.get("task") or "", "wettelijke taak") if b["kind"] == "legal_task" else \
            f"toestemming {b['decision']} door " + " en ".join(names.get(g, g) for g in b["givers"])
        rows.append([organisations.get(b["recipient_id"], "?"), PURPOSES.get(b["purpose"], b["purpose"]),
                     ", ".join(CATEGORIES.get(c, c) for c in b["categories"]), basis, short_date(b["given_on"]),
                     f"ingetrokken {short_date(b['withdrawn_on'])}" if b.get("withdrawn_on") else
                     (f"tot {short_date(b['valid_until'])}" if b.get("valid_until") else "")])
    chapter = Chapter("Toestemming en grondslagen")
    if rows:
        chapter.tables.append((["Ontvanger", "Doel", "Gegevens", "Grondslag", "Datum", "Stand"], rows,
                               [0.17, 0.17, 0.22, 0.2, 0.11, 0.13]))
    return chapter


def _views_meetings(data: dict) -> Chapter:
    chapter = Chapter("Zienswijzen, overleggen en afspraken")
    if data["viewpoints"]:
        chapter.tables.append((["Van", "Datum", "Zienswijze"], [[v["author"], short_date(v["added_on"]), v["text"]]
                                                                for v in data["viewpoints"]], [0.2, 0.13, 0.67]))
    if data["action_points"]:
        chapter.tables.append((["Afspraak", "Wie", "Uiterlijk", "Gedaan"],
                               [[a["what"], a["owner"], short_date(a["due_on"]), short_date(a["done_on"]) or "nee"]
                                for a in data["action_points"]], [0.46, 0.22, 0.16, 0.16]))
    return chapter


def _shared(data: dict, organisations: dict[int, str]) -> Chapter:
    rows = [[short_date(r["at"]), organisations.get(r["recipient_id"], "ouders (inzage)" if r["recipient_id"] is None
                                                    else "?"),
             PURPOSES.get(r["purpose"], r["purpose"]), r["document"],
             ", ".join(CATEGORIES.get(c, c) for c in r["shared"]), str(len(r["withheld"]))] for r in data["sharing_log"]]
    chapter = Chapter("Met wie is iets gedeeld?", "Elke keer dat ibdesk gegevens deelde: met wie, waarvoor, welke "
                                                  "soorten gegevens, en hoeveel onderdelen niet (geen grondslag).")
    if rows:
        chapter.tables.append((["Datum", "Ontvanger", "Doel", "Document", "Gedeeld", "Niet"], rows,
                               [0.12, 0.2, 0.24, 0.1, 0.27, 0.07]))
    return chapter


def _audit(data: dict) -> Chapter:
    rows = [[short_date(e["at"]) + " " + str(e["at"])[11:16], e["actor"], ACTIONS.get(e["action"], e["action"]),
             f"{e['entity']} {e.get('entity_id') or ''}".strip()] for e in data["audit"]]
    chapter = Chapter("Wie heeft wat gedaan?", "Het logboek van ibdesk voor deze leerling en zijn of haar casussen.")
    if rows:
        chapter.tables.append((["Wanneer", "Wie", "Wat", "Waarop"], rows, [0.2, 0.2, 0.3, 0.3]))
    return chapter

