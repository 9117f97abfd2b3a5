"""Every input on the new screens has an accessible name; keyboard mnemonics do not clash."""

from __future__ import annotations

import pytest

from .helpers import mnemonic_clashes, unnamed_inputs


def check(root, where: str) -> None:
    assert unnamed_inputs(root) == [], where
    assert mnemonic_clashes(root) == [], where


def test_navigation_pages(main_window):
    for row in range(main_window.nav.count()):
        main_window.show_page(row)
        check(main_window, main_window.nav.item(row).text())


@pytest.mark.parametrize("number", [2, 3, 5, 9, 10])
def test_case_page_every_tab(main_window, demo_case, number):
    main_window.open_case(demo_case(number))
    page = main_window.case_page
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        check(main_window, f"casus {number}, tab {page.tabs.tabText(index)}")
    from ibdesk.domain.route import StepState

    card = next(c for c in page.timeline.cards if StepState.NOT_APPLICABLE in c.state_buttons)
    card.state_buttons[StepState.NOT_APPLICABLE].click()
    check(main_window, "reden niet van toepassing")
    page.consent.table.selectRow(0)
    page.consent.start_withdraw()
    check(main_window, "intrekken")


def test_case_page_forms(main_window, demo_case):
    main_window.open_case(demo_case(3))
    page = main_window.case_page
    for opener in (
        lambda: page.open_step_editor(page.overview.view.current.info.id),
        page.open_consent_editor,
        page.open_responsibility_editor,
        page.open_opp_editor,
    ):
        opener()
        check(main_window, "formulier")
        page.host._back()


def test_mdo_views(main_window, services):
    main_window.show_page(3)
    page = main_window.mdo_page
    page.start_plan()
    check(main_window, "plannen")
    page._planned(None)
    meeting = page.meetings[0]
    page.show_preparation(meeting.id, meeting.agenda[0][0])
    check(main_window, "voorbereiding")


def test_new_case_panel_and_privacy_pages(main_window):
    main_window.show_page(2)
    main_window.cases_page.start_new()
    check(main_window, "nieuwe casus")
    main_window.open_retention()
    check(main_window, "bewaartermijnen")
    main_window.open_inzage()
    check(main_window, "inzage")
    main_window.show_page(4)
    main_window.thuiszitters_page.tabs.setCurrentIndex(1)
    check(main_window, "vrijstelling")
