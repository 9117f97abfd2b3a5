"""A keyring that never answers (a Secret Service daemon that does not start) must not hang
ibdesk: each call waits at most IBDESK_KEYRING_TIMEOUT, then the keyring counts as absent for
the rest of the process and the profile is opened with the passphrase (found while testing the
installed .deb: `ibdesk selftest` waited 15 minutes)."""

from __future__ import annotations

import threading
import time

import keyring
import pytest
from keyring.backend import KeyringBackend
from support.profiles import TEST_PASSPHRASE

from ibdesk.store import keyring_access
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import Credentials, create_profile


class SilentKeyring(KeyringBackend):
    """Every call blocks until the test ends."""

    priority = 1
    released = threading.Event()

    def get_password(self, service, username):
        self.released.wait(30)

    def set_password(self, service, username, password):
        self.released.wait(30)

    def delete_password(self, service, username):
        self.released.wait(30)


@pytest.fixture
def silent_keyring(monkeypatch):
    monkeypatch.setenv("IBDESK_KEYRING_TIMEOUT", "0.3")
    previous = keyring.get_keyring()
    keyring.set_keyring(SilentKeyring())
    keyring_access._silent.clear()
    yield
    SilentKeyring.released.set()
    keyring.set_keyring(previous)
    keyring_access._silent.clear()
    SilentKeyring.released.clear()


def test_a_silent_keyring_counts_as_absent_within_the_timeout(silent_keyring):
    started = time.monotonic()
    assert keyring_access.keyring_usable() is False
    assert keyring_access.load_key("p") is None
    assert keyring_access.store_key("p", b"k" * 32) is False
    assert time.monotonic() - started < 3, "one wait for the timeout, then no more waiting"


def test_a_profile_is_made_and_opened_with_the_passphrase_when_the_keyring_is_silent(silent_keyring, tmp_path):
    store, recovery_key = create_profile(tmp_path / "p", TEST_PASSPHRASE)
    store.close()
    started = time.monotonic()
    reopened = open_profile(tmp_path / "p", Credentials(passphrase=TEST_PASSPHRASE))
    reopened.close()
    assert recovery_key and time.monotonic() - started < 5
