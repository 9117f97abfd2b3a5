"""Consent is a series of decisions per person; the current decision of each person with gezag
counts, and a later consent after a refusal or withdrawal counts again (issue 12, point 1).

Sources: AVG art. 7 lid 3 (withdrawal stops processing from that moment, not before);
UAVG art. 5 (under 16: the holders of parental responsibility decide).
"""

from datetime import date

import pytest

from ibdesk.domain.consent import Basis, current_decisions, decide

TEAM, PURPOSE, KIND = 7, "aanmelding_sociaal_team", "sociaal_team"
MOTHER, FATHER = "guardian:1", "guardian:2"
JOINT = frozenset({MOTHER, FATHER})
DAY = date(2026, 6, 1)


def consent(givers, given, record_id, **kw):
    return Basis(
        "consent", TEAM, PURPOSE, frozenset({"opp", "support_history"}), given, frozenset(givers), id=record_id, **kw
    )


CASES = [
    # (source, bases, day, allowed, needed, blocked)
    (
        "issue 12 point 1: refused on 1 March, consented on 1 April -> counts again (AVG art. 7(3), UAVG art. 5)",
        [consent({MOTHER}, date(2026, 3, 1), 1, decision="geweigerd"), consent({MOTHER}, date(2026, 4, 1), 2)],
        DAY,
        True,
        set(),
        set(),
    ),
    (
        "withdrawn on 10 March, new consent on 1 April -> counts again (AVG art. 7(3))",
        [
            consent({MOTHER}, date(2026, 1, 5), 1, withdrawn_on=date(2026, 3, 10), withdrawn_by=MOTHER),
            consent({MOTHER}, date(2026, 4, 1), 2),
        ],
        DAY,
        True,
        set(),
        set(),
    ),
    (
        "the withdrawal holds until the new consent: on 31 March nothing may be shared (AVG art. 7(3))",
        [
            consent({MOTHER}, date(2026, 1, 5), 1, withdrawn_on=date(2026, 3, 10), withdrawn_by=MOTHER),
            consent({MOTHER}, date(2026, 4, 1), 2),
        ],
        date(2026, 3, 31),
        False,
        set(),
        {MOTHER},
    ),
    (
        "consent first, refusal later: the later refusal is the current decision (UAVG art. 5)",
        [consent({MOTHER}, date(2026, 3, 1), 1), consent({MOTHER}, date(2026, 4, 1), 2, decision="geweigerd")],
        DAY,
        False,
        set(),
        {MOTHER},
    ),
]


@pytest.mark.parametrize("source, bases, day, allowed, needed, blocked", CASES, ids=[c[0][:60] for c in CASES])
def test_the_latest_decision_of_each_parent_counts(source, bases, day, allowed, needed, blocked):
    decision = decide(bases, TEAM, PURPOSE, "opp", day, frozenset({MOTHER}), KIND)
    assert decision.allowed is allowed, source
    assert decision.still_needed == needed and decision.blocked_by == blocked, source


JOINT_CASES = [
    # (source, bases, allowed, needed, blocked)
    (
        "joint gezag, father refused then consented, mother consented -> allowed (UAVG art. 5)",
        [
            consent({MOTHER}, date(2026, 2, 1), 1),
            consent({FATHER}, date(2026, 2, 2), 2, decision="geweigerd"),
            consent({FATHER}, date(2026, 5, 2), 3),
        ],
        True,
        set(),
        set(),
    ),
    (
        "joint gezag, one parent's current refusal blocks (domain.md §5, UAVG art. 5)",
        [consent(JOINT, date(2026, 2, 1), 1), consent({FATHER}, date(2026, 5, 2), 2, decision="geweigerd")],
        False,
        set(),
        {FATHER},
    ),
    (
        "joint gezag, a joint record withdrawn by one parent: the other parent's consent stands (UAVG art. 5)",
        [consent(JOINT, date(2026, 2, 1), 1, withdrawn_on=date(2026, 5, 1), withdrawn_by=FATHER)],
        False,
        set(),
        {FATHER},
    ),
    (
        "joint gezag, withdrawn by both (no 'by'): both withdrew (AVG art. 7(3))",
        [consent(JOINT, date(2026, 2, 1), 1, withdrawn_on=date(2026, 5, 1))],
        False,
        set(),
        JOINT,
    ),
    (
        "joint gezag, the consent expired: both must decide again (domain.md §5)",
        [consent(JOINT, date(2025, 2, 1), 1, valid_until=date(2026, 1, 31))],
        False,
        JOINT,
        set(),
    ),
]


@pytest.mark.parametrize("source, bases, allowed, needed, blocked", JOINT_CASES, ids=[c[0][:60] for c in JOINT_CASES])
def test_joint_gezag_uses_each_parents_current_decision(source, bases, allowed, needed, blocked):
    decision = decide(bases, TEAM, PURPOSE, "opp", DAY, JOINT, KIND)
    assert decision.allowed is allowed, source
    assert decision.still_needed == needed and decision.blocked_by == blocked, source


SAME_DAY = [
    # (source, bases, state): on one day, a refusal or withdrawal is taken to come last (the
    # careful reading of AVG art. 7(3)); between two records, the later record wins.
    (
        "consent and withdrawal of that consent on the same day -> withdrawn",
        [consent({MOTHER}, DAY, 1, withdrawn_on=DAY, withdrawn_by=MOTHER)],
        "ingetrokken",
    ),
    (
        "refusal recorded after a consent on the same day -> refused",
        [consent({MOTHER}, DAY, 1), consent({MOTHER}, DAY, 2, decision="geweigerd")],
        "geweigerd",
    ),
    (
        "consent recorded after a refusal on the same day -> given",
        [consent({MOTHER}, DAY, 1, decision="geweigerd"), consent({MOTHER}, DAY, 2)],
        "gegeven",
    ),
]


@pytest.mark.parametrize("source, bases, state", SAME_DAY, ids=[c[0][:60] for c in SAME_DAY])
def test_order_of_decisions_on_one_day(source, bases, state):
    assert current_decisions(bases, DAY)[MOTHER].state == state, source


def test_refusal_for_one_recipient_does_not_touch_another():
    """Consent is per recipient and purpose (AVG art. 6(1)(a), 'specifiek')."""
    refused = Basis(
        "consent",
        TEAM + 1,
        PURPOSE,
        frozenset({"opp"}),
        date(2026, 5, 1),
        frozenset({MOTHER}),
        decision="geweigerd",
        id=2,
    )
    given = consent({MOTHER}, date(2026, 2, 1), 1)
    assert decide([given, refused], TEAM, PURPOSE, "opp", DAY, frozenset({MOTHER}), KIND).allowed
    assert not decide([given, refused], TEAM + 1, PURPOSE, "opp", DAY, frozenset({MOTHER}), KIND).allowed
