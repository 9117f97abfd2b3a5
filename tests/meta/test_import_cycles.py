"""No two modules of src/ibdesk import each other (issue 14, move 4).

The graph is read from the source (AST), not from a running interpreter: an edge is an
import statement that runs when the module is imported (top level, also inside `if`/`try`
and class bodies; not inside functions, not under `if TYPE_CHECKING:`). A cycle of such
edges means a reader cannot understand one module without the other, and the import order
decides whether the program starts. Two pairs that used to be tangled (the form row and the
repeated group; the profile and its backups) are held to one direction or none, also for
imports inside a function.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from meta.test_layers import SRC, _module_name, from_base

# (a, b, may a import b): a repeated group builds its rows through BuildContext.make_row, so
# rows and groups know nothing of each other; a backup copies and restores a profile's Store,
# so backup may import profile, and opening a profile (which makes backups) lives above both
# in store/opening.py.
UNTANGLED = [
    ("ibdesk.ui.forms.rows", "ibdesk.ui.forms.group_widget", False),
    ("ibdesk.store.backup", "ibdesk.store.profile", True),
]


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runs_at_import(node: ast.AST) -> Iterator[ast.AST]:
    """The statements below `node` that run when the module is imported."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield other
                yield from _runs_at_import(other)
            continue
        yield child
        yield from _runs_at_import(child)


def targets(node: ast.AST, module: str, package: bool, modules: set[str]) -> set[str]:
    """The project modules one statement imports. `from pkg import sub` imports the module
    `pkg.sub`; it reaches `pkg` itself only for a name defined there (its `__init__`), so a
    module that takes a sibling with `from . import x` does not depend on its package."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & modules
    if not isinstance(node, ast.ImportFrom):
        return set()
    base = from_base(node, module, package)
    subs = {f"{base}.{alias.name}" for alias in node.names}
    found = subs & modules
    return found | ({base} & modules if subs - modules else set())


def module_level_imports(source: str, module: str, modules: set[str], package: bool = False) -> set[str]:
    found: set[str] = set()
    for node in _runs_at_import(ast.parse(source)):
        found |= targets(node, module, package, modules)
    return found


def all_imports(source: str, module: str, modules: set[str], package: bool = False) -> set[str]:
    """Also the imports inside functions and under `if TYPE_CHECKING:`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        found |= targets(node, module, package, modules)
    return found


def import_graph(everywhere: bool = False) -> dict[str, set[str]]:
    """module -> the project modules it imports (at module level, or `everywhere`)."""
    modules = _modules()
    read = all_imports if everywhere else module_level_imports
    graph = {}
    for name, path in modules.items():
        names = read(path.read_text(encoding="utf-8"), name, set(modules), path.name == "__init__.py")
        graph[name] = names - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_module_level_import_cycle():
    assert cycles(import_graph()) == []


def test_the_untangled_pairs_import_one_way_or_not_at_all():
    graph = import_graph(everywhere=True)
    offenders = [f"{b} imports {a}" for a, b, _ in UNTANGLED if a in graph[b]]
    offenders += [f"{a} imports {b}" for a, b, allowed in UNTANGLED if not allowed and b in graph[a]]
    assert offenders == []


def test_the_graph_holds_the_modules_it_checks():
    """A graph that missed the modules (a wrong SRC, a parse that found nothing) would pass."""
    graph = import_graph(everywhere=True)
    for a, b, _ in UNTANGLED:
        assert a in graph and b in graph
    assert "ibdesk.ui.forms.row_base" in graph["ibdesk.ui.forms.group_widget"]
    assert "ibdesk.store.profile" in graph["ibdesk.store.backup"] - graph["ibdesk.store.profile"]
    assert "ibdesk.store.backup" in import_graph()["ibdesk.store.opening"]


def test_the_checks_see_what_they_must_refuse():
    source = (
        "from typing import TYPE_CHECKING\nfrom . import b\nif TYPE_CHECKING:\n    from . import c\n"
        "else:\n    from . import d\ntry:\n    import ibdesk.e\nexcept ImportError:\n    pass\n"
        "class K:\n    from . import f\ndef g():\n    from . import h\n"
    )
    names = {f"ibdesk.{c}" for c in "abcdefgh"} | {"ibdesk"}
    assert module_level_imports(source, "ibdesk.a", names) == {"ibdesk.b", "ibdesk.d", "ibdesk.e", "ibdesk.f"}
    assert all_imports(source, "ibdesk.a", names) == names - {"ibdesk", "ibdesk.a", "ibdesk.g"}
    package = {"ibdesk.forms", "ibdesk.forms.model", "ibdesk.forms.answers"}
    assert all_imports("from . import model\n", "ibdesk.forms.answers", package) == {"ibdesk.forms.model"}
    assert all_imports("from . import default_item\n", "ibdesk.forms.answers", package) == {"ibdesk.forms"}
    assert all_imports("from ibdesk.forms import model, default_item\n", "x", package) == package - {
        "ibdesk.forms.answers"
    }
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
