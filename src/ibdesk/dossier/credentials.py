"""A signing certificate with its key (`Credentials`), named by its fingerprint and holder
(domain/certificate_names.py). Where the certificates come from and which ones the
profile trusts is the service's business (services/certificates.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from ibdesk.domain.certificate_names import cert_fingerprint, common_name


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
