"""The texts services and domain code hand to the screens follow the language chosen in
Instellingen → Taal (issue 16.8): a validation message under a field, a case's status, the
start page's attention items, the search's groups and hits — in English after an English start, in Dutch by default. The
records are made on a new profile through the services, the way a user's actions make them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from support.new_school import open_first_case
from support.ui_language import catalog_dir, english, start  # noqa: F401 (fixtures)

from ibdesk.ui.pages.pupil_editor import PupilEditor

SHOTS = Path("/tmp/uilang-services")


def shoot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def rejected_pupil(qtbot, window) -> PupilEditor:
    """The new-pupil dialog with a date that does not exist and a BSN that fails the elfproef, saved."""
    editor = PupilEditor(window.context.services.records)
    qtbot.addWidget(editor)
    editor.show()
    for key, text in (
        ("voornaam", "Sem"),
        ("achternaam", "Verhoef (fictief)"),
        ("geboortedatum", "31-02-2016"),
        ("groep", "groep 5"),
        ("woongemeente", "Renkum"),
        ("bsn", "123456789"),
    ):
        qtbot.keyClicks(editor.edits[key], text)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return editor


def search(qtbot, window, typed: str):
    """Ctrl+F in the window header, type, and wait for the results of exactly what was typed."""
    field = window.header.search
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, typed)
    qtbot.waitUntil(lambda: field.shown is not None and field.shown.text == typed and field.popup.isVisible())
    return field


def errors_of(editor: PupilEditor) -> dict[str, str]:
    return {key: box.error.text() for key, box in editor.fields.boxes.items() if box.error.isVisible()}


def test_validation_messages_and_status_labels_in_english(qtbot, english, start):
    window = start()
    services = window.context.services
    school = open_first_case(services.store)
    pupils_before = len(services.records.pupils())

    editor = rejected_pupil(qtbot, window)
    assert errors_of(editor) == {
        "geboortedatum": "31-02-2016 is not a real date. Check the day and month.",
        "bsn": "This BSN is not valid: it fails the eleven check (elfproef). Check the digits.",
    }
    assert len(services.records.pupils()) == pupils_before  # nothing saved, nothing typed lost
    assert editor.edits["bsn"].text() == "123456789"
    shoot(editor, "pupil-editor-errors")
    editor.close()

    window.open_case(school.case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.status_badge.text() != "", timeout=10000)
    assert page.status_badge.text() == "Concern raised"
    shoot(window, "case-page")

    tab = next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(page.consent))
    page.tabs.setCurrentIndex(tab)  # the consent tab: who decides and what is still needed, from the services
    qtbot.waitUntil(page.consent.isVisible)
    shown = {label.text() for label in page.consent.findChildren(QLabel) if label.isVisibleTo(page.consent)}
    assert "Still needed: consent from Anna Veenstra (moeder) and Emre Ağaoğlu (vader)." in shown, shown
    assert any("Anna Veenstra (moeder): no decision yet." in text for text in shown), shown
    assert any(text.startswith("Lotte is 11: the parents with parental responsibility decide.") for text in shown)
    shoot(page, "case-consent")

    # 20 hours of unauthorised absence in the last weeks: the start page says to report it
    today = services.absence.today()
    services.absence.register(school.pupil_id, today - timedelta(days=15), today - timedelta(days=1), 20, False)
    overview = window.overview_page
    overview.refresh()
    leerplicht = [item for _group, item in overview.rows() if item.kind == "leerplicht"]
    assert [item.label for item in leerplicht] == ["Report to Leerplicht"]
    assert leerplicht[0].detail.startswith("16 hours of unauthorised absence reached on ")
    assert leerplicht[0].detail.endswith(": report to Leerplicht.")
    assert "Concern raised" in {overview.by_status[s].toolTip() for s in overview.by_status}
    shoot(overview, "overview")

    field = search(qtbot, window, "overstap")  # the help question of the case
    assert [g.label for g in field.shown.groups] == ["Cases"]
    hit = field.shown.hits[0]
    assert hit.title == f"Case {school.case_id} · Lotte Veenstra-Ağaoğlu"
    assert hit.detail.startswith("Concern raised · ")
    shoot(window, "search")


def test_dutch_by_default(qtbot, catalog_dir, start):
    window = start()
    school = open_first_case(window.context.services.store)
    editor = rejected_pupil(qtbot, window)
    assert errors_of(editor) == {
        "geboortedatum": "31-02-2016 bestaat niet als datum. Controleer dag en maand.",
        "bsn": "Dit BSN klopt niet: het voldoet niet aan de elfproef. Controleer de cijfers.",
    }
    editor.close()
    window.open_case(school.case_id)
    qtbot.waitUntil(lambda: window.case_page.status_badge.text() != "", timeout=10000)
    assert window.case_page.status_badge.text() == "Signaal"
    assert [g.label for g in search(qtbot, window, "overstap").shown.groups] == ["Casussen"]
