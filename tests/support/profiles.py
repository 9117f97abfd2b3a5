"""Names shared by the test modules (importable; conftest modules are not)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.core
import pytest

FILE_KEYRING = "support.file_keyring.FileKeyring"
FAIL_KEYRING = "keyring.backends.fail.Keyring"
TEST_PASSPHRASE = "paarse-olifant-fietst"


def use_keyring(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Select a backend by name, in the environment and in this process (keyring caches it)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
    keyring.set_keyring(keyring.core.load_keyring(name))


@dataclass
class CreatedProfile:
    """What the `make_profile` fixtures return."""

    home: Path
    store: object  # ibdesk.store.profile.Store
    recovery_key: str
    passphrase: str | None
