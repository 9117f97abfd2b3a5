"""The inzage (right of access) as chapters of readable tables: everything ibdesk holds
about one pupil and the family, with labels instead of codes. Nothing is filtered: it
goes to the parents (or the pupil of 16+) themselves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ibdesk.domain.consent import CATEGORIES, LEGAL_TASKS, PURPOSES, RECIPIENT_ROLES
from ibdesk.domain.lifecycle import Decision, Move
from ibdesk.domain.model import CaseStatus
from ibdesk.domain.route import StepProgress, StepState
from ibdesk.dossier.answers import Block, Directory, form_blocks, step_rows
from ibdesk.dossier.inzage_words import Words, action, document, traject_names
from ibdesk.dossier.step_facts import facts_for, when_text
from ibdesk.text.dates import as_date, long_date, short_date

BASIS = "Recht op inzage (AVG, artikel 15)"


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


def assemble_inzage(
    data: dict,
    catalog,
    organisations: list,
    school: str = "",
    known_actors: Sequence[str] = (),
    calendar=None,
    files=None,
) -> InzageDocument:
    """The chapters of the inzage, in plain Dutch (dossier/inzage_words.py): no internal ids,
    login names or step ids; organisations by name and kind, people by name and role.
    `files` (dossier/attachment_content.all_files): the attachments as embedded in the PDF."""
    p = data["pupil"]
    initials = ".".join(w[0] for w in f"{p['first_name']} {p['last_name']}".split() if w[:1].isupper()) + "."
    rows = [
        ("Naam", f"{p['first_name']} {p['last_name']}"),
        ("Geboortedatum", long_date(p["birth_date"])),
        ("Groep", p["group"]),
        ("Woongemeente", p["municipality"]),
        ("BSN", p.get("bsn") or "niet vastgelegd"),
        ("Ingeschreven", short_date(p.get("enrolled_on"))),
        ("Uitgeschreven", short_date(p.get("left_on")) or "—"),
    ]
    guardians = [
        (
            f"{g['relation'].capitalize()} ({'gezag' if g['has_gezag'] else 'geen gezag'})",
            "  ·  ".join(filter(None, [g["name"], g.get("phone"), g.get("email"), g.get("address")])),
        )
        for g in p["guardians"]
    ]
    words = Words(school, list(known_actors), {o.id: o for o in organisations}, traject_names(data["cases"]))
    people = Directory(
        {str(g["id"]): f"{g['name']} ({g['relation']})" for g in p["guardians"]},
        {},
        {str(o.id): o.name for o in organisations},
        ", ".join(sorted({c["lead_name"] for c in data["cases"]})),
    )
    names = {f"guardian:{g['id']}": g["name"] for g in p["guardians"]} | {"pupil": "de leerling"}
    chapters = [
        _cases(data, words, catalog, calendar),
        _forms(data, catalog, people, words),
        _absence(data),
        _consent(data, words, names),
        _notes(data, files),
        _views_meetings(data),
        _shared(data, words),
        _audit(data, words),
    ]
    return InzageDocument(initials, rows, guardians, chapters, long_date(data["generated_on"]))


def _cases(data: dict, words: Words, catalog, calendar) -> Chapter:
    cases = [
        [
            words.traject(c["id"]),
            c["help_question"],
            CaseStatus(c["status"]).document_label,
            f"{c['lead_name']} ({c['lead_role']})",
        ]
        for c in data["cases"]
    ]
    chapter = Chapter(
        "Trajecten en routekaart",
        "Elk traject is één periode van ondersteuning voor uw kind, genoemd naar de dag waarop het begon.",
    )
    chapter.tables.append((["Traject", "Hulpvraag", "Stand", "Regie"], cases, [0.2, 0.44, 0.16, 0.2]))
    steps = _step_rows(data, words, catalog, calendar)
    if steps:
        chapter.tables.append((["Traject", "Stap", "Stand", "Wanneer"], steps, [0.2, 0.3, 0.18, 0.32]))
    events = data.get("case_events") or []
    if events:
        chapter.tables.append(
            (
                ["Traject", "Datum", "Wijziging", "Door", "Toelichting"],
                [_event_row(e, words) for e in events],
                [0.17, 0.12, 0.2, 0.22, 0.29],
            )
        )
    flags = [
        [
            words.traject(f["case_id"]),
            f"spoed ({f['reason']})",
            f.get("note") or "",
            short_date(f["set_on"]),
            short_date(f.get("cleared_on")) or "nog van kracht",
        ]
        for f in data.get("case_flags", [])
    ]
    if flags:
        chapter.tables.append(
            (["Traject", "Markering", "Toelichting", "Sinds", "Opgeheven"], flags, [0.17, 0.17, 0.38, 0.14, 0.14])
        )
    return chapter


def _step_rows(data: dict, words: Words, catalog, calendar) -> list[list[str]]:
    """Each step with its title, state and the dates of its evidence (dossier/step_facts.py)."""
    cases = {c["id"]: c for c in data["cases"]}
    evidence: dict[tuple, dict] = {}
    for row in sorted(data["forms"], key=lambda r: (str(r.get("saved_at")), r["id"])):
        if row.get("step_id") and row.get("status", "final") == "final":
            evidence[(row["case_id"], row["step_id"])] = row["answers"]
    rows = []
    for r in data["route_steps"]:
        case = cases.get(r["case_id"], {})
        route = _route(catalog, case.get("route_id"), case.get("route_version"))
        try:
            step = route.step(r["step_id"]) if route else None
        except KeyError:
            step = None
        progress = StepProgress(
            r["step_id"], StepState(r["state"]), as_date(r["started_on"]), as_date(r["done_on"]), r.get("reason")
        )
        title = step.title if step else "een stap van de routekaart"
        when = (
            when_text(facts_for(step, evidence.get((r["case_id"], r["step_id"]), {}), progress), calendar)
            if step
            else ""
        )
        state = "Niet van toepassing" if progress.state is StepState.NOT_APPLICABLE else progress.state.document_label
        rows.append([words.traject(r["case_id"]), title, state, when])
    return rows


def _route(catalog, route_id: str | None, version: int | None):
    if not route_id:
        return None
    try:
        return catalog.get(route_id, version) if version else catalog.latest(route_id)
    except KeyError:
        return None


def _event_row(e: dict, words: Words) -> list[str]:
    """One status change (domain/lifecycle.py) in words: what, by whom, and what was recorded with it."""
    facts = [
        words.org_name(e["organisation_id"]) if e.get("organisation_id") else None,
        Decision(e["decision"]).document_label if e.get("decision") else None,
        f"termijn {short_date(e['due_on'])}" if e.get("due_on") else None,
        e.get("reason"),
        e.get("details"),
    ]
    return [
        words.traject(e["case_id"]),
        short_date(e["on_date"]),
        Move(e["move"]).document_label,
        words.person(e["actor"]),
        "; ".join(f for f in facts if f),
    ]


def _forms(data: dict, catalog, people: Directory, words: Words) -> Chapter:
    chapter = Chapter(
        "Formulieren", "Alle ingevulde formulieren, met de versie van het formulier waarmee ze zijn ingevuld."
    )
    for kind, rows in (("", data["forms"]), (" (niet-opgeslagen werk)", data["drafts"])):
        for row in rows:
            mark = " (concept, nog niet afgerond)" if row.get("status") == "concept" else kind
            try:
                definition = catalog.get(row["form_id"], row["form_version"])
            except KeyError:
                continue
            when = short_date(row.get("saved_at") or row.get("updated_at"))
            step_id = _step_of(row)
            if hasattr(definition, "step"):  # a routekaart: its answers belong to one step
                if step_id is None:
                    continue
                step = definition.step(step_id)
                blocks = [Block(step.title, step_rows(definition, step.id, row["answers"], people))]
            else:
                blocks = form_blocks(definition, row["answers"], people)
            where = words.traject(row.get("case_id")) if row.get("case_id") else "bij de leerling"
            title = f"{definition.title}{mark} — {when}, {where}"
            chapter.blocks.append((title, [b for b in blocks if b.rows]))
    return chapter


def _step_of(row: dict) -> str | None:
    """The routekaart step of a saved form, or of a draft (its context key names the step:
    'pupil:1:case:2:form:routekaart-po:step:signalering', ui/forms/editor.draft_context)."""
    if row.get("step_id"):
        return row["step_id"]
    parts = str(row.get("context") or "").split(":")
    return dict(zip(parts[0::2], parts[1::2], strict=False)).get("step")


def _absence(data: dict) -> Chapter:
    rows = [
        [
            f"{short_date(a['first'])} – {short_date(a['last']) or 'nu'}",
            f"{a['hours']:g}",
            "geoorloofd" if a["authorised"] else "ongeoorloofd",
            a.get("reason") or "",
        ]
        for a in data["absence"]
    ]
    rows += [
        [f"{short_date(e['first'])} – {short_date(e['last']) or 'nu'}", "", "vrijstelling", e["kind"]]
        for e in data["exemptions"]
    ]
    chapter = Chapter("Verzuim en vrijstellingen")
    if rows:
        chapter.tables.append((["Periode", "Uren", "Soort", "Reden"], rows, [0.3, 0.1, 0.2, 0.4]))
    return chapter


def _consent(data: dict, words: Words, names: dict[str, str]) -> Chapter:
    rows = []
    for b in data["legal_bases"]:
        basis = (
            LEGAL_TASKS.get(b.get("task") or "", "wettelijke taak")
            if b["kind"] == "legal_task"
            else f"toestemming {b['decision']} door " + " en ".join(names.get(g, g) for g in b["givers"])
        )
        if b.get("signature") == "per_persoon":  # counts only for who signed (services/consent.py)
            signed = [
                f"{x['name']} ({short_date(x['signed_on'])})"
                for x in data.get("signatures", [])
                if x["subject"] == "consent" and x["subject_id"] == b["id"]
            ]
            basis = "toestemming gevraagd; getekend door " + (", ".join(signed) if signed else "nog niemand")
        rows.append(
            [
                words.organisation(b["recipient_id"]),
                PURPOSES.get(b["purpose"], b["purpose"]),
                ", ".join(CATEGORIES.get(c, c) for c in b["categories"]),
                basis,
                short_date(b["given_on"]),
                f"ingetrokken {short_date(b['withdrawn_on'])}"
                if b.get("withdrawn_on")
                else (f"tot {short_date(b['valid_until'])}" if b.get("valid_until") else ""),
            ]
        )
    chapter = Chapter("Toestemming en grondslagen")
    if rows:
        chapter.tables.append(
            (
                ["Ontvanger", "Doel", "Gegevens", "Grondslag", "Datum", "Stand"],
                rows,
                [0.17, 0.17, 0.22, 0.2, 0.11, 0.13],
            )
        )
    return chapter


def _notes(data: dict, files=None) -> Chapter:
    """Notes (with every earlier text kept in the store) and attachments, listed by title; with
    `files`, each with its kind of data and its name inside the PDF, where the file itself is."""
    chapter = Chapter("Notities en bijlagen")
    if data.get("notes"):
        chapter.tables.append(
            (
                ["Datum", "Van", "Notitie"],
                [[short_date(n["created_at"][:10]), n["author"], n["text"]] for n in data["notes"]],
                [0.13, 0.25, 0.62],
            )
        )
    if files:
        from ibdesk.dossier.attachment_content import HEADER, WIDTHS

        chapter.intro = (
            "De bijlagen zitten als bestand in dit PDF-document (in Adobe Reader onder 'Bijlagen', "
            "de paperclip), onder de naam in de laatste kolom."
        )
        chapter.tables.append((HEADER, [f.row() for f in files], WIDTHS))
    elif data.get("attachments"):
        chapter.tables.append(
            (
                ["Bijlage", "Toegevoegd", "Door"],
                [[a["title"], short_date(a["added_at"][:10]), a["added_by"]] for a in data["attachments"]],
                [0.5, 0.15, 0.35],
            )
        )
    return chapter


def _views_meetings(data: dict) -> Chapter:
    chapter = Chapter("Zienswijzen, overleggen en afspraken")
    if data["viewpoints"]:
        chapter.tables.append(
            (
                ["Van", "Datum", "Zienswijze"],
                [[v["author"], short_date(v["added_on"]), v["text"]] for v in data["viewpoints"]],
                [0.2, 0.13, 0.67],
            )
        )
    if data["meetings"]:
        chapter.tables.append(
            (
                ["Datum", "Overleg", "Besproken vraag", "Wie waren erbij"],
                [
                    [short_date(g["held_on"]), g["title"], g["question"], ", ".join(g["roles"]) or "—"]
                    for g in data["meetings"]
                ],
                [0.13, 0.22, 0.37, 0.28],
            )
        )
    if data["action_points"]:
        chapter.tables.append(
            (
                ["Afspraak", "Wie", "Uiterlijk", "Gedaan"],
                [
                    [a["what"], a["owner"], short_date(a["due_on"]), short_date(a["done_on"]) or "nee"]
                    for a in data["action_points"]
                ],
                [0.46, 0.22, 0.16, 0.16],
            )
        )
    return chapter


def _shared(data: dict, words: Words) -> Chapter:
    rows = [
        [
            short_date(r["at"]),
            _recipient(r, words),
            PURPOSES.get(r["purpose"], r["purpose"]),
            document(r["document"]),
            _shared_text(r["shared"]),
            str(len(r["withheld"])),
        ]
        for r in data["sharing_log"]
        if not r.get("redacted")
    ]
    chapter = Chapter(
        "Met wie is iets gedeeld?",
        "Elke keer dat ibdesk gegevens deelde: met welke organisatie, "
        "waarvoor, welke soorten gegevens, en hoeveel onderdelen niet "
        "(geen grondslag).",
    )
    if rows:
        chapter.tables.append(
            (
                ["Datum", "Ontvanger", "Doel", "Document", "Gedeeld", "Niet gedeeld"],
                rows,
                [0.11, 0.2, 0.21, 0.14, 0.22, 0.12],
            )
        )
    return chapter


def _recipient(row: dict, words: Words) -> str:
    """'SWV Loket (samenwerkingsverband), als orthopedagoog SWV': the organisation by name and
    kind, and the roles in which its people received it (an MDO's participants)."""
    roles = (row.get("shared") or {}).get(RECIPIENT_ROLES)
    name = words.organisation(row["recipient_id"], row["document"])
    return f"{name}, als {roles}" if roles and row["recipient_id"] is not None else name


def _shared_text(shared) -> str:
    return ", ".join("alle gegevens" if c == "alles" else CATEGORIES.get(c, c) for c in shared if not c.startswith("_"))


def _audit(data: dict, words: Words) -> Chapter:
    rows = [
        [
            short_date(e["at"]) + " " + str(e["at"])[11:16],
            words.person(e["actor"]),
            action(e["action"]),
            words.entity(e["entity"], e.get("entity_id")),
        ]
        for e in data["audit"]
    ]
    chapter = Chapter(
        "Wie heeft wat gedaan?",
        "Het logboek van ibdesk voor uw kind en zijn of haar trajecten: wie "
        "(naam, functie en school) wat heeft bekeken, gewijzigd of gedeeld.",
    )
    if rows:
        chapter.tables.append((["Wanneer", "Wie", "Wat", "Waarop"], rows, [0.17, 0.37, 0.22, 0.24]))
    return chapter
