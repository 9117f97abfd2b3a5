"""Finding by typing on a real school's profile, started empty: the new-case pupil picker
among 1,000 pupils, and the case list's search and filters (issue 9 point 6)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ibdesk.domain.model import Case, CaseStatus, Pupil, School

FIRST = ["Sem", "Noor", "Daan", "Emma", "Liam", "Julia", "Finn", "Tess", "Milan", "Sara"]
LAST = ["Verhoef", "Çelik", "de Kruijf", "van Loon", "Yılmaz", "Ødegaard", "Bakkum", "Wolters", "El Idrissi", "Tromp"]
TODAY = date(2026, 11, 23)


@pytest.fixture
def school(store):
    """An empty profile filled the way the app does it: the school, then 1,000 fictional pupils
    through the same validated service the pupil form uses."""
    from ibdesk.services.records import Records

    records = Records(store, today=lambda: TODAY)
    school = records.save_school(School("OBS De Zandloper (fictief)", "Renkum", "99ZZ"))
    for n in range(1000):
        group = 1 + n % 8
        records.save_pupil(
            Pupil(
                FIRST[n % 10],
                LAST[(n // 10) % 10],
                TODAY - timedelta(days=365 * (4 + group) + n % 300),
                f"groep {group}",
                school.id,
                "Renkum",
                enrolled_on=date(2020, 8, 20),
            )
        )
    left = records.pupil_list()[0]
    left.left_on = TODAY - timedelta(days=30)
    records.save_pupil(records.pupil(left.id))  # reload: keeps guardians
    stored = records.pupil(left.id)
    stored.left_on = TODAY - timedelta(days=30)
    records.save_pupil(stored)
    return records


@pytest.fixture
def window(qtbot, store, school):
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    w = MainWindow(Context.for_store(store))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_new_case_is_for_the_pupil_found_by_typing(qtbot, window, school):
    window.show_page(2)
    cases = window.cases_page
    qtbot.mouseClick(cases.new_button, Qt.MouseButton.LeftButton)
    picker = cases.new_pupil
    assert picker.proxy.rowCount() == 999  # the pupil who left is not offered
    qtbot.keyClicks(picker.search, "sem verhoef")
    twins = picker.shown()
    assert len(twins) == 9 and {p.full_name for p in twins} == {"Sem Verhoef"}
    assert picker.current() is None
    qtbot.keyClicks(picker.search, " groep 5")  # typing on narrows further
    namesakes = picker.shown()
    assert 3 <= len(namesakes) < len(twins) and all(p in twins for p in namesakes)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # into the list, first row chosen
    assert picker.current() is namesakes[0] and picker.table.hasFocus()
    qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    wanted = namesakes[2]
    assert picker.current() is wanted
    assert picker.status.text() == f"Gekozen: Sem Verhoef ({wanted.group})"
    qtbot.keyClicks(cases.new_question, "Hoe kan Sem weer tot leren komen? (fictief)")
    qtbot.keyClicks(cases.new_lead, "Marieke de Wit")
    qtbot.mouseClick(cases.create_button, Qt.MouseButton.LeftButton)
    assert not any(box.error.text() for box in cases.new_fields.boxes.values())
    (row,) = school.case_rows()
    assert row.pupil_id == wanted.id and row.group == wanted.group
    assert window.current_page() is window.case_page and window.case_page.case_id == row.case_id


def test_no_pupil_chosen_is_said_under_the_field_and_nothing_is_made(qtbot, window, school):
    window.show_page(2)
    cases = window.cases_page
    cases.start_new()
    qtbot.keyClicks(cases.new_pupil.search, "niemand-met-deze-naam")
    assert cases.new_pupil.shown() == []
    assert "Geen leerling gevonden" in cases.new_pupil.status.text()
    assert cases.create_case() is None
    assert cases.new_fields.boxes["leerling"].error.text() == "Zoek en kies de leerling in de lijst."
    assert school.case_rows() == []
    cases.new_pupil.search.clear()
    qtbot.keyClick(cases.new_pupil.search, Qt.Key.Key_Return)  # Enter takes the first one shown
    first = cases.new_pupil.proxy.record(0)
    assert cases.new_pupil.current() is first


def test_case_list_search_and_filters(qtbot, window, school):
    pupils = school.pupil_list()
    for n, p in enumerate(pupils[:40]):
        case = school.save_case(Case(p.id, "Fictieve hulpvraag", TODAY, "Marieke de Wit" if n % 3 else "Ahmed Bakkal"))
        if n % 4 == 0:
            case.status = CaseStatus.CLOSED
            case.closed_on = TODAY
            school.save_case(case)
    window.show_page(2)
    page = window.cases_page
    rows = school.case_rows()
    assert page.count.text() == "40 casussen"
    qtbot.keyClicks(page.search, "celik")
    celik = [r for r in rows if "Çelik" in r.pupil_name]
    assert page.proxy.rowCount() == len(celik) > 0
    page.lead.setCurrentIndex(page.lead.findData("Ahmed Bakkal"))
    expected = [r.case_id for r in celik if r.lead_name == "Ahmed Bakkal"]
    assert [page.proxy.record(i).case_id for i in range(page.proxy.rowCount())] == expected
    assert page.count.text() == f"{len(expected)} van 40 casussen"
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData(CaseStatus.CLOSED))
    page.group.setCurrentIndex(page.group.findData("groep 1"))
    expected = [
        r.case_id
        for r in rows
        if r.lead_name == "Ahmed Bakkal" and r.status is CaseStatus.CLOSED and r.group == "groep 1"
    ]
    assert [page.proxy.record(i).case_id for i in range(page.proxy.rowCount())] == expected
    assert [page.group.itemText(i) for i in range(1, page.group.count())] == [f"groep {g}" for g in range(1, 9)]
    page.clear_button.click()
    assert page.proxy.rowCount() == 40 and page.search.text() == ""
    page.refresh()  # a refresh keeps the chosen filters
    page.group.setCurrentIndex(page.group.findData("groep 2"))
    page.refresh()
    assert page.group.currentData() == "groep 2"
    assert {page.proxy.record(i).group for i in range(page.proxy.rowCount())} == {"groep 2"}
