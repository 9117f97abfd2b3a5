"""Every input has a Dutch accessible name; mnemonics do not clash on one screen."""

from __future__ import annotations

import pytest
from support.qt_checks import mnemonic_clashes, unnamed_inputs

from ibdesk.ui.pages.pupil_editor import PupilEditor
from ibdesk.ui.recovery import RecoveryKeyDialog
from ibdesk.ui.unlock import UnlockWindow
from ibdesk.ui.wizard import FirstRunWizard


def test_main_window_pages(main_window):
    for row in range(main_window.nav.count()):
        main_window.show_page(row)
        assert unnamed_inputs(main_window) == [], main_window.nav.item(row).text()
        assert mnemonic_clashes(main_window) == [], main_window.nav.item(row).text()


def test_pupil_editor(qtbot, records):
    pupil = next(p for p in records.pupils() if len(p.guardians) == 2)
    editor = PupilEditor(records, records.pupil(pupil.id))
    qtbot.addWidget(editor)
    editor.show()
    editor.guardians.add()
    assert unnamed_inputs(editor) == []
    assert mnemonic_clashes(editor) == []
    names = [w.accessibleName() for w in editor.guardians.rows[2].focus_widgets()]
    assert all("ouder/verzorger 3" in n.lower() for n in names)


@pytest.mark.parametrize("keyring_available", [True, False])
def test_wizard_pages(qtbot, home, keyring_available):
    fake_key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    wizard = FirstRunWizard(home, keyring_available=keyring_available, create=lambda *args: (None, fake_key))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.school_page.name.setText("OBS Test (fictief)")
    wizard.school_page.municipality.setText("Renkum")
    wizard.user_page.name.setText("Marieke de Wit (fictief)")
    if wizard.passphrase_page:
        wizard.passphrase_page.first.setText("lang genoeg hoor")
        wizard.passphrase_page.second.setText("lang genoeg hoor")
    seen = []
    while True:
        seen.append(type(wizard.currentPage()).__name__)
        assert unnamed_inputs(wizard) == [], seen[-1]
        assert mnemonic_clashes(wizard) == [], seen[-1]
        if wizard.currentPage() is wizard.confirm_page:
            break
        wizard.next()
    assert ("PassphrasePage" in seen) is (not keyring_available)


def test_unlock_and_recovery_dialog(qtbot, home):
    unlock = UnlockWindow(home, has_passphrase=True, unlock=lambda *a, **k: None)
    qtbot.addWidget(unlock)
    unlock.show()
    for recovery in (False, True):
        unlock.use_recovery.setChecked(recovery)
        assert unnamed_inputs(unlock) == []
        assert mnemonic_clashes(unlock) == []
    dialog = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_inputs(dialog) == []
    assert mnemonic_clashes(dialog) == []
