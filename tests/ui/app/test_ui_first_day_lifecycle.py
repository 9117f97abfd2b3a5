"""A secondary school's first day in the app, from the first-run wizard on an empty profile:
the school type decides the routekaart, a case can take another variant, and the case's
status moves on from its page while the overview follows (issue 9 points 3 and 4, issue 16
point 5)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.services import profile
from ibdesk.text.dates import short_date
from ibdesk.ui.pages.pupil_editor import PupilEditor
from ibdesk.ui.wizard import FirstRunWizard

TODAY = date.today()


@pytest.fixture
def vo_profile(qtbot, home):
    """The first-run wizard, as a zorgcoördinator of a secondary school fills it in."""
    wizard = FirstRunWizard(home, keyring_available=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    school = wizard.school_page
    school.name.setText("Het Baken, school voor vo (fictief)")
    school.municipality.setText("Renkum")
    assert "Routekaart primair onderwijs" in school.route_fields.route_label.text()
    school.school_type.setCurrentIndex(school.school_type.findData("vo"))
    assert "Routekaart voortgezet onderwijs" in school.route_fields.route_label.text()
    wizard.next()
    assert wizard.currentPage() is wizard.user_page
    assert wizard.user_page.role.currentText() == "zorgcoördinator", "suggested for a secondary school"
    wizard.next()  # no name yet: refused, nothing created
    assert wizard.currentPage() is wizard.user_page and wizard.store is None
    assert "Vul uw naam in" in wizard.user_page.fields.boxes["naam"].error.text()
    qtbot.keyClicks(wizard.user_page.name, "Jeroen Bakker (fictief)")
    wizard.next()
    wizard.next()
    qtbot.keyClicks(wizard.confirm_page.confirm.edit, wizard.recovery_key)
    with qtbot.waitSignal(wizard.created, timeout=2000):
        wizard.accept()
    yield wizard.store
    wizard.store.close()


@pytest.fixture
def window(qtbot, vo_profile):
    from support.windows import shown_main_window

    return shown_main_window(qtbot, vo_profile, (1366, 768))


def add_pupil(qtbot, records) -> int:
    editor = PupilEditor(records, None)
    qtbot.addWidget(editor)
    editor.show()
    for key, value in {
        "voornaam": "Noor",
        "achternaam": "Yılmaz",
        "geboortedatum": "14-03-2012",
        "groep": "2B",
        "woongemeente": "Renkum",
    }.items():
        editor.edits[key].setText(value)  # (keyClicks cannot type 'ı' offscreen)
    qtbot.mouseClick(editor.guardians.add_button, Qt.MouseButton.LeftButton)
    editor.guardians.rows[0].name.setText("Fatma Yılmaz (fictief)")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved is not None
    return editor.saved.id


def open_new_case(qtbot, window, pupil_id: int, route: str | None = None) -> int:
    cases = window.cases_page
    window.show_page(2)
    qtbot.mouseClick(cases.new_button, Qt.MouseButton.LeftButton)
    picker = cases.new_pupil
    name = window.context.services.records.pupil(pupil_id).last_name
    picker.search.setText(name)  # type to find, as a user does
    assert picker.select(lambda pupil: pupil.id == pupil_id)
    qtbot.keyClicks(cases.new_question, "Noor verzuimt steeds vaker; wat is er nodig om terug te keren?")
    if route is not None:
        cases.new_route.setCurrentIndex(cases.new_route.findData(route))
    return cases.create_case()


def status_action(page, text: str):
    return next(a for a in page.status_button.menu().actions() if a.text() == text)


def test_vo_school_first_day_route_and_status(qtbot, window, vo_profile, shown):
    services = window.context.services
    assert profile.user_profile(vo_profile) == ("Jeroen Bakker (fictief)", "zorgcoördinator")
    assert services.records.school().school_type == "vo"
    pupil_id = add_pupil(qtbot, services.records)

    cases = window.cases_page
    window.show_page(2)
    qtbot.mouseClick(cases.new_button, Qt.MouseButton.LeftButton)
    routes = [cases.new_route.itemData(i) for i in range(cases.new_route.count())]
    assert routes[0] == "routekaart-vo@1", "the school's own route is the default"
    assert "routekaart-po-regio-oost@1" in routes and "routekaart-po@1" in routes
    assert "standaard voor uw school" in cases.new_route.itemText(0)
    assert (cases.new_lead.text(), cases.new_role.text()) == ("Jeroen Bakker (fictief)", "zorgcoördinator")
    variant = open_new_case(qtbot, window, pupil_id, "routekaart-po-regio-oost@1")
    assert window.case_page.overview.route.id == "routekaart-po-regio-oost"
    case_id = open_new_case(qtbot, window, pupil_id)
    page = window.case_page
    assert page.overview.route.id == "routekaart-vo" and services.records.case(variant).route_id != "routekaart-vo"

    # signaal: the allowed next steps are offered, and only those
    assert [a.text() for a in page.status_button.menu().actions()] == ["Op lopend zetten…", "Casus sluiten…"]
    assert page.status_badge.text() == "Signaal"
    status_action(page, "Op lopend zetten…").trigger()
    assert page.stack.currentWidget() is page.host
    page.status_form.save()
    assert page.stack.currentWidget() is page.main and page.status_badge.text() == "Lopend"

    # aangemeld: refused without a Sociaal Team in Contacten, then recorded once there is one
    status_action(page, "Aangemeld bij Sociaal Team…").trigger()
    form = page.status_form
    assert "Voeg eerst het Sociaal Team toe" in form.fields.boxes["organisatie"].hint.text()
    assert form.save() is None and "Kies het Sociaal Team" in form.fields.boxes["organisatie"].error.text()
    form.cancel_button.click()
    services.records.save_organisation(
        Organisation(  # Contacten (the organisations screen is branch orgs')
            OrgKind.SOCIAAL_TEAM,
            "Sociaal Team Renkum (fictief)",
            "Renkum",
            contacts=[Contact("Ingrid Vos (fictief)", "jeugdconsulent", is_primary=True)],
        )
    )
    page.refresh()
    status_action(page, "Aangemeld bij Sociaal Team…").trigger()
    form = page.status_form
    assert form.organisation.currentText().startswith("Sociaal Team Renkum (fictief)")
    assert form.due.text() == short_date(TODAY + timedelta(weeks=8)), "eight weeks by default (art. 4:13 Awb)"
    form.due.setText(short_date(TODAY + timedelta(days=3)))
    form.save()
    assert page.status_badge.text() == "Aangemeld bij Sociaal Team" and not page.ready_badge.isVisible()
    assert f"Antwoord verwacht uiterlijk {short_date(TODAY + timedelta(days=3))}" in page.fact_labels["status"].text()

    overview = window.overview_page
    window.show_page(0)
    answer = [(g, i) for g, i in overview.rows() if i.kind == "st_answer"]
    assert [(g, i.target) for g, i in answer] == [("Deze week", ("case", case_id))]
    assert overview.by_status[page.overview.case.status].number.text() == "1"

    # opvolging: the decision and the next evaluation; the overview reminds of the evaluation
    window.open_case(case_id)
    status_action(page, "Besluit Sociaal Team vastleggen…").trigger()
    form = page.status_form
    assert (
        form.save() is None and "Kies wat het Sociaal Team heeft besloten." in form.fields.boxes["besluit"].error.text()
    )
    form.decision.setCurrentIndex(form.decision.findText("Beschikking jeugdhulp afgegeven"))
    form.due.setText(short_date(TODAY + timedelta(days=5)))
    qtbot.keyClicks(form.reason, "Ambulante hulp thuis, evaluatie op school")
    form.save()
    assert page.status_badge.text() == "Opvolging Sociaal Team"
    window.show_page(0)
    kinds = {i.kind: (g, i.due_on) for g, i in overview.rows()}
    assert kinds["st_evaluation"] == ("Deze week", TODAY + timedelta(days=5)) and "st_answer" not in kinds
    assert "ready" not in kinds, "after the referral the overview no longer says 'aanmelden kan'"

    # sluiten needs a real reason; then the history on the Status tab shows every change
    window.open_case(case_id)
    status_action(page, "Casus sluiten…").trigger()
    form = page.status_form
    qtbot.keyClicks(form.reason, "x")
    assert form.save() is None and "Geef een reden" in form.fields.boxes["reden"].error.text()
    form.reason.setPlainText("Hulp loopt via het Sociaal Team; school volgt in het gewone mentoraat.")
    form.save()
    assert page.status_badge.text() == "Gesloten"
    assert services.records.case(case_id).closed_on == TODAY, "the closing date starts the retention clock"
    assert [a.text() for a in page.status_button.menu().actions()] == ["Casus heropenen…"]
    history = page.lifecycle.history.texts()
    assert len(history) == 5 and history[0].startswith(f"{short_date(TODAY)} · Gesloten door Jeroen Bakker")
    assert "Aangemeld bij het Sociaal Team door Jeroen Bakker (fictief) — Sociaal Team Renkum (fictief)" in history[2]
    page.lifecycle.move_buttons["heropend"].click()
    page.status_form.reason.setPlainText("Noor zit weer thuis na de kerstvakantie.")
    page.status_form.save()
    assert page.status_badge.text() == "Lopend" and services.records.case(case_id).closed_on is None
    assert not [s for s in shown if s.kind == "error"]


def test_case_header_fits_at_the_minimum_window_size(qtbot, window, vo_profile):
    """At 900×600 every header button stays whole (they wrap instead of being cut off)."""
    pupil_id = add_pupil(qtbot, window.context.services.records)
    open_new_case(qtbot, window, pupil_id)
    page = window.case_page
    window.resize(window.minimumSize())
    for _ in range(5):
        qtbot.wait(10)
    for button in (page.back_button, page.status_button, page.handover_button, page.export_button):
        inside = button.rect().translated(button.mapTo(page, button.rect().topLeft()))
        assert page.rect().contains(inside), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()


def test_instellingen_change_the_school_type_and_the_policy_can_fix_it(
    qtbot, window, vo_profile, tmp_path, monkeypatch
):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    window.show_page(6)
    settings = window.settings_page
    fields = settings.route_fields
    assert fields.school_type() == "vo" and "voortgezet onderwijs" in fields.route_label.text()
    fields.type_combo.setCurrentIndex(fields.type_combo.findData("po"))
    settings.edits["regio"].setText("SWV Regio Oost (fictief)")
    assert "Regio Oost" in fields.route_label.text()
    settings.save_school()
    school = window.context.records.school()
    assert (school.school_type, school.region) == ("po", "SWV Regio Oost (fictief)")
    assert window.context.services.routes.default_option(school).id == "routekaart-po-regio-oost"

    policy = tmp_path / "policy.yaml"
    policy.write_text("school_type: vo\n", encoding="utf-8")
    monkeypatch.setenv("IBDESK_POLICY", str(policy))
    fixed = MainWindow(Context.for_store(vo_profile))
    qtbot.addWidget(fixed)
    fixed.show_page(6)
    combo = fixed.settings_page.route_fields.type_combo
    assert not combo.isEnabled() and combo.currentData() == "vo" and "ICT-beheerder" in combo.toolTip()
    assert "voortgezet onderwijs" in fixed.settings_page.route_fields.route_label.text()
