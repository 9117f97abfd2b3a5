"""The translatable strings of ibdesk, found in the source (what `pylupdate` does), and
ibdesk_en.ts kept in step with them:

* the command line, and what services and domain code say to the user (every module outside ui/):
  `tr("literal", …)` calls (ibdesk.i18n), and texts kept as data marked `mark("literal")`,
  context `cli`;
* the Qt UI (src/ibdesk/ui): `QCoreApplication.translate("context", "literal")` calls, each
  context as written.

    PYTHONPATH=src:tests python -m support.translations   # add new strings (unfinished), mark gone ones

A translator then fills in the unfinished entries (Qt Linguist, or by hand);
tests/meta/test_translations.py fails while any is missing, unfinished or stale.
"""

from __future__ import annotations

import ast
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
_IBDESK = ROOT / "src" / "ibdesk"
# Everything outside the Qt UI that says something to a person: the CLI, and the texts that
# services, domain and store code produce for the CLI and the UI to show (messages, status labels).
# Every module outside ui/ is read, so a `tr` call cannot hide in a folder nobody listed
# (document code under dossier/ has none: a PDF stays Dutch, see ibdesk.i18n).
UI_SOURCES = ROOT / "src" / "ibdesk" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
CONTEXT = "cli"


def source_files() -> list[Path]:
    ui = set(ui_files())
    return [path for path in sorted(_IBDESK.rglob("*.py")) if path not in ui]


def ui_files() -> list[Path]:
    return sorted(UI_SOURCES.rglob("*.py")) + [UI_SOURCES.parent / "app.py"]


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def tr_calls(path: Path) -> tuple[list[str], list[str]]:
    """(the literal first arguments of every `tr(...)` and `mark(...)` call (ibdesk.i18n), 'file:line'
    of calls without a literal)."""
    found, bad = [], []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "mark"):
            text = _literal(node.args[0] if node.args else None)
            if text is not None:
                found.append(text)
            else:
                bad.append(f"{path.name}:{node.lineno}")
    return found, bad


def _is_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def _is_noop(func: ast.expr) -> bool:
    """`QT_TRANSLATE_NOOP("context", "literal")`: a text kept as data (a class attribute, a table
    of labels) that `ibdesk.ui.kit.translate.translated` translates where it is shown."""
    return isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP"


def translate_calls(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """((context, source) of every `QCoreApplication.translate("context", "literal")` and
    `QT_TRANSLATE_NOOP("context", "literal")` call in
    source order, 'file:line' of calls whose context or source is not a literal)."""
    found, bad = [], []
    calls = [
        node
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and (_is_translate(node.func) or _is_noop(node.func))
    ]
    for node in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
        context, text = (_literal(arg) for arg in (node.args + [None, None])[:2])
        if context is not None and text is not None:
            found.append((context, text))
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


def ui_strings() -> list[tuple[str, str]]:
    """Every (context, source) the Qt UI translates, in source order, once."""
    seen: dict[tuple[str, str], None] = {}
    for path in ui_files():
        for key in translate_calls(path)[0]:
            seen.setdefault(key, None)
    return list(seen)


def all_strings() -> list[tuple[str, str]]:
    return [(CONTEXT, text) for text in cli_strings()] + ui_strings()


def write_ts(path: Path, language: str, source_language: str, messages: list[tuple[str, str, str, str]]) -> None:
    """A Qt Linguist file: messages are (context, source, translation, type) with type "" when
    finished; one <context> per context, in the order they first come."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{source_language}">',
    ]
    contexts = list(dict.fromkeys(context for context, *_ in messages))
    for context in contexts:
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for _, source, translation, kind in (m for m in messages if m[0] == context):
            state = f' type="{kind}"' if kind else ""
            lines += [
                "    <message>",
                f"        <source>{escape(source)}</source>",
                f"        <translation{state}>{escape(translation)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines += ["</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def update_english(filled: dict[tuple[str, str], str] | None = None) -> None:
    """Rewrite ibdesk_en.ts for the strings in the source: kept translations stay, `filled` adds
    finished ones, new strings come in unfinished, strings no longer used are marked vanished."""
    from ibdesk.i18n import read_ts

    path = TRANSLATIONS / "ibdesk_en.ts"
    old = {
        key: (forms[0] if forms else "", kind)
        for key, forms, kind in (read_ts(path.read_bytes()) if path.exists() else [])
    }
    old.update({key: (translation, "") for key, translation in (filled or {}).items()})
    wanted = all_strings()
    messages = []
    for key in wanted:
        translation, kind = old.get(key, ("", "unfinished"))
        messages.append((*key, translation, "" if translation and kind == "" else "unfinished"))
    wanted_set = set(wanted)
    messages += [(*key, t, "vanished") for key, (t, _k) in old.items() if key not in wanted_set]
    write_ts(path, "en_GB", "nl_NL", messages)


if __name__ == "__main__":
    update_english()
