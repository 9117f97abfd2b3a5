"""Key management: one random 256-bit database key per profile.

The raw key lives in the OS keyring (service ``ibdesk``). It is also *wrapped*
(AES-256-GCM, key derived with scrypt) by a recovery key shown once at creation and,
where the user chose one or no keyring is usable, by a passphrase. Only the wrapped
forms are written to ``keys.json``; the key itself is never written anywhere in clear.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ibdesk.errors import UserError, WrongKeyError

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
    groups = ["".join(chars[i:i + RECOVERY_GROUP_SIZE]) for i in range(0, len(chars), RECOVERY_GROUP_SIZE)]
    return "-".join(groups)


def normalise_recovery_key(text: str) -> str:
    """Accept any spacing, dashes and case; reject characters that cannot occur."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    if len(compact) != RECOVERY_GROUPS * RECOVERY_GROUP_SIZE or any(
            ch not in RECOVERY_ALPHABET for ch in compact):
        raise WrongKeyError(
            "Dit is geen geldige herstelsleutel: die bestaat uit 8 groepjes van 4 tekens "
            "(letters en cijfers 2-9), bijvoorbeeld ABCD-EFGH-….")
    return "-".join(compact[i:i + RECOVERY_GROUP_SIZE] for i in range(0, len(compact), RECOVERY_GROUP_SIZE))


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UserError(f"Kies een wachtwoordzin van minstens {MIN_PASSPHRASE_LENGTH} tekens.")


def key_check(key: bytes) -> str:
    """A value that tells whether a key is this profile's key, without revealing it."""
    return hmac.new(key, b"ibdesk-key-check-v1", hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


@dataclass
class Wrapped:
    """The database key encrypted under a key derived from a secret the user holds."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    n: int
    r: int = 8
    p: int = 1

    @staticmethod
    def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret.encode("utf-8"))

    @classmethod
    def wrap(cls, key: bytes, secret: str, n: int, aad: bytes) -> Wrapped:
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = cls._kek(secret, salt, n, 8, 1)
        return cls(salt, nonce, AESGCM(kek).encrypt(nonce, key, aad), n)

    def unwrap(self, secret: str, aad: bytes) -> bytes:
        kek = self._kek(secret, self.salt, self.n, self.r, self.p)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.ciphertext, aad)
        except InvalidTag:
            raise WrongKeyError("Deze wachtwoordzin of herstelsleutel past niet bij dit profiel.") from None

    def to_json(self) -> dict:
        return {"kdf": "scrypt", "n": self.n, "r": self.r, "p": self.p, "salt": _b64(self.salt),
                "nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext), "cipher": "AES-256-GCM"}

    @classmethod
    def from_json(cls, data: dict) -> Wrapped:
        return cls(_unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["ciphertext"]),
                   int(data["n"]), int(data["r"]), int(data["p"]))


@dataclass
class KeyFile:
    """Contents of keys.json: identifiers and wrapped keys, nothing secret in clear."""

    profile_id: str
    check: str
    wrappers: dict[str, Wrapped] = field(default_factory=dict)

    @classmethod
    def new(cls, key: bytes) -> KeyFile:
        return cls(profile_id=str(uuid.uuid4()), check=key_check(key))

    def aad(self, kind: str) -> bytes:
        return f"ibdesk:{self.profile_id}:{kind}".encode()

    def add_recovery(self, key: bytes, recovery_key: str) -> None:
        self.wrappers["recovery"] = Wrapped.wrap(
            key, normalise_recovery_key(recovery_key), RECOVERY_SCRYPT_N, self.aad("recovery"))

    def add_passphrase(self, key: bytes, passphrase: str) -> None:
        self.wrappers["passphrase"] = Wrapped.wrap(key, passphrase, PASSPHRASE_SCRYPT_N, self.aad("passphrase"))

    def has_passphrase(self) -> bool:
        return "passphrase" in self.wrappers

    def unlock(self, kind: str, secret: str) -> bytes:
        if kind not in self.wrappers:
            raise WrongKeyError("Voor dit profiel is geen wachtwoordzin ingesteld; gebruik de herstelsleutel.")
        if kind == "recovery":
            secret = normalise_recovery_key(secret)
        key = self.wrappers[kind].unwrap(secret, self.aad(kind))
        if not self.matches(key):
            raise WrongKeyError("De sleutel past niet bij dit profiel.")
        return key

    def matches(self, key: bytes) -> bool:
        return hmac.compare_digest(key_check(key), self.check)

    def to_bytes(self) -> bytes:
        data = {"format": 1, "profile_id": self.profile_id, "check": self.check,
                "wrappers": {k: w.to_json() for k, w in self.wrappers.items()}}
        return json.dumps(data, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            data = json.loads(raw.decode("utf-8"))
            return cls(data["profile_id"], data["check"],
                       {k: Wrapped.from_json(w) for k, w in data["wrappers"].items()})
        except (ValueError, KeyError, TypeError):
            raise UserError("Het sleutelbestand (keys.json) van dit profiel is beschadigd. "
                            "Zet het terug uit een back-up of gebruik 'ibdesk restore'.") from None

    def save(self, path: Path) -> None:
        from ibdesk.store.files import atomic_write
        atomic_write(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        return cls.from_bytes(path.read_bytes())
