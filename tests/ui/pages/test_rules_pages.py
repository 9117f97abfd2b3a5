"""The screens of issue 12 on a new, empty profile: the holiday region in Instellingen, the
'calendar not covered' notice on Thuiszitters, spoed on the case page, and each parent's
current decision on the consent tab.

Sources: OCW regio-indeling schoolvakanties; doorbraakaanpak (seed 001); UAVG art. 5.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from support.rules_profile import add_pupil, add_team, open_case, school_services

from ibdesk.domain.consent import Basis
from ibdesk.ui.page_registry import SETTINGS_ROW, THUISZITTERS_ROW


@pytest.fixture
def window(qtbot, store):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    def make(municipality: str = "Renkum"):
        services = school_services(store, date.today(), municipality)
        w = MainWindow(Context.for_store(store))
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        return w, services

    return make


def test_settings_shows_and_sets_the_holiday_region(window):
    w, services = window("Renkum")
    w.show_page(SETTINGS_ROW)
    page = w.settings_page
    page.refresh()
    assert page.holiday_label.text() == "zuid — afgeleid uit de gemeente Renkum (regio-indeling OCW)"
    page.holiday_region.setCurrentIndex(page.holiday_region.findData("noord"))
    page.save_school()
    assert services.records.school().holiday_region == "noord"
    assert page.holiday_label.text() == "noord — ingesteld bij de school"


def test_thuiszitters_says_when_there_is_no_calendar(window):
    w, _ = window("Atlantis")
    w.show_page(THUISZITTERS_ROW)
    notice = w.thuiszitters_page.calendar_notice
    assert notice.isVisibleTo(w.thuiszitters_page)
    assert "'Atlantis' staat niet in de regio-indeling" in " ".join(notice.lines.texts())


def test_spoed_from_the_case_page(window):
    w, services = window("Renkum")
    add_team(services)
    pupil = add_pupil(services, date(2017, 5, 1), "groep 6")
    case = open_case(services, pupil, date.today() - timedelta(days=10))
    w.open_case(case.id)
    panel = w.case_page.readiness
    panel.urgency_reason.setCurrentIndex(panel.urgency_reason.findData("crisis"))
    panel.urgency_note.setText("acute crisis thuis (fictief)")
    panel.urgency_button.click()
    assert services.guidance.overview(case.id).readiness.doorbraak == "spoed: crisis"
    assert any("Doorbraakroute (spoed: crisis)" in line for line in panel.missing_lines())
    assert "Gemarkeerd als spoed: crisis" in panel.urgency_state.text()
    panel.urgency_clear.click()
    assert services.guidance.overview(case.id).readiness.doorbraak is None


def test_consent_tab_shows_each_parents_current_decision(window):
    """issue 12 point 1: the father refused, then consented: his current decision is shown and counts."""
    w, services = window("Renkum")
    team = add_team(services)
    pupil = add_pupil(services, date(2017, 5, 1), "groep 6")
    case = open_case(services, pupil, date.today() - timedelta(days=60))
    mother, father = (f"guardian:{g.id}" for g in pupil.guardians)
    data = frozenset({"identification", "support_history"})
    for givers, decision, days in (({mother}, "gegeven", 30), ({father}, "geweigerd", 20), ({father}, "gegeven", 2)):
        services.consent.record(
            case.id,
            Basis(
                "consent",
                team.id,
                "aanmelding_sociaal_team",
                data,
                date.today() - timedelta(days=days),
                frozenset(givers),
                decision=decision,
                method="getekend_papier",
            ),
        )
    w.open_case(case.id)
    panel = w.case_page.consent
    lines = panel.need.lines.texts()
    on = (date.today() - timedelta(days=2)).strftime("%d-%m-%Y")
    assert f"Mark Verwey (fictief) (vader): toestemming gegeven op {on}." in lines
    assert panel.need.headline.text().startswith("In orde") and panel.record_button.isEnabled()
