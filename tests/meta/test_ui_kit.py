"""One UI kit (issue 14, move 4): the palette, the style sheet and the shared widgets live in
`ui/kit/` and nowhere else. Outside it no module builds a QPalette, sets a style sheet, writes
a style-sheet rule or a hex colour, and no kit widget has a second definition.

Allowed outside the kit: named colours ("white") and Qt's own QColor(r, g, b, a) for a shadow,
HTML `style='…'` attributes inside rich text (margins of a bullet, a colour taken from the
palette), and `app.setPalette(palette.application_palette())` in ui/theme.py."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).parents[2] / "src" / "ibdesk" / "ui"
KIT = UI / "kit"
RULE = re.compile(r"[\w\]\)*#:!-]\s*\{[^{}]*\b[a-z-]+\s*:[^{}]*\}")  # `selector { property: value }`
DIALOGS = ("QMessageBox", "QFileDialog", "QInputDialog")
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def outside_kit() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if KIT not in p.parents)


def strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string literal; an f-string whole, each `{value}` in it read as `0`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            found.append(
                (node.lineno, "".join(part.value if isinstance(part, ast.Constant) else "0" for part in node.values))
            )
    return found


def called(tree: ast.AST, name: str) -> list[ast.Call]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)) == name:
                found.append(node)
    return found


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(UI.parent)}:{line}"


def test_the_kit_exists_and_holds_the_whole_sheet():
    for name in ("palette.py", "style.py", "banner.py", "lists.py", "buttons.py", "messages.py"):
        assert (KIT / name).is_file(), name
    from ibdesk.ui.kit import style

    assert len(RULE.findall(style.SHEET)) > 90  # every rule of the look, in the one sheet


def test_no_palette_outside_the_kit():
    found = []
    for path in outside_kit():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [where(path, call.lineno) for call in called(tree, "QPalette")]
        for call in called(tree, "setPalette"):
            if ast.unparse(call.args[0]) != "palette.application_palette()":
                found.append(where(path, call.lineno))
    assert found == []


def test_no_style_sheet_outside_the_kit():
    found = []
    for path in outside_kit():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{where(path, call.lineno)} setStyleSheet" for call in called(tree, "setStyleSheet")]
        found += [f"{where(path, line)} {text[:40]!r}" for line, text in strings(tree) if RULE.search(text)]
    assert found == []


def test_no_hex_colour_outside_the_kit():
    found = []
    for path in outside_kit():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{where(path, line)} {text[:40]!r}" for line, text in strings(tree) if HEX.search(text)]
    assert found == []


def test_every_modal_dialog_is_in_the_kit():
    """Messages, questions, file and password prompts: ui/kit/messages.py (tests replace it)."""
    found = []
    for path in outside_kit():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            where(path, getattr(node, "lineno", 0))
            for node in ast.walk(tree)
            if (isinstance(node, ast.Name) and node.id in DIALOGS)
            or (isinstance(node, ast.alias) and node.name in DIALOGS)
        ]
    assert found == []


def test_each_kit_widget_is_defined_once():
    """Every class and function the kit defines at top level has no namesake elsewhere in ui/,
    and the pairs it replaced are gone."""
    defined: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                defined.setdefault(node.name, []).append(where(path, node.lineno))
    kit_names = {
        node.name
        for path in KIT.glob("*.py")
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and not node.name.startswith("_")
    }
    assert {
        "Banner",
        "BulletList",
        "bullet_html",
        "button",
        "set_tone",
        "application_palette",
        "confirm",
        "ask_password",
    } <= kit_names
    twice = {name: places for name, places in defined.items() if name in kit_names and len(places) > 1}
    assert twice == {}
    replaced = {"push_button", "banner", "bullets", "ask_open_path"} & {
        name for name, places in defined.items() for place in places if "dossier/" in place
    }
    assert replaced == set()


def test_the_checks_catch_what_they_forbid():
    """The patterns above find a second sheet, a hex colour and a palette when there is one."""
    tree = ast.parse('w.setStyleSheet(f"QLabel#x {{ color: {c}; }}")\np = QPalette()\nc = "#b00020"\n')
    assert called(tree, "setStyleSheet") and called(tree, "QPalette")
    assert any(RULE.search(text) for _, text in strings(tree))
    assert any(HEX.search(text) for _, text in strings(tree))
    assert not RULE.search("<p style='margin: 0px 0px 3px 16px; text-indent: -14px'>•</p>")
