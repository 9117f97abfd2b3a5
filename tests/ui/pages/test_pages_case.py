"""The case page: route timeline, step states, readiness, 'Wie is aan zet?', OPP, forms, audit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from support.dates import years_later

from ibdesk.domain.route import StepState
from ibdesk.domain.validation import age_on
from ibdesk.ui.models import fold
from ibdesk.ui.pages.case_timeline import escalation_text

from .helpers import evidence, plain, texts
from .test_pages_consent import sign_on_screen

RESPONSIBILITY = {
    "ook_buiten_school": True,
    "waar_buiten_school": ["thuis"],
    "buiten_school_toelichting": "Ook thuis boos en onrustig (fictief).",
    "onderwijsdoel": True,
    "onderliggend_probleem": True,
    "verzorging_lestijd": False,
    "behandeling_schoolsetting": False,
    "vrijstelling": False,
    "eens_met_uitkomst": True,
}


def new_pupil_without_case(services):
    today = services.guidance.today()
    with_case = {r.pupil_id for r in services.records.case_rows()}
    return next(
        p
        for p in services.records.pupils()
        if p.id not in with_case
        and p.left_on is None
        and age_on(p.birth_date, today) < 16
        and sum(g.has_gezag for g in p.guardians) == 2
    )


def test_walk_a_case_from_signal_to_ready(qtbot, main_window, services):
    today = services.guidance.today()
    pupil = new_pupil_without_case(services)
    main_window.show_page(2)
    cases = main_window.cases_page
    qtbot.mouseClick(cases.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(cases.new_pupil.search, fold(pupil.full_name))  # typed without accents
    assert [p.id for p in cases.new_pupil.shown()] == [pupil.id]
    qtbot.keyClick(cases.new_pupil.search, Qt.Key.Key_Return)
    qtbot.keyClicks(cases.new_question, "Hoe kan deze leerling weer tot leren komen, op school en thuis?")
    qtbot.mouseClick(cases.create_button, Qt.MouseButton.LeftButton)

    page = main_window.case_page
    assert main_window.current_page() is page
    assert page.overview.pupil.id == pupil.id and page.overview.case.status.value == "signaal"
    assert not page.readiness.ready and page.ready_badge.text() == "Nog niet klaar voor aanmelding"
    for step in [s for s in page.overview.route.steps if s.required]:
        card = page.timeline.card(step.id)
        card.state_buttons[StepState.DONE].click()  # no evidence yet: refused
        assert f"Stap '{step.title}' kan nog niet worden afgerond. Nog nodig:" in card.error.text()
        assert page.timeline.card(step.id).view.progress.state is not StepState.DONE
        card.evidence_button.click()
        editor = page.host.editor
        assert page.stack.currentWidget() is page.host and editor.step_id == step.id
        editor.view.set_answers(evidence(step, today, services))
        assert editor.save() is not None, editor.status.text()
        assert page.stack.currentWidget() is page.main
        card = page.timeline.card(step.id)
        assert card.view.progress.state is StepState.IN_PROGRESS and not card.view.missing_evidence
        card.state_buttons[StepState.DONE].click()
        assert page.timeline.card(step.id).view.progress.state is StepState.DONE
    missing = page.readiness.missing_lines()
    assert not any(line.startswith("Stap ") for line in missing)
    assert "De vragen van 'Wie is aan zet?' zijn nog niet beantwoord." in missing

    page.responsibility.edit_button.click()
    editor = page.host.editor
    editor.view.set_answers({**RESPONSIBILITY, "datum_afweging": today.isoformat()})
    assert editor.save() is not None, editor.status.text()
    assert "Beide" in page.responsibility.outcome.headline.text()
    missing = page.readiness.missing_lines()
    assert missing and all("grondslag" in line for line in missing), missing

    page.consent.record_button.click()
    editor = page.host.editor
    view = editor.view
    answers = view.answers()
    assert answers["ontvanger"] == page.overview.teams.residence.id
    assert {answers["ouder"], answers["tweede_ouder"]} == {g.id for g in pupil.guardians if g.has_gezag}
    answers.update(
        doel="Aanmelding bij het Sociaal Team voor onderzoek naar jeugdhulp.",
        categorieen=["identification", "support_history", "home_situation"],
        geldig_tot=years_later(today, 1).isoformat(),
    )
    view.set_answers(answers)
    assert editor.save() is not None, editor.status.text()
    assert not page.readiness.ready  # nobody has signed yet
    for guardian in (g for g in pupil.guardians if g.has_gezag):  # each parent signs for himself
        sign_on_screen(page.consent, f"guardian:{guardian.id}")

    assert page.readiness.ready, page.readiness.missing_lines()
    assert page.ready_badge.text() == "Klaar voor aanmelding"
    assert page.readiness.banner.headline.text() == "Ja, klaar voor aanmelding."
    basis = services.consent.case_consent(page.case_id).bases[-1]
    assert basis.kind == "consent" and basis.decision == "gegeven" and len(basis.givers) == 2
    assert services.guidance.overview(page.case_id).readiness.ready


def test_stalled_step_shows_whom_to_escalate_to(main_window, demo_case):
    main_window.open_case(demo_case(5))
    page = main_window.case_page
    ov = page.overview
    stalled = ov.view.stalled[0]
    card = page.timeline.card(stalled.info.id)
    assert card.property("state") == "stalled"
    assert f"Loopt {stalled.stalled_days} dagen over de normale duur" in card.stalled.text()
    assert ov.escalations
    for escalation in ov.escalations:
        line = escalation_text(escalation)
        assert line in card.stalled.text()
        assert f"Opschalen naar: {escalation.person}, {escalation.role} bij {escalation.organisation}" in line
        assert f"mandaat: {escalation.mandate}" in line
    assert "Henk Drost" in card.stalled.text() and "Mag een arrangement toekennen" in card.stalled.text()


def test_grensverkeer_shows_both_social_teams(main_window, demo_case):
    main_window.open_case(demo_case(9))
    page = main_window.case_page
    teams = page.overview.teams
    assert teams.crosses_border and teams.residence and teams.school
    team_text = page.fact_labels["team"].text()
    assert teams.residence.name in team_text and teams.school.name in team_text
    assert "betaalt de jeugdhulp" in team_text and "regie over jeugdhulp op school" in team_text
    assert page.border_note.isVisibleTo(page) and "Woonplaatsbeginsel" in page.border_note.text()
    assert teams.residence.name in page.readiness.team.text()


def test_single_municipality_shows_one_team(main_window, demo_case):
    main_window.open_case(demo_case(2))
    page = main_window.case_page
    assert page.fact_labels["team"].text() == page.overview.teams.residence.name
    assert not page.border_note.isVisibleTo(page)


def test_timeline_marks_current_next_and_done(main_window, demo_case):
    main_window.open_case(demo_case(3))
    page = main_window.case_page
    view = page.overview.view
    current, following = page.timeline.card(view.current.info.id), page.timeline.card(view.next.info.id)
    assert current.property("state") in ("current", "stalled") and "Nu aan de beurt" in texts(current)
    assert "Hierna" in texts(following)
    done = page.timeline.card(view.done[0].info.id)
    evidence = page.overview.forms[(page.overview.route.id, view.done[0].info.id)]
    signal = date.fromisoformat(evidence["sig_datum_signaal"])
    assert f"afgerond, {signal:%d-%m}" in done.facts.text(), "dated by the evidence, not by the click"
    assert "Wie waren bij het gesprek: Leerkracht" in done.facts.text(), "only who the evidence records"
    assert f"Nu: {view.current.info.title}." in page.timeline.intro.text()


def test_not_applicable_needs_a_reason(main_window, demo_case):
    """Issue 11.2: only where the route allows it, with a real reason, shown as 'niet van
    toepassing — reden' and never counted as afgerond."""
    main_window.open_case(demo_case(3))
    page = main_window.case_page
    fixed = next(s for s in page.overview.view.steps if not s.info.may_skip and not s.progress.state.finished)
    assert StepState.NOT_APPLICABLE not in page.timeline.card(fixed.info.id).state_buttons
    optional = next(s for s in page.overview.view.steps if s.info.may_skip and not s.progress.state.finished)
    card = page.timeline.card(optional.info.id)
    card.state_buttons[StepState.NOT_APPLICABLE].click()
    assert card.reason_box.isVisibleTo(card)
    card.request(StepState.NOT_APPLICABLE, confirmed=True)
    assert "Geef aan waarom" in card.error.text()
    card.reason.setText("x")
    card.request(StepState.NOT_APPLICABLE, confirmed=True)
    assert "Geef aan waarom" in card.error.text(), "'x' is no reason"
    card.reason.setText("Besproken in het MDO: geen TLV nodig.")
    card.request(StepState.NOT_APPLICABLE, confirmed=True)
    card = page.timeline.card(optional.info.id)
    assert card.view.progress.state is StepState.NOT_APPLICABLE
    assert "niet van toepassing — Besproken in het MDO: geen TLV nodig." in card.facts.text()
    done = sum(v.progress.state is StepState.DONE for v in page.overview.view.steps)
    assert (
        f"{done} van {len(page.overview.view.steps)} stappen afgerond, 1 niet van toepassing"
        in page.timeline.intro.text()
    )
    page.tabs.setCurrentWidget(page.tabs.widget(6))
    actions = [page.audit.table.item(r, 2).text() for r in range(page.audit.table.rowCount())]
    assert "routekaartstap gewijzigd" in actions and "bekeken" in actions


def test_wie_is_aan_zet_shows_rules_and_disagreement(main_window, demo_case, services):
    main_window.open_case(demo_case(2))
    page = main_window.case_page
    panel = page.responsibility
    assert panel.outcome.headline.text().startswith("De regels wijzen naar: Beide")
    assert any(
        line.startswith("Standpunt gemeente Renkum (raadsbrief 7 mei 2025): de gevolgen in de klas")
        for line in panel.reasons.texts()
    )
    panel.edit_button.click()
    editor = page.host.editor
    answers = {
        **editor.view.answers(),
        **RESPONSIBILITY,
        "eens_met_uitkomst": False,
        "aan_zet_volgens_ib": "school",
        "oneens_reden": "De thuissituatie is inmiddels stabiel (fictief).",
    }
    editor.view.set_answers(answers)
    assert editor.save() is not None, editor.status.text()
    assert "Volgens u is aan zet: de school" in panel.disagreement.headline.text()
    assert "De thuissituatie is inmiddels stabiel" in plain(panel.disagreement.lines.text())


def test_opp_deadlines_agreement_and_lights(main_window, demo_case):
    main_window.open_case(demo_case(7))
    page = main_window.case_page
    opp = page.opp
    tag, _value = opp.facts["evaluation"]
    assert tag.text() == "verlopen" and tag.property("tone") == "error"
    assert opp.facts["agreement"][0].text() == "gegeven"  # the demo's parents agreed: OPP vastgesteld
    assert opp.facts["draw_up"][0].text() == "op tijd" and "vastgesteld op" in opp.facts["draw_up"][1].text()
    lights = opp.goal_lights()
    assert lights and all(set(dots) <= {"rood", "oranje", "groen", "donkergroen"} for dots in lights.values())
    assert opp.open_button.text() == "OPP openen"


def test_opp_being_drawn_up_restores_its_draft(main_window, demo_case, dialogs, services):
    case_id = demo_case(10)
    main_window.open_case(case_id)
    page = main_window.case_page
    assert page.opp.open_button.text() == "Verder met het OPP"
    assert page.opp.facts["draw_up"][0].text() in ("binnenkort", "nog niet aan de orde", "verlopen")
    page.opp.open_button.click()
    assert dialogs.of("confirm")[-1].title == "Niet-opgeslagen werk gevonden"
    editor = page.host.editor
    assert editor.context == f"case:{case_id}:opp"
    draft = services.forms.draft(f"case:{case_id}:opp")
    assert editor.view.answers()["startdatum_ondersteuning"] == draft.answers["startdatum_ondersteuning"]
    editor.cancel()
    assert page.stack.currentWidget() is page.main


def test_older_form_versions_open_read_only_with_their_own_definition(main_window, demo_case, services):
    from ibdesk.services.demo_samples import sample_answers

    case_id = demo_case(2)
    old = services.catalog.get("opp", 1)
    assert old.version < services.catalog.latest("opp").version
    pupil_id = services.guidance.overview(case_id).pupil.id
    answers = sample_answers(
        old,
        years_later(services.guidance.today(), 2020 - services.guidance.today().year),
        {"staff": "x", "guardian": "1", "contact": "1", "organisation": "1"},
    )
    services.forms.save(pupil_id, "opp", 1, answers, case_id=case_id)
    main_window.open_case(case_id)
    page = main_window.case_page
    saved = page.forms.saved
    row = next(i for i, f in enumerate(saved) if f.form_id == "opp" and f.form_version == 1)
    assert page.forms.table.item(row, 2).text() == "formulier v1"
    page.forms.open_row(row)
    view = page.host.view
    assert view is not None and view.read_only and view.definition.version == 1
    assert "Alleen lezen · versie 1" in texts(view)
    page.host._back()
    assert page.stack.currentWidget() is page.main


def test_escape_goes_back_to_where_the_case_was_opened(qtbot, main_window, demo_case):
    main_window.show_page(2)
    main_window.cases_page.case_opened.emit(demo_case(4))
    assert main_window.current_page() is main_window.case_page
    main_window.case_page.back_button.click()
    assert main_window.current_page() is main_window.cases_page


def test_clicking_the_highlighted_navigation_item_leaves_the_case(qtbot, main_window, demo_case):
    main_window.open_case(demo_case(2))
    nav = main_window.nav
    assert nav.currentRow() == 2  # Casussen stays highlighted under a case
    rect = nav.visualItemRect(nav.item(2))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_page() is main_window.cases_page
