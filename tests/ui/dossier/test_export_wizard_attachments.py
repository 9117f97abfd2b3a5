"""The export wizard's 'Wat wordt gedeeld' page on a fresh school lists the attachments that
go into the PDF, and counts the withheld one under its category only (same lists as the
document; tests/dossier/test_dossier_attachments.py checks the PDF itself)."""

from __future__ import annotations

from tests.dossier.test_dossier_attachments import ALLOWED_TITLE, WITHHELD_TITLE, fresh  # noqa: F401 - fixture

from .helpers import texts


def test_content_page_lists_the_attachments_that_go_and_counts_the_rest(qtbot, fresh, tmp_path):
    from ibdesk.ui.dossier import ExportWizard
    from ibdesk.ui.pages.base import Context

    services, school, _, _ = fresh
    wizard = ExportWizard(Context(services), school.case_id, ask_password=lambda prompt: None)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 700)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.recipient_page
    page.choose_other(school.vo_school_id)
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData("overdracht"))
    wizard.next()
    content = wizard.content_page
    assert wizard.currentPage() is content and content.isComplete()
    shown = texts(content.content)
    assert "Bijlagen die meegaan (als bestand in de PDF)" in shown
    assert ALLOWED_TITLE in shown and "Ondersteuningsgeschiedenis" in shown and "Marieke de Wit (fictief)" in shown
    assert WITHHELD_TITLE not in shown and "GEHEIM" not in shown
    assert "Gezondheid" in shown and "1 onderdeel niet gedeeld — geen grondslag" in shown
    content.scroll_area.widget().grab().save(str(tmp_path / "wat-wordt-gedeeld.png"))
