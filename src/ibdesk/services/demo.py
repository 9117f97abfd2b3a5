"""A fictional demo school, deterministic for a given size. No real person appears here.

Names are combined from lists at random with a fixed seed; BSNs are generated to pass the
11-proef but are made up. Some names carry diacritics (Çelik, Nguyễn, Ďurović, Ødegaard)
so screens and PDFs are exercised with the full Latin range.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ibdesk.domain.model import CaseStatus, Contact, Guardian, Organisation, OrgKind, Pupil, School
from ibdesk.domain.validation import is_valid_bsn
from ibdesk.services import convert
from ibdesk.store import models as m
from ibdesk.store.profile import Store

SEED = 20261123
FIRST_NAMES = [
    "Sem",
    "Noor",
    "Daan",
    "Emma",
    "Liam",
    "Julia",
    "Finn",
    "Tess",
    "Milan",
    "Sara",
    "Yara",
    "Mohamed",
    "Zeynep",
    "Luuk",
    "Fenna",
    "Bram",
    "Aylin",
    "Jesse",
    "Lotte",
    "Ilias",
    "Mila",
    "Thijs",
    "Nora",
    "Ravi",
    "Hanna",
    "Joep",
    "Amira",
    "Stijn",
    "Lieke",
    "Minh",
]
LAST_NAMES = [
    "Verhoef",
    "Çelik",
    "Nguyễn",
    "Ďurović",
    "Ødegaard",
    "Bakkum",
    "El Idrissi",
    "Wolters",
    "de Kruijf",
    "van Loon",
    "Hofstede",
    "Brouwers",
    "Yılmaz",
    "Schaap",
    "Kamphuis",
    "Tromp",
    "van Dijkhuizen",
    "Roelofsen",
    "Boukhari",
    "Mulder-Pranger",
]
MUNICIPALITY, OTHER_MUNICIPALITY = "Renkum", "Arnhem"
HELP_QUESTIONS = [
    "Hoe kunnen we de concentratie in de klas verbeteren, nu dit ook thuis speelt?",
    "Leerling komt steeds vaker niet op school; wat is er nodig om terug te keren?",
    "Forse achterstand bij rekenen ondanks extra instructie; is een arrangement nodig?",
    "Boosheid en conflicten op het plein en thuis; wie kan ouders ondersteunen?",
    "Angst om naar school te gaan na verhuizing; welke begeleiding past?",
    "Taalontwikkeling blijft achter; onderzoek naar mogelijke TOS?",
]
STATUSES = [
    CaseStatus.SIGNAL,
    CaseStatus.RUNNING,
    CaseStatus.RUNNING,
    CaseStatus.REFERRED,
    CaseStatus.RUNNING,
    CaseStatus.CLOSED,
]
DEMO_TODAY = date(2026, 11, 23)


def fictional_bsn(rng: random.Random) -> str:
    while True:
        candidate = f"{rng.randrange(10**8, 10**9):09d}"
        if is_valid_bsn(candidate):
            return candidate


def demo_school() -> School:
    return School(
        name="OBS De Vlinderboom (fictief)",
        municipality=MUNICIPALITY,
        brin="99ZZ",
        region="SWV Rijn en Heuvel (fictief)",
        route_id="routekaart-po",
        school_type="po",
    )


def demo_organisations() -> list[Organisation]:
    """Fictional organisations with every field a real school keeps (ids 1–6 as before,
    then a secondary school for handovers and a youth-care provider no longer in use)."""

    def org(
        kind: OrgKind,
        key: str,
        name: str,
        muni: str | None,
        contact: str,
        role: str,
        escalation: str,
        mandate: str,
        phone: str = "0261234567",
    ) -> Organisation:
        return Organisation(
            kind,
            name,
            muni,
            phone,
            f"{key}@voorbeeld.example",
            [
                Contact(contact, role, "0261234568", None, is_primary=True),
                Contact(escalation, "teamleider", "0261234569", None, is_escalation=True, mandate=mandate),
            ],
            address="Voorbeeldstraat 1",
            postcode="6871 AB",
            place=muni or "Arnhem",
            key=f"demo-{key}",
        )

    return [
        org(
            OrgKind.SOCIAAL_TEAM,
            "st-renkum",
            "Sociaal Team Renkum (fictief)",
            MUNICIPALITY,
            "Ingrid Vos-Meulman",
            "jeugdconsulent",
            "Peter van Aalst",
            "Mag een beschikking jeugdhulp versneld afgeven.",
            "14026",
        ),
        org(
            OrgKind.SOCIAAL_TEAM,
            "st-arnhem",
            "Sociaal Team Arnhem (fictief)",
            OTHER_MUNICIPALITY,
            "Karim Bennani",
            "jeugdconsulent",
            "Wilma Hoekstra",
            "Beslist over inzet en bekostiging jeugdhulp.",
        ),
        org(
            OrgKind.SWV_LOKET,
            "swv",
            "Loket SWV Rijn en Heuvel (fictief)",
            None,
            "Anouk Smeets",
            "orthopedagoog",
            "Henk Drost",
            "Mag een arrangement toekennen zonder commissie.",
            "08001234",
        ),
        org(
            OrgKind.JGZ,
            "jgz",
            "JGZ Regio Oost (fictief)",
            None,
            "Marloes Gerritsen",
            "jeugdarts",
            "Fleur Blom",
            "Kan een spoedconsult inplannen.",
        ),
        org(
            OrgKind.LEERPLICHT,
            "leerplicht",
            "Leerplicht Renkum (fictief)",
            MUNICIPALITY,
            "Jan-Willem Pors",
            "leerplichtambtenaar",
            "Sandra Lindeman",
            "Mag een maatwerktraject starten.",
        ),
        org(
            OrgKind.JEUGDHULP,
            "de-brug",
            "Jeugdhulp De Brug (fictief)",
            None,
            "Eva Kortenhoeven",
            "gezinsbehandelaar",
            "Rob Terlouw",
            "Kan wachtlijst doorbreken bij crisis.",
        ),
        org(
            OrgKind.SCHOOL,
            "zonnedal",
            "Het Zonnedal College (fictief)",
            OTHER_MUNICIPALITY,
            "Sanne Olthof",
            "zorgcoördinator",
            "Bart Wijnands",
            "Beslist over plaatsing en extra begeleiding.",
        ),
        replace(
            org(
                OrgKind.JEUGDHULP,
                "het-anker",
                "Jeugdhulp Het Anker (fictief)",
                None,
                "Tamara Veldkamp",
                "ambulant hulpverlener",
                "Gijs Oonk",
                "Kan een intake versnellen.",
                "+3232123456",
            ),
            active=False,
        ),
    ]


def _guardians(rng: random.Random, last_name: str, index: int) -> list[Guardian]:
    mother = Guardian(
        f"{rng.choice(['Anna', 'Fatma', 'Linda', 'Hoa', 'Marit'])} {last_name}",
        "moeder",
        True,
        f"06{rng.randrange(10**7, 10**8)}",
        None,
        None,
        None,
    )
    if index % 5 == 0:
        return [mother]
    father = Guardian(
        f"{rng.choice(['Mark', 'Emre', 'Dennis', 'Tuan', 'Gerrit'])} {last_name}",
        "vader",
        index % 7 != 1,
        f"06{rng.randrange(10**7, 10**8)}",
        None,
        None,
        None,
    )
    return [mother, father]


def demo_pupils(count: int, school_id: int, today: date = DEMO_TODAY) -> list[Pupil]:
    """Pupils of a basisschool: groep N is about N + 4 years old (groep 1 at 4-5, groep 8 at 11-12)."""
    rng = random.Random(SEED)
    pupils = []
    for index in range(count):
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        last = LAST_NAMES[(index * 7 + index // len(FIRST_NAMES)) % len(LAST_NAMES)]
        groep = 1 + index % 8
        born = today - timedelta(days=365 * (4 + groep) - 30 + rng.randrange(0, 330))
        group, left_on = f"groep {groep}", None
        if count >= 30 and index == 28:  # left three years ago: past the retention period
            left_on = today - timedelta(days=365 * 3)
        pupils.append(
            Pupil(
                first_name=first,
                last_name=last,
                birth_date=born,
                group=group,
                left_on=left_on,
                school_id=school_id,
                municipality=OTHER_MUNICIPALITY if index % 10 == 4 else MUNICIPALITY,
                bsn=fictional_bsn(rng) if index % 2 == 0 else None,
                guardians=_guardians(rng, last, index),
                enrolled_on=born + timedelta(days=365 * 4 + 30),
            )
        )
    return pupils


def demo_names(count: int = 30) -> set[str]:
    """Every full pupil name the demo creates, for the privacy tests."""
    return {p.full_name for p in demo_pupils(count, school_id=0)}


def fill_demo(
    store: Store,
    pupils: int = 30,
    cases: int | None = None,
    today: date | None = None,
    catalog=None,
    enrich: bool = True,
) -> dict[str, int]:
    """Fill an empty profile with the demo school (dates relative to `today`); does
    nothing when the profile already holds pupils."""
    today = today or date.today()
    case_count = cases if cases is not None else max(12, pupils * 5 // 2 if pupils > 100 else 12)
    rng = random.Random(SEED + 1)
    with store.session() as s:
        if s.query(m.PupilRow.id).first() is not None:
            return {"pupils": 0, "cases": 0}
    if not store.get_setting("user.name"):  # the demo's own (fictional) user: the logbook and signer
        store.set_setting("user.name", "Marieke de Wit")
        store.set_setting("user.role", "intern begeleider")
    with store.session() as s:
        school = convert.school_to_row(demo_school(), m.SchoolRow())
        s.add(school)
        s.add_all(convert.organisation_to_row(o, m.OrganisationRow()) for o in demo_organisations())
        s.flush()
        rows = [convert.pupil_to_row(p, m.PupilRow()) for p in demo_pupils(pupils, school.id, today)]
        s.add_all(rows)
        s.flush()
        for n in range(case_count):
            pupil = rows[(n * 3) % len(rows)]
            status = STATUSES[n % len(STATUSES)]
            opened = today - timedelta(days=20 + rng.randrange(0, 400))
            s.add(
                m.CaseRow(
                    pupil_id=pupil.id,
                    help_question=HELP_QUESTIONS[n % len(HELP_QUESTIONS)],
                    opened_on=opened,
                    lead_name="Marieke de Wit",
                    lead_role="intern begeleider",
                    status=str(status),
                    closed_on=opened + timedelta(days=90) if status is CaseStatus.CLOSED else None,
                )
            )
        store.audit(s, "demo-fill", "profile", store.keyfile.profile_id, f"pupils={pupils} cases={case_count}")
    from ibdesk.services.demo_guidance import enrich_demo
    from ibdesk.services.forms import load_forms

    if not enrich:  # just the school, pupils and cases (the store benchmark's workload)
        return {"pupils": pupils, "cases": case_count}
    from ibdesk.services.demo_handover import enrich_handovers
    from ibdesk.services.demo_privacy import enrich_privacy

    catalog = catalog or load_forms()
    enrich_demo(store, catalog, today)
    enrich_privacy(store, today)
    enrich_handovers(store, catalog, today)
    from ibdesk.services.demo_lifecycle import enrich_lifecycle

    enrich_lifecycle(store, today)
    return {"pupils": pupils, "cases": case_count}


DEMO_FORMS = ("routekaart-po", "opp", "overdracht-po-vo", "overdracht-school")


def demo_catalog(policy=None):
    """The forms the demo fills in, checked before anything is created: without them (a frozen or
    installed ibdesk whose forms folder is missing) the demo would stop half-way."""
    from ibdesk.errors import UserError
    from ibdesk.paths import bundled_forms_dir
    from ibdesk.services.form_folders import form_folders
    from ibdesk.services.forms import load_forms

    catalog = load_forms(form_folders(policy))
    missing = []
    for form_id in DEMO_FORMS:
        try:
            catalog.latest(form_id)
        except KeyError:
            missing.append(form_id)
    if missing:
        raise UserError(
            f"De demo kan niet worden gevuld: de formulieren {', '.join(missing)} ontbreken (de "
            f"formulierenmap van ibdesk is {bundled_forms_dir()}). Er is niets aangemaakt. Controleer "
            "met 'ibdesk forms check' en installeer ibdesk zo nodig opnieuw."
        )
    return catalog
