"""A real school's first day, created the way the app's services create it (no demo data):
the school, the organisations a handover and an aanmelding need, one groep-8 pupil with two
parents with gezag, and a case. Everyone is fictional.

Until the `organisations`, `pupil add` and `case open` commands and screens of the other
issue-9 branches exist, the CLI and GUI tests create these through the services here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ibdesk.domain.model import Case, Contact, Guardian, Organisation, OrgKind, Pupil, School

LEAD = "Marieke de Wit"


@dataclass(frozen=True)
class NewSchool:
    case_id: int
    pupil_id: int
    team_id: int
    swv_id: int
    vo_school_id: int
    guardian_ids: tuple[int, int]


def open_first_case(store, today: date | None = None) -> NewSchool:
    from ibdesk.services.records import Records

    today = today or date.today()
    records = Records(store, lambda: today)
    school = records.save_school(
        School("OBS De Linde (fictief)", "Wageningen", "98YY", "SWV Vallei (fictief)", "routekaart-po")
    )

    def org(kind: OrgKind, name: str, who: str, role: str) -> int:
        return records.save_organisation(
            Organisation(
                kind, name, "Wageningen", "0317123456", None, [Contact(who, role, "0317123457", None, is_primary=True)]
            )
        ).id

    team = org(OrgKind.SOCIAAL_TEAM, "Sociaal Team Wageningen (fictief)", "Petra Ooms", "jeugdconsulent")
    swv = org(OrgKind.SWV_LOKET, "Loket SWV Vallei (fictief)", "Ruud Kamps", "orthopedagoog")
    vo = org(OrgKind.SCHOOL, "Pantarijn-college (fictief)", "Jeroen Bakker", "zorgcoördinator")
    pupil = records.save_pupil(
        Pupil(
            "Lotte",
            "Veenstra-Ağaoğlu",
            today - timedelta(days=365 * 11 + 100),
            "groep 8",
            school.id,
            "Wageningen",
            guardians=[Guardian("Anna Veenstra", "moeder", True), Guardian("Emre Ağaoğlu", "vader", True)],
            enrolled_on=today - timedelta(days=365 * 7),
        )
    )
    case = records.save_case(
        Case(pupil.id, "Hoe kan Lotte met vertrouwen de overstap naar het VO maken?", today - timedelta(days=120), LEAD)
    )
    guardians = tuple(g.id for g in records.pupil(pupil.id).guardians)
    return NewSchool(case.id, pupil.id, team, swv, vo, guardians)


def po_vo_answers(school: NewSchool, today: date) -> dict:
    """A complete PO→VO handover form."""
    return {
        "ontvangende_school": school.vo_school_id,
        "schooladvies": "havo_vwo",
        "okr_verstuurd": True,
        "okr_datum": (today - timedelta(days=3)).isoformat(),
        "opp_aanwezig": False,
        "sterke_kanten": "Leest veel en helpt klasgenoten (fictief).",
        "beschermende_factoren": "Hockeyteam en een oma die dichtbij woont (fictief).",
        "aanpak_die_werkte": "Vooraf de dag doorspreken; een vaste plek (fictief).",
        "aandachtspunten": "Overzicht in het huiswerk (fictief).",
        "visie_ouders": "Ouders willen snel kennismaken met de mentor (fictief).",
        "visie_kind": "Ik heb er zin in, maar het gebouw is groot.",
        "gesprek_status": "gevoerd",
        "gesprek_datum": (today - timedelta(days=2)).isoformat(),
        "afzender": LEAD,
        "ontvanger_naam": "Jeroen Bakker (fictief)",
    }


def okr_basis_answers(school: NewSchool) -> dict:
    """The toestemming form recording the onderwijskundig rapport as legal basis for the VO school."""
    return {
        "ontvanger": school.vo_school_id,
        "doel_soort": "overdracht",
        "doel": "Warme overdracht en onderwijskundig rapport naar de VO-school.",
        "categorieen": ["identification", "school_results", "support_history"],
        "grondslag": "wettelijke_taak",
        "wettelijke_taak": "okr",
        "okr_ingezien": True,
        "ouders_geinformeerd": True,
    }
