"""A signing certificate with its key (`Credentials`) and how a document names it: the
fingerprint and the holder's name. Where the certificates come from and which ones the
profile trusts is the service's business (services/certificates.py)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.x509.oid import NameOID

from ibdesk.text.numbers import fingerprint


@dataclass
class Credentials:
    """A private key with its certificate (and any chain), ready to sign."""

    key: PrivateKeyTypes
    cert: x509.Certificate
    kind: str  # "school" | "personal"
    chain: list[x509.Certificate] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        return cert_fingerprint(self.cert)

    @property
    def common_name(self) -> str:
        return common_name(self.cert)

    @property
    def kind_label(self) -> str:
        return "Certificaat van de school" if self.kind == "school" else "Persoonlijk certificaat"


def cert_fingerprint(cert: x509.Certificate) -> str:
    return fingerprint(hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).digest())


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()
