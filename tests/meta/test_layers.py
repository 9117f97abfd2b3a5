"""The layers of src/ibdesk import downwards only (issue 14): `dossier/` renders and never
imports the service layer above it, and no module is looked up by name at run time
(`importlib.import_module`), so every dependency is an import statement a reader and a
checker can follow. `dossier/` only renders: it is handed plain records and never reads
the store itself (no store, session or services object reaches it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[2] / "src" / "ibdesk"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, package: bool = False) -> set[str]:
    """Every module an import statement names, at any depth (function-level imports
    included), with relative imports resolved against `module`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        found |= import_names(node, module, package)
    return found


def import_names(node: ast.AST, module: str, package: bool = False) -> set[str]:
    """What one statement imports (empty for anything but an import): each name both as a
    module and as `module.name`, since `from a import b` may import the module `a.b`."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    if not isinstance(node, ast.ImportFrom):
        return set()
    base = from_base(node, module, package)
    return {base} | {f"{base}.{alias.name}" for alias in node.names}


def from_base(node: ast.ImportFrom, module: str, package: bool = False) -> str:
    """The module `from … import` reads from, relative imports resolved against `module`."""
    base = node.module or ""
    if node.level:
        parent = module.split(".") if package else module.split(".")[:-1]
        parent = parent[: len(parent) - node.level + 1]
        base = ".".join(parent + ([base] if base else []))
    return base


def dynamic_imports(source: str) -> list[int]:
    """Lines that import a module by a name computed at run time: `importlib.import_module`,
    `import_module` or `__import__`, unless the name is a literal outside ibdesk."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in ("import_module", "__import__"):
            continue
        first = node.args[0] if node.args else None
        literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
        if not literal or first.value.startswith(("ibdesk", ".")):
            lines.append(node.lineno)
    return lines


def _sources(folder: Path):
    return sorted(folder.rglob("*.py"))


def test_dossier_never_imports_the_service_layer():
    offenders = []
    for path in _sources(SRC / "dossier"):
        names = imported_modules(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")
        offenders += [
            f"{path.relative_to(SRC)}: {n}"
            for n in sorted(names)
            if n == "ibdesk.services" or n.startswith("ibdesk.services.")
        ]
    assert offenders == []


GATHERING_NAMES = {"services", "store", "session"}
STORE_MODULES = ("ibdesk.store", "sqlalchemy")


def gathering(source: str, module: str, package: bool = False) -> list[str]:
    """'line: what' for everything by which a module could read the store itself: a parameter
    named services/store/session, an attribute `.services`/`.store`/`.session` (`x.store`,
    `store.session()`), a plain name `store` or `services` used in a body, and an import
    of ibdesk.store or sqlalchemy (at any depth)."""
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.arg in GATHERING_NAMES:
            found.append(f"{node.lineno}: parameter {node.arg}")
        elif isinstance(node, ast.Attribute) and node.attr in GATHERING_NAMES:
            found.append(f"{node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in GATHERING_NAMES:
            found.append(f"{node.lineno}: name {node.id}")
    found += [
        f"import {name}"
        for name in sorted(imported_modules(source, module, package))
        if any(name == m or name.startswith(m + ".") for m in STORE_MODULES)
    ]
    return found


def test_dossier_only_renders_what_it_is_handed():
    """Every function in dossier/ takes data already read (records, lists, the overview) and
    returns a document or PDF bytes; the gathering is services/dossier_sources.py."""
    offenders = {}
    for path in _sources(SRC / "dossier"):
        found = gathering(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")
        if found:
            offenders[str(path.relative_to(SRC))] = found
    assert offenders == {}


def test_the_gathering_check_sees_each_way_of_reading_the_store():
    """The check above would pass on anything if it saw nothing: each form is caught."""
    module = "ibdesk.dossier.x"
    assert gathering("def f(services, case_id):\n    return 1\n", module) == ["1: parameter services"]
    assert gathering("def f(*, store=None):\n    pass\n", module) == ["1: parameter store"]
    assert gathering("def f(ctx):\n    return ctx.store.get_setting('x')\n", module) == ["2: .store"]
    assert gathering("def f(s):\n    with s.session() as t:\n        pass\n", module) == ["2: .session"]
    assert gathering("x = lambda session: 1\n", module) == ["1: parameter session"]
    assert gathering("def f():\n    from ibdesk.store import models\n", module) == [
        "import ibdesk.store",
        "import ibdesk.store.models",
    ]
    assert gathering("from sqlalchemy import select\n", module) == ["import sqlalchemy", "import sqlalchemy.select"]
    assert gathering("from ..store.files import atomic_write\n", module) == [
        "import ibdesk.store.files",
        "import ibdesk.store.files.atomic_write",
    ]
    assert gathering("def f(overview, plan, found):\n    return found.saved, plan.day\n", module) == []


def test_no_project_module_is_imported_by_a_computed_name():
    offenders = [
        f"{path.relative_to(SRC)}:{line}"
        for path in _sources(SRC)
        for line in dynamic_imports(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_checks_see_what_they_must_refuse():
    """The two checks above would pass on anything if they saw nothing: prove they catch each form."""
    caught = imported_modules(
        "def f():\n    from ibdesk.services.export_documents import export_case\n", "ibdesk.dossier.x"
    )
    assert "ibdesk.services.export_documents" in caught
    assert "ibdesk.services" in imported_modules("from ibdesk import services\n", "ibdesk.dossier.x")
    assert "ibdesk.services.forms" in imported_modules("from ..services import forms\n", "ibdesk.dossier.x")
    assert "ibdesk.services.forms" in imported_modules("import ibdesk.services.forms\n", "ibdesk.dossier.x")
    assert imported_modules("from . import sources\n", "ibdesk.dossier", package=True) >= {"ibdesk.dossier.sources"}
    assert dynamic_imports("import importlib\nimportlib.import_module('ibdesk.dossier')\n") == [2]
    assert dynamic_imports("from importlib import import_module\nimport_module(name)\n") == [2]
    assert dynamic_imports("__import__('ibdesk.ui.pages')\n") == [1]
    assert dynamic_imports("import importlib\nimportlib.import_module('keyring.backends')\n") == []


# The bottom layers: `text` (Dutch dates, numbers, labels) under `domain`; neither knows Qt, the
# database or any ibdesk layer above it, so the UI, the CLI and the PDFs can all use them.
# `i18n` (the language and its catalog, no Qt) sits beside them: their messages say `tr(...)`.
BOTTOM_LAYERS = {
    "text": ("ibdesk.text", "ibdesk.errors", "ibdesk.i18n"),
    "domain": ("ibdesk.domain", "ibdesk.text", "ibdesk.errors", "ibdesk.i18n"),
}
NEVER_BELOW = ("PySide6", "shiboken6", "sqlalchemy", "sqlcipher3", "reportlab", "pyhanko")


def _refused(name: str, allowed: tuple[str, ...]) -> bool:
    if name.split(".")[0] in NEVER_BELOW:
        return True
    if name == "ibdesk" or name.startswith("ibdesk."):
        return not any(name == a or name.startswith(a + ".") for a in allowed)
    return False


@pytest.mark.parametrize("layer", sorted(BOTTOM_LAYERS))
def test_the_bottom_layers_import_nothing_above_them(layer):
    sources = _sources(SRC / layer)
    assert sources, f"src/ibdesk/{layer} has no modules"
    offenders = []
    for path in sources:
        names = imported_modules(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")
        offenders += [f"{path.relative_to(SRC)}: {n}" for n in sorted(names) if _refused(n, BOTTOM_LAYERS[layer])]
    assert offenders == []


def test_the_bottom_layer_check_refuses_what_it_must():
    text = BOTTOM_LAYERS["text"]
    assert _refused("PySide6.QtCore", text) and _refused("sqlalchemy.orm", text)
    assert _refused("ibdesk.domain.consent", text) and _refused("ibdesk.ui", text)
    assert not _refused("ibdesk.errors", text) and not _refused("ibdesk.text.numbers", text)
    assert not _refused("datetime", text) and not _refused("re", text)
    assert _refused("ibdesk.services.consent", BOTTOM_LAYERS["domain"])
    assert not _refused("ibdesk.text.dates", BOTTOM_LAYERS["domain"])
    assert not _refused("ibdesk.i18n", BOTTOM_LAYERS["domain"]) and not _refused("ibdesk.i18n", text)


def test_i18n_is_at_the_bottom_too():
    """text and domain may call `ibdesk.i18n.tr`: so i18n itself imports no Qt and no ibdesk
    module but `ibdesk.paths` (which imports none), or the bottom layers would reach up through it."""
    allowed = ("ibdesk.i18n", "ibdesk.paths")
    for module in ("i18n", "paths"):
        path = SRC / f"{module}.py"
        names = imported_modules(path.read_text(encoding="utf-8"), f"ibdesk.{module}")
        assert [n for n in sorted(names) if _refused(n, allowed)] == [], module


# Every package of src/ibdesk by layer, lowest first. A module may import its own layer and
# any layer below; the entry points (the CLI, the app, the self-test) sit on top together.
LAYER_RANK = {
    "errors": 0, "paths": 0, "text": 0, "i18n": 0,
    "logsetup": 1, "domain": 1, "preferences": 1,
    "forms": 2, "importing": 2,
    "store": 3,
    "dossier": 4,
    "services": 5, "policy": 5, "policy_registry": 5,
    "ui": 6,
    "cli": 7, "app": 7, "selftest": 7, "selftest_gui": 7, "__main__": 7,
}  # fmt: skip


def _layer(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if parts[0] == "ibdesk" and len(parts) > 1 else None


def upward_imports(source: str, module: str, package: bool = False) -> list[str]:
    mine = _layer(module)
    names = imported_modules(source, module, package)
    return sorted(
        f"{module} -> {n}" for n in names if (other := _layer(n)) in LAYER_RANK and LAYER_RANK[other] > LAYER_RANK[mine]
    )


def test_every_package_has_a_layer():
    packages = {_layer(_module_name(p)) for p in SRC.rglob("*.py")} - {None}
    assert packages - set(LAYER_RANK) == set()


def test_no_module_imports_a_layer_above_it():
    """Issue 14: store does not reach into dossier, dossier not into services, services not into
    the UI — also through imports inside functions."""
    found = [
        line
        for path in sorted(SRC.rglob("*.py"))
        for line in upward_imports(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")
    ]
    assert found == []


def test_the_layer_check_sees_an_upward_import():
    source = "def f():\n    from ibdesk.dossier.credentials import Credentials\n"
    assert upward_imports(source, "ibdesk.store.anchor") == [
        "ibdesk.store.anchor -> ibdesk.dossier.credentials",
        "ibdesk.store.anchor -> ibdesk.dossier.credentials.Credentials",
    ]
    assert upward_imports(source, "ibdesk.services.export") == []
