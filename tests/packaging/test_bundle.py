"""The frozen build (packaging/pyinstaller) carries every data folder the app reads, where a
package install puts it; the full build and its smoke test are `packaging/build.sh linux`."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import tomllib
from pathlib import Path

import pytest

from .helpers import PACKAGING, ROOT, load

bundle = load("pyinstaller/bundle.py")
SOURCE_ONLY = {"README.md"}  # explains the folder to developers; the app never reads it


def data_folders() -> set[str]:
    """Folders of the source tree holding files the app reads at run time (not modules)."""
    found = set()
    for top in ("forms", "resources"):
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and path.name not in SOURCE_ONLY:
                found.add(path.parent.relative_to(ROOT).as_posix())
    package = ROOT / "src" / "ibdesk"
    for path in package.rglob("*"):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if path.suffix not in (".py", ".pyc") or path.name == "env.py":  # Alembic reads its scripts as files
            found.add(path.parent.relative_to(ROOT).as_posix())
            if path.name == "env.py":
                found.add((path.parent / "versions").relative_to(ROOT).as_posix())
    return found


def test_every_data_folder_is_in_the_frozen_build():
    listed = {folder for folder, _pattern, _dest in bundle.DATA}
    missing = data_folders() - listed
    assert not missing, f"add these folders to packaging/pyinstaller/bundle.py DATA: {sorted(missing)}"
    assert {
        "forms",
        "forms/archive",
        "resources",
        "resources/fonts",
        "src/ibdesk/store/migrations",
        "src/ibdesk/store/migrations/versions",
    } <= listed


def test_every_form_font_and_migration_file_is_bundled():
    bundled = {Path(path).resolve() for path, _dest in bundle.datas()}
    wanted = [
        p
        for top in ("forms", "resources")
        for p in (ROOT / top).rglob("*")
        if p.is_file() and p.name not in SOURCE_ONLY
    ]
    wanted += list((ROOT / "src/ibdesk/store/migrations").rglob("*.py"))
    missing = [p.relative_to(ROOT).as_posix() for p in wanted if p.resolve() not in bundled]
    assert not missing
    assert any(p.suffix == ".ttf" for p in bundled) and any(p.name == "0001_initial.py" for p in bundled)


def test_data_goes_where_a_package_install_puts_it():
    """Each file a wheel installs as data lands at the same place below the frozen app's
    sys.prefix: forms/ and resources/ as `ibdesk/bundled/...` (setup.py's build step, read by
    importlib.resources), and pyproject's package-data beside its module."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    installed = set()
    for name in ("forms", "resources"):
        for path in (ROOT / name).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                installed.add((path.resolve(), f"ibdesk/bundled/{path.parent.relative_to(ROOT).as_posix()}"))
    for glob in config["package-data"]["ibdesk"]:
        for path in (ROOT / "src/ibdesk").glob(glob):
            installed.add((path.resolve(), path.parent.relative_to(ROOT / "src").as_posix()))
    bundled = {(Path(path).resolve(), dest) for path, dest in bundle.datas()}
    assert len(installed) > 20
    missing = sorted(f"{path.relative_to(ROOT)} -> {dest}" for path, dest in installed - bundled)
    assert not missing


@pytest.mark.parametrize("module", bundle.HIDDEN_IMPORTS)
def test_hidden_imports_exist(module):
    assert importlib.util.find_spec(module) is not None, module


@pytest.mark.parametrize("dist", bundle.METADATA + bundle.PACKAGE_DATA)
def test_bundled_metadata_and_package_data_belong_to_installed_distributions(dist):
    assert importlib.metadata.distribution(dist).version


def test_spec_uses_every_list_of_bundle():
    spec = (PACKAGING / "pyinstaller" / "ibdesk.spec").read_text()
    for name in (
        "bundle.datas()",
        "bundle.METADATA",
        "bundle.PACKAGE_DATA",
        "bundle.HIDDEN_IMPORTS",
        "bundle.HIDDEN_PACKAGES",
        "bundle.EXCLUDES",
        '"ibdesk", console=True',
        '"ibdeskw", console=False',
    ):
        assert name in spec, name


def test_licence_is_declared_the_pep_639_way_and_ships_with_the_frozen_app():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "EUPL-1.2" and "LICENSE" in project["license-files"]
    assert (ROOT / "LICENSE").read_text().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert importlib.metadata.metadata("ibdesk")["License-Expression"] == "EUPL-1.2"
    assert (str(ROOT / "LICENSE"), "share/doc/ibdesk") in bundle.datas()
