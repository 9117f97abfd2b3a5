"""What rows and inputs share while a form is built: the build context and the ``Row`` base.

A repeated group holds rows of its own, and a row holds an input that may be a group. To
keep that recursion out of the imports, a group makes its rows with ``BuildContext.make_row``
(``rows.make_row``, set by whoever builds the form) instead of importing ``rows.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .choice_widgets import Choices
from .field_widgets import FieldInput

ChoicesProvider = Callable[[Any], Choices]
RowFactory = Callable[[Any, "BuildContext"], "Row"]


def no_choices(_field: Any) -> Choices:
    return []


def _no_row_factory(field: Any, _ctx: BuildContext) -> Row:
    raise RuntimeError(
        f"BuildContext.make_row is not set: cannot build the rows of group {field.id!r} (pass make_row=rows.make_row)"
    )


@dataclass
class BuildContext:
    """What every input needs while the form is built."""

    today: Callable[[], date] = date.today
    choices_provider: ChoicesProvider = no_choices
    read_only: bool = False
    make_row: RowFactory = _no_row_factory
    _cache: dict = dc_field(default_factory=dict)

    def choices(self, field: Any) -> Choices:
        """Provider result, fetched once per (type, role/kind) for the whole form."""
        key = (field.type, getattr(field, "role", None), getattr(field, "org_kind", None))
        if key not in self._cache:
            found = self.choices_provider(field) or []
            self._cache[key] = found if isinstance(found, list) else list(found)  # keeps `known` labels
        return self._cache[key]


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
        return bool(self.field.has_value)

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
