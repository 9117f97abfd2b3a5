"""Where the profile keeps its signing keys and trust lists (settings), and how the personal
private key is wrapped: encrypted once more under a key derived from the store key, so it
never exists in plain form outside the encrypted store. The audit anchor (anchor.py) and a
rekey (rotate.py) use these; managing certificates is services/certificates.py."""

from __future__ import annotations

import datetime as dt
import json

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PERSONAL_KEY, PERSONAL_CERT = "dossier.personal_key", "dossier.personal_cert"
RETIRED = "dossier.retired_certs"  # replaced personal certificates: [{pem, retired_at}]
TRUSTED = "dossier.trusted_certs"
TRUSTED_FINGERPRINTS = "dossier.trusted_fingerprints"
SCHOOL_P12, SCHOOL_CA = "dossier.school_p12", "dossier.school_ca"


def wrapping_secret(store) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"ibdesk personal signing key").derive(store.key).hex().encode()


def own_certificate(store) -> x509.Certificate | None:
    pem = store.get_setting(PERSONAL_CERT)
    return x509.load_pem_x509_certificate(pem.encode()) if pem else None


def retired_certificates(store) -> list[tuple[x509.Certificate, dt.datetime]]:
    """Replaced personal certificates with the moment they were replaced."""
    return [
        (x509.load_pem_x509_certificate(r["pem"].encode()), dt.datetime.fromisoformat(r["retired_at"]))
        for r in json.loads(store.get_setting(RETIRED) or "[]")
    ]
