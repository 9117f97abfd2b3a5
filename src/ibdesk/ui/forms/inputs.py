"""The widget of each field type, in one table: which input a row shows (``None``: the
type has no value, the row shows read-only text) and about how tall it is before it is
built (``deferred.py`` reserves that space). Its keys are ``forms.model.FIELD_TYPES``, like
the Qt-free registry ``ibdesk.forms.field_types``; the tests hold both to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ibdesk.forms.field_types import UnknownFieldType

from .choice_widgets import ChoiceInput, MultiChoiceInput
from .field_widgets import DateFieldInput, FieldInput, LongTextInput, NumberInput, SignatureInput, TextInput, YesNoInput
from .group_widget import GroupInput
from .row_base import BuildContext

InputFactory = Callable[[Any, BuildContext], FieldInput]
DEFAULT_HEIGHT = 66


@dataclass(frozen=True)
class InputKind:
    make: InputFactory | None  # None: no input (info text)
    height: int = DEFAULT_HEIGHT  # estimated pixels before the row is built


def _options(field: Any, _ctx: BuildContext) -> FieldInput:
    return ChoiceInput(field, [(o.value, o.label) for o in field.options])


def _offered(field: Any, ctx: BuildContext) -> FieldInput:
    """A person or organisation: the choices the provider offers (ids with names)."""
    return ChoiceInput(field, ctx.choices(field))


INPUTS: dict[str, InputKind] = {
    "text": InputKind(lambda f, _ctx: TextInput(f)),
    "longtext": InputKind(lambda f, _ctx: LongTextInput(f), height=130),
    "date": InputKind(lambda f, ctx: DateFieldInput(f, ctx.today)),
    "number": InputKind(lambda f, _ctx: NumberInput(f)),
    "yesno": InputKind(lambda f, _ctx: YesNoInput(f)),
    "choice": InputKind(_options, height=96),
    "multichoice": InputKind(lambda f, _ctx: MultiChoiceInput(f), height=120),
    "person": InputKind(_offered),
    "organisation": InputKind(_offered),
    "group": InputKind(GroupInput, height=170),
    "signature": InputKind(lambda f, _ctx: SignatureInput(f), height=210),
    "info": InputKind(None, height=80),
}


def input_kind(type_name: str) -> InputKind:
    """The entry of a field type; UnknownFieldType (not a KeyError) for a type without one."""
    try:
        return INPUTS[type_name]
    except KeyError:
        raise UnknownFieldType(type_name) from None


def make_input(field: Any, ctx: BuildContext) -> FieldInput:
    make = input_kind(field.type).make
    if make is None:
        raise ValueError(f"field {field.id!r} of type {field.type!r} has no input")
    return make(field, ctx)
