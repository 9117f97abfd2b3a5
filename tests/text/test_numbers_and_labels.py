"""ibdesk.text.numbers and ibdesk.text.labels: one wording for numbers and stored keys."""

from __future__ import annotations

import hashlib

import pytest

from ibdesk.text import labels, numbers


@pytest.mark.parametrize(
    "value, places, text",
    [
        (2.5, 1, "2,5"),
        (2.0, 1, "2"),
        (12.0, 1, "12"),
        (3, 1, "3"),
        (0.25, 2, "0,25"),
        (1.25, 1, "1,2"),
        (1.26, 1, "1,3"),
        (-0.04, 1, "0"),
        (2.125, 10, "2,125"),
        (1000.5, 1, "1000,5"),
    ],
)
def test_decimal_comma(value, places, text):
    assert numbers.decimal(value, places) == text


def test_number_reads_a_stored_answer():
    assert numbers.number(2.5) == "2,5" and numbers.number(4) == "4" and numbers.number("vier") == "vier"
    assert numbers.number(True) == "True", "a bool is not a number here; yes/no has its own words"


def test_count_chooses_the_noun():
    assert numbers.plural(1, "leerling", "leerlingen") == "1 leerling"
    assert numbers.plural(2, "leerling", "leerlingen") == "2 leerlingen"
    assert numbers.plural(0, "casus", "casussen") == "0 casussen"


def test_file_size():
    assert numbers.file_size(10) == "1 kB" and numbers.file_size(300 * 1024) == "300 kB"
    assert numbers.file_size(2 * 1024 * 1024) == "2,0 MB" and numbers.file_size(1536 * 1024) == "1,5 MB"


def test_fingerprint_is_read_aloud_in_groups_of_four():
    text = numbers.fingerprint(hashlib.sha256(b"ibdesk").digest())
    assert len(text.split()) == 16 and all(len(g) == 4 for g in text.split()) and text == text.upper()


def test_consent_methods_have_one_wording():
    assert labels.consent_method("getekend_scherm") == "getekend op het scherm"
    assert labels.consent_method("getekend_papier") == "getekend op papier"
    assert labels.consent_method("mondeling") == "mondeling in een overleg"
    assert labels.consent_method("mondeling", "de mentor") == "mondeling in een overleg, gehoord door de mentor"
    assert labels.consent_method("getekend_papier", "de mentor") == "getekend op papier", "only oral has a hearer"
    assert labels.consent_method(None) == "" and labels.consent_method("fax") == "fax"


def test_the_domain_keys_are_the_labelled_keys():
    from ibdesk.domain.signatures import ORAL, PAPER, SCREEN

    assert set(labels.CONSENT_METHODS) == {SCREEN, PAPER, ORAL}


def test_yes_no_and_lists():
    assert (labels.yes_no(True), labels.yes_no(False), labels.yes_no(None)) == ("Ja", "Nee", "")
    assert labels.and_list([]) == "" and labels.and_list(["a"]) == "a"
    assert labels.and_list(["a", "b"]) == "a en b" and labels.and_list(("a", "b", "c")) == "a, b en c"
