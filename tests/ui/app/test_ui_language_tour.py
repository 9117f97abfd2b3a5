"""The whole app in English (issue 16.8), walked as a user would after choosing English in
Instellingen → Taal: every page of the navigation, the detail pages and every tab of a case.
No Dutch text is left on any of them, except what is stored data (names, the case question)
and the wording of the region's form definitions in forms/, which is Dutch legal content and
stays so. The profile starts empty; the school and its first case are made through the
services as the screens make them (support.new_school)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml
from PySide6.QtTest import QTest
from support.new_school import LEAD, open_first_case
from support.qt_checks import mnemonic_clashes
from support.ui_language import dutch_left, english, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk.paths import bundled_data
from ibdesk.ui.main_window import NAV_PAGES

SHOTS = Path("/tmp/uilang-tour")
# Texts still Dutch on the English screens, each named in the issue-16 note as not yet translated
# (domain tables shown as they are). The test fails on any other Dutch text, and on an entry here
# that is no longer shown in Dutch, so this list only shrinks.
STILL_DUTCH: tuple[str, ...] = ()


def form_wording() -> set[str]:
    """Every text in the form definitions (titles, labels, help, options): region data, Dutch."""
    found: set[str] = set()

    def walk(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    for path in sorted(bundled_data("forms").glob("*.yaml")):
        found |= {text.strip() for text in walk(yaml.safe_load(path.read_text(encoding="utf-8"))) if text.strip()}
    return found


def stored_data(services) -> set[str]:
    """The names and texts this test stored, as the screens show them."""
    data = {LEAD, services.records.school().name if services.records.school() else ""}
    for pupil in services.records.pupils():
        data |= {pupil.full_name, pupil.first_name, pupil.last_name, pupil.group, pupil.municipality}
        data |= {g.name for g in pupil.guardians} | {g.relation for g in pupil.guardians}
    for organisation in services.records.organisations():
        data |= {organisation.name} | {c.name for c in organisation.contacts} | {c.role for c in organisation.contacts}
    for row in services.records.case_rows():
        case = services.records.case(row.case_id)
        data |= {case.help_question, case.lead_name, case.lead_role}
    return {text for text in data if text}


def shown(window, name: str) -> set[str]:
    """The window's texts, and a screenshot taken once the layouts settled (a grab right after a
    page switch shows the route's cards half laid out, which no user sees)."""
    QTest.qWait(100)
    assert mnemonic_clashes(window) == [], name
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))
    return visible_texts(window)


def test_every_page_and_every_case_tab_is_english(qtbot, english, start):
    window = start()
    window.show()
    qtbot.waitExposed(window)
    services = window.context.services
    open_first_case(services.store)
    allowed = stored_data(services) | form_wording()
    left: dict[str, list[str]] = {}
    for row, (_label, name) in enumerate(NAV_PAGES):
        window.show_page(row)
        window.page(name).refresh()
        left[name] = dutch_left(shown(window, name), allowed)
    case_id = services.records.case_rows()[0].case_id
    window.open_case(case_id)
    tabs = window.case_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        left[f"case-{index}"] = dutch_left(shown(window, f"case-{index}"), allowed)
    window.open_retention()
    left["retention"] = dutch_left(shown(window, "retention"), allowed)
    window.open_inzage()
    left["inzage"] = dutch_left(shown(window, "inzage"), allowed)
    remaining = {page: [t for t in texts if not any(k in t for k in STILL_DUTCH)] for page, texts in left.items()}
    remaining = {page: texts for page, texts in remaining.items() if texts}
    assert remaining == {}, "\n".join(f"{page}: {texts}" for page, texts in remaining.items())
    everything = [text for texts in left.values() for text in texts]
    assert [k for k in STILL_DUTCH if not any(k in t for t in everything)] == [], (
        "translated now: drop from STILL_DUTCH"
    )
