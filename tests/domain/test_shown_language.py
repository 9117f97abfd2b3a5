"""What domain rules say to a person, in the language shown (issue 16.8), while the Dutch the
documents state stays as it was: why data may or may not be shared, a holiday region refused,
a step that did not apply, a machine policy that is wrong."""

from __future__ import annotations

from datetime import date

import pytest

from ibdesk import i18n
from ibdesk.domain.consent import PUPIL, Basis, decide, deciders
from ibdesk.domain.holiday_regions import check_region
from ibdesk.domain.model import Guardian
from ibdesk.domain.route import StepProgress, StepState, not_applicable_text
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
