"""Load one definition file: YAML → pydantic model → semantic checks."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from .errors import DefinitionInvalid, FormError, dedupe
from .model import DEFINITION_ADAPTER, FormDefinition, RouteDefinition
from .pydantic_errors import translate
from .semantics import Checker
from .yamlsource import Positions, YamlError, load_yaml

AnyDefinition = FormDefinition | RouteDefinition


def parse_definition(source: str, file: str) -> tuple[AnyDefinition | None, list[FormError], Positions | None]:
    """Validate ``source``; returns (definition or None, errors, positions)."""
    try:
        data, pos = load_yaml(source, file)
    except YamlError as exc:
        return None, exc.errors, None
    try:
        definition = DEFINITION_ADAPTER.validate_python(data)
    except ValidationError as exc:
        return None, _sorted(translate(exc, data, pos)), pos
    errors = Checker(definition, pos).run()
    return (None if errors else definition), _sorted(errors), pos


def _sorted(errors: list[FormError]) -> list[FormError]:
    return sorted(dedupe(errors), key=lambda e: e.sort_key)


def read_source(path: Path | str) -> tuple[str | None, list[FormError]]:
    file = os.fspath(path)
    try:
        return Path(path).read_text(encoding="utf-8"), []
    except UnicodeDecodeError as exc:
        return None, [FormError("E004", file, 1, 1, f"file is not UTF-8 text ({exc.reason})", "save the file as UTF-8")]
    except OSError as exc:
        return None, [
            FormError("E004", file, 1, 1, f"cannot read file: {exc.strerror or exc}", "check the path and permissions")
        ]


def load_with_errors(path: Path | str) -> tuple[AnyDefinition | None, list[FormError], Positions | None]:
    source, errors = read_source(path)
    if source is None:
        return None, errors, None
    return parse_definition(source, os.fspath(path))


def load_definition(path: Path | str) -> AnyDefinition:
    """Load and validate one file; raise DefinitionInvalid listing every error."""
    definition, errors, _ = load_with_errors(path)
    if errors or definition is None:
        raise DefinitionInvalid(errors)
    return definition
