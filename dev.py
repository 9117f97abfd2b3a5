#!/usr/bin/env python3
"""Bootstrap for developers: `python3 dev.py demo` and `python3 dev.py test`.

Each command creates `.venv` next to this file when needed, installs ibdesk with its
test extras (only again when pyproject.toml changed), then runs. Uses nothing but the
standard library, so it works on a fresh machine with Python 3.11+ (Linux, macOS, Windows).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".ibdesk-install-stamp"
DEMO_HOME = ROOT / ".demo-profile"
# Debian packages some tests use: the PDF tests look at rendered pages and embedded fonts;
# the packaging tests build a .deb and an MSI (wixl) and read its tables (msitools).
SYSTEM_PACKAGES = {
    "pdftoppm": "poppler-utils",
    "wixl": "wixl",
    "msiinfo": "msitools",
    "fakeroot": "fakeroot",
    "objdump": "binutils",
}


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def install_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> Path:
    if not venv_python().exists():
        print("ibdesk: creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = install_stamp()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("ibdesk: installing dependencies into .venv ...", flush=True)
        pip = [str(venv_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    return venv_python()


def ensure_system_packages() -> None:
    """Install missing Debian tools the tests use, when we can (root + apt)."""
    missing = [pkg for tool, pkg in SYSTEM_PACKAGES.items() if shutil.which(tool) is None]
    if not missing or not sys.platform.startswith("linux") or shutil.which("apt-get") is None:
        return
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        print(f"ibdesk: please install {' '.join(missing)} (PDF and packaging tests need them)")
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=False, env=env, stdout=subprocess.DEVNULL)


def build_translations(python: Path) -> None:
    """Compile resources/translations/*.ts (Qt Linguist, the single source of ibdesk's English
    and of argparse's Dutch) into the .qm files Qt's QTranslator loads; .qm files are not committed."""
    name = "pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"
    lrelease = python.with_name(name)
    sources = sorted(str(p) for p in (ROOT / "resources" / "translations").glob("*.ts"))
    if sources and lrelease.exists():
        subprocess.run([str(lrelease), "-silent", *sources], check=True)


def run_tests(args: list[str]) -> int:
    python = ensure_venv()
    ensure_system_packages()
    build_translations(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(python), "-m", "pytest", "-q", *args], cwd=ROOT, env=env)


def run_demo(args: list[str]) -> int:
    python = ensure_venv()
    build_translations(python)
    env = dict(os.environ)
    env.setdefault("IBDESK_HOME", str(DEMO_HOME))
    print(f"ibdesk: demo profile in {env['IBDESK_HOME']}", flush=True)
    return subprocess.call([str(python), "-m", "ibdesk", "demo", *args], env=env)


def main(argv: list[str]) -> int:
    commands = {"test": run_tests, "demo": run_demo}
    if not argv or argv[0] not in commands:
        print("usage: python3 dev.py demo [ibdesk demo options] | test [pytest options]")
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
