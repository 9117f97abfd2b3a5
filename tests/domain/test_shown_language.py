"""What domain rules say to a person, in the language shown (issue 16.8), while the Dutch the
documents state stays as it was: why data may or may not be shared, a holiday region refused,
a step that did not apply, a machine policy that is wrong, where a case stands after the
referral, the OPP agreement, the doorbraak path, a pupil living across the municipal border."""

from __future__ import annotations

from datetime import date

import pytest
from support.ui_language import dutch_left

from ibdesk import i18n
from ibdesk.domain.consent import PUPIL, Basis, decide, deciders
from ibdesk.domain.doorbraak import doorbraak_reason, not_done_line, shown_reason
from ibdesk.domain.holiday_regions import check_region
from ibdesk.domain.lifecycle import ChangeRefused, Decision, FollowUp, move_for, summary
from ibdesk.domain.model import CaseStatus, Guardian
from ibdesk.domain.opp import OppSigned, agreement_of
from ibdesk.domain.route import StepProgress, StepState, border_text, not_applicable_text
from ibdesk.errors import UserError
from ibdesk.i18n import mark
from ibdesk.policy import read_policy_file

MOTHER, FATHER = Guardian("Moeder", "moeder", True, id=1), Guardian("Vader", "vader", True, id=2)
PARENTS = frozenset({"guardian:1", "guardian:2"})
BORN = date(2010, 11, 23)  # 16 on 23 November 2026
TEAM, PURPOSE, KIND = 7, "aanmelding_sociaal_team", "sociaal_team"


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def consent(givers, given, **kw):
    return Basis("consent", TEAM, PURPOSE, frozenset({"opp"}), given, frozenset(givers), id=1, **kw)


def decision(bases, day):
    return decide(bases, TEAM, PURPOSE, "opp", day, deciders(BORN, [MOTHER, FATHER], day), KIND)


def test_consent_given_reads_in_english_and_stays_dutch_for_the_dossier(english):
    given = decision([consent(PARENTS, date(2026, 3, 1))], date(2026, 4, 1))
    assert given.allowed
    assert given.shown_reason() == "Consent of 01-03-2026"
    assert given.reason == "Toestemming van 01-03-2026"  # what the PDF states


def test_parents_consent_before_sixteen_says_so_in_english(english):
    """UAVG art. 5: consent the parents gave before the 16th birthday stays valid until the
    pupil decides otherwise (domain.md §5)."""
    inherited = decision([consent(PARENTS, date(2026, 9, 1))], date(2026, 12, 1))
    assert inherited.allowed and inherited.by_parents_before_sixteen
    assert inherited.shown_reason() == (
        "Consent of 01-09-2026 (by the parents, before the 16th birthday; valid until the pupil decides otherwise)"
    )
    assert inherited.reason.endswith("(door de ouders, vóór het 16e jaar; geldig tot de leerling zelf anders beslist)")


def test_why_not_reads_in_english(english):
    """AVG art. 7 lid 3: a refusal by one parent with joint gezag stops sharing."""
    refused = decision([consent({"guardian:1"}, date(2026, 3, 1), decision="geweigerd")], date(2026, 4, 1))
    assert not refused.allowed
    assert refused.shown_reason() == "consent refused or withdrawn"
    missing = decision([], date(2026, 4, 1))
    assert missing.shown_reason() == "consent missing"
    nobody = decide([], TEAM, PURPOSE, "opp", date(2026, 4, 1), frozenset(), KIND)
    assert nobody.shown_reason() == "No one is known who can give consent (no parent with parental responsibility)."


def test_the_pupil_of_sixteen_decides_and_the_reason_names_the_consent(english):
    own = decision([consent({PUPIL}, date(2026, 11, 30))], date(2026, 12, 1))
    assert own.allowed and not own.by_parents_before_sixteen
    assert own.shown_reason() == "Consent of 30-11-2026"


def test_a_holiday_region_is_refused_in_english(english):
    with pytest.raises(ValueError) as info:
        check_region("oost", mark("machinebeleid"))
    assert str(info.value) == (
        "'oost' is not a holiday region. The Netherlands has three school holiday regions: noord, midden and zuid "
        "(machine policy)."
    )
    i18n.set_language("nl")
    with pytest.raises(ValueError) as info:
        check_region("oost", mark("instellingen van de school"))
    assert str(info.value).endswith("noord, midden en zuid (instellingen van de school).")


def test_a_step_that_did_not_apply(english):
    skipped = StepProgress("observatie", StepState.NOT_APPLICABLE, reason="Al gedaan door de GGD (fictief)")
    assert not_applicable_text(skipped, lang="en") == "not applicable — Al gedaan door de GGD (fictief)"
    assert not_applicable_text(skipped) == "niet van toepassing — Al gedaan door de GGD (fictief)"  # the dossier
    bare = StepProgress("observatie", StepState.NOT_APPLICABLE)
    assert not_applicable_text(bare, lang="en") == "not applicable — no reason recorded"
    assert not_applicable_text(bare) == "niet van toepassing — geen reden vastgelegd"


@pytest.mark.parametrize(
    ("content", "english_text"),
    [
        ("holiday_region: oost\n", "'oost' is not a holiday region."),
        ("kleur: blauw\n", "Unknown setting(s) in "),
        ("lock_minutes: 0\n", "must be a whole number of minutes, 1 to 240."),
        ("- a list\n", "must contain keys with values."),
    ],
)
def test_a_wrong_machine_policy_is_explained_in_english(tmp_path, english, content, english_text):
    policy = tmp_path / "policy.yaml"
    policy.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as info:
        read_policy_file(policy)
    assert english_text in str(info.value)
    for dutch in ("moet", "Onbekende", "Vraag de ICT-beheerder", "vakantieregio"):
        assert dutch not in str(info.value)


def test_where_the_case_stands_after_the_referral_in_english(english):
    """The follow-up after a referral (issue 16.5) on an English screen: the team's name and the
    closing reason are stored data, the rest is English; the dates stay dd-mm-yyyy."""
    referred = FollowUp(
        CaseStatus.REFERRED, date(2026, 10, 1), "Sociaal Team Renkum (fictief)", answer_due=date(2026, 11, 12)
    )
    assert summary(referred, date(2026, 12, 1)) == [
        "Referred to Sociaal Team Renkum (fictief) on 01-10-2026.",
        "Answer expected by 12-11-2026 (passed).",
    ]
    decided = FollowUp(
        CaseStatus.FOLLOW_UP, date(2026, 10, 1), None, decision=Decision.BESCHIKKING, decided_on=date(2026, 11, 2)
    )
    assert summary(decided, date(2026, 12, 1)) == [
        f"Decision of the Sociaal Team on 02-11-2026: {Decision.BESCHIKKING.label}.",
        "No next evaluation with the Sociaal Team agreed yet.",
    ]
    closed = FollowUp(CaseStatus.CLOSED, closed_on=date(2026, 11, 30), closed_reason="Doel bereikt (fictief)")
    assert summary(closed, date(2026, 12, 1)) == ["Closed on 30-11-2026: Doel bereikt (fictief)"]
    i18n.set_language("nl")
    assert summary(referred, date(2026, 12, 1))[1] == "Antwoord verwacht uiterlijk 12-11-2026 (verstreken)."


def test_a_status_change_the_lifecycle_refuses_is_explained_in_english(english):
    with pytest.raises(ChangeRefused) as info:
        move_for(CaseStatus.CLOSED, "lopend")
    assert str(info.value) == "A closed case opens again with 'heropend' (with a reason)."
    with pytest.raises(ChangeRefused) as info:
        move_for(CaseStatus.RUNNING, "bestaat-niet")
    assert str(info.value).startswith("Unknown status 'bestaat-niet'. Choose from: ")


def test_the_opp_agreement_note_on_screen_and_in_the_dossier(english):
    """WPO art. 40a lid 2: the parents agree with the handelingsdeel, each signing for themselves."""
    waiting = OppSigned(("guardian:1", "guardian:2"), {"guardian:1": ("gegeven", date(2026, 11, 2))})
    assert agreement_of(waiting, lang="en")[1] == (
        "1 of the 2 signatures still needed: everyone who must agree signs for themselves."
    )
    assert agreement_of(waiting)[1] == (
        "Nog 1 van de 2 handtekeningen nodig: iedereen die moet instemmen, tekent zelf."
    )
    split = OppSigned(
        ("guardian:1", "guardian:2"),
        {"guardian:1": ("gegeven", date(2026, 11, 2)), "guardian:2": ("geweigerd", date(2026, 11, 3))},
    )
    assert agreement_of(split, lang="en")[:2] == (
        "verdeeld",
        "The parents decide differently: one agrees, the other does not. That is not agreement.",
    )


def test_the_doorbraak_reason_and_the_steps_it_skipped_in_english(english):
    """Doorbraakaanpak (seed 001): a thuiszitter in crisis goes to the Sociaal Team without the
    school's steps; the dossier lists them in Dutch, the screen in the language shown."""
    reason = doorbraak_reason(True, "crisis")
    assert reason == "thuiszitter en spoed: crisis"  # as the dossier states it
    assert shown_reason(reason) == "child out of school and urgent: crisis"
    assert not_done_line("Step 'Observatie'", reason, lang="en") == (
        "Step 'Observatie': not gone through yet — reason: child out of school and urgent: crisis"
    )
    assert not_done_line("Stap 'Observatie'", reason) == (
        "Stap 'Observatie': nog niet doorlopen — reden: thuiszitter en spoed: crisis"
    )


def test_a_pupil_living_across_the_border_in_english(english):
    """Woonplaatsbeginsel, Jeugdwet art. 1.1 (domain.md §9)."""
    shown = border_text("Renkum", "Wageningen", lang="en")
    assert shown.startswith("The pupil is registered in the BRP in Renkum and goes to school in Wageningen. ")
    assert "Residence principle (woonplaatsbeginsel, Jeugdwet art. 1.1, since 2022)" in shown
    assert dutch_left([shown], allowed=["woonplaatsbeginsel", "Jeugdwet", "jeugdhulp"]) == [], shown
    assert border_text("Renkum", "Wageningen").startswith("De leerling staat in de BRP ingeschreven in Renkum")
