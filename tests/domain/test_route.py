from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.domain.route import (
    StepChangeRefused,
    StepInfo,
    StepProgress,
    StepState,
    check_transition,
    escalation_for,
    readiness,
    route_view,
    social_teams,
    stall_summary,
)

STEPS = [
    StepInfo("signalering", "Signalering", True, 28, ("leerkracht", "ouders")),
    StepInfo("basis", "Basisondersteuning", True, 70, ("leerkracht",)),
    StepInfo("ot", "Ondersteuningsteam", True, 42, ("jeugdconsulent", "orthopedagoog_swv")),
    StepInfo("st", "Aanmelding Sociaal Team", False, 42, ("jeugdconsulent",)),
]
OPENED = date(2026, 6, 1)


def progress(*items):
    return {p.step_id: p for p in items}


@pytest.mark.parametrize(
    "today, stalled_days",
    [
        (date(2026, 6, 29), None),  # day 28: still within the normal duration
        (date(2026, 6, 30), 1),  # one day over
    ],
)
def test_first_step_stalls_after_its_normal_duration(today, stalled_days):
    view = route_view(STEPS, {}, {}, OPENED, today)
    assert view.current.info.id == "signalering" and view.next.info.id == "basis"
    assert view.current.stalled_days == stalled_days


def test_next_step_counts_from_the_previous_step_done():
    p = progress(StepProgress("signalering", StepState.DONE, OPENED, date(2026, 6, 20)))
    view = route_view(STEPS, p, {}, OPENED, date(2026, 8, 30))  # 71 days after 20 June
    assert view.current.info.id == "basis" and view.current.stalled_days == 1
    assert [s.info.id for s in view.done] == ["signalering"]
    assert view.steps[2].stalled_days is None, "only the step being worked on stalls"


def test_not_applicable_step_is_skipped_in_the_timeline():
    p = progress(
        StepProgress("signalering", StepState.DONE, OPENED, OPENED),
        StepProgress("basis", StepState.NOT_APPLICABLE, reason="direct naar OT"),
    )
    assert route_view(STEPS, p, {}, OPENED, OPENED).current.info.id == "ot"


SKIPPABLE = StepInfo("arr", "Arrangement aanvragen", True, 42, (), may_skip=True)


def test_done_needs_its_evidence_and_nvt_needs_a_reason():
    with pytest.raises(StepChangeRefused, match="Datum gesprek"):
        check_transition(STEPS[0], StepState.DONE, ["Datum gesprek"], None)
    with pytest.raises(StepChangeRefused, match="waarom"):
        check_transition(SKIPPABLE, StepState.NOT_APPLICABLE, [], " ")
    check_transition(STEPS[0], StepState.DONE, [], None)


@pytest.mark.parametrize("reason", ["x", "...", "nvt", "n.v.t.", "geen", "12345 !!", "Eén"])
def test_nvt_needs_a_real_reason(reason):
    """Issue 11.2: 'x' or punctuation is no reason (the same rule as closing a case: domain/reasons.py)."""
    with pytest.raises(StepChangeRefused, match="waarom"):
        check_transition(SKIPPABLE, StepState.NOT_APPLICABLE, [], reason)


def test_nvt_only_where_the_route_allows_it():
    """Issue 11.2: a step the route does not mark `allow_not_applicable` cannot be skipped."""
    with pytest.raises(StepChangeRefused, match="niet 'niet van toepassing' zijn"):
        check_transition(STEPS[0], StepState.NOT_APPLICABLE, [], "Besproken in het MDO, niet nodig")
    check_transition(SKIPPABLE, StepState.NOT_APPLICABLE, [], "Geen arrangement nodig: hulp thuis volstaat")


def _orgs():
    def org(kind, name, muni=None):
        return Organisation(
            kind,
            name,
            muni,
            contacts=[
                Contact("Vast", "consulent", is_primary=True),
                Contact(f"Escalatie {name}", "teamleider", is_escalation=True, mandate="Mag knopen doorhakken"),
            ],
        )

    return [
        org(OrgKind.SOCIAAL_TEAM, "ST Renkum", "Renkum"),
        org(OrgKind.SOCIAAL_TEAM, "ST Arnhem", "Arnhem"),
        org(OrgKind.SWV_LOKET, "SWV"),
    ]


@pytest.mark.parametrize(
    "step, municipality, expected",
    [
        (STEPS[2], "Arnhem", ["ST Arnhem", "SWV"]),
        (STEPS[2], "Renkum", ["ST Renkum", "SWV"]),
        (STEPS[1], "Renkum", ["SWV"]),  # no organisation takes part: the SWV
    ],
)
def test_escalation_goes_to_the_organisations_taking_part(step, municipality, expected):
    found = escalation_for(step, _orgs(), municipality)
    assert [e.organisation for e in found] == expected
    assert all(e.mandate == "Mag knopen doorhakken" for e in found)


def test_grensverkeer_shows_both_teams():
    teams = social_teams(_orgs(), residence="Arnhem", school="Renkum")
    assert teams.residence.name == "ST Arnhem" and teams.school.name == "ST Renkum" and teams.crosses_border
    same = social_teams(_orgs(), residence="Renkum", school="Renkum")
    assert same.school is None and not same.crosses_border


def test_readiness_lists_exactly_what_is_missing():
    view = route_view(STEPS, {}, {"signalering": ["Visie van ouders"]}, OPENED, date(2026, 7, 1))
    result = readiness(view, None, parents_heard=False, sharing_problem="Geen grondslag.", team=None)
    assert not result.ready
    assert result.missing == [
        "Stap 'Signalering' is nog niet afgerond.",
        "  – bewijs ontbreekt: Visie van ouders",
        "Stap 'Basisondersteuning' is nog niet afgerond.",
        "Stap 'Ondersteuningsteam' is nog niet afgerond.",
        "De vragen van 'Wie is aan zet?' zijn nog niet beantwoord.",
        "De visie van de ouders is nog niet vastgelegd (ouders nog niet gehoord).",
        "Er is geen Sociaal Team bekend voor de woongemeente van de leerling (Contacten).",
        "Geen grondslag.",
    ]


def test_ready_case_says_so():
    done = progress(*(StepProgress(s.id, StepState.DONE, OPENED, OPENED) for s in STEPS[:3]))
    view = route_view(STEPS, done, {}, OPENED, date(2026, 7, 1))
    result = readiness(view, [], parents_heard=True, sharing_problem=None, team=_orgs()[0])
    assert result.ready and result.missing == []


STATES = st.sampled_from(list(StepState))
DAYS = st.integers(min_value=0, max_value=400)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(STATES, st.one_of(st.none(), DAYS), st.one_of(st.none(), DAYS)),
        min_size=len(STEPS),
        max_size=len(STEPS),
    ),
    DAYS,
)
def test_stall_summary_agrees_with_the_timeline(states, today_offset):
    """The overview's fast path gives exactly what the case page shows."""
    from datetime import timedelta

    progress = {}
    for info, (state, started, done) in zip(STEPS, states):
        progress[info.id] = StepProgress(
            info.id,
            state,
            OPENED + timedelta(days=started) if started is not None else None,
            OPENED + timedelta(days=done) if done is not None else None,
        )
    today = OPENED + timedelta(days=today_offset)
    view = route_view(STEPS, progress, {}, OPENED, today)
    fast = stall_summary(STEPS, progress, OPENED, today)
    assert fast.stalled == [(v.info, v.stalled_days, v.due_on) for v in view.stalled]
    assert fast.required_finished == all(v.progress.state.finished for v in view.steps if v.info.required)
