"""Organisations as data: kinds by the words people use, re-import matching and merging,
and the checks on a record (issue 9 point 1)."""

import pytest

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.domain.organisations import Entry, apply_entry, changes, merge_contacts, natural_key, parse_kind
from ibdesk.domain.rules import clean_organisation
from ibdesk.errors import InvalidRecord, ValidationError


@pytest.mark.parametrize(
    "word, kind",
    [
        ("sociaal_team", OrgKind.SOCIAAL_TEAM),
        ("Sociaal Team", OrgKind.SOCIAAL_TEAM),
        ("wijkteam", OrgKind.SOCIAAL_TEAM),
        ("SWV loket", OrgKind.SWV_LOKET),
        ("swv", OrgKind.SWV_LOKET),
        ("RBL", OrgKind.LEERPLICHT),
        ("leerplicht", OrgKind.LEERPLICHT),
        ("GGD", OrgKind.JGZ),
        ("jeugdarts", OrgKind.JGZ),
        ("jeugdhulp", OrgKind.JEUGDHULP),
        ("school", OrgKind.SCHOOL),
        (OrgKind.JGZ, OrgKind.JGZ),
    ],
)
def test_kinds_by_the_words_people_use(word, kind):
    assert parse_kind(word) is kind


@pytest.mark.parametrize(
    "word, fragment", [("bakkerij", "Onbekende soort organisatie 'bakkerij'"), ("", "Kies de soort organisatie")]
)
def test_unknown_kind_lists_the_known_ones(word, fragment):
    with pytest.raises(ValidationError, match=fragment) as info:
        parse_kind(word)
    assert "sociaal_team (Sociaal Team)" in str(info.value) and "school" in str(info.value)


def team(**changes_) -> Organisation:
    org = Organisation(
        OrgKind.SOCIAAL_TEAM,
        "Sociaal Team Renkum (fictief)",
        "Renkum",
        "0261234567",
        None,
        [
            Contact("Ingrid Vos", "jeugdconsulent", is_primary=True, id=1),
            Contact("Peter van Aalst", "teamleider", is_escalation=True, mandate="Beschikking versneld", id=2),
        ],
        key="st-renkum",
        id=5,
    )
    for attr, value in changes_.items():
        setattr(org, attr, value)
    return org


def test_an_entry_changes_only_what_it_names_and_an_empty_value_clears():
    stored = team(address="Voorbeeldlaan 4")
    after = apply_entry(Entry({"phone": "14 026", "address": ""}), stored)
    assert (after.phone, after.address, after.name, after.municipality) == ("14 026", None, stored.name, "Renkum")
    assert stored.phone == "0261234567" and stored.address == "Voorbeeldlaan 4"  # the stored record is untouched
    assert changes(stored, after) == ["adres", "telefoon"]


def test_people_match_by_name_and_a_new_escalation_person_takes_over_the_role():
    merged = merge_contacts(
        team().contacts,
        [
            {"name": "Ingrid vos", "phone": "0612345678"},  # same person; the file's spelling wins
            {"name": "Wilma Hoekstra", "role": "manager", "is_escalation": True, "mandate": "Beslist over inzet"},
        ],
    )
    assert [(c.name, c.id, c.is_primary, c.is_escalation) for c in merged] == [
        ("Ingrid vos", 1, True, False),
        ("Peter van Aalst", 2, False, False),
        ("Wilma Hoekstra", None, False, True),
    ]
    assert merged[0].phone == "0612345678"


def test_nothing_changes_when_the_entry_repeats_what_is_stored():
    stored = team()
    again = apply_entry(
        Entry(
            {"kind": "Sociaal Team", "name": stored.name, "municipality": "Renkum", "phone": "0261234567"},
            [{"name": "Ingrid Vos", "is_primary": True}],
        ),
        stored,
    )
    assert changes(stored, again) == []


def test_natural_key_ignores_case_and_spacing():
    assert natural_key(OrgKind.SCHOOL, "Het  Zonnedal College", None) == natural_key(
        OrgKind.SCHOOL, "het zonnedal college ", ""
    )


def test_a_sociaal_team_belongs_to_a_municipality_and_every_problem_is_named():
    org = team(municipality=" ", phone="12", email="st@renkum", postcode="687 AB")
    org.contacts[1].mandate = ""
    with pytest.raises(InvalidRecord) as info:
        clean_organisation(org)
    assert set(info.value.errors) == {"gemeente", "telefoon", "e-mail", "postcode", "contact2.mandaat"}
    assert "Een Sociaal Team hoort bij een gemeente" in info.value.errors["gemeente"]


def test_one_primary_and_one_escalation_person():
    org = team()
    org.contacts[1].is_primary = True
    org.contacts.append(Contact("Els", "manager", is_escalation=True, mandate="alles"))
    with pytest.raises(InvalidRecord) as info:
        clean_organisation(org)
    assert set(info.value.errors) == {"contactpersoon", "opschalen"}


def test_clean_normalises_what_people_type():
    org = clean_organisation(
        Organisation(
            OrgKind.SCHOOL,
            "  Lyceum De Uiterwaarden ",
            None,
            "140 26",
            None,
            brin="99xy",
            postcode="6871ab",
            key=" vo-1 ",
        )
    )
    assert (org.name, org.phone, org.brin, org.postcode, org.key) == (
        "Lyceum De Uiterwaarden",
        "14026",
        "99XY",
        "6871 AB",
        "vo-1",
    )
