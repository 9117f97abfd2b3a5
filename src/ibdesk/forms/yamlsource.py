"""YAML loading that remembers where every key and value came from.

``load_yaml`` returns plain data (dicts, tuples, scalars; dates as ISO text)
plus a ``Positions`` index from data paths such as
``("sections", 0, "fields", 2, "type")`` to the YAML nodes, so pydantic error
locations and semantic problems can be reported with line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import yaml

from .errors import FormError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Path_ = tuple
MAX_NESTING = 40
# A region's forms folder is input we do not control: a few hundred bytes of nested YAML
# aliases ("billion laughs") expand to billions of values. Bound the file and the values.
MAX_SOURCE_CHARS = 1_000_000
MAX_VALUES = 50_000
_STR_TAG = "tag:yaml.org,2002:str"


@dataclass
class Positions:
    """Maps data paths to (key node, value node) and offers line/column lookups."""

    file: str
    source: str
    nodes: dict[Path_, tuple[Any, Any]] = field(default_factory=dict)
    values: int = 0

    def value_node(self, path: Path_) -> Any:
        """Node at ``path`` or, when absent, at the nearest ancestor present."""
        while path not in self.nodes and path:
            path = path[:-1]
        return self.nodes.get(path, (None, None))[1]

    def key_node(self, path: Path_) -> Any:
        entry = self.nodes.get(path)
        return entry[0] if entry and entry[0] is not None else self.value_node(path)

    def at(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        node = self.key_node(path) if key else self.value_node(path)
        if node is None:
            return (1, 1)
        return (node.start_mark.line + 1, node.start_mark.column + 1)

    def error(self, code: str, path: Path_, message: str, hint: str = "", *, key: bool = False) -> FormError:
        line, col = self.at(path, key=key)
        return FormError(code, self.file, line, col, message, hint)

    def in_scalar(self, path: Path_, offset: int) -> tuple[int, int]:
        """File line/column of character ``offset`` inside the scalar at ``path``."""
        node = self.value_node(path)
        if node is None:
            return (1, 1)
        mapped = _map_offset(self.source, node, offset)
        return mapped if mapped else self.at(path)


def _map_offset(source: str, node: Any, offset: int) -> tuple[int, int] | None:
    """Align the scalar's value with its raw text; None when unsure."""
    value = node.value if isinstance(node.value, str) else ""
    start, end = node.start_mark.index, node.end_mark.index
    raw = source[start:end]
    style = node.style or ""
    i = 1 if style in ("'", '"') else 0
    if style in ("|", ">"):
        i = raw.find("\n") + 1
        if i == 0:
            return None
    skippable = " \t\r\n" + ("\\" if style == '"' else "") + ("'" if style == "'" else "")
    for ch in value[: min(offset, len(value))]:
        while i < len(raw) and raw[i] != ch:
            if raw[i] not in skippable:
                return None
            i += 1
        i += 1
    while i < len(raw) and raw[i] in " \t\r\n":
        i += 1
    before = raw[:i]
    newlines = before.count("\n")
    if newlines == 0:
        return (node.start_mark.line + 1, node.start_mark.column + i + 1)
    return (node.start_mark.line + newlines + 1, i - before.rfind("\n"))


class YamlError(Exception):
    def __init__(self, errors: list[FormError]):
        super().__init__(errors)
        self.errors = errors


def load_yaml(source: str, file: str) -> tuple[Any, Positions]:
    """Parse ``source``; raise YamlError (E001/E002/E003/E005) on failure."""
    if len(source) > MAX_SOURCE_CHARS:
        raise YamlError(
            [
                FormError(
                    "E005",
                    file,
                    1,
                    1,
                    f"file is too large ({len(source)} characters, at most {MAX_SOURCE_CHARS})",
                    "a form definition is a few hundred lines",
                )
            ]
        )
    pos = Positions(file, source)
    loader = _Loader(source)
    try:
        root = loader.get_single_node()
        if root is None:
            raise YamlError([FormError("E002", file, 1, 1, "file is empty", "start with 'id:', 'version:', 'kind:' …")])
        errors: list[FormError] = []
        pos.nodes[()] = (None, root)
        data = _convert(loader, root, (), pos, errors, 0)
    except yaml.MarkedYAMLError as exc:
        raise YamlError([_syntax_error(exc, file)]) from None
    except yaml.YAMLError as exc:
        raise YamlError([FormError("E001", file, 1, 1, f"YAML error: {exc}")]) from None
    finally:
        loader.dispose()
    if errors:
        raise YamlError(errors)
    if not isinstance(data, dict):
        raise YamlError(
            [
                pos.error(
                    "E002",
                    (),
                    "top level is not a mapping",
                    "a definition starts with 'id: …' lines, not a list or text",
                )
            ]
        )
    return data, pos


def _syntax_error(exc: yaml.MarkedYAMLError, file: str) -> FormError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    if exc.context:
        problem = f"{problem} ({exc.context})"
    if exc.context_mark and "quoted scalar" in (exc.context or ""):
        # An unclosed quote is found at the end of the file; point at its start.
        mark = exc.context_mark
        problem = "text in quotes is not closed"
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return FormError("E001", file, line, col, f"YAML syntax error: {problem}", _syntax_hint(problem))


def _syntax_hint(problem: str) -> str:
    if "\\t" in problem or "tab" in problem:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "put text containing ': ' in quotes, or fix the indentation"
    if "could not find expected ':'" in problem or "simple key" in problem:
        return "every line needs 'key: value'; check quotes and indentation"
    if "not closed" in problem or "quoted scalar" in problem:
        return "add the closing quote (or remove the opening one)"
    return "check indentation and quotes around this position"


def _convert(loader, node, path: Path_, pos: Positions, errors: list, depth: int) -> Any:
    """Turn a composed node tree into data, recording positions."""
    if depth > MAX_NESTING:
        raise YamlError([pos.error("E005", path, "structure is nested too deeply", "check for recursive YAML aliases")])
    pos.values += 1
    if pos.values > MAX_VALUES:
        raise YamlError(
            [
                pos.error(
                    "E005",
                    path,
                    f"more than {MAX_VALUES} values (YAML aliases that expand without end?)",
                    "use aliases (&name / *name) sparingly, never nested",
                )
            ]
        )
    if isinstance(node, yaml.MappingNode):
        return _convert_mapping(loader, node, path, pos, errors, depth)
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, child in enumerate(node.value):
            pos.nodes[path + (i,)] = (None, child)
            items.append(_convert(loader, child, path + (i,), pos, errors, depth + 1))
        return tuple(items)
    if node.tag == _STR_TAG:  # fast path: most scalars are plain text
        return node.value
    value = loader.construct_object(node)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _convert_mapping(loader, node, path: Path_, pos: Positions, errors: list, depth: int) -> dict:
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = (
            _convert(loader, key_node, path, pos, errors, depth + 1) if isinstance(key_node, yaml.ScalarNode) else None
        )
        at = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if not isinstance(key, str):
            errors.append(
                FormError(
                    "E005",
                    pos.file,
                    *at,
                    f"key {key_node.value!r} is not text",
                    "keys are lowercase words such as 'label'; quote yes/no/on/off",
                )
            )
            continue
        if key in out:
            first = pos.nodes[path + (key,)][0].start_mark.line + 1
            errors.append(
                FormError(
                    "E003",
                    pos.file,
                    *at,
                    f"duplicate key {key!r}",
                    f"{key!r} is already set on line {first}; remove one of them",
                )
            )
            continue
        pos.nodes[path + (key,)] = (key_node, value_node)
        out[key] = _convert(loader, value_node, path + (key,), pos, errors, depth + 1)
    return out
