"""Two fictional pupils' stories as the answers a user gives: Lotte (groep 8, a primary school
in Wageningen) and Daan (16, havo 4, a secondary school in Renkum). The GUI journeys type them
into the forms; the CLI journey writes them as JSON files for `ibdesk form save`. Dates are
relative to `today`, in the order the work really happened."""

from __future__ import annotations

from datetime import date, timedelta


def ago(today: date, days: int) -> str:
    return (today - timedelta(days=days)).isoformat()


def later(today: date, days: int) -> str:
    return (today + timedelta(days=days)).isoformat()


# -- Lotte, primary school ------------------------------------------------------------------------
def po_route(today: date, swv_id: int, lead: str) -> dict[str, dict]:
    """Evidence of steps 1-5 of the primary routekaart, in the order they happened."""
    return {
        "signalering": {
            "sig_datum_signaal": ago(today, 200),
            "sig_gesignaleerd_door": "leerkracht",
            "sig_signaal": "Lotte trekt zich terug in de groep, huilt vaak voor de rekenles en haar "
            "werk blijft liggen sinds de herfstvakantie (fictief).",
            "sig_gebieden": ["sociaal_emotioneel", "rekenen"],
            "sig_datum_gesprek_ouders": ago(today, 195),
            "sig_deelnemers_gesprek": ["leerkracht", "ib", "ouders"],
            "sig_ook_thuis": "ja",
            "sig_visie_ouders": "Ouders herkennen het: ook thuis slaapt Lotte slecht en is ze snel boos (fictief).",
            "sig_visie_leerling": "Ik snap de sommen niet en dan voel ik me dom.",
        },
        "basisondersteuning": {
            "bo_soort_plan": "handelingsplan",
            "bo_doel": "Lotte maakt haar rekentaak zelfstandig af (fictief).",
            "bo_aanpak": "Verlengde instructie, een time-timer en elke ochtend een kort gesprek (fictief).",
            "bo_uitgevoerd_door": ["leerkracht", "onderwijsassistent"],
            "bo_uren_per_week": 2,
            "bo_startdatum": ago(today, 190),
            "bo_einddatum": ago(today, 120),
            "bo_datum_evaluatie": ago(today, 118),
            "bo_resultaat": "deels",
            "bo_evaluatie": "Rekenen gaat beter; de spanning en het terugtrekken blijven (fictief).",
            "bo_ouders_geinformeerd": True,
        },
        "leerlingbespreking": {
            "lb_datum": ago(today, 110),
            "lb_soort": "leerlingbespreking",
            "lb_hulpvraag": "Hoe helpen we Lotte met haar faalangst? (fictief)",
            "lb_analyse": "Belemmerend: faalangst en weinig slaap. Bevorderend: leest graag, goede band "
            "met de juf, helpt klasgenoten (fictief).",
            "lb_datum_ouders": ago(today, 105),
            "lb_visie_ouders": "Ouders willen hulp voor de spanning, ook thuis (fictief).",
            "lb_besluit": "ondersteuningsteam",
        },
        "ondersteuningsteam": {
            "ot_datum": ago(today, 90),
            "ot_deelnemers": ["ib", "leerkracht", "ouders", "orthopedagoog_swv", "jeugdconsulent"],
            "ot_ouders_aanwezig": True,
            "ot_grondslag_vastgelegd": True,
            "ot_integraal_beeld": "Faalangst op school en thuis; slaapproblemen; sterk in lezen (fictief).",
            "ot_regie_bij": "school",
            "ot_regiehouder": lead,
            "ot_besluit": ["arrangement", "sociaal_team"],
            "ot_volgende_evaluatie": later(today, 60),
        },
        "arrangement_opp": {
            "arr_datum_aanvraag": ago(today, 80),
            "arr_swv": swv_id,
            "arr_hulpvraag": "Begeleiding bij faalangst en rekenen in de groep (fictief).",
            "arr_soort": "ambulante_begeleiding",
            "arr_besluit": "toegekend",
            "arr_datum_besluit": ago(today, 70),
            "arr_startdatum": ago(today, 63),
            "arr_einddatum": later(today, 300),
            "arr_datum_opp": ago(today, 40),
            "arr_instemming": "gegeven",
            "arr_visie_ouders": "Fijn dat er iemand meekijkt in de klas (fictief).",
            "arr_visie_leerling": "Ik wil graag dat rekenen minder eng wordt.",
        },
    }


def po_referral_step(today: date) -> dict:
    """Step 6 after the dossier went to the Sociaal Team (the date of the export is today)."""
    return {
        "vv_route": "sociaal_team",
        "vv_st_ook_buiten_school": "ja",
        "vv_st_wie_aan_zet": True,
        "vv_st_toestemming": True,
        "vv_st_datum_aanmelding": today.isoformat(),
        "vv_st_besluit": "in_onderzoek",
        "vv_visie_ouders": "Ouders hopen op hulp thuis bij de spanning en het slapen (fictief).",
    }


def responsibility(today: date) -> dict:
    """'Wie is aan zet?': it shows at home too, the help is for the underlying problem."""
    return {
        "ook_buiten_school": True,
        "waar_buiten_school": ["thuis"],
        "buiten_school_toelichting": "Slaapt slecht en is thuis vaak boos of verdrietig (fictief).",
        "buiten_school_bron": ["ouders"],
        "onderwijsdoel": False,
        "onderliggend_probleem": True,
        "verzorging_lestijd": False,
        "behandeling_schoolsetting": False,
        "vrijstelling": False,
        "eens_met_uitkomst": True,
        "besproken_met": ["ouders"],
        "datum_afweging": ago(today, 30),
    }


def opp(today: date, care_id: int, outflow: str = "havo") -> dict:
    """What the user adds to the prefilled OPP: the picture, the goals and the jeugdhulp in it.
    The parents' instemming is not in the form: each parent signs on the OPP tab."""
    return {
        "aanleiding": "nieuw",
        "onderwijsbehoeften": "Korte instructie, voorspelbaarheid en succeservaringen (fictief).",
        "uitstroomperspectief": outflow,
        "uitstroom_moment": "na het schooljaar",
        "onderbouwing": "Leerrendement op niveau bij begrijpend lezen; rekenen iets lager (fictief).",
        "ondersteuning_omschrijving": "Ambulante begeleiding één ochtend per week (fictief).",
        "ondersteuning_door": ["ambulant_begeleider", "leerkracht_mentor", "jeugdhulp"],
        "afwijking_programma": False,
        "doelen": [
            {
                "doel": "Zelfstandig rekenen",
                "domein": "rekenen",
                "smart_omschrijving": "Maakt 4 van de 5 dagtaken rekenen zelfstandig af (fictief).",
                "meting": "Registratie van de leerkracht",
                "evaluatiedatum": later(today, 90),
            }
        ],
        "jeugdhulp_in_plan": True,
        "jh_aanbieder": care_id,
        "jh_beschikking": True,
        "jh_doelen": "Leren omgaan met spanning en beter slapen (fictief).",
        "jh_samenhang": "De time-timer en de dagstart komen terug in de training (fictief).",
        "jh_startdatum": ago(today, 35),
        "jh_onder_schooltijd": False,
        "jh_betaald_door": ["gemeente"],
        "jh_afstemming": "Elke zes weken een telefoontje met de IB'er (fictief).",
        "overleg_datum": ago(today, 38),
        "overleg_uitkomst": "Ouders en school zijn het eens (fictief).",
        "leerling_gehoord": True,
        "hoor_datum": ago(today, 39),
        "hoor_wijze": "gesprek_ib",
        "handelingsdeel": "Ambulante begeleiding op dinsdag; dagstart met de juf (fictief).",
        "gesprek_ouders": "Ouders vinden de afspraken haalbaar en tekenen elk zelf (fictief).",
        "evaluatie_gepland": later(today, 150),
        "geregistreerd": True,
        "geregistreerd_datum": ago(today, 30),
    }


def po_vo_handover(today: date, vo_id: int, lead: str) -> dict:
    """What the user adds to the prefilled PO→VO form (strengths etc. come from the OPP)."""
    return {
        "ontvangende_school": vo_id,
        "schooladvies": "havo_vwo",
        "okr_verstuurd": True,
        "okr_datum": ago(today, 3),
        "beschermende_factoren": "Hockeyteam en een oma dichtbij (fictief).",
        "aanpak_die_werkte": "Vooraf de dag doorspreken; een vaste plek (fictief).",
        "visie_ouders": "Ouders willen snel kennismaken met de mentor (fictief).",
        "visie_kind": "Ik heb er zin in, maar het gebouw is groot.",
        "gesprek_status": "gevoerd",
        "gesprek_datum": ago(today, 2),
        "afzender": lead,
        "ontvanger_naam": "Jeroen Bakker (fictief)",
    }


def okr_basis(vo_id: int) -> dict:
    """The toestemming form recording the onderwijskundig rapport (a legal task) for the VO school."""
    return {
        "grondslag": "wettelijke_taak",
        "wettelijke_taak": "okr",
        "ontvanger": vo_id,
        "doel_soort": "overdracht",
        "doel": "Warme overdracht en onderwijskundig rapport naar de VO-school.",
        "categorieen": ["identification", "school_results", "support_history", "opp"],
        "okr_ingezien": True,
        "ouders_geinformeerd": True,
    }


def team_consent(today: date) -> dict:
    """What the user adds to the consent form for the Sociaal Team (who decides is prefilled)."""
    return {
        "doel": "Aanmelding bij het Sociaal Team voor onderzoek naar jeugdhulp (fictief).",
        "categorieen": ["identification", "school_results", "support_history", "opp", "home_situation", "youth_care"],
        "geldig_tot": later(today, 200),
    }


# -- Daan, secondary school (16, decides himself) -------------------------------------------------
def vo_route(today: date, lead: str) -> dict[str, dict]:
    """Evidence of steps 1-5 of the secondary routekaart; step 4 is the ZAT (the school's MDO)."""
    return {
        "signalering_mentor": {
            "sm_datum_signaal": ago(today, 150),
            "sm_bronnen": ["vakdocenten", "verzuim"],
            "sm_signaal": "Daan mist steeds vaker het eerste uur en haalt onvoldoendes bij wiskunde (fictief).",
            "sm_verzuim_speelt": True,
            "sm_datum_gesprek_leerling": ago(today, 148),
            "sm_visie_leerling": "Ik slaap slecht en zie 's ochtends op tegen school.",
            "sm_datum_contact_ouders": ago(today, 146),
            "sm_visie_ouders": "Ouders maken zich zorgen; thuis zit Daan veel op zijn kamer (fictief).",
        },
        "mentoraanpak": {
            "ma_doel": "Daan is elke dag op tijd en haalt zijn wiskunde bij (fictief).",
            "ma_aanpak": ["mentorgesprekken", "huiswerkbegeleiding"],
            "ma_aanpak_toelichting": "Wekelijks een mentorgesprek en drie middagen huiswerkklas (fictief).",
            "ma_startdatum": ago(today, 140),
            "ma_einddatum": ago(today, 84),
            "ma_datum_evaluatie": ago(today, 80),
            "ma_resultaat": "niet_behaald",
            "ma_evaluatie": "Het verzuim neemt toe (fictief).",
            "ma_visie_leerling": "De huiswerkklas hielp, maar ik kom er 's ochtends niet uit.",
        },
        "zorgcoordinator": {
            "zc_datum": ago(today, 75),
            "zc_overleg": "intern_zorgoverleg",
            "zc_hulpvraag": "Hoe krijgen we Daan weer elke dag op school? (fictief)",
            "zc_analyse": "Belemmerend: somberheid en een verstoord slaapritme. Bevorderend: sterk in "
            "informatica, een goede vriend in de klas (fictief).",
            "zc_interne_ondersteuning": ["begeleiding_zc", "jgz"],
            "zc_datum_gesprek_ouders": ago(today, 72),
            "zc_visie_ouders": "Ouders willen hulp voor Daan, ook thuis (fictief).",
            "zc_visie_leerling": "Ik wil wel, maar het lukt me niet alleen.",
            "zc_besluit": "zat",
        },
        "zat": {
            "zat_datum": ago(today, 60),
            "zat_deelnemers": [
                "zorgcoordinator",
                "mentor",
                "leerling",
                "ouders",
                "jgz",
                "leerplicht",
                "jeugdconsulent",
            ],
            "zat_leerling_aanwezig": True,
            "zat_ouders_aanwezig": True,
            "zat_grondslag_vastgelegd": True,
            "zat_integraal_beeld": "Somberheid en slaapproblemen, thuis en op school; goede band met de mentor "
            "(fictief).",
            "zat_ziekteverzuim_jgz": True,
            "zat_regie_bij": "school",
            "zat_regiehouder": lead,
            "zat_besluit": ["arrangement", "sociaal_team"],
            "zat_volgende_evaluatie": later(today, 40),
        },
        "arrangement_opp": {
            "arr_datum_aanvraag": ago(today, 55),
            "arr_soort": "ambulante_begeleiding",
            "arr_hulpvraag": "Begeleiding bij een opbouwrooster en planning (fictief).",
            "arr_besluit": "toegekend",
            "arr_startdatum": ago(today, 45),
            "arr_einddatum": later(today, 200),
            "arr_datum_opp": ago(today, 20),
            "arr_instemming": "gegeven",
            "arr_leerling_gehoord": ago(today, 22),
            "arr_visie_leerling": "Een rooster dat langzaam opbouwt lijkt me goed.",
        },
    }


def vo_referral_step(today: date) -> dict:
    """Step 6 after Daan himself agreed and the dossier went to the Sociaal Team today."""
    return {
        "st_ook_buiten_school": "ja",
        "st_wie_aan_zet": True,
        "st_leerling_16_plus": True,
        "st_toestemming": True,
        "st_datum_aanmelding": today.isoformat(),
        "st_visie_leerling": "Ik wil hulp bij het slapen en met mijn somberheid.",
    }


def opp_known(today: date, route: dict[str, dict], lead: str, swv_id: int, municipality: str) -> dict:
    """The OPP's answers the app takes from the route, the case and the pupil (the GUI prefills
    them; a script writing JSON gives them itself)."""
    arrangement, talk = route["arrangement_opp"], route["leerlingbespreking"]
    return {
        "startdatum_ondersteuning": arrangement["arr_startdatum"],
        "datum_opgesteld": arrangement["arr_datum_opp"],
        "einddatum_ondersteuning": arrangement["arr_einddatum"],
        "opgesteld_door": lead,
        "swv": swv_id,
        "belemmerende_factoren": talk["lb_analyse"],
        "bevorderende_factoren": talk["lb_analyse"],
        "jh_gemeente": municipality,
        "jh_regiehouder": lead,
        "visie_leerling": arrangement["arr_visie_leerling"],
        "zienswijze_ouders": arrangement["arr_visie_ouders"],
    }


def po_vo_known(route: dict[str, dict], plan: dict, lead: str) -> dict:
    """The PO→VO handover's answers the app takes from the OPP and the case."""
    return {
        "sterke_kanten": plan["bevorderende_factoren"],
        "aandachtspunten": plan["onderwijsbehoeften"],
        "opp_aanwezig": True,
        "jeugdhulp_betrokken": True,
        "afzender": lead,
    }


def paper_consent(today: date, team_id: int, guardian_ids: tuple[int, int]) -> dict:
    """Both parents signed the consent for the Sociaal Team on paper (the CLI cannot draw)."""
    return {
        "ontvanger": team_id,
        "doel_soort": "aanmelding_sociaal_team",
        "grondslag": "toestemming",
        "gegeven_door": "ouders",
        "ouder": guardian_ids[0],
        "tweede_ouder": guardian_ids[1],
        "beslissing": "gegeven",
        "datum": today.isoformat(),
        "wijze": "getekend_papier",
        **team_consent(today),
    }
