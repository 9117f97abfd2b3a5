"""Search everything (issue 16 point 3), at the service: accents and case do not matter, every
word is a prefix, hits are grouped and limited, and only text people typed is found.
Every test starts from a new, empty profile and creates what it needs through the services."""

from __future__ import annotations

from datetime import date

import pytest
from support.rules_profile import open_case, school_services

from ibdesk.domain.model import Contact, Guardian, Organisation, OrgKind, Pupil

TODAY = date(2026, 11, 23)


@pytest.fixture
def services(store):
    return school_services(store, TODAY)


def pupil(services, first: str, last: str, guardians: tuple[str, ...] = (), bsn: str | None = None) -> Pupil:
    school = services.records.school()
    return services.records.save_pupil(
        Pupil(
            first,
            last,
            date(2016, 3, 1),
            "groep 5",
            school.id,
            "Renkum",
            bsn=bsn,
            guardians=[Guardian(name, "moeder") for name in guardians],
        )
    )


def mdo(services, case, **answers) -> int:
    """An MDO report saved as a concept (incomplete is allowed, every value must fit its field)."""
    definition = services.catalog.latest("mdo-verslag")
    return services.forms.save(case.pupil_id, "mdo-verslag", definition.version, answers, case_id=case.id, concept=True)


def titles(results, group: str | None = None) -> list[str]:
    return [h.title for g in results.groups if group in (None, g.label) for h in g.hits]


@pytest.mark.parametrize("typed", ["celik", "CELIK", "Çelik", "çel", "ÇEL", "Celi"])
def test_accents_and_case_do_not_matter(services, typed):
    pupil(services, "Sem", "Çelik")
    assert titles(services.search.search(typed)) == ["Sem Çelik"]


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Ødegaard", "odeg"),
        ("Yılmaz", "yilm"),
        ("Nguyễn", "nguyen"),
        ("Ďurović", "durovic"),
        ("Straße", "strasse"),
        ("Celik", "Çelik"),
    ],
)
def test_letters_unicode_does_not_decompose_match_too(services, name, typed):
    pupil(services, "Noor", name)
    assert titles(services.search.search(typed)) == [f"Noor {name}"]


def test_every_word_is_a_prefix_of_a_word_of_the_same_record(services):
    pupil(services, "Sem", "Çelik")
    pupil(services, "Sem", "Verhoef")
    pupil(services, "Semra", "Çelik")
    assert titles(services.search.search("sem cel")) == ["Sem Çelik", "Semra Çelik"], "whole word first"
    assert titles(services.search.search("cel sem")) == ["Sem Çelik", "Semra Çelik"], "order of words is free"
    assert titles(services.search.search("sem ver")) == ["Sem Verhoef"]
    assert titles(services.search.search("elik")) == [], "a prefix of a word, not any part of it"


def test_hits_are_grouped_in_order_and_open_the_right_record(services):
    team = services.records.save_organisation(
        Organisation(
            OrgKind.JEUGDHULP,
            "Jeugdhulp De Waterlelie (fictief)",
            "Renkum",
            contacts=[Contact("Wim Waterman (fictief)", "gezinscoach", is_primary=True)],
        )
    )
    child = pupil(services, "Daan", "Waterman", guardians=("Ellen Waterman (fictief)",))
    case = open_case(services, child, date(2026, 9, 1), "Daan is bang voor water bij het schoolzwemmen (fictief)")
    form = mdo(services, case, aanleiding="Zwemles: Daan durft het water niet in (fictief).")

    results = services.search.search("water")
    assert [g.label for g in results.groups] == ["Leerlingen", "Casussen", "Formulieren", "Organisaties"]
    by_group = {g.label: g.hits for g in results.groups}
    assert [(h.title, h.target.kind, h.target.id) for h in by_group["Leerlingen"]] == [
        ("Daan Waterman", "pupil", child.id)
    ], "found by name and by the parent: one hit"
    assert [(h.target.kind, h.target.id) for h in by_group["Casussen"]] == [("case", case.id)]
    assert by_group["Casussen"][0].title == f"Casus {case.id} · Daan Waterman"
    assert "bang voor water" in by_group["Casussen"][0].detail
    [form_hit] = by_group["Formulieren"]
    assert (form_hit.target.kind, form_hit.target.id, form_hit.target.case_id) == ("form", form, case.id)
    assert form_hit.title == "Verslag multidisciplinair overleg (MDO) · Daan Waterman"
    assert form_hit.detail.startswith("Concept · ") and "water niet in" in form_hit.detail
    assert [(h.title, h.target.kind, h.target.id) for h in by_group["Organisaties"]] == [
        ("Jeugdhulp De Waterlelie (fictief)", "organisation", team.id)
    ], "by name and by its contact: one hit"


def test_a_parent_finds_the_pupil(services):
    child = pupil(services, "Mila", "Jansen", guardians=("Fatma Yıldız (fictief)",))
    [hit] = services.search.search("yildiz").hits
    assert (hit.title, hit.target.kind, hit.target.id) == ("Mila Jansen", "pupil", child.id)
    assert hit.detail == "moeder: Fatma Yıldız (fictief) · groep 5"


def test_each_group_is_limited_and_says_there_is_more(services):
    for n in range(7):
        pupil(services, "Bram", f"Test{n}")
    results = services.search.search("bram")
    [group] = results.groups
    assert len(group.hits) == 5 and group.more
    assert titles(services.search.search("bram", per_group=10)) == [f"Bram Test{n}" for n in range(7)]
    assert not services.search.search("bram", per_group=10).groups[0].more


def test_newest_text_comes_first(services):
    child = pupil(services, "Liam", "de Boer")
    first = open_case(services, child, date(2026, 1, 5), "Rekenen blijft achter (fictief)")
    second = open_case(services, child, date(2026, 9, 5), "Rekenen en lezen blijven achter (fictief)")
    assert [h.target.id for h in services.search.search("reken").hits] == [second.id, first.id]


@pytest.mark.parametrize("typed", ["", " ", "a", "-", "*", '"', "é"])
def test_less_than_two_letters_asks_for_more(services, typed):
    pupil(services, "Anna", "Aalders")
    results = services.search.search(typed)
    assert results.too_short and results.hits == []


@pytest.mark.parametrize("typed", ['an"', "an OR bo", "NEAR(an bo)", "an*", "an^", "-an", "an:bo", "(an"])
def test_search_syntax_typed_by_the_user_is_just_text(services, typed):
    pupil(services, "Anna", "Bos")
    results = services.search.search(typed)
    assert not results.unavailable
    expected = ["Anna Bos"] if "or" not in typed.lower() and "near" not in typed.lower() else []
    assert titles(results) == expected


def test_only_typed_text_and_chosen_option_labels_are_found(services):
    child = pupil(services, "Jesse", "Kok", bsn="111222333")
    case = open_case(services, child, date(2026, 9, 1), "Wat helpt Jesse? (fictief)")
    mdo(
        services,
        case,
        datum="2026-11-02",
        soort_overleg="zat",
        aanleiding="Gesprek over de pauzes (fictief).",
        deelnemers=[
            {"naam": "Karin Vlot (fictief)", "rol": "jgz"},
            {"naam": "Rob Stam (fictief)", "rol": "orthopedagoog_swv"},
        ],
    )
    search = services.search.search
    assert titles(search("pauzes"), "Formulieren"), "typed text"
    assert titles(search("vlot"), "Formulieren"), "typed text inside a repeated group"
    assert titles(search("adviesteam"), "Formulieren"), "the label of the chosen option"
    assert titles(search("jeugdverpleegkundige"), "Formulieren"), "the label of an option chosen inside a group"
    assert not titles(search("ondersteuningsteam"), "Formulieren"), "an option that was not chosen"
    assert not search("swv").hits, "option values (orthopedagoog_swv) are not text people typed"
    assert not search("2026").hits and not search("111222333").hits, "no dates, no BSN"


def test_a_form_whose_definition_is_gone_is_still_found_without_dates_or_signatures(services, store):
    from ibdesk.store import models as m

    child = pupil(services, "Ilias", "Mol")
    with store.session() as s:
        s.add(
            m.FormAnswerRow(
                pupil_id=child.id,
                case_id=None,
                form_id="oud-formulier",
                form_version=3,
                answers='{"a": "Afspraak met de logopedist (fictief)", "b": "2026-01-02", '
                '"c": "strokes:[[[1,2],[3,4]]]"}',
                saved_at=TODAY,
                saved_by="test",
            )
        )
    [hit] = services.search.search("logoped").hits
    assert hit.title == "oud-formulier (versie 3) · Ilias Mol"
    assert hit.target.kind == "pupil", "a form without a case opens its pupil"
    assert not services.search.search("strokes").hits and not services.search.search("2026").hits


def test_notes_are_found_and_an_edit_replaces_their_words(services):
    """Issue 16 point 3 searches notes (point 4); the index follows the note's current text."""
    child = pupil(services, "Lotte", "Brink")
    case = open_case(services, child, TODAY)
    note = services.notes.add(child.id, "Gesprek met de logopediste over woordvinding (fictief)", case_id=case.id)
    assert titles(services.search.search("logoped"), "Notities") == ["Lotte Brink"]
    services.notes.edit(note.id, "Gesprek met de fysiotherapeut (fictief)")
    assert titles(services.search.search("logoped"), "Notities") == []
    assert titles(services.search.search("fysio"), "Notities") == ["Lotte Brink"]
