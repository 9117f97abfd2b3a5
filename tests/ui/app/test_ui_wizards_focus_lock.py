"""The first-run wizard and the export wizard under the focus, keyboard and lock rules of issue
16 (points 1 and 2; WCAG 2.2 2.4.3 Focus Order, 2.4.7 Focus Visible, 2.4.11 Focus Not
Obscured, 3:1 as in 1.4.11): on every page each control Tab reaches shows a visible focus
change, Tab follows reading order, and locking while the export wizard is open hides it
(nothing of the case in a grab, no name in any title) and unlocking brings it back with its
input kept.

The first-run wizard runs before any profile or main window exists, so there is no screen
lock yet (nothing of a pupil exists either); it gets the focus and Tab checks only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard
from support.focus import focusable
from support.pixels import grab, settle

from .test_ui_focus import measure
from .test_ui_keyboard import backwards_steps, rect_in_window, tab_chain

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


def tab_stops(qtbot, window) -> list:
    """Every widget Tab visits on the current page (also a scrolled page body, which `focusable`
    leaves out), starting from the first in reading order (top, then left): Tab wrapping from
    the wizard's last button to the top is the round, not a step back."""
    chain = tab_chain(qtbot, focusable(window)[0])
    first = min(range(len(chain)), key=lambda i: (rect_in_window(chain[i]).top(), rect_in_window(chain[i]).left()))
    return chain[first:] + chain[:first]


def focus_problems(qtbot, window, label: str) -> list[str]:
    """Each control Tab reaches on the current page: pixels that change at 3:1 on focus."""
    controls = tab_stops(qtbot, window)
    assert len(controls) >= 2, f"{label}: nothing to Tab to"
    missing = []
    for widget in controls:
        away = next(w for w in controls if w is not widget)
        seen, perimeter = measure(widget, away)
        if seen.strong < min(perimeter, 200):
            missing.append(f"{label}: {type(widget).__name__} {widget.accessibleName()!r} ({seen.strong} px)")
    return missing


def order_problems(qtbot, window, label: str) -> list[str]:
    """Every control is reached by Tab, and no step goes back up or left."""
    chain = tab_stops(qtbot, window)
    problems = [
        f"{label}: Tab never reaches {type(w).__name__} {w.accessibleName()!r}"
        for w in focusable(window)
        if w not in chain
    ]
    problems += [f"{label}: against reading order: {step}" for step in backwards_steps(chain)]
    return problems


# -- the first-run wizard ---------------------------------------------------------------------
@pytest.fixture
def first_run(qtbot, home):
    from ibdesk.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(
        home,
        keyring_available=False,  # with the passphrase page
        create=lambda home, school, passphrase: (None, KEY),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def first_run_pages(wizard):
    """Walk every page as a new user fills it in; yields each page's label once shown."""
    yield "welkom"
    wizard.next()
    yield "school"
    page = wizard.school_page
    page.name.setText("Basisschool De Wilg (fictief)")
    page.municipality.setText("Renkum")
    page.region.setText("SWV Rijn en Heuvel (fictief)")
    wizard.next()
    yield "over uzelf"
    wizard.user_page.name.setText("Marieke de Wit (fictief)")
    wizard.user_page.role.setCurrentText("intern begeleider")
    wizard.next()
    yield "wachtwoordzin"
    wizard.passphrase_page.first.setText("paarse olifant fietst langs de rivier")
    wizard.passphrase_page.second.setText("paarse olifant fietst langs de rivier")
    wizard.next()
    assert wizard.currentPage() is wizard.show_page
    yield "herstelsleutel"
    wizard.next()
    yield "herstelsleutel controleren"


def test_first_run_wizard_every_control_shows_focus_on_every_page(qtbot, first_run, tmp_path):
    missing = []
    for label in first_run_pages(first_run):
        settle()
        missing += focus_problems(qtbot, first_run, label)
        grab(first_run).save(tmp_path / f"eerste-start-{label.replace(' ', '-')}.png")  # the last control focused
    assert missing == [], "\n".join(missing)


def test_first_run_wizard_tab_follows_reading_order_on_every_page(qtbot, first_run):
    problems = []
    for label in first_run_pages(first_run):
        settle()
        problems += order_problems(qtbot, first_run, f"eerste start, {label}")
    assert problems == [], "\n".join(problems)


# -- the export wizard ------------------------------------------------------------------------
@pytest.fixture
def exporting(qtbot, main_window, records):
    """The export wizard opened from a case page the way the user opens it."""
    case_id = records.case_rows()[1].case_id
    main_window.resize(1366, 768)
    main_window.open_case(case_id)
    main_window.case_page.open_export_wizard()
    wizard = main_window.case_page.export_wizard
    qtbot.waitExposed(wizard)
    settle()
    return main_window, wizard


def export_pages(wizard):
    yield "ontvanger"
    wizard.next()
    yield "wat wordt gedeeld"


def test_export_wizard_every_control_shows_focus(qtbot, exporting):
    _main, wizard = exporting
    missing = []
    for label in export_pages(wizard):
        settle()
        missing += focus_problems(qtbot, wizard, label)
    assert missing == [], "\n".join(missing)


def test_export_wizard_tab_follows_reading_order(qtbot, exporting):
    _main, wizard = exporting
    problems = []
    for label in export_pages(wizard):
        settle()
        problems += order_problems(qtbot, wizard, f"dossier exporteren, {label}")
    assert problems == [], "\n".join(problems)


def test_locking_hides_the_export_wizard_and_unlocking_keeps_its_input(qtbot, exporting, records, tmp_path):
    from PySide6.QtWidgets import QLabel

    main, wizard = exporting
    pupil = records.pupil(records.case_rows()[1].pupil_id)
    page = wizard.recipient_page
    page.choose_other(page.choices.others[1].id)  # a choice not yet confirmed
    chosen = wizard.recipient()
    page.other_combo.setFocus()
    settle()
    assert any(pupil.last_name in label.text() for label in wizard.findChildren(QLabel) if label.isVisible())

    main.screen_lock.lock()
    settle()
    assert main.screen_lock.locked
    assert wizard.isVisible() and wizard.windowTitle() == "ibdesk — vergrendeld"
    shown = [label.text() for label in wizard.findChildren(QLabel) if label.isVisible() and label.text()]
    assert shown == ["ibdesk is vergrendeld"]
    assert not page.other_combo.isVisible()
    for window in (main, wizard, main.screen_lock.lock_window):
        assert pupil.last_name not in window.windowTitle() and pupil.first_name not in window.windowTitle()
    locked = grab(wizard)
    locked.save(tmp_path / "export-wizard-locked.png")
    assert len(locked.getcolors(1 << 16) or []) < 400, "a plain cover (one line of anti-aliased text)"

    main.screen_lock.unlock()
    settle()
    assert not main.screen_lock.locked
    assert wizard.windowTitle() == "Dossier exporteren"
    assert page.other_combo.isVisible() and page.other_radio.isChecked() and wizard.recipient() == chosen
    assert page.other_combo.hasFocus()
    grab(wizard).save(tmp_path / "export-wizard-unlocked.png")
    wizard.next()  # the wizard goes on where it was
    assert wizard.currentPage() is wizard.content_page
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()


def test_a_locked_export_wizard_looks_the_same_for_every_case(qtbot, exporting, records):
    """Nothing of what was on screen shows through: two different cases lock to the same pixels."""
    main, wizard = exporting
    main.screen_lock.lock()
    settle()
    first, size, where = grab(wizard).tobytes(), wizard.size(), wizard.pos()
    main.screen_lock.unlock()
    wizard.close()
    settle()
    main.open_case(records.case_rows()[2].case_id)
    main.case_page.open_export_wizard()
    other = main.case_page.export_wizard
    qtbot.waitExposed(other)
    other.resize(size)
    other.move(where)
    settle()
    main.screen_lock.lock()
    settle()
    assert grab(other).tobytes() == first
    main.screen_lock.unlock()
