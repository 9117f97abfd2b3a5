"""The UI's language (issue 16.8): Nederlands by default, English chosen in Instellingen for
this user on this computer, applied at the next start through Qt's translation system
(ibdesk_en.ts → ibdesk_en.qm → QTranslator); without the .qm the app stays Dutch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWizard
from support.qt_checks import mnemonic_clashes
from support.ui_language import catalog_dir, dutch_left, start  # noqa: F401 (fixtures)

from ibdesk import i18n, preferences
from ibdesk.app import AppController, make_application
from ibdesk.ui.main_window import NAV_PAGES, MainWindow

SHOTS = Path("/tmp/uilang")


def settings_of(window: MainWindow):
    window.show_page(next(i for i, (_label, name) in enumerate(NAV_PAGES) if name == "settings_page"))
    return window.page("settings_page")


def texts(widget) -> set[str]:
    return {w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)}


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_dutch_is_the_default_and_english_applies_from_the_next_start(qtbot, catalog_dir, start):
    window = start()
    settings = settings_of(window)
    assert settings.header.title.text() == "Instellingen"
    assert {"Profiel en beveiliging", "Taal", "Back-&up maken…"} <= texts(settings)
    assert settings.language_section.combo.currentText() == "Nederlands"
    assert mnemonic_clashes(window) == []
    shoot(settings, "instellingen-nl.png")

    combo = settings.language_section.combo
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert settings.language_section.note.text() == "Wordt toegepast bij de volgende start."
    assert json.loads(preferences.preferences_path().read_text(encoding="utf-8")) == {"language": "en"}
    assert i18n.tr("toon de casussen") == "show the cases"  # this process's command-line texts at once
    assert settings.header.title.text() == "Instellingen"  # the open window stays as it is
    window.close()
    QApplication.processEvents()

    window = start()  # the next start
    settings = settings_of(window)
    assert settings.header.title.text() == "Settings"
    assert {"Profile and security", "Language", "Make a back&up…", "Signed dossiers", "Screen lock"} <= texts(settings)
    assert settings.language_section.combo.currentText() == "English"
    assert mnemonic_clashes(window) == []  # the English Alt+letters do not clash either
    shoot(settings, "instellingen-en.png")
    window.screen_lock.lock()
    lock_window = window.screen_lock.lock_window
    assert lock_window.windowTitle() == "ibdesk — locked"
    assert {"ibdesk is locked", "&Unlock"} <= texts(lock_window)
    shoot(lock_window, "lock-en.png")
    window.screen_lock.unlock()


def test_a_missing_catalog_leaves_the_app_in_dutch(qtbot, catalog_dir, start):
    preferences.save_language("en")
    (catalog_dir / "ibdesk_en.qm").unlink()
    window = start()
    settings = settings_of(window)
    assert settings.header.title.text() == "Instellingen"
    assert "Profiel en beveiliging" in texts(settings)
    assert settings.language_section.combo.currentText() == "English"  # the choice stays


def test_an_unreadable_preferences_file_counts_as_no_choice(catalog_dir):
    path = preferences.preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert preferences.chosen_language() is None
    preferences.save_language("nl")
    assert preferences.chosen_language() == "nl"
    with pytest.raises(ValueError):
        preferences.save_language("fr")


def test_the_unlock_window_before_the_profile_opens_is_in_the_chosen_language(qtbot, catalog_dir, make_profile, home):
    """The choice lives outside the encrypted profile, so it applies before anything is unlocked."""
    from ibdesk.store import keyring_access
    from ibdesk.ui.unlock import UnlockWindow

    created = make_profile(passphrase="paarse olifant fietst")
    created.store.close()
    keyring_access.forget_key(created.store.keyfile.profile_id)
    preferences.save_language("en")
    make_application()
    controller = AppController(home, confirm_recovery=lambda key: True)
    window = controller.start()
    try:
        assert isinstance(window, UnlockWindow)
        assert window.windowTitle() == "ibdesk — unlock"
        assert {"Unlock ibdesk", "Enter this profile's passphrase.", "&Open", "&Passphrase"} <= texts(window)
        assert mnemonic_clashes(window) == []
        window.resize(700, 500)
        shoot(window, "unlock-en.png")
    finally:
        window.close()
        controller.close_store()


WIZARD_SHOTS = Path("/tmp/wizard-i18n")


def walk_the_wizard(home: Path, language: str) -> dict[str, set[str]]:
    """The first-run wizard on an empty home, as the app starts it, walked to its last page
    (without keyring, so with the passphrase page): each page's texts, its Alt+letters checked
    and its picture saved."""
    from ibdesk.ui.wizard import FirstRunWizard

    make_application()
    w = FirstRunWizard(home, keyring_available=False)
    w.resize(820, 620)
    w.show()
    seen: dict[str, set[str]] = {}
    try:
        for name, fill in (
            ("welkom", None),
            (
                "school",
                lambda: (
                    w.school_page.name.setText("OBS De Linde (fictief)"),
                    w.school_page.municipality.setText("Renkum"),
                ),
            ),
            ("gebruiker", lambda: w.user_page.name.setText("Marieke de Wit (fictief)")),
            (
                "wachtwoordzin",
                lambda: [
                    e.setText("paarse olifant fietst") for e in (w.passphrase_page.first, w.passphrase_page.second)
                ],
            ),
            ("herstelsleutel", None),
            ("controle", lambda: w.confirm_page.confirm.edit.setText(w.recovery_key)),
        ):
            seen[name] = page_texts(w, name, language)
            if fill:
                fill()
            if name == "controle":
                seen[name] = page_texts(w, name, language)  # with the verdict on the typed key
            else:
                w.next()
        seen["venster"] = {w.windowTitle()}
        assert w.button(QWizard.WizardButton.FinishButton).isEnabled()
        w.accept()
        assert preferences.chosen_language() == (None if language == "nl" else "en")
    finally:
        w.close()
        if w.store is not None:
            w.store.close()
    return seen


def page_texts(w, name: str, language: str) -> set[str]:
    """What the current page shows (title, subtitle, labels, the wizard's visible buttons); its
    Alt+letters checked and its picture saved under /tmp/wizard-i18n."""
    QApplication.processEvents()
    page = w.currentPage()
    kinds = ("BackButton", "NextButton", "CommitButton", "FinishButton", "CancelButton")
    wizard_buttons = [w.button(getattr(QWizard.WizardButton, kind)) for kind in kinds]
    buttons = {b.text() for b in wizard_buttons if b.isVisibleTo(w)}
    assert mnemonic_clashes(w) == [], (name, language)
    WIZARD_SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(WIZARD_SHOTS / f"{name}-{language}.png"))
    return {page.title(), page.subTitle()} | texts(page) | buttons


def contains(seen: set[str], part: str) -> bool:
    return any(part in text for text in seen)


def test_the_first_run_wizard_is_dutch_by_default_and_english_when_chosen(qtbot, catalog_dir, tmp_path, monkeypatch):
    dutch = walk_the_wizard(tmp_path / "nl-home", "nl")
    assert dutch["venster"] == {"ibdesk — nieuw profiel"}
    assert contains(dutch["welkom"], "Welkom bij ibdesk") and "&Volgende >" in dutch["welkom"]
    assert {"&Naam van de school", "&Soort school"} <= dutch["school"]
    assert contains(dutch["school"], "De regio mag leeg blijven")
    assert contains(dutch["gebruiker"], "Over uzelf") and "Uw &functie" in dutch["gebruiker"]
    assert "&Wachtwoordzin" in dutch["wachtwoordzin"] and "&Profiel aanmaken" in dutch["wachtwoordzin"]
    assert "&Kopiëren" in dutch["herstelsleutel"] and contains(dutch["herstelsleutel"], "Schrijf deze herstelsleutel")
    assert contains(dutch["controle"], "Klopt: de herstelsleutel is goed overgetypt.")

    preferences.save_language("en")  # as Instellingen does; the wizard of a next start reads it
    english = walk_the_wizard(tmp_path / "en-home", "en")
    assert english["venster"] == {"ibdesk — new profile"}
    assert contains(english["welkom"], "Welcome to ibdesk") and "&Next >" in english["welkom"]
    assert contains(english["welkom"], "Everything you enter stays on this computer")
    assert {"&School name", "BR&IN number", "M&unicipality", "&Type of school"} <= english["school"]
    assert contains(english["school"], "The region may stay empty")
    assert contains(english["gebruiker"], "About yourself") and {"Your na&me", "Your &role"} <= english["gebruiker"]
    assert {"P&assphrase", "&Repeat passphrase", "Create &profile"} <= english["wachtwoordzin"]
    assert "C&opy" in english["herstelsleutel"] and contains(english["herstelsleutel"], "Write this recovery key down")
    assert contains(english["controle"], "Correct: the recovery key was typed in correctly.")
    for page in english.values():  # no Dutch page text left (the role suggestions are stored data)
        assert not contains(page, "Welkom") and not contains(page, "herstelsleutel") and not contains(page, "Volgende")


def test_the_dutch_check_finds_dutch_text_and_spares_english_and_stored_data():
    shown = ["Nieuwe &casus", "New &case", "Anna de Vries (fictief) — open", "Cases of Anna de Vries (fictief)"]
    assert dutch_left(shown, allowed=["Anna de Vries (fictief)"]) == ["Nieuwe &casus"]
    assert dutch_left(shown) == ["Anna de Vries (fictief) — open", "Cases of Anna de Vries (fictief)", "Nieuwe &casus"]
    # a certificate's check code is hex: its "A0DE" holds no Dutch "de", but a real "de" still counts
    assert dutch_left(["Check code of the certificate: C982 A0DE BAD8"]) == []
    assert dutch_left(["Controlecode C982 A0DE: de code", "DE CODE"]) == ["Controlecode C982 A0DE: de code", "DE CODE"]
