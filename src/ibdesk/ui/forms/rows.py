"""A field row (label with ``*`` when required, help, input, red inline message), the info
row, and ``make_row``, which picks between them by the field type's registry entry."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ibdesk.ui.kit.palette import ERROR, MUTED, html_color

from .common import label, rich_text
from .inputs import input_kind, make_input
from .row_base import BuildContext, Row


class InfoRow(Row):
    """Read-only guidance: a tinted block with an optional bold title."""

    def _build(self) -> None:
        field = self.field
        title = f"<p><b>{html.escape(field.label)}</b></p>" if field.label else ""
        self.text = label(title + rich_text(field.text), "info", rich=True)
        self.text.setAccessibleName(field.label or QCoreApplication.translate("forms_rows", "Toelichting"))
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
            note = QCoreApplication.translate("forms_rows", "Overgenomen {origin} — controleer en pas aan waar nodig.")
            self.origin_label = label(note.format(origin=self.origin), "fieldOrigin")
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
            parts.append(QCoreApplication.translate("forms_rows", "Overgenomen {origin}").format(origin=self.origin))
        if self.field.required:
            parts.append(QCoreApplication.translate("forms_rows", "Verplicht veld"))
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
    """The row of `field`: an input row, or read-only text for a type without an input."""
    if input_kind(field.type).make is None:
        return InfoRow(field, parent)
    return FieldRow(field, ctx, parent)
