"""What the desktop app decides before anything heavy is imported: is the profile folder new,
ready to open, or incomplete, and does another process hold it. Only file checks: no
SQLAlchemy, no keyring, no Qt (so the main window can be on screen first)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from ibdesk.paths import ProfilePaths


class ProfileState(Enum):
    NEW = "new"  # nothing in the folder: run the first-run wizard
    READY = "ready"  # key file present: try to open
    INCOMPLETE = "incomplete"  # a database without key file: never overwrite it


def profile_state(home: Path) -> ProfileState:
    paths = ProfilePaths(home)
    if paths.keyfile.exists():
        return ProfileState.READY
    if paths.database.exists():
        return ProfileState.INCOMPLETE
    return ProfileState.NEW


def profile_holder(home: Path) -> str | None:
    """Who has this profile open in another process (Dutch), or None when nobody does."""
    from ibdesk.store import lock

    holder = lock.is_held_elsewhere(home)
    return holder.describe() if holder else None
