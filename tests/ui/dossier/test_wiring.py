"""The wizard and the check are reachable where a user looks for them."""

from PySide6.QtCore import Qt
from support.tasks import settle


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


def test_case_page_writes_a_warme_overdracht_where_the_user_chose(qtbot, context, dialogs, out):
    from ibdesk.dossier.verify import verify_pdf
    from ibdesk.ui.pages.case_page import HANDOVER_KINDS, CasePage

    page = CasePage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.open_case(2)
    assert [a.text() for a in page.handover_button.menu().actions()] == list(HANDOVER_KINDS.values())
    dialogs.save_path = out / "overdracht.pdf"
    assert page.export_handover("sociaal-team") is None  # case 2 has no aanmelding form yet: said, nothing written
    assert dialogs.of("error")[-1].text.startswith("Vul eerst het formulier") and list(out.iterdir()) == []
    assert page.open_case(4)
    task = page.export_handover("sociaal-team")  # written off the UI thread
    assert not task.settled and not page.handover_button.isEnabled()
    settle(task)
    assert page.handover_button.isEnabled()
    assert list(out.iterdir()) == [out / "overdracht.pdf"] and verify_pdf(out / "overdracht.pdf").sound
    assert dialogs.of("info")[-1].title == "Overdracht gemaakt"
    assert "overdracht-sociaal-team-" in dialogs.suggested[-1].name and "Çelik" not in dialogs.suggested[-1].name
