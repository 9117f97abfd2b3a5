"""Where a profile lives. Nothing is created at import time."""
from __future__ import annotations

import os
from dataclasses import dataclass
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
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                db.with_name(db.name + "-journal")]

    def exists(self) -> bool:
        return self.keyfile.exists() and self.database.exists()


def bundled_forms_dir() -> Path:
    """The form definitions that ship with ibdesk.

    `IBDESK_FORMS_DIR` wins (a region's own set, set by school IT); then the source
    tree's top-level `forms/` (development); then the installed copy.
    """
    env = os.environ.get("IBDESK_FORMS_DIR")
    if env:
        return Path(env).expanduser()
    source_tree = Path(__file__).resolve().parents[2] / "forms"
    if source_tree.is_dir():
        return source_tree
    import sys

    return Path(sys.prefix) / "share" / "ibdesk" / "forms"


def resources_dir() -> Path:
    """Shipped resources (holidays, fonts): `IBDESK_RESOURCES_DIR`, the source tree, or the install."""
    env = os.environ.get("IBDESK_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    source_tree = Path(__file__).resolve().parents[2] / "resources"
    if source_tree.is_dir():
        return source_tree
    import sys

    return Path(sys.prefix) / "share" / "ibdesk" / "resources"
