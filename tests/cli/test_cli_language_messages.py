"""What services and domain code say reaches the command line in the one language (issue 16.8):
a rejected BSN or date, a case's status in `ibdesk cases`, a record that does not exist — in
English when the language is English, in Dutch by default. Real `ibdesk` processes on a profile
made from nothing with `ibdesk init`, as a school's IT would script it."""

from __future__ import annotations

import pytest
from support.cli_run import ibdesk

PUPIL = ["--first-name", "Sem", "--last-name", "Verhoef (fictief)", "--group", "groep 5", "--municipality", "Renkum"]


def ok(*args: str) -> str:
    done = ibdesk(None, *args)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def refused(language: str | None, *args: str) -> str:
    """The message of a command ibdesk refuses: exit 1, no traceback."""
    done = ibdesk(language, *args)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    return done.stderr


@pytest.fixture
def profile_with_a_case(home):
    """A new profile, the user, one pupil and one case, all through the command line."""
    ok("init")
    ok("user", "--name", "Ilse Bakker (fictief)", "--role", "intern begeleider")
    ok("pupil", "add", *PUPIL, "--birth-date", "12-03-2016")
    ok("case", "open", "1", "--question", "Lezen gaat moeizaam (fictief)")
    return home


def test_a_rejected_bsn_and_date_are_explained_in_english(profile_with_a_case):
    args = ("pupil", "add", *PUPIL, "--birth-date", "31-02-2016", "--bsn", "123456789")
    english = refused("en", *args)
    assert "Pupil not added:" in english
    assert "31-02-2016 is not a real date. Check the day and month." in english
    assert "This BSN is not valid: it fails the eleven check (elfproef). Check the digits." in english
    assert "Dit BSN" not in english and "bestaat niet als datum" not in english
    short = refused("en", "pupil", "add", *PUPIL, "--birth-date", "12-03-2016", "--bsn", "1234")
    assert "A BSN has 9 digits (for example 111222333)." in short

    dutch = refused(None, *args)
    assert "31-02-2016 bestaat niet als datum. Controleer dag en maand." in dutch
    assert "Dit BSN klopt niet: het voldoet niet aan de elfproef. Controleer de cijfers." in dutch
    assert "not valid" not in dutch


def test_a_future_birth_date_in_each_language(profile_with_a_case):
    args = ("pupil", "add", *PUPIL, "--birth-date", "01-01-2090")
    assert "The date of birth is in the future." in refused("en", *args)
    assert "De geboortedatum ligt in de toekomst." in refused("nl", *args)


def test_the_status_of_a_case_in_ibdesk_cases(profile_with_a_case):
    english = ibdesk("en", "cases")
    assert english.returncode == 0, english.stderr
    line = next(row for row in english.stdout.splitlines() if "Sem Verhoef (fictief)" in row)
    assert line.rstrip().endswith("Concern raised") or "Concern raised —" in line, line
    assert "Signaal" not in english.stdout

    dutch = ok("cases")
    assert "Signaal" in dutch and "Concern raised" not in dutch


def test_a_record_that_does_not_exist(profile_with_a_case):
    assert "ibdesk: Case 99 does not exist." in refused("en", "case", "99")
    assert "ibdesk: Casus 99 bestaat niet." in refused(None, "case", "99")
