"""Definition errors: one record per problem, always with file, line and column."""

from __future__ import annotations

from dataclasses import dataclass

#: Catalogue of error codes (also documented in forms/README.md).
ERROR_CODES: dict[str, str] = {
    "E001": "YAML syntax error",
    "E002": "file is empty or its top level is not a mapping",
    "E003": "duplicate key in a mapping",
    "E004": "file cannot be read",
    "E005": "mapping key is not text / structure nested too deeply",
    "E101": "missing required key",
    "E102": "unknown key",
    "E103": "unknown field type",
    "E104": "value is not one of the allowed values",
    "E105": "value has the wrong type",
    "E106": "invalid id",
    "E107": "number out of range",
    "E108": "unknown kind (form | route)",
    "E109": "list must not be empty",
    "E110": "choice or multichoice field without options",
    "E111": "duplicate option value",
    "E120": "duplicate field id",
    "E121": "duplicate section or step id",
    "E122": "field id is a reserved word",
    "E123": "invalid default value",
    "E125": "minimum is larger than maximum",
    "E126": "group nested inside a group",
    "E130": "required_evidence names a field that is not in the step",
    "E131": "step forms: names an unknown form id",
    "E132": "step period: names a field that is not a date field of the step",
    "E133": "step participants_field: names a field that is not a multichoice or text field of the step",
    "E140": "duplicate (id, version) across files",
    "E150": "prefill source malformed or not allowed on this field",
    "E151": "prefill names an unknown form, step or field",
    "E152": "prefill source does not fit the field's type",
    "E201": "syntax error in expression",
    "E202": "unknown function in expression",
    "E203": "wrong number of arguments in function call",
    "E204": "expression refers to a field that does not exist",
    "E205": "'value' used outside a constraint",
    "E206": "circular relevance (conditions depend on each other)",
    "E207": "invalid literal argument (date or regular expression)",
}


@dataclass(frozen=True)
class FormError:
    """One problem in a definition file; line and column are 1-based."""

    code: str
    file: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.code} {self.message}"
        return f"{text} — {self.hint}" if self.hint else text

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


class DefinitionInvalid(Exception):
    """Raised by ``load_definition``; ``errors`` lists every problem found."""

    def __init__(self, errors: list[FormError]):
        self.errors = sorted(errors, key=lambda e: e.sort_key)
        super().__init__("\n".join(str(e) for e in self.errors))


def dedupe(errors: list[FormError]) -> list[FormError]:
    """Drop repeats of the same code at the same position (keeps the first)."""
    seen: set[tuple] = set()
    out = []
    for err in errors:
        key = (err.code, err.file, err.line, err.column)
        if key not in seen:
            seen.add(key)
            out.append(err)
    return out
