"""The command line talks to services, never to the store (issue 14, move 3): the CLI opens,
backs up, restores, rekeys and recovers a profile with the same functions the UI uses
(services/profile.py), so both prove the database intact the same way before anything is written."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[2] / "src" / "ibdesk"


def store_imports(path: Path) -> list[str]:
    """'line: module' for every import of ibdesk.store (at any depth: inside functions too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module] if node.module != "ibdesk" else [f"ibdesk.{alias.name}" for alias in node.names]
        else:
            continue
        found += [f"{node.lineno}: {m}" for m in modules if m == "ibdesk.store" or m.startswith("ibdesk.store.")]
    return sorted(found, key=lambda text: int(text.split(":")[0]))


def test_no_cli_module_imports_the_store():
    modules = sorted((SRC / "cli").rglob("*.py"))
    assert modules, "src/ibdesk/cli has no modules"
    offenders = {str(p.relative_to(SRC)): store_imports(p) for p in modules if store_imports(p)}
    assert offenders == {}, f"the CLI must go through ibdesk.services, not ibdesk.store: {offenders}"


def test_the_check_sees_an_import_of_the_store(tmp_path):
    """The check itself: a module importing the store, even inside a function, is caught."""
    module = tmp_path / "bad.py"
    module.write_text(
        "def f():\n    from ibdesk.store.profile import open_profile\n"
        "from ibdesk import store\nimport ibdesk.store.backup\n",
        encoding="utf-8",
    )
    assert store_imports(module) == ["2: ibdesk.store.profile", "3: ibdesk.store", "4: ibdesk.store.backup"]
