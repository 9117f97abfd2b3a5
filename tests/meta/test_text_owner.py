"""Dates, numbers and labels people read are written by `ibdesk.text` only (issue 14, move 4).

Before, six date formatters, two date parsers and three wordings of the consent methods lived
in the UI, the CLI, the services and the PDFs, and they drifted apart. These checks fail when a
module outside src/ibdesk/text formats a date itself again: `strftime`, a date format in an
f-string ('{day:%d-%m-%Y}'), day and month glued by hand ('{d.day:02d}-{d.month:02d}'), a list of
the Dutch month names, a Dutch date pattern, or a consent-method label of its own.
"""

from __future__ import annotations

import ast
from pathlib import Path

from ibdesk.text.dates import MONTHS
from ibdesk.text.labels import CONSENT_METHODS

SRC = Path(__file__).parents[2] / "src" / "ibdesk"
OWNER = SRC / "text"
MACHINE_STAMP = "%Y%m%d"  # file names and settings ('20261202-161406'): not read by people
DUTCH_DATE_PATTERNS = (r"(\d{1,2})[-/", r"(\d{2})(\d{2})(\d{4})")


def _format_text(node: ast.AST) -> str | None:
    """The literal text of a format spec or strftime argument, '' when it is computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def _is_date_format(text: str | None) -> bool:
    return text is None or ("%" in text and not text.startswith(MACHINE_STAMP))


def date_writing(source: str) -> list[str]:
    """'line: what' for every place `source` writes a date, a month name list or a consent label."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strftime":
            if _is_date_format(_format_text(node.args[0]) if node.args else None):
                found.append(f"{line}: strftime")
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = _format_text(node.format_spec) or ""
            value = node.value
            if "%" in spec and _is_date_format(spec):
                found.append(f"{line}: date format '{spec}' in an f-string")
            elif isinstance(value, ast.Attribute) and value.attr in ("day", "month") and spec.endswith("d"):
                found.append(f"{line}: .{value.attr} written by hand")
        elif isinstance(node, (ast.Tuple, ast.List)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if tuple(words) == MONTHS:
                found.append(f"{line}: the Dutch month names")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value in CONSENT_METHODS.values():
                found.append(f"{line}: consent method label '{node.value}'")
            if any(p in node.value for p in DUTCH_DATE_PATTERNS):
                found.append(f"{line}: a Dutch date pattern")
    return sorted(found, key=lambda text: int(text.split(":")[0]))


def test_no_module_outside_text_writes_or_reads_dates_itself():
    offenders = {}
    for path in sorted(SRC.rglob("*.py")):
        if OWNER in path.parents:
            continue
        found = date_writing(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(SRC))] = found
    assert offenders == {}, f"use ibdesk.text.dates / labels instead: {offenders}"


def test_the_text_package_is_where_they_are():
    """The check looks at the right files: the owner itself holds each thing it refuses elsewhere."""
    owner = "\n".join(p.read_text(encoding="utf-8") for p in sorted(OWNER.rglob("*.py")))
    found = " ".join(date_writing(owner))
    assert "the Dutch month names" in found and "consent method label" in found and "Dutch date pattern" in found


def test_the_check_sees_each_form():
    source = """
import re
from datetime import date
d = date.today()
a = d.strftime("%d-%m-%Y")
b = f"{d:%d-%m-%Y %H:%M}"
c = f"{d.day:02d}-{d.month:02d}-{d.year}"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
METHODS = {"mondeling": "mondeling in een overleg"}
DATE = re.compile(r"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$")
stamp = d.strftime("%Y%m%d-%H%M%S")
fine = f"{3.5:.1f} {d.year:04d}"
"""
    found = date_writing(source)
    assert [f.split(":")[0] for f in found] == ["5", "6", "7", "7", "8", "10", "11"], found
