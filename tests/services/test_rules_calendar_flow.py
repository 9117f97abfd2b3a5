"""The calendar rules on a new, empty profile: the region from the school's municipality, the
policy's region checked, and 'not covered' said in `attention` (issue 12, point 4).

Sources: Rijksoverheid/OCW regio-indeling schoolvakanties; Regeling vaststelling
schoolvakanties 2025-2030; Leerplichtwet art. 21a.
"""

from datetime import date

import pytest
from support.rules_profile import add_pupil, school_services

from ibdesk.domain.absence import AbsenceState
from ibdesk.domain.model import School
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.services.container import Services

REGION_CASES = [
    # (source, municipality, explicit region, region used, how)
    (
        "issue 12 point 4: a school in Renkum counts with regio zuid (OCW regio-indeling)",
        "Renkum",
        None,
        "zuid",
        "afgeleid uit de gemeente Renkum",
    ),
    (
        "an explicit region of the school wins over the municipality (OCW grants exceptions)",
        "Renkum",
        "midden",
        "midden",
        "ingesteld bij de school",
    ),
    ("an unknown municipality gives no region: nothing is guessed", "Atlantis", None, None, "onbekend"),
]


@pytest.mark.parametrize(
    "source, municipality, explicit, region, how", REGION_CASES, ids=[c[0][:60] for c in REGION_CASES]
)
def test_region_of_a_new_school(store, source, municipality, explicit, region, how):
    services = school_services(store, date(2026, 11, 23), municipality, explicit)
    choice = services.absence.region_choice()
    assert choice.region == region and how in choice.how, source


def test_policy_region_west_is_refused_with_a_clear_message(store, tmp_path, monkeypatch):
    policy = tmp_path / "policy.yaml"
    policy.write_text("holiday_region: west\n", encoding="utf-8")
    monkeypatch.setenv("IBDESK_POLICY", str(policy))
    with pytest.raises(UserError, match=r"'west' is geen vakantieregio.*noord, midden en zuid"):
        Services.build(store)


def test_school_region_west_is_refused(store):
    services = school_services(store, date(2026, 11, 23))
    school = services.records.school()
    with pytest.raises(InvalidRecord) as refused:
        services.records.save_school(School(school.name, school.municipality, holiday_region="west", id=school.id))
    assert "noord, midden en zuid" in refused.value.errors["vakantieregio"]


def test_uncovered_days_are_said_in_attention_and_nothing_is_counted(store):
    """issue 12 point 4: in autumn 2030 the calendar is unknown; attention says so per pupil."""
    today = date(2030, 10, 4)
    services = school_services(store, today)
    pupil = add_pupil(services, date(2020, 3, 1), "groep 7")
    services.absence.register(pupil.id, date(2030, 9, 2), None, 80, authorised=False)
    status = services.absence.status_of(pupil.id)
    assert status.state is AbsenceState.CALENDAR_MISSING and status.report_due_on is None
    items = [i for i in services.attention.compute().items if i.kind == "calendar"]
    assert any("dekt vandaag (04-10-2030) niet" in i.detail for i in items)
    assert any(i.target == ("pupil", pupil.id) and "02-09-2030 t/m 04-10-2030" in i.detail for i in items)


def test_no_region_is_said_in_attention(store):
    services = school_services(store, date(2026, 11, 23), "Atlantis")
    notice = services.absence.calendar_notice()
    assert notice and "Zonder schoolkalender telt ibdesk geen verzuim" in notice
    assert any(i.kind == "calendar" for i in services.attention.compute().items)


def test_covered_today_has_no_notice(store):
    services = school_services(store, date(2026, 11, 23))
    assert services.absence.calendar_notice() is None
