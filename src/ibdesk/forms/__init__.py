"""Forms engine: load, check and evaluate YAML form and route definitions.

No Qt and no database here; see forms/README.md for the definition format.
"""

from .answers import default_answers, default_item, drop_hidden, expr_value, validate_answers, visible_fields
from .catalog import Catalog, check_paths, load_catalog
from .errors import ERROR_CODES, DefinitionInvalid, FormError
from .evaluator import ExpressionEvalError, condition, evaluate
from .expression import ExpressionSyntaxError, UnknownFunctionError, references, to_source
from .expression import parse as parse_expression
from .loader import AnyDefinition, load_definition, parse_definition
from .model import (
    CATEGORIES,
    FIELD_TYPES,
    ChoiceField,
    Constraint,
    DateField,
    FormDefinition,
    GroupField,
    InfoField,
    LongTextField,
    MultiChoiceField,
    NumberField,
    Option,
    OrganisationField,
    PersonField,
    PrefillSource,
    RouteDefinition,
    Section,
    SignatureField,
    Step,
    TextField,
    YesNoField,
    json_schema,
)
from .prefill import Found, Prefilled, prefill_answers
from .routes import step_missing_evidence, step_warnings

__all__ = [
    "CATEGORIES",
    "ERROR_CODES",
    "FIELD_TYPES",
    "AnyDefinition",
    "Catalog",
    "ChoiceField",
    "Constraint",
    "DateField",
    "DefinitionInvalid",
    "ExpressionEvalError",
    "ExpressionSyntaxError",
    "FormDefinition",
    "FormError",
    "Found",
    "GroupField",
    "InfoField",
    "LongTextField",
    "MultiChoiceField",
    "NumberField",
    "Option",
    "OrganisationField",
    "PersonField",
    "PrefillSource",
    "Prefilled",
    "RouteDefinition",
    "Section",
    "SignatureField",
    "Step",
    "TextField",
    "UnknownFunctionError",
    "YesNoField",
    "check_paths",
    "condition",
    "default_answers",
    "default_item",
    "drop_hidden",
    "evaluate",
    "expr_value",
    "json_schema",
    "load_catalog",
    "load_definition",
    "parse_definition",
    "parse_expression",
    "prefill_answers",
    "references",
    "step_missing_evidence",
    "step_warnings",
    "to_source",
    "validate_answers",
    "visible_fields",
]
