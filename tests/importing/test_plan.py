"""Matching and ownership, without a database: key first, then name + date of birth; what the
administration gave may be updated, what the IB'er typed is never overwritten."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ibdesk.importing.model import Export, FileRejected, Incoming
from ibdesk.importing.plan import Stored, as_text, build_plan

TODAY = date(2025, 9, 1)
BORN = date(2016, 3, 12)


def incoming(key="1", first="Sem", last="Verhoef", born=BORN, group="groep 5", line=10, **more) -> Incoming:
    return Incoming(line, key, first, last, born, group, **more)


def stored(
    pupil_id=1, key="1", first="Sem", last="Verhoef", born=BORN, group="groep 5", imported=True, left_on=None, **more
) -> Stored:
    values = {"first_name": first, "last_name": last, "birth_date": as_text(born), "group": group}
    return Stored(
        pupil_id,
        first,
        last,
        born,
        group,
        "Renkum",
        more.get("enrolled_on"),
        left_on,
        key,
        dict(values) if imported else {},
    )


def plan_for(pupils, stored_pupils, **kwargs):
    return build_plan(
        Export("edex", list(pupils), made_on=kwargs.pop("made_on", None)),
        list(stored_pupils),
        TODAY,
        municipality=kwargs.pop("municipality", "Renkum"),
        **kwargs,
    )


def test_the_same_export_again_changes_nothing():
    plan = plan_for([incoming()], [stored()])
    assert (plan.new, plan.updates, plan.leaving, plan.unchanged) == ([], [], [], 1)
    assert not plan.has_changes and plan.summary() == (
        "0 nieuw, 0 bijgewerkt, 1 ongewijzigd, 0 niet meer in de export, 0 problemen"
    )


def test_key_match_updates_what_came_from_the_administration():
    plan = plan_for([incoming(last="Verhoeff", group="groep 6")], [stored()])
    [update] = plan.written
    assert [c.text() for c in update.changes] == ["achternaam: Verhoef → Verhoeff", "groep: groep 5 → groep 6"]
    assert update.recorded["group"] == "groep 6" and update.kept == [] and update.new_key is None


def test_what_the_ib_er_typed_is_never_overwritten_and_is_shown():
    typed = Stored(
        1,
        "Sem",
        "Verhoef",
        BORN,
        "groep 5 (Uilen)",
        "Renkum",
        None,
        None,
        "1",
        {"first_name": "Sem", "last_name": "Verhoef", "birth_date": as_text(BORN), "group": "groep 5"},
    )
    plan = plan_for([incoming(group="groep 6")], [typed])
    assert plan.written == []
    [update] = plan.kept
    assert [c.text() for c in update.kept] == ["groep: groep 5 (Uilen) → groep 6"]


def test_empty_values_are_filled_in():
    plan = plan_for([incoming(enrolled_on=date(2020, 8, 20))], [stored()])
    assert [c.text() for c in plan.written[0].changes] == ["ingeschreven op: — → 20-08-2020"]


def test_a_pupil_typed_before_the_first_import_is_linked_on_name_and_birth_date_keeping_what_differs():
    hand = stored(key=None, first="Ayşe", last="Çelik", group="5B", imported=False)
    plan = plan_for([incoming(key="77", first="Ayse", last="celik", group="groep 5")], [hand])
    [update] = plan.updates
    assert update.new_key == "77" and update.changes == []
    assert {c.field for c in update.kept} == {"first_name", "last_name", "group"}
    assert update.recorded == {"birth_date": as_text(BORN)}, "only what equals the export becomes the administration's"


def test_name_match_never_takes_a_pupil_whose_key_is_still_in_the_export():
    twin = stored(pupil_id=1, key="1")
    plan = plan_for([incoming(key="1"), incoming(key="2", line=20)], [twin])
    assert [p.key for p in plan.new] == ["2"] and plan.unchanged == 1


def test_ambiguous_and_duplicate_rows_are_problems_not_guesses():
    two = [stored(pupil_id=1, key=None, imported=False), stored(pupil_id=2, key=None, imported=False)]
    plan = plan_for([incoming(key="9")], two)
    assert plan.new == [] and "meerdere leerlingen die hierbij passen" in plan.problems[0].text()
    plan = plan_for([incoming(key="5", line=3), incoming(key="5", first="Noor", line=9)], [])
    assert plan.new == [] and [p.line for p in plan.problems] == [3, 9]
    assert "sleutel 5 staat meer dan eens" in plan.problems[0].text()


def test_a_new_pupil_must_be_complete_and_valid():
    plan = plan_for(
        [
            incoming(key="1", born=None),
            incoming(key="2", born=TODAY - timedelta(days=200), line=20),
            incoming(key="3", group=None, line=30),
        ],
        [],
    )
    assert plan.new == []
    assert [p.text() for p in plan.problems] == [
        "regel 10: Sem Verhoef: niet toegevoegd: geen (geldige) geboortedatum in de export.",
        "regel 20: Sem Verhoef: niet toegevoegd: geboortedatum: Met deze geboortedatum is de leerling 0 jaar. "
        "Controleer het jaartal.",
        "regel 30: Sem Verhoef: niet toegevoegd: geen (geldige) groep in de export.",
    ]


def test_without_any_municipality_new_pupils_wait_for_the_school():
    plan = plan_for([incoming()], [], municipality=None)
    assert plan.new == [] and "Vul de school in bij Instellingen" in plan.problems[0].text()
    assert plan_for([incoming(municipality="Arnhem")], [], municipality=None).new[0].municipality == "Arnhem"


def test_pupils_no_longer_in_the_export_are_offered_as_left_never_the_hand_typed_ones():
    gone = stored(pupil_id=2, key="2", first="Noor", last="Bakker")
    hand = stored(pupil_id=3, key=None, first="Daan", last="Wit", imported=False)
    left_before = stored(pupil_id=4, key="4", first="Bram", last="Visser", left_on=date(2024, 7, 1))
    plan = plan_for([incoming()], [stored(), gone, hand, left_before], made_on=date(2025, 8, 28))
    assert [(item.stored.id, item.on, item.reason) for item in plan.leaving] == [
        (2, date(2025, 8, 28), "niet meer in de export")
    ]
    assert plan.only_in_ibdesk == 1 and plan.has_changes


def test_an_uitstroomdatum_offers_the_pupil_as_left_on_that_day_and_a_new_one_is_not_added():
    plan = plan_for(
        [incoming(left_on=date(2025, 7, 11)), incoming(key="8", first="Noor", left_on=date(2025, 7, 11), line=30)],
        [stored()],
    )
    assert [(item.stored.id, item.on, item.reason) for item in plan.leaving] == [
        (1, date(2025, 7, 11), "uitgeschreven volgens de export")
    ]
    assert plan.new == [] and "al uitgeschreven; niet toegevoegd" in plan.problems[0].text()


def test_back_in_the_export_clears_a_left_date_the_import_set_but_not_one_the_ib_er_typed():
    by_import = Stored(
        1,
        "Sem",
        "Verhoef",
        BORN,
        "groep 5",
        "Renkum",
        None,
        date(2025, 7, 1),
        "1",
        {**stored().imported, "left_on": "2025-07-01"},
    )
    by_hand = Stored(2, "Noor", "Bakker", BORN, "groep 5", "Renkum", None, date(2025, 7, 1), "2", stored().imported)
    plan = plan_for([incoming(), incoming(key="2", first="Noor", last="Bakker", line=20)], [by_import, by_hand])
    assert [c.text() for c in plan.written[0].changes] == ["vertrokken op: 01-07-2025 → —"]
    assert [c.text() for u in plan.kept for c in u.kept] == ["vertrokken op: 01-07-2025 → —"]


def test_a_warning_when_much_of_the_school_is_missing():
    many = [stored(pupil_id=i, key=str(i), first=f"Kind{i}") for i in range(1, 11)]
    plan = plan_for([incoming(key="1", first="Kind1")], many)
    assert len(plan.leaving) == 9 and "Is dit de export van de hele school?" in plan.warnings[0]


def test_an_export_of_another_school_is_refused():
    export = Export("edex", [incoming()], brin="12AB")
    with pytest.raises(FileRejected, match="BRIN 12AB; uw school in ibdesk heeft BRIN 99ZZ"):
        build_plan(export, [], TODAY, "Renkum", brin="99ZZ")
    assert build_plan(export, [], TODAY, "Renkum", brin="12ab").new, "BRIN compared without case"


def test_an_update_that_would_be_invalid_is_a_problem():
    plan = plan_for([incoming(born=TODAY + timedelta(days=3))], [stored()])
    assert (
        plan.written == []
        and "niet bijgewerkt: geboortedatum: De geboortedatum ligt in de toekomst." in plan.problems[0].text()
    )
