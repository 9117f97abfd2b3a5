"""Contacten as an editor, from an empty profile: add a Sociaal Team with an escalation
person and mandate, edit it, deactivate and reactivate it, import the region's file with a
preview, delete only what nothing refers to (issue 9 point 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton
from support.qt_checks import mnemonic_clashes, unnamed_inputs

EXAMPLE = Path(__file__).resolve().parents[3] / "packaging" / "organisations-example.yaml"


@pytest.fixture
def window(qtbot, store):
    """The main window on a new, empty profile (no demo), showing Contacten."""
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    main = MainWindow(Context.for_store(store))
    qtbot.addWidget(main)
    main.show()
    main.show_page(main.pages.index(("Contacten", main.contacts_page)))
    return main


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def card_button(page, org_id: int, start: str) -> QPushButton:
    return next(b for b in page.cards[org_id].findChildren(QPushButton) if b.text().startswith(start))


def editing(page, fill):
    """Answer the page's editor dialog with `fill(editor)`; the dialogs are kept for asserts."""
    from ibdesk.ui.pages.organisation_editor import OrganisationEditor

    opened = []

    def open_editor(org):
        editor = OrganisationEditor(page.service, org, parent=page)
        opened.append(editor)
        fill(editor)
        return editor.result() == OrganisationEditor.DialogCode.Accepted

    page._open_editor = open_editor
    return opened


def test_add_a_sociaal_team_with_escalation_and_mandate_then_edit_and_deactivate(qtbot, window, shown):
    page = window.contacts_page
    assert any("nog geen organisaties vastgelegd" in t for t in texts(page))

    def first_try(editor):
        editor.edits["naam"].setText("Sociaal Team Renkum (fictief)")
        editor.edits["telefoon"].setText("14 026")
        qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
        editor.people.cards[0].name.setText("Ingrid Vos (fictief)")
        editor.people.cards[0].role.setText("jeugdconsulent")
        qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
        person = editor.people.cards[1]
        person.name.setText("Peter van Aalst (fictief)")
        person.escalation.setChecked(True)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        # nothing saved: the municipality and the mandate are missing, each said under its field
        assert editor.fields.boxes["gemeente"].error.text().startswith("Een Sociaal Team hoort bij een gemeente")
        assert "Beschrijf het mandaat van Peter van Aalst" in person.fields.boxes["mandaat"].error.text()
        assert editor.saved is None and page.service.list() == []
        editor.edits["gemeente"].setText("Renkum")
        person.mandate.setText("Mag een beschikking jeugdhulp versneld afgeven.")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    editors = editing(page, first_try)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert editors[0].saved is not None
    org_id = editors[0].saved.id
    shown_texts = texts(page)
    assert "Sociaal Team Renkum (fictief)" in shown_texts
    assert "Peter van Aalst (fictief)" in shown_texts  # the escalation person (no role typed)
    assert "Mag een beschikking jeugdhulp versneld afgeven." in shown_texts
    assert "Ingrid Vos (fictief) (jeugdconsulent)" in shown_texts
    assert any("gemeente Renkum" in t and "14 026" in t for t in shown_texts)

    def change_phone(editor):
        assert editor.edits["telefoon"].text() == "14 026"
        editor.edits["telefoon"].setText("+32 2 123 45 67")
        editor.save()

    editing(page, change_phone)
    qtbot.mouseClick(card_button(page, org_id, "Bewerken"), Qt.MouseButton.LeftButton)
    assert page.service.get(org_id).phone == "+3221234567"
    assert any("+32 21234567" in t for t in texts(page))

    qtbot.mouseClick(card_button(page, org_id, "Op non-actief"), Qt.MouseButton.LeftButton)
    assert org_id not in page.cards and not page.service.get(org_id).active
    assert any("1 organisatie(s) niet meer actief" in t for t in texts(page))
    page.show_inactive.setChecked(True)
    assert "niet actief" in texts(page.cards[org_id])
    qtbot.mouseClick(card_button(page, org_id, "Weer actief"), Qt.MouseButton.LeftButton)
    assert page.service.get(org_id).active
    assert [s for s in shown if s.kind == "error"] == []


def test_import_shows_what_changes_first_and_never_duplicates(qtbot, window, shown, monkeypatch):
    from ibdesk.ui.kit import messages

    page = window.contacts_page
    monkeypatch.setattr(messages, "ask_open_path", lambda *args: EXAMPLE)
    previews = []

    def preview(plan, name, accept=True):
        from ibdesk.ui.pages.organisation_import import ImportPreview

        dialog = ImportPreview(plan, name, page)
        previews.append(dialog)
        return accept and dialog.import_button.isEnabled()

    page._open_preview = preview
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert previews[0].summary.text() == "Dit verandert: 7 nieuw, 0 bijgewerkt, 0 ongewijzigd."
    assert previews[0].table.rowCount() == 7
    assert [s.text for s in shown if s.kind == "info"] == ["Klaar: 7 nieuw, 0 bijgewerkt, 0 ongewijzigd."]
    assert len(page.cards) == 7
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert previews[1].summary.text() == "Dit verandert: 0 nieuw, 0 bijgewerkt, 7 ongewijzigd."
    assert not previews[1].import_button.isEnabled() and len(page.service.list()) == 7

    page._open_preview = lambda plan, name: pytest.fail("a broken file must not reach the preview")
    broken = EXAMPLE.with_name("does-not-matter.yaml")
    monkeypatch.setattr(messages, "ask_open_path", lambda *args: broken)
    page.import_file()
    assert shown[-1].kind == "error" and "bestaat niet" in shown[-1].text


def test_delete_is_offered_only_when_nothing_refers_to_it(qtbot, window, shown, monkeypatch):
    from ibdesk.ui.kit import messages
    from ibdesk.ui.pages.organisation_editor import OrganisationEditor

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, **kw: asked.append(text) or True)

    service = window.contacts_page.service
    service.import_file(EXAMPLE)
    school = next(o for o in service.list() if o.kind.value == "school")
    form = window.context.services.catalog.latest("overdracht-po-vo")
    window.context.services.forms.save_draft("probe", form.id, form.version, {"ontvangende_school": school.id})
    used = OrganisationEditor(service, service.get(school.id))
    qtbot.addWidget(used)
    assert not used.delete_button.isEnabled()
    assert "wordt gebruikt (1 formulier)" in used.delete_hint.text() and "non-actief" in used.delete_hint.text()

    unused = next(o for o in service.list() if o.kind.value == "jgz")
    editor = OrganisationEditor(service, service.get(unused.id))
    qtbot.addWidget(editor)
    assert editor.delete_button.isEnabled()
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [f"{unused.name} verwijderen? Dit kan niet ongedaan worden."]
    assert editor.deleted and unused.id not in {o.id for o in service.list()}


def test_an_inactive_organisation_chosen_earlier_still_reads_by_name():
    from types import SimpleNamespace

    from ibdesk.services.organisations import OfferedChoices
    from ibdesk.ui.forms.choice_widgets import ChoiceInput

    field = SimpleNamespace(id="ontvangende_school", type="organisation", required=True)
    widget = ChoiceInput(
        field,
        OfferedChoices(
            [(1, "Lyceum De Uiterwaarden (fictief)")], {"7": "Het Zonnedal College (fictief) (niet meer actief)"}
        ),
    )
    assert widget.widget.count() == 2  # "— kies —" and the one active school
    widget._apply(7)
    assert widget.widget.currentText() == "Het Zonnedal College (fictief) (niet meer actief)"
    assert widget.value() == 7


def test_screens_are_named_and_shortcuts_do_not_clash(window):
    from ibdesk.ui.pages.organisation_editor import OrganisationEditor

    page = window.contacts_page
    page.service.import_file(EXAMPLE)
    page.refresh()
    assert unnamed_inputs(page) == [] and mnemonic_clashes(page) == []
    editor = OrganisationEditor(page.service, page.service.get(1))
    editor.show()
    assert unnamed_inputs(editor) == [] and mnemonic_clashes(editor) == []
    editor.reject()


def test_contacts_screenshots_render(tmp_path):
    from . import contacts_screenshots

    saved = contacts_screenshots.render_all(tmp_path / "shots", tmp_path / "work")
    assert len(saved) == 9
    for path in saved:
        image = QImage(str(path))
        assert image.width() >= 600 and image.height() >= 400, path.name


@pytest.mark.parametrize(
    "file_name, expected",
    [
        (str(EXAMPLE), "Organisaties uit het beleid van deze computer: 7 nieuw, 0 bijgewerkt, 0 ongewijzigd."),
        ("ontbreekt.yaml", None),
    ],
)
def test_the_policy_file_is_applied_when_the_app_opens(
    qtbot, make_profile, shown, monkeypatch, tmp_path, file_name, expected
):
    from ibdesk.app import AppController
    from ibdesk.ui.main_window import MainWindow

    policy = tmp_path / "policy.yaml"
    policy.write_text(f"organisations_file: {file_name}\n", encoding="utf-8")
    monkeypatch.setenv("IBDESK_POLICY", str(policy))
    created = make_profile()
    created.store.close()
    controller = AppController(created.home, confirm_recovery=lambda key: True)
    window = controller.start()
    try:
        assert isinstance(window, MainWindow) and window.isVisible()
        errors = [s for s in shown if s.kind == "error"]
        if expected:
            assert window.statusBar().currentMessage() == expected and errors == []
            assert len(window.context.services.organisations.list()) == 7
        else:
            assert [e.title for e in errors] == ["Organisatiebestand niet ingelezen"]
            assert "ontbreekt.yaml" in errors[0].text and "bestaat niet" in errors[0].text
    finally:
        window.close()
        controller.close_store()
