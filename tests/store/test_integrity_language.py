"""What the integrity checks report, in the language shown (issue 16.8), and which problems keep
a profile from opening. The kind of a problem is kept apart from its words (store/problems.py):
the Dutch prefix "structuur:" used to be both the text and the key that decided whether the
profile was refused, so a translated message could not have decided anything."""

from __future__ import annotations

import pytest
from support.new_school import open_first_case
from support.ui_language import dutch_left

from ibdesk import i18n
from ibdesk.errors import CorruptStoreError
from ibdesk.store.opening import open_profile
from ibdesk.store.problems import DAMAGED, ENCRYPTION, REFERENCE, STRUCTURE, WAL, IntegrityProblem


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


@pytest.fixture
def closed_school(store):
    """A new profile with what a school enters on its first day, closed as at the end of the day."""
    open_first_case(store)
    store.close()
    return store.paths


def _damage_a_middle_page(paths) -> None:
    """Bytes of one page in the middle overwritten, as a failing disk sector leaves them."""
    data = bytearray(paths.database.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 100 : middle + 300] = bytes(200)
    paths.database.write_bytes(bytes(data))


def _refusal(paths) -> str:
    """The message when the full check (after an unclean shutdown, or `ibdesk check`) runs at open."""
    with pytest.raises(CorruptStoreError) as info:
        open_profile(paths.home, full_check=True)
    return str(info.value)


def test_a_damaged_page_is_refused_in_english(closed_school, english):
    _damage_a_middle_page(closed_school)
    message = _refusal(closed_school)
    assert message.startswith("This profile is damaged: the database ibdesk.db is damaged (encryption: ")
    assert "versleuteling" not in message and "beschadigd" not in message
    assert dutch_left([message], allowed=[str(closed_school.backups)]) == [], message


def test_a_damaged_page_is_refused_in_dutch_by_default(closed_school):
    _damage_a_middle_page(closed_school)
    message = _refusal(closed_school)
    assert message.startswith("Dit profiel is beschadigd: de database ibdesk.db is beschadigd (versleuteling: ")


def test_a_broken_reference_is_reported_but_does_not_block_opening(store, english):
    """A row pointing at a missing one leaves every page readable: `ibdesk check` names it, the
    profile still opens (refusing would keep the IB'er from all other records)."""
    school = open_first_case(store)
    raw = store.engine.raw_connection()
    try:
        driver = raw.driver_connection
        driver.execute("PRAGMA foreign_keys = OFF")
        driver.execute("DELETE FROM pupils WHERE id = ?", (school.pupil_id,))
        driver.commit()
    finally:
        raw.close()
    reference = [p for p in store.check() if p.startswith("reference: ")]
    assert reference and all("refers to a missing pupils" in p for p in reference), store.check()
    home = store.paths.home
    store.close()
    reopened = open_profile(home)  # no CorruptStoreError
    reopened.close()


@pytest.mark.parametrize(
    ("kind", "blocks"), [(ENCRYPTION, True), (STRUCTURE, True), (DAMAGED, True), (WAL, True), (REFERENCE, False)]
)
def test_which_kinds_of_problem_block_opening(kind, blocks):
    assert IntegrityProblem(kind, "detail").blocking is blocks


def test_a_problem_reads_with_its_kind_in_each_language(english):
    assert str(IntegrityProblem(ENCRYPTION, "HMAC invalid for page 3")) == "encryption: HMAC invalid for page 3"
    assert str(IntegrityProblem(WAL, "frame 2")) == "WAL: frame 2"
    i18n.set_language("nl")
    assert str(IntegrityProblem(ENCRYPTION, "HMAC invalid for page 3")) == "versleuteling: HMAC invalid for page 3"
