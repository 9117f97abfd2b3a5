"""The screen lock ("Vergrendelen"): after N idle minutes or Ctrl+L the app shows nothing until
the user proves it is them again. Not the profile lock (`store/lock.py`, "in gebruik": one
process per profile) — the store stays open underneath; this only guards the screen.

How the user unlocks:
- with the passphrase (or the recovery key), checked against the wrapped keys in keys.json;
- where the database key sits in the OS keyring (Windows Credential Manager, macOS Keychain,
  Secret Service): the OS session plus a short PIN the user chose. The PIN is kept only as a
  slow salted hash (scrypt) inside the encrypted database; five wrong PINs switch PIN
  unlocking off until the passphrase or recovery key is used. README "Screen lock" says why
  that is safe enough and what it does not protect against.
No Qt here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass

from ibdesk.errors import UserError, ValidationError, WrongKeyError
from ibdesk.i18n import tr
from ibdesk.policy import Policy, load_policy
from ibdesk.store import keyring_access
from ibdesk.store.profile import Store

log = logging.getLogger(__name__)
MINUTES_SETTING = "lock.minutes"
PIN_SETTING = "lock.pin"
LOCKED_SETTING = "lock.locked"  # "1" while the screen is locked: a restart comes back locked
DEFAULT_MINUTES = 5
MINUTES_RANGE = (1, 60)
PIN_LENGTH = (4, 8)
MAX_PIN_FAILURES = 5
# scrypt cost for the PIN: ~50 ms per try on a school PC; a copied database is no shortcut
# (it is encrypted with the key the PIN never touches).
PIN_N, PIN_R, PIN_P = 2**14, 8, 1


@dataclass(frozen=True)
class LockTiming:
    minutes: int
    fixed_by_policy: bool


def _policy() -> Policy:
    try:
        return load_policy()
    except UserError:  # a broken policy file is reported when the app starts; lock with the default
        return Policy()


def check_pin_format(pin: str) -> str:
    """The PIN as digits; ValidationError (Dutch) when it is too short, too long or too easy."""
    pin = (pin or "").strip()
    low, high = PIN_LENGTH
    if not pin.isdigit() or not low <= len(pin) <= high:
        raise ValidationError(tr("Een pincode is {low} tot {high} cijfers.", low=low, high=high), "pincode")
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    if len(set(pin)) == 1 or steps in ({1}, {-1}):
        raise ValidationError(
            tr("Deze pincode is te makkelijk te raden (alle cijfers gelijk of op volgorde). Kies een andere."),
            "pincode",
        )
    return pin


def hash_pin(pin: str, salt: bytes | None = None, n: int = PIN_N) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=PIN_R, p=PIN_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${n}${PIN_R}${PIN_P}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        typed = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        log.warning("stored lock PIN is unreadable; PIN unlocking is off")
        return False
    return kind == "scrypt" and hmac.compare_digest(typed, expected)


class ScreenLockService:
    """What the lock screen may offer and checks what the user types. Wrong PINs are counted
    in memory for this run of the app (a read-only viewer cannot write them down)."""

    def __init__(self, store: Store, policy: Policy | None = None):
        self.store = store
        self.policy = policy if policy is not None else _policy()
        self.pin_failures = 0

    # -- timing ------------------------------------------------------------------------------
    def timing(self) -> LockTiming:
        if self.policy.lock_minutes is not None:
            return LockTiming(self.policy.lock_minutes, True)
        stored = self.store.get_setting(MINUTES_SETTING)
        return LockTiming(int(stored) if stored and stored.isdigit() else DEFAULT_MINUTES, False)

    def set_minutes(self, minutes: int) -> None:
        if self.policy.lock_minutes is not None:
            raise UserError(tr("De ICT-beheerder heeft de vergrendeltijd vastgezet in het beleid van deze computer."))
        low, high = MINUTES_RANGE
        if not low <= int(minutes) <= high:
            raise ValidationError(tr("Kies {low} tot {high} minuten.", low=low, high=high), "minuten")
        self.store.set_setting(MINUTES_SETTING, str(int(minutes)))

    # -- which ways in -----------------------------------------------------------------------
    def key_in_keyring(self) -> bool:
        """True while this OS session's keyring holds the key: the first factor of PIN unlocking."""
        key = keyring_access.load_key(self.store.keyfile.profile_id)
        return key is not None and hmac.compare_digest(key, self.store.key)

    def has_pin(self) -> bool:
        return bool(self.store.get_setting(PIN_SETTING))

    def has_passphrase(self) -> bool:
        return self.store.keyfile.has_passphrase()

    def pin_usable(self) -> bool:
        return self.pin_failures < MAX_PIN_FAILURES and self.has_pin() and self.key_in_keyring()

    def may_set_pin(self) -> bool:
        return self.key_in_keyring() and not self.store.read_only

    def needs_pin(self) -> bool:
        """Nothing but the paper recovery key would unlock the screen: offer to choose a PIN."""
        return self.may_set_pin() and not self.has_pin() and not self.has_passphrase()

    # -- a lock that outlives the process ----------------------------------------------------
    def remember_locked(self, locked: bool) -> None:
        """Closing or killing the app while it is locked must not be a way in: the next start
        (which opens from the keyring without asking) comes back locked."""
        if self.store.read_only:
            return
        try:
            self.store.set_setting(LOCKED_SETTING, "1" if locked else "")
        except Exception:
            log.warning("could not store the screen lock state", exc_info=True)

    def was_locked(self) -> bool:
        """False when the setting cannot be read (a damaged page): the background check reports that."""
        try:
            return self.store.get_setting(LOCKED_SETTING) == "1"
        except Exception as exc:
            log.warning("lock state unreadable: %s", type(exc).__name__)
            return False

    # -- setting and checking ----------------------------------------------------------------
    def set_pin(self, pin: str, repeated: str) -> None:
        pin = check_pin_format(pin)
        if pin != (repeated or "").strip():
            raise ValidationError(tr("De twee pincodes zijn niet gelijk."), "herhaling")
        if not self.may_set_pin():
            raise UserError(
                tr(
                    "Een pincode kan alleen als de sleutel in het sleutelbeheer van deze computer staat; ontgrendel "
                    "anders met de wachtwoordzin."
                )
            )
        self.store.set_setting(PIN_SETTING, hash_pin(pin))
        with self.store.session() as s:
            self.store.audit(s, "set-lock-pin", "profile", self.store.keyfile.profile_id)
        self.pin_failures = 0

    def check_pin(self, pin: str) -> None:
        """Returns when the PIN is right; WrongKeyError (Dutch, with what is left) otherwise."""
        if not self.pin_usable():
            raise WrongKeyError(
                tr("Ontgrendelen met de pincode kan nu niet; gebruik de wachtwoordzin of de herstelsleutel.")
            )
        if pin_matches((pin or "").strip(), self.store.get_setting(PIN_SETTING) or ""):
            self.pin_failures = 0
            return
        self.pin_failures += 1
        left = MAX_PIN_FAILURES - self.pin_failures
        if left <= 0:
            raise WrongKeyError(
                tr("Vijf keer een onjuiste pincode: ontgrendel nu met de wachtwoordzin of de herstelsleutel.")
            )
        raise WrongKeyError(
            tr(
                "Onjuiste pincode. Nog {left} poging(en), daarna alleen met de wachtwoordzin of de herstelsleutel.",
                left=left,
            )
        )

    def check_secret(self, secret: str, recovery: bool) -> None:
        """The passphrase or the recovery key of this profile; WrongKeyError when it does not fit."""
        if not (secret or "").strip():
            raise WrongKeyError(tr("Vul de herstelsleutel in.") if recovery else tr("Vul de wachtwoordzin in."))
        key = self.store.keyfile.unlock("recovery" if recovery else "passphrase", secret)
        if not hmac.compare_digest(key, self.store.key):
            raise WrongKeyError(tr("De sleutel past niet bij dit profiel."))
        self.pin_failures = 0
