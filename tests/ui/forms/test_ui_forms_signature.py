"""The signature pad: drawing with the mouse gives a "strokes:" value normalised to 0–1000."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ibdesk.ui.forms import SignatureBox, SignaturePad, decode_strokes, encode_strokes, signature_image


def drag(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def test_a_mouse_drag_produces_a_strokes_value(qtbot):
    box = SignatureBox()
    qtbot.addWidget(box)
    box.pad.setFixedSize(401, 101)
    box.show()
    with qtbot.waitSignal(box.changed, timeout=1000):
        drag(box.pad, [(4, 1), (100, 50), (200, 100), (400, 100)])  # (0, 0) means "centre" to QTest
    value = box.value()
    assert value.startswith("strokes:")
    strokes = json.loads(value[len("strokes:") :])
    assert len(strokes) == 1 and len(strokes[0]) >= 2
    assert strokes[0][0] == [10, 10] and strokes[0][-1] == [1000, 1000]
    assert all(0 <= c <= 1000 for stroke in strokes for point in stroke for c in point)


def test_two_strokes_and_clearing(qtbot):
    box = SignatureBox()
    qtbot.addWidget(box)
    box.show()
    drag(box.pad, [(10, 10), (60, 40)])
    drag(box.pad, [(100, 20), (120, 60)])
    assert len(decode_strokes(box.value())) == 2
    with qtbot.waitSignal(box.changed, timeout=1000):
        qtbot.mouseClick(box.clear_button, Qt.MouseButton.LeftButton)
    assert box.value() is None and box.pad.is_empty()


def test_read_only_pad_ignores_drawing(qtbot):
    box = SignatureBox()
    qtbot.addWidget(box)
    box.set_value("strokes:[[[1,2],[3,4]]]")
    box.set_read_only(True)
    box.show()
    drag(box.pad, [(10, 10), (60, 40)])
    assert box.value() == "strokes:[[[1,2],[3,4]]]"
    assert box.clear_button.isHidden()


def test_values_that_are_not_ours_are_kept():
    pad = SignaturePad()
    pad.set_value("bestand:handtekening-12.png")
    assert pad.value() == "bestand:handtekening-12.png"
    assert decode_strokes("strokes:{kapot") is None
    assert decode_strokes("strokes:[[[2000,-5]]]") == [[[1000, 0]]]  # clamped
    assert encode_strokes([]) is None


def test_signature_image_draws_the_strokes(qtbot):
    image = signature_image("strokes:[[[0,500],[1000,500]]]", 200, 100)
    assert image.width() == 200
    assert image.pixelColor(100, 50).red() < 128  # ink on the line
    assert image.pixelColor(100, 10).red() > 200  # paper elsewhere


def test_signature_in_a_form_becomes_the_answer(make_view, catalog, qtbot):
    view = make_view(
        catalog.get("toestemming", 2),  # v3 signs per person outside the form (case_signing)
        answers={"grondslag": "toestemming", "gegeven_door": "leerling", "wijze": "getekend_scherm"},
    )
    row = view.row("handtekening_leerling")
    assert row.isVisibleTo(view)
    with qtbot.waitSignal(view.changed, timeout=1000):
        drag(row.input.widget.pad, [(20, 20), (80, 60), (140, 30)])
    assert view.answers()["handtekening_leerling"].startswith("strokes:")
    assert row.input.widget.pad.accessibleName() == "Handtekening leerling"
