"""A secondary school's first day, end to end in the app, from the first-run wizard (school type
VO) on an empty profile: the zorgcoördinator adds Contacten and a pupil of 16, opens a case on
the VO routekaart, walks its steps (the ZAT is the school's MDO), records 'Wie is aan zet?' and
the OPP, lets Daan consent himself (from 16 the pupil decides: UAVG art. 5 with AVG art. 8,
domain.md §5, domain/consent.py), exports and verifies the signed dossier, and the case is aangemeld
(issue 9, Acceptance)."""

from __future__ import annotations

from datetime import date

from ibdesk.domain.model import OrgKind

from . import gui_case as case_ui
from . import gui_steps as ui
from . import stories
from .gui_steps import Parent, Person, SchoolSetup

TODAY = date.today()
VO = SchoolSetup(
    "Het Baken, school voor vo (fictief)",
    "Renkum",
    "vo",
    "Jeroen Bakker (fictief)",
    "zorgcoördinator",
    "Routekaart voortgezet onderwijs",
)
TEAM = "Sociaal Team Renkum (fictief)"


def test_secondary_school_first_day(qtbot, home, dialogs, tmp_path):
    store = ui.first_run(qtbot, home, VO)
    window = ui.main_window(qtbot, store)
    ui.add_organisation(
        qtbot,
        window,
        OrgKind.SOCIAAL_TEAM,
        TEAM,
        "Renkum",
        "14 026",
        (
            Person("Ingrid Vos (fictief)", "jeugdconsulent"),
            Person(
                "Peter van Aalst (fictief)",
                "teamleider",
                escalation_mandate="Mag een beschikking jeugdhulp versneld afgeven.",
            ),
        ),
    )
    swv = ui.add_organisation(
        qtbot,
        window,
        OrgKind.SWV_LOKET,
        "Loket SWV VO Arnhem (fictief)",
        "Arnhem",
        "026 123 4567",
        (Person("Mira de Groot (fictief)", "trajectbegeleider"),),
    )
    care = ui.add_organisation(
        qtbot,
        window,
        OrgKind.JEUGDHULP,
        "Jeugd-GGZ Oosterbeek (fictief)",
        "Renkum",
        "026 765 4321",
        (Person("Tom Wijers (fictief)", "behandelaar"),),
    )
    born = date(TODAY.year - 16, 1, 1) if (TODAY.month, TODAY.day) > (1, 1) else date(TODAY.year - 17, 1, 1)
    ui.add_pupil(
        qtbot,
        window,
        "Daan",
        "Kuipers (fictief)",
        born,
        "havo 4",
        "Renkum",
        (Parent("Ellen Kuipers (fictief)", "moeder"), Parent("Rob Kuipers (fictief)", "vader")),
    )
    case = ui.open_case(
        qtbot,
        window,
        "Kuipers",
        "Hoe komt Daan weer elke dag op school?",
        VO.user,
        VO.role,
        "Routekaart voortgezet onderwijs",
    )
    page = window.case_page
    assert page.overview.route.id == "routekaart-vo"
    titles = [card.view.info.title for card in page.timeline.cards]
    assert titles[0] == "Signalering door de mentor" and "Zorg- en adviesteam (ZAT) / ondersteuningsteam" in titles

    route = stories.vo_route(TODAY, VO.user)
    for step_id, answers in route.items():
        case_ui.record_step(qtbot, window, step_id, answers)
    assert "5 van 7 stappen afgerond" in page.timeline.intro.text()
    zat = page.timeline.card("zat").facts.text()
    assert (
        "Wie namen deel: Zorgcoördinator, Mentor, Leerling, Ouders, Jeugdarts of jeugdverpleegkundige (JGZ), "
        "Leerplichtambtenaar, Jeugdconsulent Sociaal Team"
    ) in zat, zat  # as recorded in the ZAT evidence

    case_ui.answer_responsibility(
        qtbot, window, stories.responsibility(TODAY), "Gemeente (jeugdhulp via het Sociaal Team)"
    )
    plan = {**stories.opp(TODAY, care, outflow="havo"), "swv": swv}
    del plan["hoor_datum"]  # the route knows when Daan was heard
    case_ui.draw_up_opp(
        qtbot,
        window,
        plan,
        {
            "hoor_datum": route["arrangement_opp"]["arr_leerling_gehoord"],
            "visie_leerling": route["arrangement_opp"]["arr_visie_leerling"],
            "opgesteld_door": VO.user,
        },
    )

    # from 16 the pupil decides himself: the form starts with him, he signs
    case_ui.record_consent(
        qtbot, window, ["Daan Kuipers (fictief) (leerling)"], stories.team_consent(TODAY), ("handtekening_leerling",)
    )
    assert "vanaf 16 jaar beslist de leerling zelf" in page.consent.rule.text()
    case_ui.check_ready(window)
    dossier = tmp_path / "dossier.pdf"
    case_ui.export_dossier(qtbot, window, dialogs, dossier, TEAM, VO.user)
    case_ui.verify_in_app(qtbot, window, dossier, VO.user)
    window.open_case(case)
    case_ui.record_step(qtbot, window, "aanmelding_sociaal_team", stories.vo_referral_step(TODAY))
    assert page.status_badge.text() == "Aangemeld bij Sociaal Team"
    assert case_ui.status_counts(window)["Aangemeld"] == "1"
    assert not [s for s in dialogs.shown if s.kind == "error"], dialogs.shown
