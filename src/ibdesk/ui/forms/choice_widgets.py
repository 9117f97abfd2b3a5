"""Inputs with options: a combo box (choice, person, organisation) and checkboxes
(multichoice). Unknown stored values (an option that no longer exists, a person id not in
the list) are kept and shown, never silently lost."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from .field_widgets import FieldInput, not_filled

Choices = Sequence[tuple[Any, str]]


def no_choice() -> str:
    """The empty first entry of a combo box."""
    return QCoreApplication.translate("forms_choice_widgets", "— kies —")


class _Combo(QComboBox):
    """A combo box that ignores the mouse wheel unless focused (the form scrolls instead)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.setMaximumWidth(620)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ChoiceInput(FieldInput):
    """A combo box with an empty "— kies —" entry; used for choice, person and organisation."""

    widget: _Combo

    def __init__(self, field: Any, choices: Choices):
        super().__init__(field)
        self.widget = self.focus = _Combo()
        self._values: list[Any] = [None]
        self._known: dict[str, str] = getattr(choices, "known", {})  # names of values no longer offered
        self.widget.addItem(no_choice())
        self._add(choices)
        self._fit_width(choices)
        self.widget.currentIndexChanged.connect(self._changed_and_committed)

    def _add(self, choices: Choices) -> None:
        for value, text in choices:
            self._values.append(value)
            self.widget.addItem(text)

    def _fit_width(self, choices: Choices) -> None:
        longest = max((len(text) for _, text in choices), default=0)
        self.widget.setMinimumContentsLength(max(18, min(60, longest)))

    def value(self) -> Any:
        return self._values[max(0, self.widget.currentIndex())]

    def _apply(self, value: Any) -> None:
        index = _index_of(self._values, value)
        if index is None:
            self._add([(value, self._known.get(str(value)) or _unknown(value))])
            index = len(self._values) - 1
        self.widget.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)
        self.widget.setItemText(0, not_filled() if read_only else no_choice())


def _unknown(value: Any) -> str:
    """A stored value that is no longer offered, shown as it is."""
    return QCoreApplication.translate("forms_choice_widgets", "Onbekend ({value})").format(value=value)


def _index_of(values: list[Any], value: Any) -> int | None:
    """Position of ``value``; ids match across str/int ('12' == 12), bools never match numbers."""
    for i, candidate in enumerate(values):
        if candidate == value and type(candidate) is type(value):
            return i
    for i, candidate in enumerate(values):
        if candidate is not None and value is not None and str(candidate) == str(value) and not isinstance(value, bool):
            return i
    return None


class MultiChoiceInput(FieldInput):
    """A checkbox per option (two columns for long lists of short labels)."""

    def __init__(self, field: Any):
        super().__init__(field)
        self.widget = QWidget()
        layout = QGridLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(4)
        options = field.options
        columns = 2 if len(options) > 5 and max(len(o.label) for o in options) <= 40 else 1
        rows = -(-len(options) // columns)
        self.boxes: list[QCheckBox] = []
        for i, option in enumerate(options):
            box = QCheckBox(option.label)
            box.toggled.connect(self._changed_and_committed)
            layout.addWidget(box, i % rows, i // rows)
            self.boxes.append(box)
        layout.setColumnStretch(columns, 1)
        self.focus = self.boxes[0]
        self._extra: list[Any] = []  # stored values that are not options (kept as they are)

    def value(self) -> list | None:
        chosen = [o.value for o, box in zip(self.field.options, self.boxes) if box.isChecked()]
        return (chosen + self._extra) or None

    def _apply(self, value: Any) -> None:
        values = list(value) if isinstance(value, (list, tuple)) else []
        known = [o.value for o in self.field.options]
        for option_value, box in zip(known, self.boxes):
            box.setChecked(_index_of(values, option_value) is not None)
        self._extra = [v for v in values if _index_of(known, v) is None]

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes:
            box.setEnabled(not read_only)

    def inputs(self) -> list[QWidget]:
        return list(self.boxes)

    def set_accessible_name(self, name: str) -> None:
        self.widget.setAccessibleName(name)
        for option, box in zip(self.field.options, self.boxes):
            box.setAccessibleName(f"{name}: {option.label}")
