"""Issue 13 point 13 in the first-run wizard: a weak passphrase is refused with a Dutch reason,
a live meter says how strong it is, and nothing is created until it is strong."""

from __future__ import annotations

from ibdesk.ui.wizard import FirstRunWizard


def test_wizard_refuses_a_weak_passphrase_and_explains(qtbot, home):
    wizard = FirstRunWizard(home, keyring_available=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.school_page.name.setText("OBS De Sterke Zin (fictief)")
    wizard.school_page.municipality.setText("Renkum")
    wizard.next()
    wizard.user_page.name.setText("Marieke de Wit (fictief)")
    wizard.next()
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    for weak in ("wachtwoord", "aaaaaaaaaa", " " * 10):
        page.first.setText(weak)
        page.second.setText(weak)
        assert "zwak" in page.strength.text()
        wizard.next()
        assert wizard.currentPage() is page and wizard.store is None
        error = page.fields.boxes["wachtwoordzin"].error.text()
        assert "zwak" in error or "minstens 10" in error
    page.first.setText("paarse olifant fietst snel")
    assert page.strength.text() == "Sterkte: zeer sterk." and not page.fields.boxes["wachtwoordzin"].error.text()
    page.second.setText("paarse olifant fietst snel")
    wizard.next()
    assert wizard.store is not None
    wizard.store.close()
