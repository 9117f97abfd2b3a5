"""Every definition renders; inputs are named for screen readers; tab order; speed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ibdesk.forms import GroupField, load_catalog
from ibdesk.ui.forms import FormView
from ibdesk.ui.forms.group_widget import GroupInput

from .helpers import FORMS, all_containers

CONTAINERS = all_containers(load_catalog(FORMS))


def build_everything(view: FormView) -> None:
    """Build every row, hidden ones too, with at least one item in every group."""
    while True:
        rows = view.row_map()
        for row in list(rows.values()):
            row.build()
            if isinstance(row.input, GroupInput) and not row.input.items and not view.read_only:
                row.input.add_item()
        if all(r.built for r in view.row_map().values()):
            return


def test_the_catalog_has_forms_routes_and_an_archived_version(catalog):
    assert {d.kind for d in catalog} == {"form", "route"}
    assert catalog.versions("opp") == [1, 2, 3, 4]
    assert len(CONTAINERS) > len(list(catalog))


@pytest.mark.parametrize("definition, step_id", [c[1:] for c in CONTAINERS], ids=[c[0] for c in CONTAINERS])
def test_every_definition_renders_with_named_inputs(make_view, definition, step_id):
    view = make_view(definition, step_id=step_id)
    QApplication.processEvents()
    assert view.content.sizeHint().height() > 100
    build_everything(view)
    fields = list(view.container.fields)
    assert view.row_map().keys() >= {f.id for f in fields}
    unnamed = [type(w).__name__ for w in view.input_widgets() if not w.accessibleName().strip()]
    assert unnamed == []
    for path, row in view.row_map().items():
        if row.has_value:
            assert row.input.focus.accessibleName().strip(), path


@pytest.mark.parametrize("definition, step_id", [c[1:] for c in CONTAINERS], ids=[c[0] for c in CONTAINERS])
def test_every_definition_renders_read_only(make_view, definition, step_id):
    view = make_view(definition, step_id=step_id, read_only=True)
    QApplication.processEvents()
    assert view.answers() == {}
    assert view.errors() == {} or all(m for m in view.errors().values())
    assert all(not row.shown_error for row in view.row_map().values())


def test_group_item_inputs_are_named_after_the_item(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    view.row("doelen").input.add_item()
    QApplication.processEvents()
    assert view.row("doelen[1].doel").input.focus.accessibleName() == "Doel 2 — Doel (kort)"
    assert view.row("doelen[0].smart_omschrijving").input.focus.accessibleName() == "Doel 1 — SMART-omschrijving"
    group = view.row("doelen").input
    assert group.items[1].remove_button.accessibleName() == "Doel 2 verwijderen"


def test_required_fields_are_marked_with_a_star(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    assert "*" in view.row("startdatum_ondersteuning").title.text()
    assert "*" not in view.row("einddatum_ondersteuning").title.text()
    assert "Verplicht" in view.row("startdatum_ondersteuning").input.focus.accessibleDescription()


def test_tab_order_runs_top_to_bottom(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    view.row("doelen").input.add_item()  # added at run time, must still sit in its place
    QApplication.processEvents()
    expected = [w for w in view.input_widgets() if w.isVisibleTo(view)]
    first = expected[0]
    seen, widget = [], first
    for _ in range(2000):
        if widget in expected and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    assert seen == expected


def test_ctrl_s_asks_to_save(make_view, catalog, qtbot):
    view = make_view(catalog.latest("toestemming"))
    view.activateWindow()
    qtbot.waitActive(view)
    target = view.row("ontvanger_contact").input.focus
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=1000)
    with qtbot.waitSignal(view.save_requested, timeout=1000):
        qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_enter_in_a_group_adds_an_item(make_view, catalog, qtbot):
    view = make_view(catalog.latest("opp"))
    view.activateWindow()
    qtbot.waitActive(view)
    target = view.row("doelen[0].doel").input.focus
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=1000)
    qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(view.row("doelen").input.items) == 2
    assert QApplication.focusWidget() is view.row("doelen[1].doel").input.focus


def test_rows_are_built_lazily_and_only_once(make_view, catalog):
    view = make_view(catalog.latest("opp"))
    hidden = view.row("jh_aanbieder")
    assert not hidden.built  # a hidden section costs (almost) nothing
    before = view.row("aanleiding").input
    view.set_answers({"jeugdhulp_in_plan": True})
    assert hidden.built and hidden.isVisibleTo(view)
    view.set_answers({"jeugdhulp_in_plan": False})
    view.set_answers({"jeugdhulp_in_plan": True})
    assert view.row("aanleiding").input is before
    assert isinstance(catalog.latest("opp").field("doelen"), GroupField)
