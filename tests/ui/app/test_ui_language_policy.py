"""The machine policy fixes the app's language (issue 16.8; `language` in policy.yaml or
HKLM\\SOFTWARE\\Policies\\ibdesk, packaging/windows/admx): it wins over a user's choice in
Instellingen → Taal, and the choice is shown but cannot be changed. Starts on a new profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, start, visible_texts  # noqa: F401 (fixtures)

from ibdesk import preferences
from ibdesk.errors import UserError
from ibdesk.policy import check_values, load_policy
from ibdesk.ui.main_window import NAV_PAGES


def write_policy(text: str) -> None:
    Path(os.environ["IBDESK_POLICY"]).write_text(text, encoding="utf-8")


def language_section(window):
    window.show_page(next(i for i, (_label, name) in enumerate(NAV_PAGES) if name == "settings_page"))
    return window.page("settings_page").language_section


def test_the_policy_language_wins_over_the_users_choice_and_cannot_be_changed(qtbot, catalog_dir, start):
    preferences.save_language("nl")  # this user chose Dutch earlier
    write_policy("language: en\n")
    window = start()
    section = language_section(window)
    assert window.page("settings_page").header.title.text() == "Settings"
    assert section.combo.currentText() == "English" and not section.combo.isEnabled()
    assert section.box.hint.text() == "Fixed by the IT administrator (this computer's policy)."
    assert "Fixed by the IT administrator (this computer's policy)." in visible_texts(section)
    assert mnemonic_clashes(window) == []
    assert preferences.chosen_language() == "nl"  # the user's own choice is kept for when the policy goes


def test_a_dutch_policy_keeps_the_app_dutch_for_a_user_who_chose_english(qtbot, catalog_dir, start):
    preferences.save_language("en")
    write_policy("language: nl\n")
    window = start()
    section = language_section(window)
    assert window.page("settings_page").header.title.text() == "Instellingen"
    assert section.combo.currentText() == "Nederlands" and not section.combo.isEnabled()
    assert section.box.hint.text() == "Vastgezet door de ICT-beheerder (beleid van deze computer)."


def test_without_a_language_policy_the_user_chooses(qtbot, catalog_dir, start):
    write_policy("lock_minutes: 5\n")
    window = start()
    section = language_section(window)
    assert section.combo.isEnabled() and section.combo.currentText() == "Nederlands"
    assert section.box.hint.text() == "Voor u op deze computer, in elk profiel."


@pytest.mark.parametrize("value", ["fr", "EN", "english", ""])
def test_a_wrong_language_in_the_policy_is_named(value):
    with pytest.raises(UserError, match="'language' in beleid moet nl \\(Nederlands\\) of en \\(English\\) zijn"):
        check_values({"language": value}, "beleid")


def test_the_registry_language_is_read_like_the_files(tmp_path):
    read = load_policy(tmp_path / "none.yaml", registry=lambda: {"Language": (1, " en ")})
    assert read.language == "en" and read.origins == {"language": "registry"}
