"""One input per field type, behind a small common interface (``FieldInput``).

An input is a plain Python adapter around its Qt widget(s): ``widget`` goes into the
layout, ``value()``/``set_value()`` speak answer values (see forms/README.md), and the
owner sets ``on_change`` (every edit) and ``on_commit`` (editing finished) callbacks.
Programmatic ``set_value`` never calls them. Choice inputs live in choice_widgets.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy, QWidget

from ibdesk.text.numbers import decimal

from .common import repolish
from .date_input import DateInput, date_placeholder
from .signature_pad import SignatureBox

_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def not_filled() -> str:
    """What an empty input says in a read-only form."""
    return QCoreApplication.translate("forms_field_widgets", "Niet ingevuld")


def _noop() -> None:
    pass


class FieldInput:
    """Base adapter; subclasses set ``widget`` and ``focus`` and implement the value methods."""

    widget: QWidget
    focus: QWidget  # gets the focus (tab order, "go to first error")

    def __init__(self, field: Any):
        self.field = field
        self.on_change: Callable[[], None] = _noop
        self.on_commit: Callable[[], None] = _noop
        self._quiet = False  # True while set_value runs

    # -- to implement -------------------------------------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def _apply(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.focus.setEnabled(not read_only)

    def inputs(self) -> list[QWidget]:
        """Every widget that takes keyboard input, top to bottom (tab order)."""
        return [self.focus]

    def set_accessible_name(self, name: str) -> None:
        self.widget.setAccessibleName(name)
        self.focus.setAccessibleName(name)

    # -- shared ---------------------------------------------------------------------------
    def problem(self) -> str | None:
        """Dutch message when the typed text cannot be a value at all (bad date, no number)."""
        return None

    def raw(self) -> Any:
        """Value, or the typed text when it cannot be parsed (kept in drafts)."""
        return self.value()

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._apply(value)
        finally:
            self._quiet = False

    def set_invalid(self, invalid: bool) -> None:
        if bool(self.focus.property("invalid")) != invalid:
            self.focus.setProperty("invalid", invalid)
            repolish(self.focus)

    def _changed(self, *_args: Any) -> None:
        if not self._quiet:
            self.on_change()

    def _committed(self, *_args: Any) -> None:
        if not self._quiet:
            self.on_commit()

    def _changed_and_committed(self, *_args: Any) -> None:
        if not self._quiet:
            self.on_change()
            self.on_commit()


class TextInput(FieldInput):
    widget: QLineEdit

    def __init__(self, field: Any):
        super().__init__(field)
        self.widget = self.focus = QLineEdit()
        if field.max_length and field.max_length <= 120:
            self.widget.setMaximumWidth(max(220, min(560, field.max_length * 9)))
        self.widget.textEdited.connect(self._changed)
        self.widget.editingFinished.connect(self._committed)

    def value(self) -> str | None:
        return self.widget.text().strip() or None

    def _apply(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))
        self.widget.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
        self.widget.setPlaceholderText(not_filled() if read_only else "")


class _GrowingText(QPlainTextEdit):
    """Plain text that grows with its content (3 to 14 lines) and reports focus-out."""

    MIN_LINES, MAX_LINES = 3, 14

    def __init__(self, on_focus_out: Callable[[], None]):
        super().__init__()
        self._on_focus_out = on_focus_out
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lines = 0
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def _fit(self) -> None:
        lines = max(self.MIN_LINES, min(self.MAX_LINES, int(self.document().size().height())))
        if lines != self._lines:
            self._lines = lines
            margins = self.contentsMargins()
            extra = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
            self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + extra + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._on_focus_out()


class LongTextInput(FieldInput):
    widget: _GrowingText

    def __init__(self, field: Any):
        super().__init__(field)
        self.widget = self.focus = _GrowingText(self._committed)
        self.widget.textChanged.connect(self._changed)

    def value(self) -> str | None:
        return self.widget.toPlainText().strip() or None

    def _apply(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
        self.widget.setProperty("readOnly", read_only)
        self.widget.setPlaceholderText(not_filled() if read_only else "")
        self.widget.MAX_LINES = 60 if read_only else _GrowingText.MAX_LINES
        self.widget._fit()


class DateFieldInput(FieldInput):
    widget: DateInput

    def __init__(self, field: Any, today: Callable[[], date]):
        super().__init__(field)
        self.widget = self.focus = DateInput(today=today)
        self.widget.changed.connect(self._changed)
        self.widget.committed.connect(self._committed)

    def value(self) -> str | None:
        return self.widget.value()

    def raw(self) -> Any:
        return self.widget.value() or self.widget.text().strip() or None

    def problem(self) -> str | None:
        return self.widget.problem()

    def _apply(self, value: Any) -> None:
        self.widget.set_value(value if isinstance(value, str) else None)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.set_read_only(read_only)
        self.widget.setPlaceholderText(not_filled() if read_only else date_placeholder())


class NumberInput(FieldInput):
    """Validated line edit: Dutch decimal comma (a point works too), empty = not answered."""

    widget: QLineEdit

    def __init__(self, field: Any):
        super().__init__(field)
        self.widget = self.focus = QLineEdit()
        self.widget.setMaximumWidth(160)
        self.widget.setPlaceholderText(_range_text(field))
        self.widget.textEdited.connect(self._changed)
        self.widget.editingFinished.connect(self._committed)

    def value(self) -> int | float | None:
        text = self.widget.text().strip()
        if not _NUMBER.match(text):
            return None
        number = float(text.replace(",", "."))
        return int(number) if number.is_integer() and not re.search(r"[.,]\d*[1-9]", text) else number

    def raw(self) -> Any:
        value = self.value()
        return value if value is not None else (self.widget.text().strip() or None)

    def problem(self) -> str | None:
        text = self.widget.text().strip()
        if not text or _NUMBER.match(text):
            return None
        if self.field.decimals == 0:
            return QCoreApplication.translate("forms_field_widgets", "Vul een heel getal in, bijvoorbeeld 3.")
        return QCoreApplication.translate("forms_field_widgets", "Vul een getal in, bijvoorbeeld 2,5.")

    def _apply(self, value: Any) -> None:
        if isinstance(value, bool) or value is None:
            text = ""
        elif isinstance(value, (int, float)):
            text = decimal(value, 10)
        else:
            text = str(value)
        self.widget.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)
        self.widget.setPlaceholderText(not_filled() if read_only else _range_text(self.field))


def _range_text(field: Any) -> str:
    low, high = field.min, field.max
    if low is not None and high is not None:
        return f"{decimal(low, 10)} – {decimal(high, 10)}"
    if low is not None:
        return QCoreApplication.translate("forms_field_widgets", "minimaal {low}").format(low=decimal(low, 10))
    if high is not None:
        return QCoreApplication.translate("forms_field_widgets", "hoogstens {high}").format(high=decimal(high, 10))
    return ""


class YesNoInput(FieldInput):
    """Two radio buttons; neither checked means "not answered"."""

    def __init__(self, field: Any):
        super().__init__(field)
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        self.yes, self.no = (
            QRadioButton(QCoreApplication.translate("forms_field_widgets", "Ja")),
            QRadioButton(QCoreApplication.translate("forms_field_widgets", "Nee")),
        )
        self.group = QButtonGroup(self.widget)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.focus = self.yes
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: Any, checked: bool) -> None:
        if checked:
            self._changed_and_committed()

    def value(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def _apply(self, value: Any) -> None:
        self.group.setExclusive(False)
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.yes, self.no):
            button.setEnabled(not read_only)

    def inputs(self) -> list[QWidget]:
        return [self.yes, self.no]

    def set_accessible_name(self, name: str) -> None:
        self.widget.setAccessibleName(name)
        self.yes.setAccessibleName(QCoreApplication.translate("forms_field_widgets", "{name}: ja").format(name=name))
        self.no.setAccessibleName(QCoreApplication.translate("forms_field_widgets", "{name}: nee").format(name=name))


class SignatureInput(FieldInput):
    widget: SignatureBox

    def __init__(self, field: Any):
        super().__init__(field)
        self.widget = SignatureBox()
        self.focus = self.widget.clear_button
        self.widget.changed.connect(self._changed_and_committed)

    def value(self) -> str | None:
        return self.widget.value()

    def _apply(self, value: Any) -> None:
        self.widget.set_value(value if isinstance(value, str) else None)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.set_read_only(read_only)

    def inputs(self) -> list[QWidget]:
        return [self.widget.clear_button]

    def set_accessible_name(self, name: str) -> None:
        self.widget.setAccessibleName(name)

    def set_invalid(self, invalid: bool) -> None:
        pass
