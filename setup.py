"""Build hook: the top-level `forms/` and `resources/` ship inside the package as `ibdesk/bundled/`.

The folders stay at the root of the repository (that is where form authors work); a wheel
carries a copy as package data, found at run time through `importlib.resources`
(`ibdesk.paths`). An editable install (`pip install -e`) reads the checkout's folders.
Everything else about the build is in pyproject.toml.
"""
import shutil
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
            shutil.copytree(ROOT / name, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithBundledData})
