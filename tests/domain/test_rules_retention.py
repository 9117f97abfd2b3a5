"""Retention: every TLV route counts as a referral (3 years); a closed case of a pupil still at
school keeps its support history until the periods run from the day the pupil leaves (issue 12,
point 9).

Source: Kennisnet/PO-Raad bewaartermijnen (leerlingdossier 2 jaar, verzuim en inschrijving 5
jaar, verwijzing naar speciaal onderwijs 3 jaar na vertrek), domain.md §5.
"""

from datetime import date

import pytest
from support.rules_profile import add_pupil, open_case, school_services

from ibdesk.domain.model import Case, CaseStatus, Organisation, OrgKind
from ibdesk.domain.retention import is_referral
from ibdesk.forms import drop_hidden
from ibdesk.services.demo_samples import sample_answers

REFERRALS = [
    # (source, saved answers, referral?)
    (
        "issue 12 point 9: routekaart-po 'beide' (TLV and Sociaal Team) is a TLV route (Kennisnet: 3 jaar)",
        {"vv_route": "beide"},
        True,
    ),
    ("issue 12 point 9: routekaart-vo arrangement 'tlv_vso' (Kennisnet: 3 jaar)", {"arr_soort": "tlv_vso"}, True),
    ("issue 12 point 9: overdracht-school 'naar_so' (Kennisnet: 3 jaar)", {"soort_overstap": "naar_so"}, True),
    ("overdracht-school 'naar_sbo' needs a TLV too (Kennisnet: 3 jaar)", {"soort_overstap": "naar_sbo"}, True),
    ("routekaart-vo ZAT decides on a TLV for VSO (multichoice)", {"zat_besluit": ["onderzoek", "tlv_vso"]}, True),
    ("routekaart-po 'tlv' (Kennisnet: 3 jaar)", {"vv_route": "tlv"}, True),
    ("routekaart-po 'sociaal_team' only is no referral (Kennisnet: 2 jaar)", {"vv_route": "sociaal_team"}, False),
    ("an arrangement on the own school is no referral (Kennisnet: 2 jaar)", {"arr_soort": "arrangement_school"}, False),
]


@pytest.mark.parametrize("source, answers, referral", REFERRALS, ids=[r[0][:60] for r in REFERRALS])
def test_every_tlv_route_is_a_referral(source, answers, referral):
    assert is_referral(answers) is referral, source


def _pupil_with_closed_case(store, today, left_on=None, answers=None):
    services = school_services(store, today)
    pupil = add_pupil(services, date(2014, 2, 1), "groep 8")
    case = open_case(services, pupil, date(2020, 9, 1))
    services.records.save_case(
        Case(
            case.pupil_id,
            case.help_question,
            case.opened_on,
            case.lead_name,
            status=CaseStatus.CLOSED,
            closed_on=date(2021, 6, 1),
            id=case.id,
        )
    )
    if answers:  # the overdracht-school form, saved as a user saves it
        definition = services.catalog.latest("overdracht-school")
        school = services.records.save_organisation(Organisation(OrgKind.SCHOOL, "SO De Brug (fictief)", "Arnhem"))
        people = {"staff": "1", "guardian": str(pupil.guardians[0].id), "contact": "1", "organisation": str(school.id)}
        full = drop_hidden(definition, {**sample_answers(definition, date(2024, 5, 1), people), **answers})
        services.forms.save(pupil.id, definition.id, definition.version, full, case_id=case.id)
    if left_on:
        pupil.left_on = left_on
        services.records.save_pupil(pupil)
    return services


def test_closed_case_of_a_pupil_still_at_school_is_kept(store):
    """issue 12 point 9: closed in 2021, pupil still at school in 2026 -> nothing expires (Kennisnet)."""
    services = _pupil_with_closed_case(store, date(2026, 11, 23))
    assert services.retention.overview() == []


@pytest.mark.parametrize(
    "today, kind",
    [
        (date(2026, 11, 23), None),  # left 2,5 years ago after a TLV route: 3 years
        (date(2027, 7, 2), "verwijzing_so"),  # the day after three years
    ],
)
def test_a_referral_is_kept_three_years_after_leaving(store, today, kind):
    services = _pupil_with_closed_case(
        store, today, left_on=date(2024, 7, 1), answers={"soort_overstap": "naar_so", "tlv_aanwezig": False}
    )
    found = [item.kind for item, _ in services.retention.overview()]
    assert found == ([kind] if kind else [])


CLOCK = [
    # (source, left on, cases closed on, a case still open, the period starts)
    ("issue 12 point 9: pupil still at school -> kept", None, [date(2021, 6, 1)], False, None),
    (
        "issue 9 point 3: closed after leaving -> the closing starts the clock",
        date(2024, 7, 1),
        [date(2024, 9, 1)],
        False,
        date(2024, 9, 1),
    ),
    (
        "closed before leaving -> the leaving day (Kennisnet: na vertrek)",
        date(2024, 7, 1),
        [date(2021, 6, 1)],
        False,
        date(2024, 7, 1),
    ),
    ("a case still open after leaving -> kept while the support goes on", date(2024, 7, 1), [], True, None),
]


@pytest.mark.parametrize("source, left_on, closed, still_open, start", CLOCK, ids=[c[0][:60] for c in CLOCK])
def test_when_the_dossier_clock_starts(source, left_on, closed, still_open, start):
    from ibdesk.domain.retention import dossier_clock_start

    assert dossier_clock_start(left_on, closed, still_open) == start, source
