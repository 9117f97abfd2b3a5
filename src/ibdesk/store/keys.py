"""Key management: one random 256-bit database key per profile.

The raw key lives in the OS keyring (service ``ibdesk``). It is also *wrapped*
(AES-256-GCM, key derived with scrypt) by a recovery key shown once at creation and,
where the user chose one or no keyring is usable, by a passphrase. Only the wrapped
forms are written to ``keys.json``; the key itself is never written anywhere in clear.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ibdesk.errors import UserError, WrongKeyError
from ibdesk.i18n import mark, tr, tr_marked

KEY_BYTES = 32
KEYRING_SERVICE = "ibdesk"
# Passphrases are low-entropy: pay ~0.3 s once per unlock. Recovery keys carry 160 bits.
PASSPHRASE_SCRYPT_N = 2**17
RECOVERY_SCRYPT_N = 2**14
MIN_PASSPHRASE_LENGTH = 10
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to copy by hand
RECOVERY_GROUPS, RECOVERY_GROUP_SIZE = 8, 4


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    chars = [secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_SIZE)]
    groups = ["".join(chars[i : i + RECOVERY_GROUP_SIZE]) for i in range(0, len(chars), RECOVERY_GROUP_SIZE)]
    return "-".join(groups)


def normalise_recovery_key(text: str) -> str:
    """Accept any spacing, dashes and case; reject characters that cannot occur."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    if len(compact) != RECOVERY_GROUPS * RECOVERY_GROUP_SIZE or any(ch not in RECOVERY_ALPHABET for ch in compact):
        raise WrongKeyError(
            tr(
                "Dit is geen geldige herstelsleutel: die bestaat uit 8 groepjes van 4 tekens "
                "(letters en cijfers 2-9), bijvoorbeeld ABCD-EFGH-…."
            )
        )
    return "-".join(compact[i : i + RECOVERY_GROUP_SIZE] for i in range(0, len(compact), RECOVERY_GROUP_SIZE))


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse a weak new passphrase with a Dutch explanation (zxcvbn; see store/strength.py)."""
    from ibdesk.store.strength import assess

    verdict = assess(passphrase)
    if not verdict.ok:
        raise UserError(
            tr(
                "Deze wachtwoordzin is te zwak ({label}). {explanation}",
                label=verdict.label,
                explanation=verdict.explanation,
            )
        )


def passphrase_candidates(typed: str) -> list[str]:
    """NFC first (how ibdesk stores new ones), then as typed and NFD, for passphrases set
    before ibdesk normalised them: the same accents typed on macOS and Windows both open."""
    found: list[str] = []
    for form in (unicodedata.normalize("NFC", typed), typed, unicodedata.normalize("NFD", typed)):
        if form not in found:
            found.append(form)
    return found


DAMAGED_KEYFILE = mark(
    "Het sleutelbestand (keys.json) van dit profiel is beschadigd. Dit ligt niet aan uw "
    "wachtwoordzin of herstelsleutel. Zet het terug met 'ibdesk restore' en de nieuwste "
    "back-up (de back-up bevat de sleutels ook)."
)
# What `entry_problems` says of a key entry (shown with tr_marked by `ibdesk check`)
ENTRY_UNCHECKED = mark("nog niet te controleren (ouder formaat); wordt bij het volgende openen aangevuld")
ENTRY_DAMAGED = mark("BESCHADIGD — deze sleutel werkt niet meer; zet keys.json terug uit een back-up")
# Bounds on the stored cost parameters: a tampered file must not make us allocate gigabytes.
SCRYPT_N_RANGE, SCRYPT_R_RANGE, SCRYPT_P_RANGE = (2**10, 2**20), (1, 16), (1, 4)


def key_check(key: bytes) -> str:
    """A value that tells whether a key is this profile's key, without revealing it."""
    return hmac.new(key, b"ibdesk-key-check-v1", hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class KeyFileDamagedError(UserError):
    """keys.json cannot be trusted: damaged, not a wrong secret."""


class KeyFileUnreadableError(UserError):
    """keys.json cannot be read at all (permissions, a disk error): `ibdesk restore` must still work."""


def _checksum(data: dict) -> str:
    """Detects accidental damage anywhere in keys.json (not a secret: anyone can recompute it)."""
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


@dataclass
class Wrapped:
    """The database key encrypted under a key derived from a secret the user holds."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    n: int
    r: int = 8
    p: int = 1

    # cryptography is imported when a secret is used: a key from the keyring (every start) needs none.
    @staticmethod
    def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret.encode("utf-8"))

    @classmethod
    def wrap(cls, key: bytes, secret: str, n: int, aad: bytes) -> Wrapped:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, nonce = os.urandom(16), os.urandom(12)
        kek = cls._kek(secret, salt, n, 8, 1)
        return cls(salt, nonce, AESGCM(kek).encrypt(nonce, key, aad), n)

    def unwrap(self, secret: str, aad: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kek = self._kek(secret, self.salt, self.n, self.r, self.p)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.ciphertext, aad)
        except InvalidTag:
            raise WrongKeyError(tr("Deze wachtwoordzin of herstelsleutel past niet bij dit profiel.")) from None

    def to_json(self) -> dict:
        return {
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
            "cipher": "AES-256-GCM",
        }

    def mac(self, key: bytes, kind: str) -> str:
        """Proof, made with the database key, that this entry is the one ibdesk wrote:
        `check` can validate every entry without knowing the passphrase or recovery key."""
        payload = json.dumps([kind, self.to_json()], sort_keys=True).encode("utf-8")
        return hmac.new(key, b"ibdesk-wrapper-v1" + payload, hashlib.sha256).hexdigest()

    @classmethod
    def from_json(cls, data: dict) -> Wrapped:
        """Parse and bound-check one entry; anything odd raises ValueError (= damaged)."""
        if data.get("kdf", "scrypt") != "scrypt" or data.get("cipher", "AES-256-GCM") != "AES-256-GCM":
            raise ValueError("unknown kdf or cipher")
        n, r, p = int(data["n"]), int(data["r"]), int(data["p"])
        if not (
            SCRYPT_N_RANGE[0] <= n <= SCRYPT_N_RANGE[1]
            and n & (n - 1) == 0
            and SCRYPT_R_RANGE[0] <= r <= SCRYPT_R_RANGE[1]
            and SCRYPT_P_RANGE[0] <= p <= SCRYPT_P_RANGE[1]
        ):
            raise ValueError("cost parameters out of range")
        salt, nonce, ciphertext = _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["ciphertext"])
        if len(salt) != 16 or len(nonce) != 12 or len(ciphertext) != KEY_BYTES + 16:
            raise ValueError("wrong field sizes")
        return cls(salt, nonce, ciphertext, n, r, p)


@dataclass
class KeyFile:
    """Contents of keys.json: identifiers and wrapped keys, nothing secret in clear."""

    profile_id: str
    check: str
    wrappers: dict[str, Wrapped] = field(default_factory=dict)
    macs: dict[str, str] = field(default_factory=dict)
    pending: bool = False  # True while `init` is still building the database
    checksummed: bool = True  # False for a file written before checksums (format 1)

    @classmethod
    def new(cls, key: bytes) -> KeyFile:
        return cls(profile_id=str(uuid.uuid4()), check=key_check(key))

    def aad(self, kind: str) -> bytes:
        return f"ibdesk:{self.profile_id}:{kind}".encode()

    def add_recovery(self, key: bytes, recovery_key: str) -> None:
        self.wrappers["recovery"] = Wrapped.wrap(
            key, normalise_recovery_key(recovery_key), RECOVERY_SCRYPT_N, self.aad("recovery")
        )
        self.macs["recovery"] = self.wrappers["recovery"].mac(key, "recovery")

    def add_passphrase(self, key: bytes, passphrase: str) -> None:
        secret = unicodedata.normalize("NFC", passphrase)
        self.wrappers["passphrase"] = Wrapped.wrap(key, secret, PASSPHRASE_SCRYPT_N, self.aad("passphrase"))
        self.macs["passphrase"] = self.wrappers["passphrase"].mac(key, "passphrase")

    def add_missing_macs(self, key: bytes) -> bool:
        """Entries from an older keys.json get their proof once the key is known; True if any did."""
        missing = [kind for kind in self.wrappers if kind not in self.macs]
        for kind in missing:
            self.macs[kind] = self.wrappers[kind].mac(key, kind)
        return bool(missing) or not self.checksummed

    def entry_problems(self, key: bytes) -> dict[str, str]:
        """Per entry: '' when it is intact, else ENTRY_UNCHECKED or ENTRY_DAMAGED (for `ibdesk check`)."""
        found = {}
        for kind, wrapped in self.wrappers.items():
            stored = self.macs.get(kind)
            if stored is None:
                found[kind] = ENTRY_UNCHECKED
            elif not hmac.compare_digest(stored, wrapped.mac(key, kind)):
                found[kind] = ENTRY_DAMAGED
            else:
                found[kind] = ""
        return found

    def has_passphrase(self) -> bool:
        return "passphrase" in self.wrappers

    def unlock(self, kind: str, secret: str) -> bytes:
        if kind not in self.wrappers:
            raise WrongKeyError(tr("Voor dit profiel is geen wachtwoordzin ingesteld; gebruik de herstelsleutel."))
        if kind == "recovery":
            key = self.wrappers[kind].unwrap(normalise_recovery_key(secret), self.aad(kind))
        else:
            key = self._unwrap_passphrase(secret)
        if not self.matches(key):
            raise WrongKeyError(tr("De sleutel past niet bij dit profiel."))
        return key

    def _unwrap_passphrase(self, typed: str) -> bytes:
        error: WrongKeyError | None = None
        for candidate in passphrase_candidates(typed):
            try:
                return self.wrappers["passphrase"].unwrap(candidate, self.aad("passphrase"))
            except WrongKeyError as exc:
                error = exc
        raise error  # type: ignore[misc]

    def matches(self, key: bytes) -> bool:
        return hmac.compare_digest(key_check(key), self.check)

    def to_data(self) -> dict:
        data = {
            "format": 2,
            "profile_id": self.profile_id,
            "check": self.check,
            "wrappers": {
                k: {**w.to_json(), **({"mac": self.macs[k]} if k in self.macs else {})}
                for k, w in self.wrappers.items()
            },
        }
        if self.pending:
            data["pending"] = True
        data["checksum"] = _checksum(data)
        return data

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_data(), indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse keys.json; any damage is reported as damage, never as a wrong passphrase."""
        try:
            data = json.loads(raw.decode("utf-8"))
            fmt = int(data.get("format", 1))
            if fmt >= 2 and data.get("checksum") != _checksum({k: v for k, v in data.items() if k != "checksum"}):
                raise ValueError("checksum")
            check = str(data["check"])
            bytes.fromhex(check)
            if len(check) != 64 or not data["wrappers"]:
                raise ValueError("check")
            wrappers = {str(k): Wrapped.from_json(w) for k, w in data["wrappers"].items()}
            macs = {str(k): str(w["mac"]) for k, w in data["wrappers"].items() if "mac" in w}
            return cls(str(data["profile_id"]), check, wrappers, macs, bool(data.get("pending")), fmt >= 2)
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error, UnicodeDecodeError):
            raise KeyFileDamagedError(tr_marked(DAMAGED_KEYFILE)) from None

    def save(self, path: Path) -> None:
        from ibdesk.store.files import atomic_write

        atomic_write(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise KeyFileUnreadableError(
                tr("Het sleutelbestand {path} kan niet worden gelezen ({reason}).", path=path, reason=exc.strerror)
            ) from None
        return cls.from_bytes(raw)
