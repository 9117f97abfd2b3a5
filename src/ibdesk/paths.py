"""Where a profile lives. Nothing is created at import time."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

APP_NAME = "ibdesk"


def default_home() -> Path:
    """`IBDESK_HOME` if set, else the platform's per-user data folder."""
    env = os.environ.get("IBDESK_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no folder was given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class ProfilePaths:
    """The files of one profile folder."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "ibdesk.db"

    @property
    def keyfile(self) -> Path:
        return self.home / "keys.json"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    def database_siblings(self) -> list[Path]:
        """The database and the files SQLite keeps beside it."""
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), db.with_name(db.name + "-journal")]

    def exists(self) -> bool:
        return self.keyfile.exists() and self.database.exists()


def bundled_forms_dir() -> Path:
    """The form definitions that ship with ibdesk.

    `IBDESK_FORMS_DIR` replaces them (development and tests only); a region's own forms come
    on top of these, from the machine policy (`services/form_folders.py`), never instead.
    """
    env = os.environ.get("IBDESK_FORMS_DIR")
    if env:
        return Path(env).expanduser()
    return bundled_data("forms")


def resources_dir(folder: str | Path | None = None) -> Path:
    """Resources (holidays, fonts): `folder` when given (the machine policy's `resources_dir`,
    passed explicitly: see `Policy.resources`), else the bundled set."""
    if folder:
        return Path(folder).expanduser()
    return bundled_data("resources")


def bundled_data(name: str) -> Path:
    """A data folder shipped with ibdesk (`forms`, `resources`).

    Installed or frozen, it is package data (`ibdesk/bundled/<name>`, see setup.py), found
    through `importlib.resources`; nothing beside the executable or under `sys.prefix` is
    looked at. Code running from a checkout (editable install, `PYTHONPATH=src`) reads the
    folder at the checkout's root; failing that, the checkout an editable install record names.
    """
    packaged = Path(str(resources.files("ibdesk").joinpath("bundled", name)))
    if packaged.is_dir():
        return packaged
    source = _source_checkout()
    if source is not None and (source / name).is_dir():
        return source / name
    checkout = _editable_checkout()
    if checkout is not None and (checkout / name).is_dir():
        return checkout / name
    return packaged  # absent: `ibdesk forms check` and the font loader say so


def _source_checkout() -> Path | None:
    """The checkout this code runs from (`src/ibdesk` of a folder with pyproject.toml): an
    editable install, or `PYTHONPATH=src` in a checkout; None when installed or frozen."""
    if getattr(sys, "frozen", False):
        return None
    root = Path(__file__).resolve().parents[2]
    return root if (root / "pyproject.toml").is_file() and (root / "src" / APP_NAME).is_dir() else None


@lru_cache(maxsize=1)
def _editable_checkout() -> Path | None:
    """The source folder of a `pip install -e` (from its install record, PEP 610), else None."""
    if getattr(sys, "frozen", False):
        return None
    import json
    from importlib import metadata
    from urllib.parse import urlparse
    from urllib.request import url2pathname

    try:
        record = metadata.distribution(APP_NAME).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    try:
        data = json.loads(record or "{}")
    except ValueError:
        return None
    url = data.get("url", "")
    if not data.get("dir_info", {}).get("editable") or not url.startswith("file:"):
        return None
    return Path(url2pathname(urlparse(url).path))
