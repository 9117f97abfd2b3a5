"""A step one day past its usual duration reads '1 dag', not '1 dagen' (routekaart: each step has a
usual duration, domain/route.py), in the CLI overview and on the start page's attention list.
From a new school (no demo data); the day is moved the way the calendar moves it."""

from __future__ import annotations

from support.late_step import first_stalled, services_on_the_first_late_day
from support.new_school import open_first_case

from ibdesk.cli.guidance import case_text
from ibdesk.services.container import Services

from .conftest import TODAY


def test_one_day_late_reads_as_one_day(store):
    school = open_first_case(store, TODAY)
    services = services_on_the_first_late_day(store, school.case_id, TODAY)
    overview = services.guidance.overview(school.case_id)
    text = case_text(overview)
    assert "(loopt 1 dag over de normale duur)" in text and "1 dagen" not in text
    details = [item.detail for item in services.attention.compute().items if item.kind == "stalled"]
    assert details and all("loopt 1 dag over de normale duur." in d for d in details), details


def test_more_days_late_reads_as_days(store):
    school = open_first_case(store, TODAY)
    services = Services.build(store, today=lambda: TODAY)
    days = first_stalled(services, school.case_id).stalled_days
    assert f"(loopt {days} dagen over de normale duur)" in case_text(services.guidance.overview(school.case_id))


def test_the_timeline_card_and_the_mdo_preparation_say_one_day(store, qapp):
    from ibdesk.ui.pages.case_timeline import StepCard
    from ibdesk.ui.pages.mdo_prep import route_text

    school = open_first_case(store, TODAY)
    services = services_on_the_first_late_day(store, school.case_id, TODAY)
    overview = services.guidance.overview(school.case_id)
    late = first_stalled(services, school.case_id)
    card = StepCard(1, late, "current", [], lambda _step: None, lambda *_args: None)
    assert card.stalled.text().startswith("Loopt 1 dag over de normale duur (streefdatum ")
    assert "Loopt 1 dag over de normale duur." in route_text(overview.view)
