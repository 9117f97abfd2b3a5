"""Build hook: the top-level `forms/` and `resources/` ship inside the package as `ibdesk/bundled/`.

The folders stay at the root of the repository (that is where form authors work); a wheel
carries a copy as package data, found at run time through `importlib.resources`
(`ibdesk.paths`). An editable install (`pip install -e`) reads the checkout's folders.
Everything else about the build is in pyproject.toml.
"""

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("forms", "resources")


class BuildWithBundledData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "ibdesk" / "bundled"
        for name in BUNDLED:
            shutil.copytree(
                ROOT / name, target / name, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        compile_translations(target / "resources" / "translations")


def compile_translations(folder: Path) -> None:
    """The .qm files Qt's QTranslator loads, from the .ts catalogs (which ship too: the CLI
    reads those). Built here when pyside6-lrelease is on the PATH; `dev.py test` builds them
    in the checkout, and a copied .qm is kept."""
    lrelease = shutil.which("pyside6-lrelease")
    missing = [str(ts) for ts in sorted(folder.glob("*.ts")) if not ts.with_suffix(".qm").exists()]
    if lrelease and missing:
        subprocess.run([lrelease, "-silent", *missing], check=True)


setup(cmdclass={"build_py": BuildWithBundledData})
