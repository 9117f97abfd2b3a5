"""The OS keyring, used only when a real backend is present (never a plaintext fallback).

A keyring that does not answer (a Secret Service daemon that never starts, a locked
Keychain dialog nobody sees) must not hang the app at start: every call waits at most
IBDESK_KEYRING_TIMEOUT seconds (default 10). After one such silence the keyring counts as
absent for the rest of the process, and the user unlocks with the passphrase instead.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
from keyring.errors import KeyringError

from ibdesk.i18n import tr
from ibdesk.store.keys import KEYRING_SERVICE

T = TypeVar("T")

log = logging.getLogger(__name__)
_UNUSABLE = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}
_silent = threading.Event()  # set once the keyring did not answer in time


class KeyringSilent(KeyringError):
    """The keyring did not answer within the timeout."""


def _timeout() -> float:
    try:
        return max(0.05, float(os.environ.get("IBDESK_KEYRING_TIMEOUT", "10")))
    except ValueError:
        return 10.0


def _call(function: Callable[..., T], *args: object) -> T:
    """`function(*args)` on a helper thread, given at most the timeout; a silent keyring raises
    KeyringSilent (the thread is left to finish or hang on its own: it holds no store state)."""
    if _silent.is_set():
        raise KeyringSilent("keyring did not answer earlier in this process")
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(_timeout())
    if worker.is_alive():
        _silent.set()
        log.warning("the OS keyring did not answer within %.0f s; unlocking needs the passphrase", _timeout())
        raise KeyringSilent("keyring did not answer in time")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # the worker ended without an error, so it set the value


def _backend_name() -> str:
    try:
        backend = _call(keyring.get_keyring)
    except KeyringSilent:
        return "keyring.backends.fail.Keyring"
    return f"{type(backend).__module__}.{type(backend).__name__}"


def backend_text() -> str:
    """Which keyring backend is in use and whether it works, for `ibdesk check` and the self-test."""
    name = _backend_name()
    if keyring_usable():
        return tr("{name} (bruikbaar)", name=name)
    return tr(
        "{name} (NIET bruikbaar: de sleutel kan niet in het sleutelbeheer van deze computer; "
        "ontgrendelen met wachtwoordzin of herstelsleutel)",
        name=name,
    )


def keyring_usable() -> bool:
    """True when an OS keyring answers; the `fail`/`null` backends and errors count as none."""
    if _backend_name() in _UNUSABLE:
        return False
    try:
        _call(keyring.get_password, KEYRING_SERVICE, "probe")
    except Exception:
        return False
    return True


def _username(profile_id: str) -> str:
    return f"profile-{profile_id}"


def load_key(profile_id: str) -> bytes | None:
    if not keyring_usable():
        return None
    try:
        stored = _call(keyring.get_password, KEYRING_SERVICE, _username(profile_id))
    except KeyringError:
        return None
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        log.warning("keyring entry for the profile is not a key; ignoring it")
        return None


def store_key(profile_id: str, key: bytes) -> bool:
    """Store and read back; returns False when the keyring did not keep it."""
    if not keyring_usable():
        return False
    try:
        _call(keyring.set_password, KEYRING_SERVICE, _username(profile_id), key.hex())
        return _call(keyring.get_password, KEYRING_SERVICE, _username(profile_id)) == key.hex()
    except KeyringError:
        log.warning("keyring refused the key (backend %s)", _backend_name())
        return False


def forget_key(profile_id: str) -> None:
    try:
        _call(keyring.delete_password, KEYRING_SERVICE, _username(profile_id))
    except Exception:
        pass


def get_secret(username: str) -> str | None:
    """A secret ibdesk keeps in the keyring besides the profile key (school certificate
    password, audit anchor), under the same timeout."""
    return _call(keyring.get_password, KEYRING_SERVICE, username)


def set_secret(username: str, value: str) -> None:
    _call(keyring.set_password, KEYRING_SERVICE, username, value)


def delete_secret(username: str) -> None:
    _call(keyring.delete_password, KEYRING_SERVICE, username)
