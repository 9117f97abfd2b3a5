"""ibdesk installed from its built wheel, not an editable checkout (issue 14 acceptance, issue 15
point 2): `pip install` into a fresh venv and `pip install --target` each find the bundled forms and
resources as package data, and `ibdesk forms check` and `ibdesk demo --no-gui` work there; a stray
`forms/` folder beside the install is never used.

The wheel is built once for this module from the checkout under test (a copy of it, so the build
leaves nothing in the tree). Only ibdesk itself is installed (`--no-deps`): the fresh venv sees the
dependencies (PySide6, SQLAlchemy, …) of the venv running the tests through a `.pth` file that lists
that venv's site-packages, after its own, so ibdesk is imported from the install."""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from ibdesk.paths import bundled_data

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"  # for the test keyring backend (support.file_keyring) in the subprocesses
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "src", "forms", "resources")
YAML_FILES = len(list((ROOT / "forms").rglob("*.yaml")))
DEMO_PUPILS = 3
PIP = ("-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet")


def run(*command: str | Path, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def subprocess_env(pythonpath: list[Path], home: Path) -> dict:
    """The test's environment (test keyring, no machine policy) without the checkout's `src` on the path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in [*pythonpath, TESTS]), "IBDESK_HOME": str(home)}
    env.pop("PYTHONHOME", None)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`pip wheel --no-deps` of a copy of this checkout. With build isolation: pyproject.toml asks for a newer
    setuptools (PEP 639 license metadata) than a test venv may hold; pip gets it from its cache or the index."""
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
        elif (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    run(sys.executable, *PIP, "wheel", "--no-deps", "-w", folder / "dist", source, cwd=folder)
    return next((folder / "dist").glob("ibdesk-*.whl"))


def stray_forms_folders(package: Path, work: Path) -> Path:
    """A broken `forms/` where the old lookup (two folders up from ibdesk/paths.py) looked, and one in
    the working folder; returns the working folder."""
    for folder in (package.parents[1], work):
        stray = folder / "forms"
        stray.mkdir(parents=True, exist_ok=True)
        (stray / "kapot.yaml").write_text("id: [\n", encoding="utf-8")
    return work


def fresh_venv(folder: Path) -> tuple[Path, Path]:
    """A new venv (its python, its site-packages) that also sees this venv's installed dependencies."""
    run(sys.executable, "-m", "venv", "--without-pip", folder, cwd=folder.parent)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=folder).stdout.strip()
    )
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site / "zz-test-dependencies.pth").write_text("".join(f"{path}\n" for path in ours), encoding="utf-8")
    return python, site


def assert_installed_in(package: Path, python: Path, cwd: Path, env: dict) -> None:
    found = run(
        python,
        "-c",
        "import ibdesk, ibdesk.paths as p; print(ibdesk.__file__); "
        "print(p.bundled_forms_dir()); print(p.resources_dir())",
        cwd=cwd,
        env=env,
    ).stdout.splitlines()
    assert found == [
        str(package / "__init__.py"),
        str(package / "bundled" / "forms"),
        str(package / "bundled" / "resources"),
    ]
    assert (package / "bundled" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (package / "bundled" / "forms" / "archive" / "opp-v1.yaml").is_file()
    assert (package / "store" / "migrations" / "versions").is_dir()


def assert_forms_check_and_demo_work(ibdesk: list, package: Path, cwd: Path, env: dict) -> None:
    """`ibdesk forms check` counts the bundled forms; `ibdesk demo --no-gui` fills a fresh profile,
    which `ibdesk cases` then lists (read by the installed copy too)."""
    checked = run(*ibdesk, "forms", "check", cwd=cwd, env=env).stdout
    assert f"Gecontroleerd: {package / 'bundled' / 'forms'}\n" in checked
    assert f"({YAML_FILES} bestanden)" in checked
    home = cwd / "fresh-profile"
    assert not home.exists()
    demo = run(*ibdesk, "--home", home, "demo", "--no-gui", "--pupils", str(DEMO_PUPILS), cwd=cwd, env=env).stdout
    assert f"Demoschool ingevuld: {DEMO_PUPILS} leerlingen, " in demo
    made = int(demo.split(" leerlingen, ")[1].split(" casussen")[0])
    listed = run(*ibdesk, "--home", home, "cases", "--json", cwd=cwd, env=env).stdout
    cases = json.loads(listed)
    assert made > 0 and len(cases) == made
    assert all(case["pupil"] and case["status"] for case in cases)


def test_a_wheel_installed_in_a_fresh_venv_runs_forms_check_and_the_demo(wheel, tmp_path):
    python, site = fresh_venv(tmp_path / "venv")
    run(sys.executable, *PIP, "--python", python, "install", "--no-deps", wheel, cwd=tmp_path)
    package = site / "ibdesk"
    cwd = stray_forms_folders(package, tmp_path / "work")
    env = subprocess_env([], tmp_path / "profile")
    assert_installed_in(package, python, cwd, env)
    script = python.parent / ("ibdesk.exe" if os.name == "nt" else "ibdesk")  # the installed console script
    assert script.is_file()
    assert_forms_check_and_demo_work([script], package, cwd, env)


def test_a_wheel_installed_with_target_runs_forms_check_and_the_demo(wheel, tmp_path):
    target = tmp_path / "site"
    run(sys.executable, *PIP, "install", "--no-deps", "--target", target, wheel, cwd=tmp_path)
    package = target / "ibdesk"
    cwd = stray_forms_folders(package, tmp_path / "work")
    env = subprocess_env([target], tmp_path / "profile")  # before this venv's (editable) ibdesk
    assert_installed_in(package, Path(sys.executable), cwd, env)
    assert_forms_check_and_demo_work([sys.executable, "-m", "ibdesk"], package, cwd, env)


def test_the_editable_checkout_reads_the_folders_at_the_root():
    """Development: `pip install -e` (dev.py) reads forms/ and resources/ where authors edit them."""
    assert bundled_data("forms") == ROOT / "forms" and bundled_data("resources") == ROOT / "resources"
