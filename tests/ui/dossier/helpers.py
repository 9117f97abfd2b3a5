"""Helpers shared by the dossier screen tests and the screenshot script."""

from __future__ import annotations

import datetime as dt
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget
from support import qt_checks
from support.qt_checks import label_texts, mnemonic_clashes, plain  # noqa: F401 - used by the tests
from support.tasks import settle

TODAY = date(2026, 11, 23)
READY_CASE, WITHDRAWN_CASE, BORDER_CASE = 2, 3, 9
HEALTH_TITLE = "Onderzoeks- en verslaggegevens"


def texts(widget: QWidget) -> str:
    """Everything the user can read in the widget's visible labels, tags stripped."""
    return " ".join(plain(t) for t in label_texts(widget))


def unnamed_inputs(root: QWidget) -> list[str]:
    return qt_checks.unnamed_inputs(root, visible_only=True)


def walk_to(wizard, page) -> None:
    """Press Next until `page` is current (fails when the wizard will not go on)."""
    for _ in range(len(wizard.pageIds())):
        if wizard.currentPage() is page:
            settle(getattr(page, "prepare_task", None))
            return
        before = wizard.currentPage()
        settle(getattr(before, "prepare_task", None))  # the Controleren page renders off the UI thread
        wizard.next()
        if wizard.currentPage() is before:
            raise AssertionError(f"the wizard stays on {type(before).__name__}")
    settle(getattr(page, "prepare_task", None))
    assert wizard.currentPage() is page


def flip_byte_in_content(data: bytes) -> bytes:
    """Change one byte inside the first page content stream."""
    start = data.index(b"stream", data.index(b"/Contents")) + 10
    tampered = bytearray(data)
    tampered[start + 25] ^= 0x01
    return bytes(tampered)


def school_p12(folder: Path, password: str, name: str = "OBS De Vlinderboom (fictief)") -> tuple[Path, Path]:
    """A fictional school CA and a PKCS#12 signed by it; returns (p12 path, CA certificate path)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA Stichting Vlinder (fictief)")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, name), x509.NameAttribute(NameOID.ORGANIZATION_NAME, name)]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    p12 = folder / "school.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"school", key, cert, [ca], serialization.BestAvailableEncryption(password.encode())
        )
    )
    ca_path = folder / "school-ca.pem"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, ca_path
