"""Validation messages disappear once the field is fixed (issue 16, point 6), and never
while the same wrong value is still there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ibdesk.services.records import Records


def test_a_validation_message_goes_once_the_field_is_fixed(qtbot, demo_store):
    from ibdesk.ui.pages.pupil_editor import PupilEditor

    records = Records(demo_store)
    pupil = records.pupils()[0]
    editor = PupilEditor(records, records.pupil(pupil.id))
    qtbot.addWidget(editor)
    editor.show()
    bsn, born = editor.edits["bsn"], editor.edits["geboortedatum"]
    box_bsn, box_born = editor.fields.boxes["bsn"], editor.fields.boxes["geboortedatum"]
    bsn.setText("123456789")
    born.setText("31-02-2017")
    editor.save()
    assert box_bsn.showing_error() and box_born.showing_error()
    bsn.end(False)
    qtbot.keyClick(bsn, Qt.Key.Key_Backspace)  # "12345678": still wrong, the message stays
    assert bsn.text() == "12345678" and box_bsn.showing_error()
    bsn.setText("")  # no BSN is allowed: fixed
    assert not box_bsn.showing_error() and bsn.property("invalid") is False
    assert box_born.showing_error(), "another field's message stays until that field is fixed"
    born.setText("28-02-2017")
    assert not box_born.showing_error()
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted


def test_without_a_validator_the_message_goes_when_the_wrong_value_is_changed(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from ibdesk.ui.widgets import FieldBox

    box = FieldBox("&BRIN", QLineEdit("1A"), "BRIN")
    qtbot.addWidget(box)
    box.show()
    box.set_error("Twee cijfers en twee letters.")
    box.editor.setText("12AB")
    assert not box.showing_error()
    box.editor.setText("1A")
    assert box.showing_error(), "the same wrong value: the same message"
