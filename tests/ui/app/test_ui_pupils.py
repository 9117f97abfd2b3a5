"""The pupil form: inline messages from the service, nothing lost, guardians kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ibdesk.ui.pages.pupil_editor import PupilEditor

VALID_BSN = "111222333"  # passes the 11-proef; fictional


@pytest.fixture
def editor_for(qtbot, records):
    def make(pupil=None) -> PupilEditor:
        editor = PupilEditor(records, pupil)
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return make


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_invalid_bsn_is_shown_inline_and_nothing_is_saved_until_fixed(qtbot, records, editor_for):
    original = records.pupils()[0]
    editor = editor_for(records.pupil(original.id))
    retype(qtbot, editor.edits["voornaam"], "Bramje")
    retype(qtbot, editor.edits["bsn"], "123456789")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    box = editor.fields.boxes["bsn"]
    assert box.error.isVisible() and "elfproef" in box.error.text()
    assert box.editor.property("invalid") is True
    assert editor.result() != PupilEditor.DialogCode.Accepted and editor.saved is None
    assert editor.edits["voornaam"].text() == "Bramje" and editor.edits["bsn"].text() == "123456789"
    stored = records.pupil(original.id)
    assert (stored.first_name, stored.bsn) == (original.first_name, original.bsn)

    retype(qtbot, editor.edits["bsn"], VALID_BSN)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == PupilEditor.DialogCode.Accepted
    stored = records.pupil(original.id)
    assert (stored.first_name, stored.bsn) == ("Bramje", VALID_BSN)


def test_several_problems_each_under_its_own_field(qtbot, editor_for):
    editor = editor_for()
    retype(qtbot, editor.edits["geboortedatum"], "31-02-2017")
    editor.save()
    errors = {k: b.error.text() for k, b in editor.fields.boxes.items() if b.error.text()}
    assert set(errors) == {"voornaam", "achternaam", "geboortedatum", "groep", "woongemeente"}
    assert "bestaat niet als datum" in errors["geboortedatum"]
    assert editor.edits["geboortedatum"].text() == "31-02-2017"


def test_new_pupil_with_guardians_is_saved(qtbot, records, editor_for):
    editor = editor_for()
    values = {
        "voornaam": "Ilse",
        "achternaam": "van der Ploeg",
        "geboortedatum": "14-03-2016",
        "groep": "groep 5",
        "woongemeente": "Renkum",
        "ingeschreven": "01-09-2020",
    }
    for key, value in values.items():
        retype(qtbot, editor.edits[key], value)
    qtbot.mouseClick(editor.guardians.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.guardians.add_button, Qt.MouseButton.LeftButton)
    first, second = editor.guardians.rows
    retype(qtbot, first.name, "Weg Te Halen")
    retype(qtbot, second.name, "Ruud van der Ploeg")
    second.relation.setCurrentText("vader")
    second.gezag.setChecked(False)
    retype(qtbot, second.phone, "06 1234 5678")
    retype(qtbot, second.email, "ruud@example.nl")
    qtbot.mouseClick(first.remove_button, Qt.MouseButton.LeftButton)
    assert second.heading.text() == "Ouder/verzorger 1"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.saved is not None
    stored = records.pupil(editor.saved.id)
    assert stored.full_name == "Ilse van der Ploeg" and stored.birth_date.isoformat() == "2016-03-14"
    assert [(g.name, g.relation, g.has_gezag, g.phone, g.email) for g in stored.guardians] == [
        ("Ruud van der Ploeg", "vader", False, "0612345678", "ruud@example.nl")
    ]
    assert stored.school_id == records.school().id


def test_guardian_problem_lands_on_that_guardian(qtbot, records, editor_for):
    pupil = next(p for p in records.pupils() if len(p.guardians) == 2)
    editor = editor_for(records.pupil(pupil.id))
    retype(qtbot, editor.guardians.rows[1].phone, "12345")
    editor.save()
    first, second = editor.guardians.rows
    assert "telefoonnummer" in second.fields.boxes["telefoon"].error.text()
    assert first.fields.boxes["telefoon"].error.text() == ""
    assert editor.saved is None


def test_editing_keeps_guardian_identity_and_hidden_fields(qtbot, records, editor_for):
    pupil = next(p for p in records.pupils() if len(p.guardians) == 2)
    ids = [g.id for g in pupil.guardians]
    editor = editor_for(records.pupil(pupil.id))
    retype(qtbot, editor.edits["groep"], "groep 8")
    editor.save()
    stored = records.pupil(pupil.id)
    assert [g.id for g in stored.guardians] == ids and stored.group == "groep 8"


def test_tab_order_follows_the_form(editor_for, records):
    pupil = next(p for p in records.pupils() if len(p.guardians) == 2)
    editor = editor_for(records.pupil(pupil.id))
    order, widget = [], editor.edits["voornaam"]
    for _ in range(40):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(editor):
            widget = widget.nextInFocusChain()
        if widget is editor.edits["voornaam"]:
            break
    fields = [
        editor.edits[k]
        for k in (
            "voornaam",
            "achternaam",
            "geboortedatum",
            "groep",
            "woongemeente",
            "bsn",
            "ingeschreven",
            "uitgeschreven",
        )
    ]
    assert order[:8] == fields
    guardian = editor.guardians.rows[0]
    assert order.index(guardian.name) < order.index(guardian.phone) < order.index(editor.save_button)
    assert order.index(editor.guardians.add_button) < order.index(editor.save_button)
