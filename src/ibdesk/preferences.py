"""This user's own preferences on this computer, outside the encrypted profile.

They hold no pupil data and must apply before a profile is unlocked (the language of the
unlock screen), so they live in a small JSON file in the per-user config folder
(`IBDESK_CONFIG_DIR`, else platformdirs' user_config_dir: %APPDATA%\\ibdesk on Windows,
~/.config/ibdesk on Linux, ~/Library/Application Support/ibdesk on macOS), shared by every
profile of this user. A file that cannot be read counts as no preference.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ibdesk.i18n import LANGUAGES

PREFERENCES_FILE = "preferences.json"
CONFIG_ENV = "IBDESK_CONFIG_DIR"


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    # roaming: on Windows %APPDATA% (it follows the user), apart from the profile in %LOCALAPPDATA%
    return Path(platformdirs.user_config_dir("ibdesk", appauthor=False, roaming=True))


def preferences_path() -> Path:
    return config_dir() / PREFERENCES_FILE


def read_preferences() -> dict:
    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def chosen_language() -> str | None:
    """The language chosen in Instellingen ("nl" or "en"), None when none was chosen."""
    value = read_preferences().get("language")
    return value if value in LANGUAGES else None


def save_language(code: str) -> None:
    """Remember the choice for the next start (written whole, then moved into place)."""
    if code not in LANGUAGES:
        raise ValueError(code)
    data = {**read_preferences(), "language": code}
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)
