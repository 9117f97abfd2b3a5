"""How ibdesk names a certificate to people: its fingerprint (SHA-256 of the DER bytes, in
groups of four) and its holder's common name. The PDFs, the audit anchor in the store and the
screens all use these, so they sit below every one of them."""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from ibdesk.text.numbers import fingerprint


def cert_fingerprint(cert: x509.Certificate) -> str:
    return fingerprint(hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).digest())


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()
