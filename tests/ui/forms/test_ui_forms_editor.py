"""FormEditor with the real FormService and encrypted store: drafts, crash recovery, saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ibdesk.errors import InvalidRecord
from ibdesk.forms import load_catalog, validate_answers
from ibdesk.services.forms import FormService
from ibdesk.services.records import Records
from ibdesk.store.opening import open_profile
from ibdesk.ui.forms import FormEditor, FormView

from .helpers import FORMS, TODAY, choices, today

SMALL_FORM = """\
id: klein
version: 1
kind: form
title: Klein formulier
category: meeting
sections:
  - id: s
    title: Gegevens
    fields:
      - {id: naam, type: text, label: Naam, required: true}
      - {id: datum, type: date, label: Datum, required: true,
         constraints: [{rule: "value <= today()", message: De datum kan niet in de toekomst liggen.}]}
      - {id: notitie, type: longtext, label: Notitie}
"""


class Asker:
    """Stands in for the question dialog: records questions, gives a fixed answer."""

    def __init__(self, answer: bool):
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, parent, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def pupil_id(demo_store) -> int:
    return Records(demo_store).pupils()[0].id


@pytest.fixture
def small_catalog(tmp_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "klein.yaml").write_text(SMALL_FORM, encoding="utf-8")
    return load_catalog(folder)


@pytest.fixture
def make_editor(qtbot):
    def make(service, definition, pupil_id, **kwargs):
        kwargs.setdefault("choices_provider", choices)
        kwargs.setdefault("ask", Asker(True))
        editor = FormEditor(service, definition, pupil_id=pupil_id, **kwargs)
        qtbot.addWidget(editor)
        editor.resize(1000, 800)
        editor.show()
        return editor

    return make


def type_text(qtbot, editor, path: str, text: str) -> None:
    widget = editor.view.row(path).input.focus
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# -- drafts -------------------------------------------------------------------------------------
def test_draft_is_saved_within_two_seconds_of_typing(make_editor, demo_store, catalog, pupil_id, qtbot):
    service = FormService(demo_store, catalog, today=today)
    editor = make_editor(service, catalog.latest("opp"), pupil_id, case_id=None)
    assert service.draft(editor.context) is None
    type_text(qtbot, editor, "uitstroom_moment", "na groep 8")
    qtbot.waitUntil(lambda: service.draft(editor.context) is not None, timeout=2000)
    draft = service.draft(editor.context)
    assert draft.answers["uitstroom_moment"] == "na groep 8"
    assert (draft.form_id, draft.form_version, draft.pupil_id) == ("opp", catalog.latest("opp").version, pupil_id)
    assert "Tussentijds bewaard" in editor.status.text()


def test_draft_survives_a_crash_and_is_offered_again(make_editor, demo_store, home, catalog, pupil_id, qtbot):
    service = FormService(demo_store, catalog, today=today)
    editor = make_editor(service, catalog.latest("opp"), pupil_id)
    context = editor.context
    type_text(qtbot, editor, "uitstroom_moment", "na leerjaar 4")
    editor.view.row("doelen[0].doel").input.focus.setText("")
    type_text(qtbot, editor, "doelen[0].doel", "Rekent tot 100")
    qtbot.waitUntil(
        lambda: service.draft(context) is not None and "doelen" in service.draft(context).answers, timeout=2000
    )
    editor.setParent(None)
    editor.deleteLater()  # "crash": the widget goes without saving or closing
    del editor
    demo_store.close()

    reopened = open_profile(home)
    try:
        service2 = FormService(reopened, catalog, today=today)
        ask = Asker(True)
        editor2 = make_editor(service2, catalog.latest("opp"), pupil_id, ask=ask)
        assert len(ask.questions) == 1
        assert ask.questions[0].startswith("Er is niet-opgeslagen werk van ")
        assert ask.questions[0].endswith("gevonden. Herstellen?")
        answers = editor2.view.answers()
        assert answers["uitstroom_moment"] == "na leerjaar 4"
        assert answers["doelen"][0]["doel"] == "Rekent tot 100"
        assert editor2.view.row("uitstroom_moment").input.focus.text() == "na leerjaar 4"
    finally:
        reopened.close()


def test_declining_a_draft_keeps_it(make_editor, demo_store, catalog, pupil_id):
    service = FormService(demo_store, catalog, today=today)
    context = f"pupil:{pupil_id}:form:opp"
    service.save_draft(context, "opp", 2, {"uitstroom_moment": "later"}, pupil_id)
    editor = make_editor(service, catalog.latest("opp"), pupil_id, ask=Asker(False))
    assert editor.context == context
    assert "uitstroom_moment" not in editor.view.answers()
    assert service.draft(context) is not None


def test_draft_keeps_text_that_is_not_a_date_yet(make_editor, demo_store, small_catalog, pupil_id, qtbot):
    service = FormService(demo_store, small_catalog, today=today)
    editor = make_editor(service, small_catalog.latest("klein"), pupil_id, debounce_ms=50)
    type_text(qtbot, editor, "datum", "31-02")
    qtbot.waitUntil(lambda: service.draft(editor.context) is not None, timeout=2000)
    assert service.draft(editor.context).answers == {"datum": "31-02"}
    restored = make_editor(service, small_catalog.latest("klein"), pupil_id)
    assert restored.view.row("datum").input.focus.text() == "31-02"
    assert restored.view.errors()["datum"].startswith("Ongeldige datum")


# -- saving -------------------------------------------------------------------------------------
def test_save_with_errors_keeps_everything_typed(make_editor, demo_store, small_catalog, pupil_id, qtbot):
    service = FormService(demo_store, small_catalog, today=today)
    editor = make_editor(service, small_catalog.latest("klein"), pupil_id)
    type_text(qtbot, editor, "datum", "01-01-2030")
    notes = editor.view.row("notitie").input.focus
    qtbot.keyClicks(notes, "Eerste gesprek")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "ging goed")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [f for f in service.saved_forms() if f.form_id == "klein"] == []
    view = editor.view
    assert view.row("naam").error.text() == "Dit veld is verplicht."
    assert view.row("datum").error.text() == "De datum kan niet in de toekomst liggen."
    assert view.row("datum").input.focus.text() == "01-01-2030"
    assert view.row("notitie").input.focus.toPlainText() == "Eerste gesprek\nging goed"
    assert "Niet opgeslagen: 2 velden" in editor.status.text()
    assert service.draft(editor.context).answers["notitie"] == "Eerste gesprek\nging goed"


def test_save_stores_the_answers_and_removes_the_draft(make_editor, demo_store, small_catalog, pupil_id, qtbot):
    service = FormService(demo_store, small_catalog, today=today)
    editor = make_editor(service, small_catalog.latest("klein"), pupil_id, debounce_ms=50)
    type_text(qtbot, editor, "naam", "Gesprek met ouders")
    type_text(qtbot, editor, "datum", "3-3-2025")
    qtbot.waitUntil(lambda: service.draft(editor.context) is not None, timeout=2000)
    with qtbot.waitSignal(editor.saved, timeout=1000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    answer_id = saved.args[0]
    definition, answers = service.load(answer_id)
    assert answers == {"naam": "Gesprek met ouders", "datum": "2025-03-03"}
    assert (definition.id, definition.version) == ("klein", 1)
    assert service.draft(editor.context) is None
    assert "Opgeslagen" in editor.status.text()


def test_ctrl_s_saves(make_editor, demo_store, small_catalog, pupil_id, qtbot):
    service = FormService(demo_store, small_catalog, today=today)
    editor = make_editor(service, small_catalog.latest("klein"), pupil_id, answers={"naam": "x", "datum": "2025-03-01"})
    editor.activateWindow()
    qtbot.waitActive(editor)
    for target in (editor.view.row("naam").input.focus, editor.cancel_button):
        target.setFocus()
        qtbot.waitUntil(target.hasFocus, timeout=1000)
        with qtbot.waitSignal(editor.saved, timeout=1000):
            qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_editing_saved_answers_updates_them(make_editor, demo_store, small_catalog, pupil_id, qtbot):
    service = FormService(demo_store, small_catalog, today=today)
    first = service.save(pupil_id, "klein", 1, {"naam": "Oud", "datum": "2025-01-01"})
    definition, answers = service.load(first)
    editor = make_editor(service, definition, pupil_id, answers=answers, answer_id=first)
    assert f"answer:{first}" in editor.context
    line = editor.view.row("naam").input.focus
    line.clear()
    type_text(qtbot, editor, "naam", "Nieuw")
    assert editor.save() == first
    assert service.load(first)[1]["naam"] == "Nieuw"
    assert len([f for f in service.saved_forms(pupil_id=pupil_id) if f.form_id == "klein"]) == 1


def test_invalid_record_from_the_service_is_shown_inline(make_editor, demo_store, small_catalog, pupil_id, monkeypatch):
    service = FormService(demo_store, small_catalog, today=today)
    editor = make_editor(service, small_catalog.latest("klein"), pupil_id, answers={"naam": "x", "datum": "2025-03-01"})

    def refuse(*args, **kwargs):
        raise InvalidRecord({"naam": "Deze naam is al gebruikt."})

    monkeypatch.setattr(service, "save", refuse)
    assert editor.save() is None
    assert editor.view.row("naam").error.text() == "Deze naam is al gebruikt."
    assert editor.view.row("naam").input.focus.text() == "x"


def test_a_failing_draft_store_never_costs_the_typed_text(
    make_editor, demo_store, small_catalog, pupil_id, qtbot, monkeypatch
):
    service = FormService(demo_store, small_catalog, today=today)
    editor = make_editor(service, small_catalog.latest("klein"), pupil_id, debounce_ms=20)

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(service, "save_draft", broken)
    type_text(qtbot, editor, "naam", "Belangrijk")
    qtbot.waitUntil(lambda: "OSError" in editor.status.text(), timeout=2000)
    assert editor.view.answers()["naam"] == "Belangrijk"
    assert editor.has_pending_changes()


def test_cancel_keeps_the_draft_and_discard_removes_it(make_editor, demo_store, small_catalog, pupil_id, qtbot):
    service = FormService(demo_store, small_catalog, today=today)
    editor = make_editor(service, small_catalog.latest("klein"), pupil_id, debounce_ms=60_000)
    type_text(qtbot, editor, "naam", "Half af")
    with qtbot.waitSignal(editor.cancelled, timeout=1000):
        qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert service.draft(editor.context).answers == {"naam": "Half af"}

    ask = Asker(True)
    again = make_editor(service, small_catalog.latest("klein"), pupil_id, ask=ask)
    assert again.view.answers() == {"naam": "Half af"} and again.discard_button.isVisibleTo(again)
    with qtbot.waitSignal(again.cancelled, timeout=1000):
        qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    assert "weggooien" not in ask.questions[0] and "verwijderd" in ask.questions[1]
    assert service.draft(again.context) is None


# -- versions -----------------------------------------------------------------------------------
OPP_V1 = {
    "startdatum_ondersteuning": "2024-09-02",
    "datum_opgesteld": "2024-09-20",
    "opgesteld_door": 1,
    "uitstroomperspectief": "vso",
    "onderbouwing": "Leerrendement.",
    "belemmerende_factoren": "b",
    "bevorderende_factoren": "b",
    "ondersteuning_omschrijving": "Ambulante begeleiding.",
    "afwijking_programma": False,
    "doelen": [{"doel": "Leest AVI M4", "smart_omschrijving": "s", "evaluatiedatum": "2025-01-01"}],
    "overleg_datum": "2024-09-15",
    "hoor_datum": "2024-09-16",
    "visie_leerling": "v",
    "handelingsdeel": "h",
    "instemming": "gegeven",
    "instemming_datum": "2024-09-20",
    "instemming_wijze": "mondeling",
    "evaluatie_gepland": "2025-06-01",
}


def test_answers_of_opp_version_1_show_read_only_with_the_version_1_definition(demo_store, catalog, pupil_id, qtbot):
    assert validate_answers(catalog.get("opp", 1), OPP_V1, TODAY) == {}
    service = FormService(demo_store, catalog, today=today)
    answer_id = service.save(pupil_id, "opp", 1, OPP_V1)
    assert catalog.latest("opp").version == 4

    definition, answers = service.load(answer_id)
    view = FormView(definition, answers=answers, read_only=True, choices_provider=choices, today=today)
    qtbot.addWidget(view)
    view.show()
    assert definition.version == 1
    assert view.answers() == OPP_V1
    # "vso" only exists as an option in version 1; version 2 split it up
    assert view.row("uitstroomperspectief").input.widget.currentText() == "Voortgezet speciaal onderwijs (VSO)"
    assert "aanleiding" not in view.row_map()  # a version 2 field
    assert view.errors() == {}
    assert view.row("onderbouwing").input.focus.isReadOnly()


def test_a_route_step_is_filled_in_and_saved_with_its_step(make_editor, demo_store, catalog, pupil_id):
    service = FormService(demo_store, catalog, today=today)
    route = catalog.latest("routekaart-po")
    editor = make_editor(service, route, pupil_id, step_id="signalering")
    step = route.step("signalering")
    answers = {
        f.id: "2025-03-01" if f.type == "date" else "tekst" for f in step.fields if getattr(f, "required", False)
    }
    editor.view.set_answers(answers)
    assert editor.view.errors() == {}
    assert "step:signalering" in editor.context
    answer_id = editor.save()
    assert answer_id is not None
    saved = [f for f in service.saved_forms(pupil_id=pupil_id) if f.id == answer_id]
    assert saved[0].step_id == "signalering"
    assert service.load(answer_id)[1] == answers


def test_the_catalog_used_here_is_the_bundled_one(catalog):
    assert FORMS.name == "forms" and ("opp", 1) in catalog
