"""Every input on the dossier screens has an accessible name; mnemonics do not clash."""

from __future__ import annotations

from support.tasks import settle

from .helpers import READY_CASE, mnemonic_clashes, unnamed_inputs, walk_to


def test_every_wizard_page(make_wizard, dialogs, out):
    wizard = make_wizard(READY_CASE)
    for page in (wizard.recipient_page, wizard.content_page, wizard.sign_page, wizard.save_page):
        walk_to(wizard, page)
        assert unnamed_inputs(wizard) == [], type(page).__name__
        assert mnemonic_clashes(wizard) == [], type(page).__name__
    dialogs.save_path = out / "x.pdf"
    wizard.save_page.encrypt.setChecked(True)
    settle(wizard.save_page.save())
    assert unnamed_inputs(wizard) == [] and mnemonic_clashes(wizard) == []


def test_verify_dialog(qtbot, context):
    from ibdesk.ui.dossier import VerifyDialog

    dialog = VerifyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_inputs(dialog) == [] and mnemonic_clashes(dialog) == []


def test_signer_settings_alone_and_on_the_settings_page(qtbot, context):
    from ibdesk.ui.dossier import SignerSettings
    from ibdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    section = page.signer
    assert isinstance(section, SignerSettings) and section.isVisibleTo(page)
    assert unnamed_inputs(section) == []
    assert unnamed_inputs(page) == [] and mnemonic_clashes(page) == []
