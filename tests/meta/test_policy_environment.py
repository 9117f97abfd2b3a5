"""The machine policy is an object passed to Services.build, not written into os.environ on
every call (issue 14, move 5): no module in services/, nor policy.py, sets an environment variable."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[2] / "src" / "ibdesk"
WRITERS = {"update", "setdefault", "pop", "clear", "__setitem__"}


def environment_writes(path: Path) -> list[int]:
    """Lines that assign to or delete from os.environ, call its writing methods, or os.putenv."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        elif isinstance(node, ast.Delete):
            targets = node.targets
        if any(isinstance(t, ast.Subscript) and _is_environ(t.value) for t in targets):
            found.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            call = node.func
            if (call.attr in WRITERS and _is_environ(call.value)) or (
                call.attr in ("putenv", "unsetenv") and isinstance(call.value, ast.Name) and call.value.id == "os"
            ):
                found.append(node.lineno)
    return sorted(found)


def _is_environ(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    ) or (isinstance(node, ast.Name) and node.id == "environ")


def test_services_and_the_policy_never_write_the_environment():
    modules = sorted((SRC / "services").rglob("*.py")) + [SRC / "policy.py"]
    offenders = {str(p.relative_to(SRC)): environment_writes(p) for p in modules if environment_writes(p)}
    assert offenders == {}, f"pass the policy as an object instead of writing os.environ: {offenders}"


def test_the_check_sees_every_way_of_writing_the_environment(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text(
        "import os\nos.environ['A'] = 'x'\nos.environ.update(B='y')\nos.putenv('C', 'z')\n"
        "del os.environ['A']\nos.environ.get('D')\n",
        encoding="utf-8",
    )
    assert environment_writes(module) == [2, 3, 4, 5]
