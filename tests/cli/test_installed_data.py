"""ibdesk installed from a wheel (not an editable checkout) finds its bundled forms and resources
as package data (issue 15 point 2); a stray `forms/` folder beside the install is never used.

Builds a real wheel, so it takes some seconds."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ibdesk.paths import bundled_data

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "src", "forms", "resources")


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600,
                            env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_a_wheel_install_uses_its_package_data_not_a_stray_forms_folder(tmp_path):
    source = tmp_path / "source"  # a copy, so the build leaves nothing in the checkout
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
        elif (ROOT / name).exists():
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    run("-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check", "-w", str(tmp_path / "wheel"),
        str(source), cwd=tmp_path)
    wheel = next((tmp_path / "wheel").glob("ibdesk-*.whl"))
    target = tmp_path / "site"
    run("-m", "pip", "install", "--no-deps", "--quiet", "--disable-pip-version-check", "--target", str(target),
        str(wheel), cwd=tmp_path)
    stray = tmp_path / "forms"  # where the old lookup (two folders up from ibdesk/paths.py) looked
    stray.mkdir()
    (stray / "kapot.yaml").write_text("id: [\n", encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(target), os.environ.get("PYTHONPATH")]))  # + the test keyring
    env = {"PYTHONPATH": path, "IBDESK_HOME": str(tmp_path / "profile")}
    found = run("-c", "import ibdesk, ibdesk.paths as p; print(ibdesk.__file__); print(p.bundled_forms_dir()); "
                "print(p.resources_dir())", cwd=tmp_path, env=env).stdout.splitlines()
    package = target / "ibdesk"
    assert found == [str(package / "__init__.py"), str(package / "bundled" / "forms"),
                     str(package / "bundled" / "resources")]
    assert (package / "bundled" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (package / "bundled" / "forms" / "archive" / "opp-v1.yaml").is_file()
    assert (package / "store" / "migrations" / "versions").is_dir()
    checked = run("-m", "ibdesk", "forms", "check", cwd=tmp_path, env=env).stdout
    yaml_files = len(list((ROOT / "forms").rglob("*.yaml")))
    assert f"Gecontroleerd: {package / 'bundled' / 'forms'}\n" in checked and f"({yaml_files} bestanden)" in checked
    demo = run("-m", "ibdesk", "demo", "--no-gui", "--pupils", "3", cwd=tmp_path, env=env).stdout
    assert "Demoschool ingevuld: 3 leerlingen" in demo


def test_the_editable_checkout_reads_the_folders_at_the_root():
    """Development: `pip install -e` (dev.py) reads forms/ and resources/ where authors edit them."""
    assert bundled_data("forms") == ROOT / "forms" and bundled_data("resources") == ROOT / "resources"
