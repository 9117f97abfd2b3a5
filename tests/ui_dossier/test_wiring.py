"""The wizard and the check are reachable where a user looks for them."""
from PySide6.QtCore import Qt


def test_case_page_opens_the_export_wizard_for_its_case(qtbot, context):
    from ibdesk.ui.dossier import ExportWizard
    from ibdesk.ui.pages.case_page import CasePage

    page = CasePage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.open_case(2)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wizard = page.export_wizard
    assert isinstance(wizard, ExportWizard) and wizard.isVisible() and wizard.case_id == 2
    wizard.close()


def test_settings_page_opens_controleer_dossier(qtbot, context):
    from ibdesk.ui.dossier import VerifyDialog
    from ibdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.verify_dialog, VerifyDialog) and page.verify_dialog.isVisible()
    page.verify_dialog.close()
