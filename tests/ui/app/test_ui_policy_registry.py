"""Instellingen shows what the machine policy fixes as locked, whether IT set it in the policy file
or in the registry (HKLM\\SOFTWARE\\Policies\\ibdesk, issue 15): the same fields, read-only,
with the same note; the user cannot change them there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.new_school import open_first_case
from support.pixels import settle

from ibdesk import policy_registry
from ibdesk.policy_registry import REG_DWORD, REG_SZ
from ibdesk.ui.main_window import MainWindow
from ibdesk.ui.pages.base import Context

SETTINGS_PAGE = 6


def set_policy(where: str, monkeypatch) -> None:
    """lock_minutes 3, school type vo and holiday region zuid, from the file or from the registry."""
    if where == "file":
        Path(os.environ["IBDESK_POLICY"]).write_text(
            "lock_minutes: 3\nschool_type: vo\nholiday_region: zuid\n", encoding="utf-8"
        )
    elif where == "registry":
        values = {"lock_minutes": (REG_DWORD, 3), "school_type": (REG_SZ, "vo"), "holiday_region": (REG_SZ, "zuid")}
        monkeypatch.setattr(policy_registry, "reader", lambda: dict(values))


def settings_state(qtbot, store) -> tuple:
    main = MainWindow(Context.for_store(store))
    qtbot.addWidget(main)
    main.resize(1366, 900)
    main.show()
    qtbot.waitExposed(main)
    main.show_page(SETTINGS_PAGE)
    settle()
    page = main.settings_page
    lock = page.lock_section
    return main, (
        lock.minutes.value(),
        lock.minutes.isEnabled(),
        lock.minutes_box.hint.text(),
        page.route_fields.type_combo.currentData(),
        page.route_fields.type_combo.isEnabled(),
        page.route_fields.type_combo.toolTip(),
        page.holiday_region.currentData(),
        page.holiday_region.isEnabled(),
        page.holiday_region.toolTip(),
        page.holiday_box.hint.text(),
        page.holiday_label.text(),
    )


@pytest.mark.parametrize("where", ["file", "registry"])
def test_policy_values_are_locked_in_instellingen_wherever_it_was_set(qtbot, make_profile, monkeypatch, where):
    created = make_profile()
    open_first_case(created.store)
    _main, free = settings_state(qtbot, created.store)
    assert free[1] and free[4] and free[7], "without a policy the user sets them"
    set_policy(where, monkeypatch)
    main, state = settings_state(qtbot, created.store)
    assert state == (
        3,
        False,
        "Vastgezet door de ICT-beheerder (beleid van deze computer).",
        "vo",
        False,
        "Vastgelegd door de ICT-beheerder (beleid van deze computer).",
        "zuid",
        False,
        "Vastgelegd door de ICT-beheerder (beleid van deze computer).",
        "Vastgelegd door de ICT-beheerder (beleid van deze computer).",
        "zuid — vastgelegd in het machinebeleid",
    )
    main.grab().save(f"/tmp/ibdesk-settings-policy-{where}.png")
    school_before = main.settings_page.context.records.school()
    main.settings_page.save_school()
    school_after = main.settings_page.context.records.school()
    assert school_after.holiday_region == school_before.holiday_region, "the policy's region is not stored"
