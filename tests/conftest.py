"""Shared fixtures. Every test gets its own profile folder and its own test keyring.

Qt runs offscreen (set here, before anything imports Qt); no test ever touches the
real OS keyring or the user's real profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The suite reads Dutch texts, whatever the locale of the machine running it (ibdesk.i18n);
# tests/cli/test_cli_language.py chooses each language itself.
os.environ["IBDESK_LANG"] = "nl"
TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

import keyring  # noqa: E402
import keyring.core  # noqa: E402
import pytest  # noqa: E402
from support.profiles import FAIL_KEYRING, FILE_KEYRING, TEST_PASSPHRASE, CreatedProfile  # noqa: E402,F401
from support.profiles import use_keyring as _use_keyring  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh IBDESK_HOME and a private file keyring; cheap passphrase key derivation."""
    from ibdesk.store import keys

    monkeypatch.setenv("IBDESK_HOME", str(tmp_path / "profile"))
    monkeypatch.setenv("IBDESK_TEST_KEYRING_FILE", str(tmp_path / "test-keyring.json"))
    monkeypatch.setenv("IBDESK_POLICY", str(tmp_path / "no-machine-policy.yaml"))  # this PC's policy stays out
    monkeypatch.setenv("IBDESK_CONFIG_DIR", str(tmp_path / "config"))  # and the user's own preferences
    from ibdesk import policy_registry

    monkeypatch.setattr(policy_registry, "reader", None)  # and so does its registry (on Windows)
    for name in ("IBDESK_PASSPHRASE", "IBDESK_RECOVERY_KEY", "IBDESK_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(keys, "PASSPHRASE_SCRYPT_N", 2**12)
    _use_keyring(monkeypatch, FILE_KEYRING)
    yield
    keyring.set_keyring(keyring.core.load_keyring(FILE_KEYRING))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The test's profile folder (IBDESK_HOME); not created until a profile is made."""
    return tmp_path / "profile"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """This computer has no usable OS keyring, as on CI and headless Linux."""
    _use_keyring(monkeypatch, FAIL_KEYRING)


@pytest.fixture
def make_profile(home: Path):
    """Factory: `make_profile(passphrase=None, demo=False)`; stores are closed at teardown."""
    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile

    made: list[CreatedProfile] = []

    def make(passphrase: str | None = None, demo: bool = False, pupils: int = 30) -> CreatedProfile:
        store, recovery_key = create_profile(home, passphrase)
        if demo:
            fill_demo(store, pupils=pupils)
        made.append(CreatedProfile(home, store, recovery_key, passphrase))
        return made[-1]

    yield make
    for created in made:
        created.store.close()


@pytest.fixture
def store(make_profile):
    """An open, empty profile whose key is in the (test) keyring."""
    return make_profile().store


@pytest.fixture
def demo_store(store):
    """`store` filled with the fictional demo school (30 pupils)."""
    from ibdesk.services.demo import fill_demo

    fill_demo(store, pupils=30)
    return store


# --- store and CLI tests -------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _subprocesses_find_the_test_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI tests run `python -m ibdesk` in a subprocess; it must load the same test keyring."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")])))


@pytest.fixture
def created(make_profile):
    """A new profile (keyring available) as (store, recovery_key)."""
    profile = make_profile()
    return profile.store, profile.recovery_key
