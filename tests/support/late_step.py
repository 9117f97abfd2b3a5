"""A case whose step has just run over its usual duration: the services on the first day it is
late (`stalled_days == 1`), found the way the calendar moves, from a new school's case."""

from __future__ import annotations

from datetime import date, timedelta

from ibdesk.services.container import Services


def first_stalled(services, case_id: int):
    return next((v for v in services.guidance.overview(case_id).view.steps if v.stalled), None)


def services_on_the_first_late_day(store, case_id: int, today: date) -> Services:
    """Services on the day a step of `case_id` first runs over its usual duration (before `today`)."""
    services = Services.build(store, today=lambda: today)
    stalled = first_stalled(services, case_id)
    assert stalled is not None and stalled.stalled_days > 1  # the new school's case was opened 120 days ago
    for back in range(stalled.stalled_days):
        day = today - timedelta(days=back)
        services = Services.build(store, today=lambda day=day: day)
        found = first_stalled(services, case_id)
        if found is not None and found.stalled_days == 1:
            return services
    raise AssertionError("no day found on which the step is one day late")
