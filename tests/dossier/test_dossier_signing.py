"""Certificates: the school's PKCS#12 with its CA, and the personal one made at first use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ibdesk.dossier.signing import new_password
from ibdesk.dossier.verify import verify_pdf
from ibdesk.errors import UserError
from ibdesk.services import certificates as certs
from ibdesk.services.export_documents import export_case
from ibdesk.services.export_signing import Signing

from .helpers import READY_CASE

P12_PASSWORD = "school-geheim-42"


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Stichting Vlinderboom (fictief)"),
        ]
    )


def _usage(ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _cert(subject, issuer, public_key, signing_key, ca: bool) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(_usage(ca), critical=True)
        .sign(signing_key, hashes.SHA256())
    )


@pytest.fixture
def school_p12(tmp_path) -> tuple[Path, Path]:
    """A fictional school CA and a school signing certificate in a password-protected PKCS#12."""
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _cert(_name("Vlinderboom CA (fictief)"), _name("Vlinderboom CA (fictief)"), ca_key.public_key(), ca_key, True)
    leaf = _cert(_name("OBS De Vlinderboom (fictief)"), ca.subject, key.public_key(), ca_key, False)
    p12 = tmp_path / "school.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"school", key, leaf, [ca], serialization.BestAvailableEncryption(P12_PASSWORD.encode())
        )
    )
    ca_file = tmp_path / "school-ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, ca_file


def test_school_certificate_signs_and_its_ca_is_trusted(services, out, school_p12):
    p12, ca_file = school_p12
    services.store.set_setting(certs.SCHOOL_CA, str(ca_file))
    result = export_case(services, READY_CASE, out / "d.pdf", signing_with=Signing(p12=p12, password=P12_PASSWORD))
    assert result.certificate == "Certificaat van de school"
    check = verify_pdf(result.path, trusted=certs.trusted_certificates(services.store))
    assert check.ok and check.trusted and check.signer == "OBS De Vlinderboom (fictief)"
    assert check.trust_source == "de certificaatautoriteit (CA) van de school"


def test_school_certificate_from_the_policy_setting_and_the_keyring(services, out, school_p12):
    import keyring

    p12, _ = school_p12
    services.store.set_setting(certs.SCHOOL_P12, str(p12))
    keyring.set_password(certs.KEYRING_SERVICE, certs.KEYRING_USER, P12_PASSWORD)
    result = export_case(services, READY_CASE, out / "d.pdf")
    assert result.certificate == "Certificaat van de school"


def test_school_password_asked_once_then_remembered(school_p12):
    asked = []
    p12 = school_p12[0]
    first = certs.open_school_certificate(p12, lambda prompt: asked.append(prompt) or P12_PASSWORD)
    assert first.kind == "school" and len(asked) == 1
    again = certs.open_school_certificate(p12, lambda prompt: asked.append(prompt))
    assert again.fingerprint == first.fingerprint and len(asked) == 1


def test_a_mistyped_school_password_is_not_remembered(school_p12):
    p12, typed = school_p12[0], iter(["tikfout", P12_PASSWORD])
    with pytest.raises(UserError, match="klopt niet"):
        certs.open_school_certificate(p12, lambda prompt: next(typed))
    assert certs.stored_school_password() is None, "the typo must not stick"
    assert certs.open_school_certificate(p12, lambda prompt: next(typed)).kind == "school"
    assert certs.stored_school_password() == P12_PASSWORD


def test_a_stale_remembered_password_leads_to_asking_again(school_p12):
    certs.remember_school_password("oud-wachtwoord")
    asked = []
    credentials = certs.open_school_certificate(school_p12[0], lambda prompt: asked.append(prompt) or P12_PASSWORD)
    assert credentials.kind == "school" and len(asked) == 1 and certs.stored_school_password() == P12_PASSWORD


def test_wrong_school_password_is_a_clear_error(school_p12):
    with pytest.raises(UserError, match="wachtwoord van het schoolcertificaat klopt niet"):
        certs.school_credentials(school_p12[0], "fout")


def test_personal_key_is_stored_encrypted_inside_the_store(store, home):
    first = certs.personal_credentials(store, "Marieke de Wit", "OBS De Vlinderboom (fictief)")
    stored = store.get_setting(certs.PERSONAL_KEY)
    assert stored.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises(TypeError):
        serialization.load_pem_private_key(stored.encode(), None)
    again = certs.personal_credentials(store, "Marieke de Wit", "")
    assert again.fingerprint == first.fingerprint and again.common_name == "Marieke de Wit"
    with pytest.raises(UserError, match="staat op naam van 'Marieke de Wit'"):  # issue 11.8: never another name
        certs.personal_credentials(store, "iemand anders", "")
    files = [p for p in home.rglob("*") if p.is_file()]
    assert not any(b"PRIVATE KEY" in p.read_bytes() for p in files)


def test_certificate_export_pem_and_der(store, tmp_path):
    pem = certs.export_certificate(store, tmp_path / "mijn.pem", "Marieke de Wit", "School")
    der = certs.export_certificate(store, tmp_path / "mijn.cer")
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert x509.load_der_x509_certificate(der.read_bytes()) == certs.own_certificate(store)


def test_accepted_certificate_is_trusted(services, out, store, tmp_path):
    result = export_case(services, READY_CASE, out / "d.pdf")
    mine = certs.export_certificate(store, tmp_path / "collega.pem")
    store.set_setting(certs.PERSONAL_CERT, "")  # as if another computer: no own certificate
    assert not verify_pdf(result.path, trusted=certs.trusted_certificates(store)).trusted
    certs.trust(store, mine)
    check = verify_pdf(result.path, trusted=certs.trusted_certificates(store))
    assert check.trusted and check.trust_source == "een eerder geaccepteerd certificaat"


def test_generated_password_is_long_and_readable():
    password = new_password()
    assert len(password) == 24 and password.count("-") == 4
    assert not set(password) & set("01lio")
