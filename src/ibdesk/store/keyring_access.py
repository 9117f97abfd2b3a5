"""The OS keyring, used only when a real backend is present (never a plaintext fallback)."""
from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError

from ibdesk.store.keys import KEYRING_SERVICE

log = logging.getLogger(__name__)
_UNUSABLE = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}


def _backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def backend_text() -> str:
    """Which keyring backend is in use and whether it works, for `ibdesk check` and the self-test."""
    name = _backend_name()
    if keyring_usable():
        return f"{name} (bruikbaar)"
    return (f"{name} (NIET bruikbaar: de sleutel kan niet in het sleutelbeheer van deze computer; "
            "ontgrendelen met wachtwoordzin of herstelsleutel)")


def keyring_usable() -> bool:
    """True when an OS keyring answers; the `fail`/`null` backends and errors count as none."""
    if _backend_name() in _UNUSABLE:
        return False
    try:
        keyring.get_password(KEYRING_SERVICE, "probe")
    except Exception:  # noqa: BLE001 - any backend failure means "no keyring"
        return False
    return True


def _username(profile_id: str) -> str:
    return f"profile-{profile_id}"


def load_key(profile_id: str) -> bytes | None:
    if not keyring_usable():
        return None
    try:
        stored = keyring.get_password(KEYRING_SERVICE, _username(profile_id))
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
        keyring.set_password(KEYRING_SERVICE, _username(profile_id), key.hex())
        return keyring.get_password(KEYRING_SERVICE, _username(profile_id)) == key.hex()
    except KeyringError:
        log.warning("keyring refused the key (backend %s)", _backend_name())
        return False


def forget_key(profile_id: str) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, _username(profile_id))
    except Exception:  # noqa: BLE001 - nothing to forget
        pass

