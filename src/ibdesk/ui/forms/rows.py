"""A field row (label with ``*`` when required, help, input, red inline message) and the
factory that picks the input for a field type."""
from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field as dc_field
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ibdesk.ui.colors import html_color

from .common import ERROR, MUTED, label, rich_text
from .choice_widgets import ChoiceInput, Choices, MultiChoiceInput
from .field_widgets import (DateFieldInput, FieldInput, LongTextInput, NumberInput, SignatureInput,
                            TextInput, YesNoInput)

ChoicesProvider = Callable[[Any], Choices]


def no_choices(_field: Any) -> Choices:
    return []


@dataclass
class BuildContext:
    """What every input needs while the form is built."""

    today: Callable[[], date] = date.today
    choices_provider: ChoicesProvider = no_choices
    read_only: bool = False
    _cache: dict = dc_field(default_factory=dict)

    def choices(self, field: Any) -> Choices:
        """Provider result, fetched once per (type, role/kind) for the whole form."""
        key = (field.type, getattr(field, "role", None), getattr(field, "org_kind", None))
        if key not in self._cache:
            found = self.choices_provider(field) or []
            self._cache[key] = found if isinstance(found, list) else list(found)  # keeps `known` labels
        return self._cache[key]


def make_input(field: Any, ctx: BuildContext) -> FieldInput:
    t = field.type
    if t == "text":
        return TextInput(field)
    if t == "longtext":
        return LongTextInput(field)
    if t == "date":
        return DateFieldInput(field, ctx.today)
    if t == "number":
        return NumberInput(field)
    if t == "yesno":
        return YesNoInput(field)
    if t == "choice":
        return ChoiceInput(field, [(o.value, o.label) for o in field.options])
    if t == "multichoice":
        return MultiChoiceInput(field)
    if t in ("person", "organisation"):
        return ChoiceInput(field, ctx.choices(field))
    if t == "signature":
        return SignatureInput(field)
    if t == "group":
        from .group_widget import GroupInput

        return GroupInput(field, ctx)
    raise ValueError(f"unknown field type {t!r}")


class Row(QWidget):
    """What a FormView shows per field. Built lazily: the widgets are made the first time
    the row is shown (a hidden section costs almost nothing), and never again."""

    input: FieldInput | None = None

    def __init__(self, field: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.touched = False
        self.shown_error: str | None = None
        self.built = False
        self.wire: Callable[[Row], None] = lambda _row: None  # set by the owner
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.setVisible(False)

    @property
    def has_value(self) -> bool:
        return self.field.type != "info"

    def build(self) -> bool:
        """Make the widgets (once); True when that happened now."""
        if self.built:
            return False
        self.built = True
        self._build()
        return True

    def _build(self) -> None:
        raise NotImplementedError

    def set_shown(self, shown: bool) -> bool:
        """Show or hide; returns True when showing built the row just now."""
        built = self.build() if shown else False
        if self.isHidden() == shown:
            self.setVisible(shown)
        return built

    # value API, safe before the row is built
    def value(self, raw: bool = False) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        pass

    def problem(self) -> str | None:
        return None

    def inputs(self) -> list[QWidget]:
        return []

    def set_error(self, message: str | None) -> None:
        self.shown_error = message

    def set_accessible_name(self, name: str) -> None:
        pass


class InfoRow(Row):
    """Read-only guidance: a tinted block with an optional bold title."""

    def _build(self) -> None:
        field = self.field
        title = f"<p><b>{html.escape(field.label)}</b></p>" if field.label else ""
        self.text = label(title + rich_text(field.text), "info", rich=True)
        self.text.setAccessibleName(field.label or "Toelichting")
        self.layout_.addWidget(self.text)


class FieldRow(Row):
    """Label (``*`` when required) with the help text under it, the input, and a red
    message under the input (created when first needed)."""

    def __init__(self, field: Any, ctx: BuildContext, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.ctx = ctx
        self.error: QLabel | None = None
        self.origin_label: QLabel | None = None
        self.origin: str | None = None  # where a prefilled value came from ("uit OPP van …")
        self._pending: Any = None
        self._name = field.label

    def _build(self) -> None:
        self.input = make_input(self.field, self.ctx)
        self.wire(self)
        self.title = label(self._title_html(), "fieldLabel", rich=True)
        self.title.setBuddy(self.input.focus)
        self.layout_.addWidget(self.title)
        if self.origin:
            self.origin_label = label(f"Overgenomen {self.origin} — controleer en pas aan waar nodig.",
                                      "fieldOrigin")
            self.layout_.addWidget(self.origin_label)
        self.layout_.addWidget(self.input.widget)
        if self.ctx.read_only:
            self.input.set_read_only(True)
        self.input.set_value(self._pending)
        self._pending = None
        self.set_accessible_name(self._name)

    def _title_html(self) -> str:
        f = self.field
        text = f"<b>{html.escape(f.label)}</b>"
        if f.required and not self.ctx.read_only:
            text += f' <span style="color:{html_color(ERROR)}">*</span>'
        if f.help:
            text += f'<br><span style="color:{html_color(MUTED)}">{html.escape(f.help)}</span>'
        return text

    def value(self, raw: bool = False) -> Any:
        if self.input is None:
            return self._pending
        return self.input.raw() if raw else self.input.value()

    def set_value(self, value: Any) -> None:
        if self.input is None:
            self._pending = value
        else:
            self.input.set_value(value)

    def problem(self) -> str | None:
        return self.input.problem() if self.input is not None else None

    def inputs(self) -> list[QWidget]:
        return self.input.inputs() if self.input is not None else []

    def _description(self, message: str | None = None) -> str:
        parts = [message] if message else []
        if self.origin:
            parts.append(f"Overgenomen {self.origin}")
        if self.field.required:
            parts.append("Verplicht veld")
        if self.field.help:
            parts.append(self.field.help)
        return ". ".join(parts)

    def set_accessible_name(self, name: str) -> None:
        self._name = name
        if self.input is not None:
            self.input.set_accessible_name(name)
            self.input.focus.setAccessibleDescription(self._description(self.shown_error))

    def set_error(self, message: str | None) -> None:
        if message == self.shown_error or self.input is None:
            return
        self.shown_error = message
        if message and self.error is None:
            self.error = label("", "fieldError")
            self.layout_.addWidget(self.error)
        if self.error is not None:
            self.error.setText(message or "")
            self.error.setVisible(bool(message))
        self.input.set_invalid(bool(message))
        self.input.focus.setAccessibleDescription(self._description(message))


def make_row(field: Any, ctx: BuildContext, parent: QWidget | None = None) -> Row:
    return InfoRow(field, parent) if field.type == "info" else FieldRow(field, ctx, parent)
