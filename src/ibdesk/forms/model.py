"""Pydantic v2 models describing the definition format (structure only).

Semantic rules that need positions or cross references (duplicate ids,
expressions, defaults) are checked in ``semantics.py``. Models are frozen and
sequences are tuples, so definitions can be shared freely.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter

DefId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]*$")]
FieldId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Expr = Annotated[str, Field(description="Expression (see forms/README.md)")]
Number = int | float
OptionValue = str | int
PositiveInt = Annotated[int, Field(ge=1)]
NonNegInt = Annotated[int, Field(ge=0)]

FIELD_TYPES = (
    "text",
    "longtext",
    "date",
    "number",
    "yesno",
    "choice",
    "multichoice",
    "person",
    "organisation",
    "group",
    "signature",
    "info",
)
Category = Literal[
    "identification",
    "school_results",
    "support_history",
    "opp",
    "health",
    "home_situation",
    "youth_care",
    "consent",
    "absence",
    "handover",
    "meeting",
]
CATEGORIES: tuple[str, ...] = get_args(Category)  # one list: the Literal is the source
Level = Literal["po", "vo", "sbo", "so"]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, allow_inf_nan=False, ignored_types=(cached_property,)
    )


class Option(_Model):
    value: OptionValue
    label: str


class Constraint(_Model):
    rule: Expr
    message: str = Field(description="Dutch message shown when the rule is false")
    severity: Literal["error", "warning"] = "error"  # a warning never blocks saving
    reason: FieldId | None = None  # for a warning: the field that says why


RecordKey = Literal[
    "pupil.municipality",
    "pupil.group",
    "school.name",
    "school.municipality",
    "school.municipality_if_other",
    "case.lead",
    "case.help_question",
    "case.social_team",
    "case.has_opp",
]


class PrefillSource(_Model):
    """Where a new form takes a field's first value from (see forms/README.md, Prefill):
    a field of another form (``form`` + ``field``), of a route step (``form`` names the
    route, + ``step``), or something the store already holds (``record``)."""

    form: DefId | None = None
    step: DefId | None = None
    field: FieldId | None = None
    record: RecordKey | None = None


class _FieldBase(_Model):
    id: FieldId
    label: str
    help: str | None = None
    required: bool = False
    relevant: Expr | None = None
    constraints: tuple[Constraint, ...] = ()
    prefill: tuple[PrefillSource, ...] = ()

    @property
    def has_value(self) -> bool:
        return True


class TextField(_FieldBase):
    type: Literal["text"]
    default: str | None = None
    max_length: PositiveInt | None = None


class LongTextField(_FieldBase):
    type: Literal["longtext"]
    default: str | None = None
    max_length: PositiveInt | None = None


class DateField(_FieldBase):
    type: Literal["date"]
    default: str | None = Field(None, description="'YYYY-MM-DD' or 'today'")


class NumberField(_FieldBase):
    type: Literal["number"]
    default: Number | None = None
    min: Number | None = None
    max: Number | None = None
    decimals: NonNegInt | None = None


class YesNoField(_FieldBase):
    type: Literal["yesno"]
    default: bool | None = None


class ChoiceField(_FieldBase):
    type: Literal["choice"]
    options: tuple[Option, ...] = Field(min_length=1)
    default: OptionValue | None = None


class MultiChoiceField(_FieldBase):
    type: Literal["multichoice"]
    options: tuple[Option, ...] = Field(min_length=1)
    default: tuple[OptionValue, ...] | None = None


class PersonField(_FieldBase):
    type: Literal["person"]
    role: Literal["guardian", "staff", "contact"] | None = None


class OrganisationField(_FieldBase):
    type: Literal["organisation"]
    org_kind: Literal["sociaal_team", "swv", "jeugdhulp", "jgz", "leerplicht", "school"] | None = None


class SignatureField(_FieldBase):
    type: Literal["signature"]
    signer: Literal["guardian", "pupil", "staff"] | None = None


class InfoField(_Model):
    """Read-only guidance; has no value, so no required/default/constraints."""

    id: FieldId
    type: Literal["info"]
    text: str
    label: str | None = None
    help: str | None = None
    relevant: Expr | None = None

    @property
    def has_value(self) -> bool:
        return False


ItemField = Annotated[
    TextField
    | LongTextField
    | DateField
    | NumberField
    | YesNoField
    | ChoiceField
    | MultiChoiceField
    | PersonField
    | OrganisationField
    | SignatureField
    | InfoField,
    Field(discriminator="type"),
]


class GroupField(_FieldBase):
    """Repeatable block; its value is a list of objects."""

    type: Literal["group"]
    fields: tuple[ItemField, ...] = Field(min_length=1)
    min_items: NonNegInt | None = None
    max_items: NonNegInt | None = None
    item_label: str | None = None

    def field(self, field_id: str):
        return _find(self.fields, field_id)

    def iter_fields(self) -> Iterator:
        yield from self.fields

    @cached_property
    def visibility_plan(self) -> tuple:
        """Relevance evaluation order (see plan.py); computed once."""
        from .plan import build_plan

        return build_plan(self)


AnyField = Annotated[
    TextField
    | LongTextField
    | DateField
    | NumberField
    | YesNoField
    | ChoiceField
    | MultiChoiceField
    | PersonField
    | OrganisationField
    | SignatureField
    | InfoField
    | GroupField,
    Field(discriminator="type"),
]


def _find(fields, field_id: str):
    for f in fields:
        if f.id == field_id:
            return f
    raise KeyError(field_id)


def _iter_nested(fields) -> Iterator:
    for f in fields:
        yield f
        if isinstance(f, GroupField):
            yield from f.fields


class Section(_Model):
    id: DefId
    title: str
    help: str | None = None
    relevant: Expr | None = None
    fields: tuple[AnyField, ...] = ()


class StepPeriod(_Model):
    """Which evidence fields date the step: it started on the earliest filled `start` date
    and ended on the latest filled `end` date (each one field id or a list)."""

    start: FieldId | tuple[FieldId, ...]
    end: FieldId | tuple[FieldId, ...] | None = None

    @property
    def start_fields(self) -> tuple[str, ...]:
        return (self.start,) if isinstance(self.start, str) else tuple(self.start)

    @property
    def end_fields(self) -> tuple[str, ...]:
        if self.end is None:
            return self.start_fields
        return (self.end,) if isinstance(self.end, str) else tuple(self.end)


class Step(_Model):
    """A route step; its fields are the step's evidence (own answer scope)."""

    id: DefId
    title: str
    guidance: str | None = None
    participants: tuple[str, ...] = ()
    normal_duration_days: PositiveInt | None = None
    required: bool = False
    forms: tuple[DefId, ...] = ()
    fields: tuple[AnyField, ...] = ()
    required_evidence: tuple[FieldId, ...] = ()
    allow_not_applicable: bool = False  # may be marked 'niet van toepassing' (with a reason)
    period: StepPeriod | None = None  # the evidence dates the step ran between
    participants_field: FieldId | None = None  # the evidence field that records who took part

    def field(self, field_id: str):
        return _find(self.fields, field_id)

    def iter_fields(self) -> Iterator:
        """Every field including group members, depth first."""
        return _iter_nested(self.fields)

    @cached_property
    def visibility_plan(self) -> tuple:
        """Relevance evaluation order (see plan.py); computed once."""
        from .plan import build_plan

        return build_plan(self)


class _DefinitionBase(_Model):
    id: DefId
    version: PositiveInt
    title: str
    description: str | None = None
    category: Category
    level: tuple[Level, ...] | None = None


class FormDefinition(_DefinitionBase):
    kind: Literal["form"]
    sections: tuple[Section, ...] = Field(min_length=1)

    @cached_property
    def fields(self) -> tuple:
        """Top-level fields of all sections, in order."""
        return tuple(f for s in self.sections for f in s.fields)

    def field(self, field_id: str):
        return _find(self.fields, field_id)

    def section_of(self, field_id: str) -> Section:
        for s in self.sections:
            if any(f.id == field_id for f in s.fields):
                return s
        raise KeyError(field_id)

    def iter_fields(self) -> Iterator:
        """Every field including group members, depth first."""
        return _iter_nested(self.fields)

    @cached_property
    def visibility_plan(self) -> tuple:
        """Relevance evaluation order (see plan.py); computed once."""
        from .plan import build_plan

        return build_plan(self)


class RouteDefinition(_DefinitionBase):
    kind: Literal["route"]
    region: str | None = None
    responsibility_rules: DefId | None = None  # whose 'wie is aan zet' rules apply (domain/responsibility.py)
    steps: tuple[Step, ...] = Field(min_length=1)

    def step(self, step_id: str | None) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def iter_fields(self) -> Iterator:
        for s in self.steps:
            yield from s.iter_fields()


Definition = Annotated[FormDefinition | RouteDefinition, Field(discriminator="kind")]
DEFINITION_ADAPTER: TypeAdapter = TypeAdapter(Definition)


def json_schema() -> dict:
    """JSON Schema of one definition file (forms and routes)."""
    schema = DEFINITION_ADAPTER.json_schema()
    schema["title"] = "ibdesk form or route definition"
    return schema
