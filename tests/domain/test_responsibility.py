import pytest

from ibdesk.domain.responsibility import RENKUM, Party, responsibility

RULE_CLASSROOM = RENKUM.say(RENKUM.classroom)
RULE_EXEMPTION = RENKUM.exemption
RULE_ONLY_AT_SCHOOL = RENKUM.say(RENKUM.only_at_school)
RULE_SCHOOL_HOURS_NO = RENKUM.say(RENKUM.school_hours_no)

BASE = {
    "ook_buiten_school": True,
    "onderwijsdoel": True,
    "onderliggend_probleem": True,
    "verzorging_lestijd": False,
    "behandeling_schoolsetting": False,
    "vrijstelling": False,
}


@pytest.mark.parametrize(
    "changes, party, in_hours",
    [
        ({"ook_buiten_school": False}, Party.SCHOOL, False),
        ({}, Party.BOTH, False),
        ({"onderwijsdoel": False}, Party.MUNICIPALITY, False),
        ({"onderliggend_probleem": False}, Party.SCHOOL, False),
        ({"onderwijsdoel": False, "verzorging_lestijd": True}, Party.MUNICIPALITY, True),
        ({"behandeling_schoolsetting": True}, Party.BOTH, True),
        ({"vrijstelling": True, "onderwijsdoel": False}, Party.MUNICIPALITY, False),
    ],
)
def test_outcome_table(changes, party, in_hours):
    outcome = responsibility({**BASE, **changes})
    assert outcome.party is party
    assert outcome.youth_care_in_school_hours is in_hours
    assert outcome.reasons, "every outcome names the rule that led to it"


def test_only_at_school_needs_only_the_first_answer():
    outcome = responsibility({"ook_buiten_school": False})
    assert outcome.party is Party.SCHOOL and outcome.reasons == [RULE_ONLY_AT_SCHOOL]


def test_classroom_stays_with_school_in_a_split():
    assert RULE_CLASSROOM in responsibility(BASE).reasons
    assert RULE_SCHOOL_HOURS_NO in responsibility(BASE).reasons


def test_exemption_does_not_imply_youth_care():
    outcome = responsibility({**BASE, "vrijstelling": True, "ook_buiten_school": False})
    assert outcome.party is Party.SCHOOL and RULE_EXEMPTION in outcome.reasons


def test_unanswered_questions_are_listed():
    outcome = responsibility({"ook_buiten_school": True, "onderwijsdoel": True})
    assert outcome.party is Party.UNKNOWN and not outcome.decided
    assert "Is er verzorging nodig tijdens de lestijd?" in outcome.missing
    assert len(outcome.missing) == 4
    assert responsibility(None).missing


def test_disagreement_is_kept_with_its_reason():
    outcome = responsibility(
        {**BASE, "eens_met_uitkomst": False, "oneens_reden": "Thuis gaat het goed.", "aan_zet_volgens_ib": "school"}
    )
    assert outcome.party is Party.BOTH
    assert outcome.disagreement == "Thuis gaat het goed." and outcome.party_per_ib == "school"
