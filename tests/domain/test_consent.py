from datetime import date

import pytest

from ibdesk.domain.consent import PUPIL, Basis, decide, required_consenters
from ibdesk.domain.model import Guardian

MOTHER = Guardian("Moeder", "moeder", True, id=1)
FATHER = Guardian("Vader", "vader", True, id=2)
STEPFATHER = Guardian("Stiefvader", "stiefvader", False, id=3)
BORN = date(2010, 11, 23)  # turns 16 on 23 November 2026
TEAM, PURPOSE = 7, "aanmelding_sociaal_team"


def consent(givers, given=date(2026, 1, 1), **kw):
    return Basis("consent", TEAM, PURPOSE, frozenset({"opp", "support_history"}), given, frozenset(givers), **kw)


@pytest.mark.parametrize(
    "day, expected",
    [
        (date(2026, 11, 22), {"guardian:1", "guardian:2"}),  # the day before the 16th birthday
        (date(2026, 11, 23), {PUPIL}),  # on the birthday the pupil decides
    ],
)
def test_who_must_consent_follows_age_on_the_day(day, expected):
    assert required_consenters(BORN, [MOTHER, FATHER, STEPFATHER], day) == expected


def test_leap_day_birthday_turns_16_on_1_march():
    born = date(2012, 2, 29)
    assert required_consenters(born, [MOTHER], date(2028, 2, 28)) == {"guardian:1"}
    assert required_consenters(born, [MOTHER], date(2028, 2, 29)) == {PUPIL}


def test_only_parents_with_gezag_count():
    assert required_consenters(BORN, [MOTHER, STEPFATHER], date(2026, 1, 1)) == {"guardian:1"}


JOINT = frozenset({"guardian:1", "guardian:2"})
DAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    "bases, allowed, needed, blocked",
    [
        ([consent({"guardian:1", "guardian:2"})], True, set(), set()),
        ([consent({"guardian:1"})], False, {"guardian:2"}, set()),  # one of two consented
        ([consent({"guardian:1"}), consent({"guardian:2"}, decision="geweigerd")], False, set(), {"guardian:2"}),
        # One parent withdraws from a joint record: the other parent's consent still stands (UAVG art. 5).
        ([consent(JOINT, withdrawn_on=DAY, withdrawn_by="guardian:1")], False, set(), {"guardian:1"}),
        ([consent(JOINT, withdrawn_on=date(2026, 6, 2), withdrawn_by="guardian:1")], True, set(), set()),
        ([consent(JOINT, valid_until=DAY)], True, set(), set()),  # valid through its last day
        ([consent(JOINT, valid_until=date(2026, 5, 31))], False, JOINT, set()),  # expired
        ([consent(JOINT, given=date(2026, 6, 2))], False, JOINT, set()),  # not yet given
    ],
)
def test_joint_authority(bases, allowed, needed, blocked):
    decision = decide(bases, TEAM, PURPOSE, "opp", DAY, JOINT)
    assert decision.allowed is allowed
    assert decision.still_needed == needed and decision.blocked_by == blocked


def test_withdrawal_is_effective_the_same_day():
    basis = consent(JOINT, withdrawn_on=DAY)
    assert decide([basis], TEAM, PURPOSE, "opp", date(2026, 5, 31), JOINT).allowed
    assert not decide([basis], TEAM, PURPOSE, "opp", DAY, JOINT).allowed


def test_consent_is_per_recipient_purpose_and_category():
    basis = consent(JOINT)
    assert not decide([basis], TEAM + 1, PURPOSE, "opp", DAY, JOINT).allowed
    assert not decide([basis], TEAM, "mdo", "opp", DAY, JOINT).allowed
    assert not decide([basis], TEAM, PURPOSE, "health", DAY, JOINT).allowed


def test_a_legal_task_needs_no_consent():
    task = Basis("legal_task", TEAM, "tlv_swv", frozenset({"opp"}), date(2026, 1, 1), task="tlv_swv")
    decision = decide(
        [task, consent({"guardian:1"}, decision="geweigerd")],
        TEAM,
        "tlv_swv",
        "opp",
        DAY,
        JOINT,
        recipient_kind="swv_loket",
    )
    assert decision.allowed and "TLV" in decision.reason


def test_parents_refusal_does_not_bind_a_pupil_of_16():
    bases = [consent({"guardian:1"}, decision="geweigerd"), consent({PUPIL})]
    assert decide(bases, TEAM, PURPOSE, "opp", DAY, frozenset({PUPIL})).allowed


def test_nobody_with_gezag_means_no_consent_possible():
    decision = decide([consent({"guardian:3"})], TEAM, PURPOSE, "opp", DAY, frozenset())
    assert not decision.allowed and "gezag" in decision.reason
