"""A primary school's first day, end to end in the app, from the first-run wizard on an empty
profile (no demo data): Contacten, a pupil with two parents with gezag, a case on the school's
own routekaart walked step by step, 'Wie is aan zet?', the OPP with jeugdhulp in it, consent of
both parents, readiness, the signed dossier exported and verified, the PO→VO handover, and the
case aangemeld and closed (issue 9, Acceptance)."""

from __future__ import annotations

from datetime import date

from ibdesk.domain.model import OrgKind

from . import gui_case as case_ui
from . import gui_steps as ui
from . import stories
from .gui_steps import Parent, Person, SchoolSetup

TODAY = date.today()
PO = SchoolSetup(
    "OBS De Linde (fictief)",
    "Wageningen",
    "po",
    "Marieke de Wit (fictief)",
    "intern begeleider",
    "Routekaart primair onderwijs",
)


def test_primary_school_first_day(qtbot, home, dialogs, tmp_path):
    store = ui.first_run(qtbot, home, PO)
    window = ui.main_window(qtbot, store)
    ui.add_organisation(
        qtbot,
        window,
        OrgKind.SOCIAAL_TEAM,
        "Sociaal Team Wageningen (fictief)",
        "Wageningen",
        "14 0317",
        (
            Person("Petra Ooms (fictief)", "jeugdconsulent", "0317 123 457"),
            Person(
                "Karel Brink (fictief)",
                "teamleider",
                "0317 123 458",
                escalation_mandate="Mag een beschikking jeugdhulp versneld afgeven.",
            ),
        ),
    )
    swv = ui.add_organisation(
        qtbot,
        window,
        OrgKind.SWV_LOKET,
        "Loket SWV Vallei (fictief)",
        "Ede",
        "0318 123 456",
        (Person("Ruud Kamps (fictief)", "orthopedagoog"),),
    )
    vo = ui.add_organisation(
        qtbot,
        window,
        OrgKind.SCHOOL,
        "Pantarijn-college (fictief)",
        "Wageningen",
        "0317 465 000",
        (Person("Jeroen Bakker (fictief)", "zorgcoördinator"),),
    )
    care = ui.add_organisation(
        qtbot,
        window,
        OrgKind.JEUGDHULP,
        "Jeugdhulp De Brug (fictief)",
        "Wageningen",
        "0317 111 222",
        (Person("Sanne Hoek (fictief)", "gezinsbehandelaar"),),
    )
    ui.add_pupil(
        qtbot,
        window,
        "Lotte",
        "Veenstra-Ağaoğlu",
        date(TODAY.year - 12, 3, 14),
        "groep 8",
        "Wageningen",
        (Parent("Anna Veenstra (fictief)", "moeder"), Parent("Emre Ağaoğlu (fictief)", "vader")),
    )
    case = ui.open_case(
        qtbot,
        window,
        "Veenstra-Ağaoğlu",
        "Hoe kan Lotte met vertrouwen de overstap naar het VO maken?",
        PO.user,
        PO.role,
        "Routekaart primair onderwijs",
    )
    page = window.case_page
    route = stories.po_route(TODAY, swv, PO.user)
    for step_id, answers in route.items():
        case_ui.record_step(qtbot, window, step_id, answers)
        if step_id == "signalering":
            assert page.status_badge.text() == "Lopend", "the route has started"
    assert "5 van 7 stappen afgerond" in page.timeline.intro.text()
    assert page.ready_badge.text() == "Nog niet klaar voor aanmelding"
    missing = ui.texts(page.readiness)
    assert "Nog niet klaar: 2 punten ontbreken." in missing
    assert "De vragen van 'Wie is aan zet?' zijn nog niet beantwoord." in missing
    assert "Geen geldige grondslag (toestemming) om gegevens te delen met Sociaal Team Wageningen (fictief)" in missing

    case_ui.answer_responsibility(
        qtbot, window, stories.responsibility(TODAY), "Gemeente (jeugdhulp via het Sociaal Team)"
    )
    case_ui.draw_up_opp(
        qtbot,
        window,
        stories.opp(TODAY, care),
        {
            "swv": swv,
            "startdatum_ondersteuning": stories.ago(TODAY, 63),
            "opgesteld_door": PO.user,
            "jh_gemeente": "Wageningen",
        },
    )
    assert "nog niet vastgesteld" in case_ui.texts(page.opp)  # the form alone is no instemming
    case_ui.parents_agree_with_opp(
        page.opp, ["Anna Veenstra (fictief)", "Emre Ağaoğlu (fictief)"], stories.ago(TODAY, 36)
    )
    assert "OPP vastgesteld op" in case_ui.texts(page.opp)
    case_ui.record_consent(
        qtbot,
        window,
        ["Anna Veenstra (fictief) (moeder)", "Emre Ağaoğlu (fictief) (vader)"],
        stories.team_consent(TODAY),
        ("handtekening_ouder",),
    )
    case_ui.check_ready(window)

    dossier = tmp_path / "dossier.pdf"
    case_ui.export_dossier(qtbot, window, dialogs, dossier, "Sociaal Team Wageningen (fictief)", PO.user)
    case_ui.verify_in_app(qtbot, window, dossier, PO.user)

    window.open_case(case)
    editor = case_ui.start_handover(
        qtbot,
        window,
        "PO → VO",
        stories.po_vo_handover(TODAY, vo, PO.user),
        {
            "sterke_kanten": route["leerlingbespreking"]["lb_analyse"],
            "aandachtspunten": stories.opp(TODAY, care)["onderwijsbehoeften"],
            "aanpak_die_werkte": route["basisondersteuning"]["bo_evaluatie"],
            "opp_aanwezig": True,
            "jeugdhulp_betrokken": True,
            "afzender": PO.user,
        },
    )
    handover = tmp_path / "overdracht.pdf"
    dialogs.save_path = handover
    ui.click(qtbot, editor.export_button)  # saved, but no basis for the VO school yet
    refused = dialogs.shown[-1]
    assert refused.kind == "error" and "Er mag niets worden gedeeld met Pantarijn-college" in refused.text
    assert "geen toestemming nodig" in refused.text and "Onderwijskundig rapport" in refused.text
    assert not handover.exists() and page.stack.currentWidget() is page.main, "the form is saved, nothing lost"
    case_ui.record_legal_basis(qtbot, window, stories.okr_basis(vo), "Pantarijn-college (fictief)")
    case_ui.export_handover(qtbot, window, dialogs, "PO → VO", handover)
    case_ui.verify_in_app(qtbot, window, handover, PO.user)
    assert [s.title for s in dialogs.shown if s.kind == "error"] == ["Overdracht niet gemaakt"]

    # after the export the overview counts the case as aangemeld, and 'aanmelden kan' is gone
    assert "ready" not in case_ui.attention(window)
    assert case_ui.status_counts(window)["Aangemeld"] == "1"
    window.open_case(case)
    case_ui.record_step(qtbot, window, "tlv_of_sociaal_team", stories.po_referral_step(TODAY))
    assert "6 van 7 stappen afgerond" in page.timeline.intro.text()
    assert case_ui.status_menu(page) == ["Besluit Sociaal Team vastleggen…", "Terug naar lopend…", "Casus sluiten…"]
    case_ui.change_status(
        qtbot,
        window,
        "Besluit Sociaal Team vastleggen…",
        "Opvolging Sociaal Team",
        decision="Beschikking jeugdhulp afgegeven",
        reason="Gezinsbehandeling thuis (fictief).",
    )
    case_ui.change_status(
        qtbot,
        window,
        "Casus sluiten…",
        "Gesloten",
        reason="Lotte gaat naar het VO; de hulp loopt via het Sociaal Team (fictief).",
    )
    assert window.context.records.case(case).closed_on == TODAY, "the closing date starts the retention clock"
    assert page.header.subtitle.text().endswith(f"gesloten op {TODAY:%d-%m-%Y}")
    assert case_ui.status_menu(page) == ["Casus heropenen…"]
    history = page.lifecycle.history.texts()
    assert [line.split(" · ")[1].split(" door ")[0] for line in history] == [
        "Gesloten",
        "Besluit Sociaal Team vastgelegd",
        "Aangemeld bij het Sociaal Team",
        "Op lopend gezet",
        "Casus geopend",
    ], history
    assert "exporteren van het dossier" in history[2]
    assert case_ui.status_counts(window)["Gesloten"] == "1" and not case_ui.attention(window)
