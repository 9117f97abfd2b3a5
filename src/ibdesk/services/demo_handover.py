"""Demo warme overdrachten, so `ibdesk handover` works on the demo (issue 9, point 2):

- case 6 (a groep-8 pupil): PO→VO handover to a fictional VO school, final, with the
  onderwijskundig rapport as legal basis (a legal task, no consent needed);
- case 9 (lives in another municipality): a school change to a primary school near home;
- case 10 (groep 8, verlengd): a PO→VO handover still being written (a concept);
- case 4 already holds the aanmelding bij het Sociaal Team (demo_guidance.py).
Everyone named here is fictional.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.forms import Catalog
from ibdesk.services import convert
from ibdesk.services.forms import CONCEPT, FINAL
from ibdesk.store import models as m
from ibdesk.store.profile import Store

LEAD = "Marieke de Wit"
OKR_CATEGORIES = ["identification", "opp", "school_results", "support_history"]


def receiving_schools() -> list[Organisation]:
    return [
        Organisation(
            OrgKind.SCHOOL,
            "Het Heuvelcollege (fictief)",
            "Renkum",
            "0261234570",
            None,
            [Contact("Jeroen Bakker", "zorgcoördinator", "0261234571", None, is_primary=True)],
        ),
        Organisation(
            OrgKind.SCHOOL,
            "Basisschool De Regenboog (fictief)",
            "Arnhem",
            "0261234572",
            None,
            [Contact("Saskia Verbeek", "intern begeleider", "0261234573", None, is_primary=True)],
        ),
    ]


def po_vo_answers(school_id: int, today: date) -> dict:
    talk = today - timedelta(days=60)
    return {
        "ontvangende_school": school_id,
        "schooladvies": "havo",
        "advies_bijgesteld": False,
        "okr_verstuurd": True,
        "okr_datum": (today - timedelta(days=70)).isoformat(),
        "opp_aanwezig": False,
        "sterke_kanten": "Creatief, helpt klasgenoten graag en is sterk in begrijpend lezen (fictief).",
        "beschermende_factoren": "Een betrokken gezin, de voetbalclub en een goede band met de juf (fictief).",
        "aanpak_die_werkte": "Korte instructie aan de instructietafel, een vaste plek vooraan en een "
        "dagplanning op het bureau (fictief).",
        "aanpak_niet_werkte": "Lange zelfstandige werktijd zonder tussenmomenten (fictief).",
        "aandachtspunten": "Plannen van huiswerk en overzicht houden bij veel verschillende docenten (fictief).",
        "nodig_eerste_weken": "Een vast aanspreekpunt (de mentor) en het rooster op papier (fictief).",
        "jeugdhulp_betrokken": False,
        "visie_ouders": "Ouders kijken uit naar de overstap en willen vroeg kennismaken met de mentor (fictief).",
        "visie_kind": "Ik heb zin in de nieuwe school, maar ik vind het spannend om te verdwalen in het gebouw.",
        "gesprek_status": "gevoerd",
        "gesprek_datum": talk.isoformat(),
        "afzender": LEAD,
        "ontvanger_naam": "Jeroen Bakker (fictief)",
        "ontvanger_functie": "zorgcoördinator",
        "gesprek_vorm": "met_ouders_leerling",
        "ouders_bij_gesprek": True,
        "leerling_bij_gesprek": True,
        "afspraken": "Kennismaking met de mentor in de eerste schoolweek; terugkoppeling na de herfstvakantie "
        "(fictief).",
        "terugkoppeling_datum": (talk + timedelta(days=90)).isoformat(),
    }


def school_change_answers(school_id: int, today: date) -> dict:
    talk = today - timedelta(days=12)
    return {
        "soort_overstap": "regulier",
        "ontvangende_school": school_id,
        "reden_overstap": "Het gezin woont in Arnhem; ouders kiezen een school dichter bij huis, zodat de "
        "leerling met vriendjes uit de buurt naar school kan (fictief).",
        "beoogde_startdatum": (today + timedelta(days=20)).isoformat(),
        "okr_verstuurd": True,
        "okr_datum": (today - timedelta(days=5)).isoformat(),
        "opp_aanwezig": False,
        "sterke_kanten": "Nieuwsgierig, vraagt om hulp als het nodig is en werkt graag samen (fictief).",
        "beschermende_factoren": "Grootouders vlakbij en een vriendje uit de straat op de nieuwe school (fictief).",
        "aanpak_die_werkte": "Rekenen met concreet materiaal en elke dag vijf minuten extra instructie (fictief).",
        "ondersteuningsbehoeften": "Extra instructie bij rekenen; rustige werkplek (fictief).",
        "niveau": "Rekenen ongeveer een half jaar achter; lezen op niveau (fictief).",
        "jeugdhulp_betrokken": False,
        "visie_ouders": "Ouders willen dat de extra rekeninstructie doorgaat op de nieuwe school (fictief).",
        "visie_kind": "Ik vind het leuk dat ik dan samen met mijn buurjongen naar school fiets.",
        "gesprek_status": "gevoerd",
        "gesprek_datum": talk.isoformat(),
        "afzender": LEAD,
        "ontvanger_naam": "Saskia Verbeek (fictief)",
        "ontvanger_functie": "intern begeleider",
        "gesprek_vorm": "op_school",
        "ouders_bij_gesprek": True,
        "leerling_bij_gesprek": False,
        "plaatsingsbesluit": "geplaatst",
        "plaatsingsbesluit_datum": (today - timedelta(days=8)).isoformat(),
        "afspraken": "Twee wenochtenden vóór de start; terugkoppeling na zes weken (fictief).",
        "terugkoppeling_datum": (today + timedelta(days=62)).isoformat(),
    }


def enrich_handovers(store: Store, catalog: Catalog, today: date) -> None:
    with store.session() as s:
        cases = list(s.scalars(select(m.CaseRow).order_by(m.CaseRow.id).limit(12)))
        if len(cases) < 12:
            return
        vo, primary = (convert.organisation_to_row(o, m.OrganisationRow()) for o in receiving_schools())
        s.add_all([vo, primary])
        s.flush()
        po_vo, school = catalog.latest("overdracht-po-vo").version, catalog.latest("overdracht-school").version
        _form(s, cases[5], "overdracht-po-vo", po_vo, po_vo_answers(vo.id, today), today - timedelta(days=58))
        _okr(s, cases[5], vo.id, today - timedelta(days=70))
        _form(
            s,
            cases[8],
            "overdracht-school",
            school,
            school_change_answers(primary.id, today),
            today - timedelta(days=4),
        )
        _okr(s, cases[8], primary.id, today - timedelta(days=5))
        draft = {
            k: v
            for k, v in po_vo_answers(vo.id, today).items()
            if k in ("ontvangende_school", "schooladvies", "sterke_kanten", "aanpak_die_werkte", "afzender")
        }
        _form(s, cases[9], "overdracht-po-vo", po_vo, draft, today - timedelta(days=2), status=CONCEPT)
        store.audit(s, "demo-fill", "handover", None)


def _form(s, case: m.CaseRow, form_id: str, version: int, answers: dict, on: date, status: str = FINAL) -> None:
    s.add(
        m.FormAnswerRow(
            pupil_id=case.pupil_id,
            case_id=case.id,
            form_id=form_id,
            form_version=version,
            answers=json.dumps(answers, ensure_ascii=False),
            status=status,
            saved_by="demo",
            saved_at=datetime.combine(on, datetime.min.time()) + timedelta(hours=15),
        )
    )


def _okr(s, case: m.CaseRow, school_id: int, on: date) -> None:
    """The onderwijskundig rapport: a legal duty towards the receiving school (no consent)."""
    s.add(
        m.LegalBasisRow(
            pupil_id=case.pupil_id,
            case_id=case.id,
            kind="legal_task",
            task="okr",
            recipient_id=school_id,
            purpose="overdracht",
            categories=json.dumps(OKR_CATEGORIES),
            givers="[]",
            decision="gegeven",
            given_on=on,
            method=None,
        )
    )
