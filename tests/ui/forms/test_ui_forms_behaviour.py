"""FormView behaviour: conditions, inline messages, groups, values and round trips."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from ibdesk.forms import load_definition
from ibdesk.text.dates import INVALID, read_date, short_date
from ibdesk.ui.forms.common import rich_text

from .helpers import TODAY


def shown(view, path: str) -> bool:
    row = view.row(path)
    return row.isVisibleTo(view) and all(frame.isVisibleTo(view) for frame, rows in view._sections if row in rows)


def section_shown(view, section_id: str) -> bool:
    index = [s.id for s in view.container.sections].index(section_id)
    return view._sections[index][0].isVisibleTo(view)


def type_into(qtbot, widget, text: str, commit: bool = True) -> None:
    qtbot.keyClicks(widget, text)
    if commit:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def leave(widget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def message(view, path: str) -> str | None:
    row = view.row(path)
    return row.error.text() if row.error is not None and row.error.isVisibleTo(view) else None


# -- conditions ---------------------------------------------------------------------------------
def test_jeugdhulp_section_follows_its_condition(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    yesno = view.row("jeugdhulp_in_plan").input
    assert not section_shown(view, "jeugdhulp")
    qtbot.mouseClick(yesno.yes, Qt.MouseButton.LeftButton)
    assert section_shown(view, "jeugdhulp") and shown(view, "jh_aanbieder")
    type_into(qtbot, view.row("jh_gemeente_school").input.focus, "Renkum")
    assert view.answers()["jh_gemeente_school"] == "Renkum"
    qtbot.mouseClick(yesno.no, Qt.MouseButton.LeftButton)
    assert not section_shown(view, "jeugdhulp")
    answers = view.answers()
    assert answers["jeugdhulp_in_plan"] is False
    assert "jh_gemeente_school" not in answers  # hidden answers are left out
    qtbot.mouseClick(yesno.yes, Qt.MouseButton.LeftButton)
    assert view.answers()["jh_gemeente_school"] == "Renkum"  # but not thrown away while typing


def test_conditional_fields_chain(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    assert not shown(view, "afwijkingen")
    qtbot.mouseClick(view.row("afwijking_programma").input.yes, Qt.MouseButton.LeftButton)
    assert shown(view, "afwijkingen") and shown(view, "afwijking_toelichting")
    assert not shown(view, "eigen_leerlijn_vakken")
    boxes = view.row("afwijkingen").input.boxes
    boxes[0].click()  # eigen_leerlijn
    assert shown(view, "eigen_leerlijn_vakken")
    assert view.answers()["afwijkingen"] == ["eigen_leerlijn"]
    boxes[0].click()
    assert not shown(view, "eigen_leerlijn_vakken")


def test_condition_inside_a_group_item(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    assert not shown(view, "doelen[0].evaluatie_toelichting")
    combo = view.row("doelen[0].stoplicht").input.widget
    combo.setCurrentIndex(2)
    assert shown(view, "doelen[0].evaluatie_toelichting")


# -- inline validation ----------------------------------------------------------------------
def test_required_message_appears_after_editing_not_before(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    edit = view.row("doelen[0].doel").input.focus
    assert message(view, "doelen[0].doel") is None
    assert view.errors()["doelen[0].doel"] == "Dit veld is verplicht."
    qtbot.keyClicks(edit, "x")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert message(view, "doelen[0].doel") is None  # not while typing
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert message(view, "doelen[0].doel") == "Dit veld is verplicht."
    assert edit.property("invalid") is True
    qtbot.keyClicks(edit, "Leest vlot")
    assert message(view, "doelen[0].doel") is None  # fixed: gone at once


def test_longtext_message_after_leaving_the_field(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    edit = view.row("onderwijsbehoeften").input.focus
    qtbot.keyClicks(edit, "a")
    edit.clear()
    leave(edit)
    assert message(view, "onderwijsbehoeften") == "Dit veld is verplicht."


def test_date_constraint_and_invalid_date_messages(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    edit = view.row("datum_opgesteld").input.focus
    assert edit.text() == short_date(TODAY)  # default: today, shown in Dutch
    edit.clear()
    type_into(qtbot, edit, "1-1-2030")
    assert edit.text() == "01-01-2030"
    assert message(view, "datum_opgesteld") == "De datum van opstellen kan niet in de toekomst liggen."
    edit.clear()
    type_into(qtbot, edit, "31-02-2025")
    assert message(view, "datum_opgesteld") == INVALID
    assert view.errors()["datum_opgesteld"] == INVALID
    assert "datum_opgesteld" not in view.answers()
    assert view.answers(raw=True)["datum_opgesteld"] == "31-02-2025"  # drafts keep the typing
    edit.clear()
    type_into(qtbot, edit, "3-3-2025")
    assert message(view, "datum_opgesteld") is None
    assert view.answers()["datum_opgesteld"] == "2025-03-03"


def test_constraint_between_two_dates_updates_when_the_other_changes(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    start = view.row("startdatum_ondersteuning").input.focus
    end = view.row("einddatum_ondersteuning").input.focus
    type_into(qtbot, start, "01-02-2025")
    type_into(qtbot, end, "01-01-2025")
    assert message(view, "einddatum_ondersteuning") == "De einddatum moet na de startdatum liggen."
    start.clear()
    type_into(qtbot, start, "01-12-2024")
    assert message(view, "einddatum_ondersteuning") is None


def test_number_field(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    edit = view.row("uren_per_week").input.focus
    type_into(qtbot, edit, "2,5")
    assert view.answers()["uren_per_week"] == 2.5
    edit.clear()
    type_into(qtbot, edit, "41")
    assert view.answers()["uren_per_week"] == 41
    assert message(view, "uren_per_week") == "De waarde mag hoogstens 40 zijn."
    edit.clear()
    type_into(qtbot, edit, "veel")
    assert message(view, "uren_per_week") == "Vul een getal in, bijvoorbeeld 2,5."


def test_show_all_errors_after_a_save_attempt(make_view, catalog):
    view = make_view(catalog.latest("toestemming"))
    assert all(row.shown_error is None for row in view.row_map().values())
    errors = view.show_all_errors()
    assert errors["ontvanger"] == "Dit veld is verplicht."
    assert message(view, "ontvanger") == "Dit veld is verplicht."
    assert view.summary.isVisibleTo(view) and "velden" in view.summary.text()
    assert view.focus_first_error()


def test_messages_from_elsewhere_are_shown_inline(make_view, catalog, qtbot):
    view = make_view(catalog.latest("toestemming"))
    view.show_errors({"doel": "Dit doel is te algemeen.", "iets_anders": "Onbekend veld."})
    assert message(view, "doel") == "Dit doel is te algemeen."
    assert "Onbekend veld." in view.summary.text()
    qtbot.keyClicks(view.row("doel").input.focus, "Aanmelding Sociaal Team")
    assert message(view, "doel") is None


# -- groups ---------------------------------------------------------------------------------------
GROUP_FORM = """\
id: groepen
version: 1
kind: form
title: Groepen
category: meeting
sections:
  - id: s
    title: Sectie
    fields:
      - id: perioden
        type: group
        label: Perioden
        item_label: Periode
        min_items: 1
        max_items: 3
        fields:
          - {id: van, type: date, label: Van, required: true}
          - {id: opmerking, type: text, label: Opmerking}
"""


def test_group_add_and_remove_respect_min_and_max(make_view, tmp_path, qtbot):
    path = tmp_path / "groepen.yaml"
    path.write_text(GROUP_FORM, encoding="utf-8")
    view = make_view(load_definition(path))
    group = view.row("perioden").input
    assert len(group.items) == 1
    assert not group.items[0].remove_button.isEnabled()  # min 1
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(group.add_button, Qt.MouseButton.LeftButton)
    assert len(group.items) == 3 and not group.add_button.isEnabled()  # max 3
    assert all(item.remove_button.isEnabled() for item in group.items)
    type_into(qtbot, view.row("perioden[2].opmerking").input.focus, "derde")
    qtbot.mouseClick(group.items[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(group.items) == 2 and group.add_button.isEnabled()
    assert view.answers()["perioden"] == [{}, {"opmerking": "derde"}]
    assert group.items[1].title.text() == "Periode 2"
    assert view.row("perioden[1].opmerking").input.focus.accessibleName() == "Periode 2 — Opmerking"
    assert "perioden[2].opmerking" not in view.row_map()


def test_group_with_too_few_items_shows_the_rule(make_view, tmp_path):
    path = tmp_path / "groepen.yaml"
    path.write_text(GROUP_FORM, encoding="utf-8")
    view = make_view(load_definition(path), answers={})
    assert view.row("perioden").input.items == []
    view.show_all_errors()
    assert message(view, "perioden") == "Voeg er minimaal 1 toe."


# -- values -------------------------------------------------------------------------------------
OPP_ANSWERS = {
    "aanleiding": "bijstelling",
    "startdatum_ondersteuning": "2025-02-03",
    "datum_opgesteld": "2025-03-01",
    "opgesteld_door": 2,
    "swv": 10,
    "onderwijsbehoeften": "Korte instructie.\nExtra oefentijd.",
    "uitstroomperspectief": "vmbo_kb",
    "uitstroom_moment": "na groep 8",
    "ondersteuning_door": ["leerkracht_mentor", "jeugdhulp"],
    "uren_per_week": 2.5,
    "afwijking_programma": True,
    "afwijkingen": ["aangepast_rooster"],
    "rooster_uren": 20,
    "afwijking_toelichting": "Halve dagen.",
    "doelen": [
        {
            "doel": "Leest AVI E4",
            "domein": "taal_lezen",
            "evaluatiedatum": "2025-06-30",
            "stoplicht": "groen",
            "evaluatie_toelichting": "Gaat goed.",
        },
        {"doel": "Werkhouding", "domein": "werkhouding"},
    ],
    "jeugdhulp_in_plan": True,
    "jh_aanbieder": 11,
    "jh_onder_schooltijd": False,
    "jh_betaald_door": ["gemeente"],
    "jh_gemeente": "Renkum",
    "leerling_gehoord": False,
    "reden_niet_gehoord": "Ziek.",
    "instemming": "gegeven",
    "instemming_door": 3,
    "instemming_datum": "2025-03-10",
    "instemming_wijze": "getekend_scherm",
    "handtekening_ouder": "strokes:[[[10,20],[30,40]],[[500,500]]]",
    "geregistreerd": True,
    "geregistreerd_datum": "2025-03-11",
}


def test_round_trip_of_answers(make_view, catalog):
    view = make_view(catalog.get("opp", 2))  # the version with a signature field
    view.set_answers(OPP_ANSWERS)
    assert view.answers() == OPP_ANSWERS
    view.set_answers(view.answers())
    assert view.answers() == OPP_ANSWERS
    assert view.row("startdatum_ondersteuning").input.focus.text() == "03-02-2025"
    assert view.row("uren_per_week").input.focus.text() == "2,5"


def test_set_answers_does_not_emit_changed_but_edits_do(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    with qtbot.assertNotEmitted(view.changed):
        view.set_answers(OPP_ANSWERS)
    with qtbot.waitSignal(view.changed, timeout=500):
        qtbot.keyClicks(view.row("uitstroom_moment").input.focus, "!")


def test_unknown_stored_values_are_kept(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    odd = {"opgesteld_door": 999, "ondersteuning_door": ["leerkracht_mentor", "verdwenen"], "aanleiding": "oud"}
    view.set_answers(odd)
    assert view.answers() == odd
    assert view.row("opgesteld_door").input.widget.currentText() == "Onbekend (999)"
    assert view.errors()["aanleiding"].startswith("Onbekende keuze")


def test_person_ids_match_across_str_and_int(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    view.set_answers({"opgesteld_door": "2"})
    assert view.row("opgesteld_door").input.widget.currentText() == "Mohammed El Amrani"


def test_read_only_view_shows_but_does_not_edit(make_view, catalog):
    view = make_view(catalog.get("opp", 2), answers=OPP_ANSWERS, read_only=True)  # a stored v2 with its pad
    assert view.answers() == OPP_ANSWERS
    assert view.row("onderwijsbehoeften").input.focus.isReadOnly()
    assert not view.row("aanleiding").input.focus.isEnabled()
    group = view.row("doelen").input
    assert group.add_button.isHidden() and group.items[0].remove_button.isHidden()
    assert view.row("handtekening_ouder").input.widget.clear_button.isHidden()
    assert view.row("startdatum_ondersteuning").input.focus.isReadOnly()


# -- pure helpers -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("05-03-2025", date(2025, 3, 5)),
        ("5-3-2025", date(2025, 3, 5)),
        ("5/3/2025", date(2025, 3, 5)),
        ("5.3.2025", date(2025, 3, 5)),
        ("05032025", date(2025, 3, 5)),
        ("5-3-25", None),
        ("1-1-99", None),
        ("2025-03-05", date(2025, 3, 5)),
        ("vandaag", TODAY),
        ("31-02-2025", None),
        ("13-13-2025", None),
        ("morgen", None),
        ("", None),
    ],
)
def test_a_typed_date_reads_by_the_one_rule_set(text, expected):
    """ibdesk.text.dates: the same rules as the CLI and imports; a two-digit year is not guessed."""
    assert read_date(text, TODAY) == expected


def test_rich_text_keeps_lists_and_joins_wrapped_lines():
    wrapped = rich_text("Het OPP moet binnen zes weken\nzijn opgesteld. Zo is het.\n\nTweede alinea.")
    assert wrapped == "<p>Het OPP moet binnen zes weken zijn opgesteld. Zo is het.</p><p>Tweede alinea.</p>"
    listed = rich_text("Rood: ver weg.\nGroen: op koers.")
    assert listed == "<p>Rood: ver weg.<br>Groen: op koers.</p>"
    assert rich_text("a < b & c") == "<p>a &lt; b &amp; c</p>"


TEXT_SECTION_FORM = """\
id: tekst
version: 1
kind: form
title: Tekst
category: meeting
sections:
  - id: vraag
    title: Vraag
    fields:
      - {id: extra, type: yesno, label: Extra uitleg tonen?}
  - id: uitleg
    title: Uitleg
    help: Alleen tekst, geen velden.
    relevant: "extra == true"
"""


def test_a_section_without_fields_follows_its_condition(make_view, tmp_path, qtbot):
    path = tmp_path / "tekst.yaml"
    path.write_text(TEXT_SECTION_FORM, encoding="utf-8")
    view = make_view(load_definition(path))
    assert not section_shown(view, "uitleg")
    qtbot.mouseClick(view.row("extra").input.yes, Qt.MouseButton.LeftButton)
    assert section_shown(view, "uitleg")


def test_yes_no_can_go_back_to_not_answered(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    view.set_answers({"jeugdhulp_in_plan": True})
    view.set_answers({})
    yesno = view.row("jeugdhulp_in_plan").input
    assert not yesno.yes.isChecked() and not yesno.no.isChecked()
    assert "jeugdhulp_in_plan" not in view.answers()


def test_calendar_popup_picks_a_date(make_view, catalog, qtbot):
    from PySide6.QtCore import QDate

    view = make_view(catalog.latest("opp"))
    edit = view.row("startdatum_ondersteuning").input.focus
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit._menu is not None and edit._menu.isVisible()
    assert edit._calendar.selectedDate() == QDate(2025, 3, 14)  # today when empty
    with qtbot.waitSignal(view.changed, timeout=500):
        edit._calendar.activated.emit(QDate(2025, 2, 3))
    assert edit.text() == "03-02-2025" and not edit._menu.isVisible()
    assert view.answers()["startdatum_ondersteuning"] == "2025-02-03"
