"""The translatable strings of the command line, found in the source as `tr("literal", …)`
calls (what `pylupdate` does for the UI), and ibdesk_en.ts kept in step with them.

    PYTHONPATH=src:tests python -m support.translations   # add new strings (unfinished), mark gone ones

A translator then fills in the unfinished entries (Qt Linguist, or by hand);
tests/cli/test_cli_language.py fails while any is missing, unfinished or obsolete.
"""

from __future__ import annotations

import ast
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (ROOT / "src" / "ibdesk" / "cli", ROOT / "src" / "ibdesk" / "selftest.py")
TRANSLATIONS = ROOT / "resources" / "translations"
CONTEXT = "cli"


def source_files() -> list[Path]:
    files: list[Path] = []
    for source in SOURCES:
        files += sorted(source.rglob("*.py")) if source.is_dir() else [source]
    return files


def tr_calls(path: Path) -> tuple[list[str], list[str]]:
    """(the literal first arguments of every `tr(...)` call, 'file:line' of calls without a literal)."""
    found, bad = [], []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(first.value)
            else:
                bad.append(f"{path.name}:{node.lineno}")
    return found, bad


def cli_strings() -> list[str]:
    """Every string the CLI translates, in source order, once."""
    seen: dict[str, None] = {}
    for path in source_files():
        for text in tr_calls(path)[0]:
            seen.setdefault(text, None)
    return list(seen)


def write_ts(
    path: Path, language: str, source_language: str, context: str, messages: list[tuple[str, str, str]]
) -> None:
    """A Qt Linguist file: messages are (source, translation, type) with type "" when finished."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{source_language}">',
        "<context>",
        f"    <name>{context}</name>",
    ]
    for source, translation, kind in messages:
        state = f' type="{kind}"' if kind else ""
        lines += [
            "    <message>",
            f"        <source>{escape(source)}</source>",
            f"        <translation{state}>{escape(translation)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def update_english(filled: dict[str, str] | None = None) -> None:
    """Rewrite ibdesk_en.ts for the strings in the source: kept translations stay, `filled` adds
    finished ones, new strings come in unfinished, strings no longer used are marked vanished."""
    from ibdesk.i18n import read_ts

    path = TRANSLATIONS / "ibdesk_en.ts"
    old = {
        key[1]: (forms[0] if forms else "", kind)
        for key, forms, kind in (read_ts(path.read_bytes()) if path.exists() else [])
    }
    old.update({text: (translation, "") for text, translation in (filled or {}).items()})
    wanted = cli_strings()
    messages = []
    for text in wanted:
        translation, kind = old.get(text, ("", "unfinished"))
        messages.append((text, translation, "" if translation and kind == "" else "unfinished"))
    messages += [(s, t, "vanished") for s, (t, _k) in old.items() if s not in wanted]
    write_ts(path, "en_GB", "nl_NL", CONTEXT, messages)


if __name__ == "__main__":
    update_english()
