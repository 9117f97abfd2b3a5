"""FormView: the widget for one form definition (or one route step).

Widgets are built once. Every edit re-evaluates the definition's ``relevant`` conditions
(``visible_fields``) and only toggles visibility; answers of hidden fields are left out of
``answers()`` (``drop_hidden``). Inline messages come from ``validate_answers`` and are
shown under a field once it was edited (left) or after a save attempt. The header above the
sections (route context, title, step facts) is built by form_header.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ibdesk.forms import FormDefinition, RouteDefinition, default_answers, drop_hidden, validate_answers, visible_fields
from ibdesk.forms.answers import scope_visibility
from ibdesk.forms.plan import section_key
from ibdesk.ui.kit import style

from .common import label, rich_text
from .deferred import DeferredRows
from .form_header import add_header
from .group_widget import GroupInput
from .row_base import BuildContext, ChoicesProvider, Row, no_choices
from .rows import FieldRow, make_row


def resolve_container(definition: Any, step_id: str | None = None) -> Any:
    """The object that owns the answers: a form, or one step of a route."""
    if isinstance(definition, RouteDefinition):
        if step_id is None:
            raise ValueError("a route needs step_id: each step has its own answers")
        return definition.step(step_id)
    return definition


class FormView(QWidget):
    """Form (or route step) as widgets.

    Args: ``definition`` (FormDefinition, RouteDefinition with ``step_id``, or a Step);
    ``answers`` to start with (default: the definition's defaults; nothing when read-only);
    ``origins`` field id → where a prefilled value came from ("uit OPP van 12-03-2026");
    ``read_only``; ``choices_provider(field) -> [(id, label)]`` for person/organisation
    fields; ``today`` (callable) for conditions and defaults; ``defer_rows`` builds the rows below
    the first screen after the first paint (deferred.py); ``scroll`` wraps the content
    in a scroll area (``content`` is the inner widget either way); ``styled=False`` when an
    ancestor carries the kit style sheet already.

    Signals: ``changed`` after every user edit (not after ``set_answers``),
    ``refreshed`` after visibility and messages were brought up to date (edits and
    ``set_answers``), ``save_requested`` on Ctrl+S.
    """

    changed = Signal()
    refreshed = Signal()
    save_requested = Signal()

    def __init__(
        self,
        definition: Any,
        *,
        step_id: str | None = None,
        answers: dict | None = None,
        read_only: bool = False,
        choices_provider: ChoicesProvider | None = None,
        today: Callable[[], date] = date.today,
        scroll: bool = True,
        styled: bool = True,
        origins: dict[str, str] | None = None,
        defer_rows: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.definition = definition
        self.container = resolve_container(definition, step_id)
        self.read_only = read_only
        self._today = today
        self._ctx = BuildContext(today, choices_provider or no_choices, read_only, make_row)
        self._rows: list[Row] = []  # top-level rows in definition order
        self._sections: list[tuple[QFrame, list[Row]]] = []
        self._row_map: dict[str, Row] | None = None
        self._show_all = False
        self._external: dict[str, str] = {}
        self._editing: Row | None = None
        self._errors: dict[str, str] = {}
        self._origins = dict(origins or {})
        self._visible: set[str] = set()
        self._deferred = DeferredRows(self, self._rows_built)  # rows below the first screen come after it
        if not defer_rows:
            self._deferred.stop_deferring()
        self._build(scroll)
        start = answers if answers is not None else ({} if read_only else default_answers(self.container, today()))
        self.set_answers(start)
        self._deferred.stop_deferring()
        if styled:  # in an application without the theme (ui/theme.py): the kit's sheet on this view
            style.style_widget(self)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save_requested)

    # -- building -----------------------------------------------------------------------------
    def _build(self, scroll: bool) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.content = QWidget()
        self.content.setObjectName("formContent")
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(14)
        self.title_label = add_header(layout, self.definition, self.container, self.read_only)
        self.summary = label("", "formErrors")
        self.summary.hide()
        layout.addWidget(self.summary)
        if isinstance(self.container, FormDefinition):
            for section in self.container.sections:
                layout.addWidget(self._build_section(section.title, section.help, section.fields))
        else:
            layout.addWidget(self._build_section(None, None, self.container.fields))
        layout.addStretch(1)
        self.scroll_area: QScrollArea | None = None
        if scroll:
            self.scroll_area = QScrollArea()
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area.setWidget(self.content)
            outer.addWidget(self.scroll_area)
        else:
            outer.addWidget(self.content)

    def _build_section(self, title: str | None, help_text: str | None, fields: Any) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "formSection")
        box = QVBoxLayout(frame)
        box.setContentsMargins(18, 14, 18, 16)
        box.setSpacing(14)
        if title:
            heading = label(title, "formSectionTitle")
            heading.setAccessibleName(title)
            box.addWidget(heading)
        if help_text:
            box.addWidget(label(rich_text(help_text), "formHelp", rich=True))
        rows = []
        for field in fields:
            row = make_row(field, self._ctx)
            if isinstance(row, FieldRow):  # where a prefilled answer came from
                row.origin = self._origins.get(field.id)
            row.wire = self._wire
            box.addWidget(row)
            rows.append(row)
        self._rows.extend(rows)
        self._sections.append((frame, rows))
        return frame

    def _wire(self, row: Row) -> None:
        if row.input is None:
            return
        row.input.on_change = lambda: self._on_change(row)
        row.input.on_commit = lambda: self._on_commit(row)
        if isinstance(row.input, GroupInput):
            row.input.wire_row = self._wire
            row.input.on_structure = self._on_structure

    # -- answers ------------------------------------------------------------------------------
    def _collect(self, raw: bool = False) -> dict:
        out: dict[str, Any] = {}
        for row in self._rows:
            value = row.value(raw)
            if value is not None:
                out[row.field.id] = value
        return out

    def answers(self, raw: bool = False) -> dict:
        """Answers of the visible fields. ``raw=True`` keeps text that is not (yet) a valid
        date or number as typed (for drafts)."""
        return drop_hidden(self.container, self._collect(raw), self._today())

    def set_answers(self, answers: dict) -> None:
        """Show ``answers`` (missing keys: empty). Does not emit ``changed``."""
        answers = answers if isinstance(answers, dict) else {}
        for row in self._rows:
            if row.has_value:
                row.set_value(answers.get(row.field.id))
        self._external = {}
        self._refresh()

    def errors(self) -> dict[str, str]:
        """Every current problem by path (Dutch), shown or not."""
        return dict(self._errors)

    def concept_errors(self) -> dict[str, str]:
        """What stops saving as a concept: values that do not fit their field (typed text
        that is not a date or number included); empty required fields are allowed."""
        today = self._today()
        collected = self._collect()
        visible = visible_fields(self.container, collected, today)
        errors = validate_answers(self.container, drop_hidden(self.container, collected, today), today, concept=True)
        for path, row in self.row_map().items():
            problem = row.problem()
            if problem and path in visible:
                errors[path] = problem
        return errors

    def finish_building(self) -> None:
        """Build the rows still waiting below the first screen (see deferred.py)."""
        self._deferred.finish()

    def _rows_built(self, rows: list[Row]) -> None:
        if any(isinstance(r.input, GroupInput) for r in rows):
            self._row_map = None  # their items are rows too
        self._apply_visibility(self._visible)
        self._show(self.row_map(), self._visible)
        self._fix_tab_order()

    def insert_before(self, field_id: str, widget: QWidget) -> None:
        """Put ``widget`` (e.g. a computed outcome) just above the row of ``field_id``."""
        row = self.row(field_id)
        box = cast(QVBoxLayout, cast(QWidget, row.parentWidget()).layout())  # the section's column of rows
        box.insertWidget(box.indexOf(row), widget)

    # -- showing errors -------------------------------------------------------------------
    def show_all_errors(self) -> dict[str, str]:
        """Show every message (after a save attempt); returns them."""
        self.finish_building()
        self._show_all = True
        self._refresh()
        return self.errors()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show messages from elsewhere (e.g. InvalidRecord from the service) inline."""
        self._external = dict(errors)
        self.show_all_errors()

    def focus_first_error(self) -> bool:
        self.finish_building()
        for row in self.row_map().values():
            if row.shown_error and row.isVisibleTo(self) and row.inputs():
                target = row.inputs()[0]
                if self.scroll_area is not None:
                    self.scroll_area.ensureWidgetVisible(row, 0, 40)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    # -- rows -----------------------------------------------------------------------------------
    def row_map(self) -> dict[str, Row]:
        """Path → row, including the fields inside group items (``doelen[0].doel``)."""
        if self._row_map is None:
            out: dict[str, Row] = {}
            for row in self._rows:
                out[row.field.id] = row
                if isinstance(row.input, GroupInput):
                    out.update(row.input.item_rows())
            self._row_map = out
        return self._row_map

    def row(self, path: str) -> Row:
        self.finish_building()
        return self.row_map()[path]

    def input_widgets(self) -> list[QWidget]:
        """Every keyboard input in tab order."""
        self.finish_building()
        return [w for row in self._rows for w in row.inputs()]

    # -- events ---------------------------------------------------------------------------------
    def _on_change(self, row: Row) -> None:
        self._drop_external(row)
        self._editing = row
        try:
            self._refresh()
        finally:
            self._editing = None
        self.changed.emit()

    def _on_commit(self, row: Row) -> None:
        row.touched = True
        self._refresh()

    def _on_structure(self) -> None:
        self._row_map = None
        self._external = {}
        self._fix_tab_order()

    def _drop_external(self, row: Row) -> None:
        if self._external:
            self._external = {p: m for p, m in self._external.items() if self.row_map().get(p) is not row}

    def _fix_tab_order(self) -> None:
        widgets = [w for row in self._rows for w in row.inputs() if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for first, second in zip(widgets, widgets[1:]):
            QWidget.setTabOrder(first, second)

    # -- refresh: visibility and messages ------------------------------------------------------
    def _refresh(self) -> None:
        today = self._today()
        collected = self._collect()
        visible = self._visible = visible_fields(self.container, collected, today)
        rows = self._apply_visibility(visible)
        empty = self._empty_section_visibility(collected, today)
        for frame, section_rows in self._sections:
            shown = any(r.field.id in visible for r in section_rows) or empty.get(frame, False)
            if frame.isHidden() == shown:
                frame.setVisible(shown)
        self._errors = self._current_errors(collected, visible, today)
        self._show(rows, visible)
        self.refreshed.emit()

    def _empty_section_visibility(self, collected: dict, today: date) -> dict[QFrame, bool]:
        """A section without fields (only text) follows its own condition."""
        frames = {
            frame: section
            for (frame, rows), section in zip(self._sections, getattr(self.container, "sections", ()))
            if not rows
        }
        if not frames:
            return {}
        shown, _ = scope_visibility(self.container, collected, {}, today)
        return {frame: shown[section_key(s.id)] for frame, s in frames.items()}

    def _apply_visibility(self, visible: set[str]) -> dict[str, Row]:
        """Show/hide rows (building rows shown for the first time); returns the row map."""
        built = False
        while True:
            rows = self.row_map()
            for path, row in rows.items():
                shown = path in visible
                built = (self._deferred.show(row) if shown else row.set_shown(False)) or built
            if self._row_map is rows:  # no group got its first items while showing
                break
        if built:
            self._fix_tab_order()
        return rows

    def _current_errors(self, collected: dict, visible: set[str], today: date) -> dict[str, str]:
        errors = validate_answers(self.container, drop_hidden(self.container, collected, today), today)
        for path, row in self.row_map().items():
            problem = row.problem()
            if problem and path in visible:
                errors[path] = problem
        errors.update(self._external)
        return errors

    def _show(self, rows: dict[str, Row], visible: set[str]) -> None:
        if self.read_only:
            return
        for path, row in rows.items():
            if not row.has_value:
                continue
            message = self._errors.get(path) if path in visible else None
            if not (row.touched or self._show_all):
                message = None
            if row is self._editing and row.shown_error is None:
                message = None  # while typing: clear messages at once, add new ones on leaving
            row.set_error(message)
        self._update_summary(rows)

    def _update_summary(self, rows: dict[str, Row]) -> None:
        if not self._show_all:
            self.summary.hide()
            return
        loose = [m for p, m in self._errors.items() if p not in rows]
        count = len(self._errors)
        if count:
            text = _summary(count)
            self.summary.setText("\n".join([text] + loose))
        self.summary.setVisible(bool(count))


def _summary(count: int) -> str:
    """The line above the form after a save attempt: how many fields still need attention."""
    if count == 1:
        return QCoreApplication.translate(
            "forms_form_view", "1 veld is nog niet (goed) ingevuld; zie de rode meldingen hieronder."
        )
    return QCoreApplication.translate(
        "forms_form_view", "{count} velden zijn nog niet (goed) ingevuld; zie de rode meldingen hieronder."
    ).format(count=count)
