"""What the frozen build carries besides Python modules. Read by `ibdesk.spec` and by the tests.

Data goes where a wheel puts it, relative to the frozen folder's `sys.prefix` (PyInstaller's
`_internal/`): the forms and resources as package data under `ibdesk/bundled/` (setup.py's build
step), the Alembic scripts beside `ibdesk/store/migrate.py` (pyproject's `package-data`), so
`ibdesk.paths` (importlib.resources) and `ibdesk.store.migrate` find them as in a pip install.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (folder in the source tree, file pattern, folder inside the frozen app's sys.prefix)
DATA: list[tuple[str, str, str]] = [
    ("forms", "*.yaml", "ibdesk/bundled/forms"),
    ("forms", "*.md", "ibdesk/bundled/forms"),
    ("forms/archive", "*.yaml", "ibdesk/bundled/forms/archive"),
    ("resources", "*.yaml", "ibdesk/bundled/resources"),
    ("resources/fonts", "*", "ibdesk/bundled/resources/fonts"),
    # The catalogs: .ts read by the command line (ibdesk.i18n), .qm (built by build.sh with
    # pyside6-lrelease) for Qt's QTranslator.
    ("resources/translations", "*.ts", "ibdesk/bundled/resources/translations"),
    ("resources/translations", "*.qm", "ibdesk/bundled/resources/translations"),
    # Alembic loads env.py and the revisions as source files from this folder.
    ("src/ibdesk/store/migrations", "*.py", "ibdesk/store/migrations"),
    ("src/ibdesk/store/migrations/versions", "*.py", "ibdesk/store/migrations/versions"),
    # The EUPL asks for a copy of the licence with every copy of the program.
    (".", "LICENSE", "share/doc/ibdesk"),
]

# Distributions whose metadata the app reads at run time: keyring finds its backends
# through entry points; pyHanko and the certificate validator read their own versions.
METADATA = ["keyring", "pyHanko", "pyhanko-certvalidator"]

# Packages whose own data files the app needs: holidays' translations (gettext .mo files;
# without them `holidays.NL()` raises FileNotFoundError and no school calendar is made).
PACKAGE_DATA = ["holidays"]

# Imported by name at run time, so PyInstaller's analysis cannot see them.
HIDDEN_IMPORTS = [
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.kwallet",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    # pyHanko's certificate fetchers use aiohttp (revocation info, timestamps).
    "aiohttp",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers",
    "sqlcipher3.dbapi2",
    "ibdesk.store.migrations.env",
]
# Whole packages whose submodules are imported by name: by the Alembic scripts (data files)
# and by holidays' lazy country registry.
HIDDEN_PACKAGES = ["alembic", "ibdesk", "holidays"]
# Test helpers inside those packages that must not (and cannot) be frozen.
HIDDEN_SKIP = ("alembic.testing",)

# Parts of the dependencies ibdesk never uses at run time. setuptools/pkg_resources come in
# only through cffi's build helpers; their runtime hooks cost a third of the start time.
EXCLUDES = [
    "tkinter",
    "pytest",
    "hypothesis",
    "pytestqt",
    "IPython",
    "matplotlib",
    "numpy",
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
    "distutils",
]


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(file, destination folder) pairs for PyInstaller's `datas`."""
    pairs = []
    for folder, pattern, dest in DATA:
        for path in sorted((root / folder).glob(pattern)):
            if path.is_file() and path.suffix != ".pyc":
                pairs.append((str(path), dest))
    return pairs
