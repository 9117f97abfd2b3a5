"""Signing certificates of a profile: the school's (a PKCS#12 file named by the machine policy, its
password from the keyring or asked once) or a personal one that ibdesk creates for the
user at first use. The personal private key lives only inside the encrypted store, and is
encrypted once more under a key derived from the store key; never in a plain file.

Trust: the school CA (a certificate file named by the policy), the user's own certificate,
and certificates the user accepted (`trust`), e.g. a colleague's personal certificate. The
settings they are kept in are named in store/signing_keys.py; `verify_with_profile` checks a
signed document against what this profile trusts.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from ibdesk.domain.certificate_names import cert_fingerprint, common_name
from ibdesk.dossier.credentials import Credentials
from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.store.files import atomic_write
from ibdesk.store.keys import KEYRING_SERVICE  # noqa: F401 - tests and callers name the service here
from ibdesk.store.signing_keys import (
    PERSONAL_CERT,
    PERSONAL_KEY,
    RETIRED,
    SCHOOL_CA,
    SCHOOL_P12,
    TRUSTED,
    TRUSTED_FINGERPRINTS,
    own_certificate,
    retired_certificates,
    wrapping_secret,
)
from ibdesk.text.dates import short_date
from ibdesk.text.numbers import fingerprint

if TYPE_CHECKING:
    from ibdesk.dossier.verify import Verification

log = logging.getLogger(__name__)
KEYRING_USER = "school-p12"  # beside the profile keys, under the same service (store/keys.py)
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning (RFC 9336)
VALID_YEARS = 5


# -- the personal certificate -------------------------------------------------------------------
def personal_credentials(store, name: str, school: str) -> Credentials:
    """The user's own certificate; created (and its key stored encrypted) at first use, on the
    name of the user profile. A certificate on another name is never used to sign: the
    document would say someone else signed it (replace it with `renew_personal`)."""
    if not (name or "").strip():
        raise UserError(no_name_message())
    pem_key, pem_cert = store.get_setting(PERSONAL_KEY), store.get_setting(PERSONAL_CERT)
    if pem_key and pem_cert:
        cert = x509.load_pem_x509_certificate(pem_cert.encode())
        if common_name(cert) != name.strip():
            raise UserError(wrong_name_message(common_name(cert), name.strip()))
        key = serialization.load_pem_private_key(pem_key.encode(), wrapping_secret(store))
        return Credentials(key, cert, "personal")
    return _create_personal(store, name.strip(), school)


def no_name_message() -> str:
    return tr(
        "Vul eerst uw eigen naam en functie in (Instellingen › Ondertekenen, of 'ibdesk user --name … --role …'): "
        "die staan als ondertekenaar op het document."
    )


def wrong_name_message(holder: str, name: str) -> str:
    return tr(
        "Uw persoonlijke certificaat staat op naam van '{holder}', uw profiel op '{name}'. Een document dat "
        "u nu ondertekent zou '{holder}' als ondertekenaar noemen. Vervang het certificaat (Instellingen › "
        "Ondertekenen › Certificaat vervangen, of 'ibdesk cert renew'); documenten die u eerder ondertekende, "
        "blijven controleerbaar.",
        holder=holder,
        name=name,
    )


def renew_personal(store, name: str, school: str, now: dt.datetime | None = None) -> Credentials:
    """A new personal certificate on the profile's name. The old one is kept as *retired*: it
    stays trusted for documents signed before today, and its private key is removed, so nothing
    can be signed with it any more."""
    if not (name or "").strip():
        raise UserError(no_name_message())
    old = store.get_setting(PERSONAL_CERT)
    if old:
        retired = json.loads(store.get_setting(RETIRED) or "[]")
        moment = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        store.set_setting(RETIRED, json.dumps(retired + [{"pem": old, "retired_at": moment}]))
        store.set_setting(PERSONAL_KEY, "")
        store.set_setting(PERSONAL_CERT, "")
    credentials = _create_personal(store, name.strip(), school)
    with store.session() as s:
        store.audit(s, "update", "signing_certificate", None, "personal replaced")
    return credentials


def retired_fingerprints(store) -> dict[str, dt.datetime]:
    return {cert_fingerprint(cert): when for cert, when in retired_certificates(store)}


def _create_personal(store, name: str, school: str) -> Credentials:
    key, cert = _new_personal(name, school)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(wrapping_secret(store)),
    )
    store.set_setting(PERSONAL_KEY, encrypted.decode())
    store.set_setting(PERSONAL_CERT, cert.public_bytes(serialization.Encoding.PEM).decode())
    with store.session() as s:
        store.audit(s, "create", "signing_certificate", None, "personal")
    log.info("personal signing certificate created")
    return Credentials(key, cert, "personal")


def _new_personal(name: str, school: str):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name or "ibdesk-gebruiker"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, school or "school"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "ibdesk persoonlijk certificaat"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def needs_renewal(store, name: str) -> str | None:
    """The holder's name when the personal certificate is on another name than `name`."""
    cert = own_certificate(store)
    holder = common_name(cert) if cert is not None else None
    return holder if holder is not None and (name or "").strip() and holder != name.strip() else None


def export_certificate(store, out: Path, name: str = "", school: str = "") -> Path:
    """Write the user's certificate (PEM, or DER for .der/.cer) so a receiver can trust it."""
    cert = own_certificate(store) or personal_credentials(store, name, school).cert
    encoding = serialization.Encoding.DER if out.suffix.lower() in (".der", ".cer") else serialization.Encoding.PEM
    atomic_write(out, cert.public_bytes(encoding))
    with store.session() as s:
        store.audit(s, "export", "signing_certificate", None)
    return out


# -- the school's certificate -------------------------------------------------------------------
def school_credentials(path: Path, password: str | None) -> Credentials:
    """Key and certificate from the school's PKCS#12 file."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise UserError(
            tr(
                "Het certificaatbestand van de school ({path}) kan niet worden gelezen. Vraag de ICT-beheerder het "
                "pad in het beleid te controleren.",
                path=path,
            )
        ) from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode() if password else None)
    except ValueError:
        raise UserError(
            tr("Het wachtwoord van het schoolcertificaat klopt niet (of het bestand is geen PKCS#12-bestand).")
        ) from None
    if key is None or cert is None:
        raise UserError(tr("Het schoolcertificaat bevat geen sleutel om mee te ondertekenen."))
    return Credentials(key, cert, "school", list(extra or []))


def stored_school_password() -> str | None:
    """The school certificate's password from the keyring entry ibdesk/school-p12, if any."""
    from ibdesk.store import keyring_access

    if not keyring_access.keyring_usable():
        return None
    try:
        return keyring_access.get_secret(KEYRING_USER)
    except Exception:
        return None


def remember_school_password(password: str) -> None:
    from ibdesk.store import keyring_access

    if not keyring_access.keyring_usable():
        return
    try:
        keyring_access.set_secret(KEYRING_USER, password)
    except Exception:
        log.warning("keyring refused the school certificate password")


def open_school_certificate(p12: Path, ask: Callable[[str], str | None] | None) -> Credentials:
    """The school's PKCS#12 with the remembered password; when there is none or it no longer
    opens the file, ask once. A typed password is remembered only after it opened the file."""
    stored = stored_school_password()
    if stored:
        try:
            return school_credentials(p12, stored)
        except UserError:
            log.info("remembered school certificate password no longer works; asking")
    typed = ask(tr("Wachtwoord van het certificaat van de school")) if ask else None
    if not typed:
        raise UserError(tr("Zonder het wachtwoord van het schoolcertificaat kan niet worden ondertekend."))
    credentials = school_credentials(p12, typed)
    remember_school_password(typed)
    return credentials


def credentials_for(
    store,
    name: str,
    school: str,
    p12: Path | None = None,
    password: str | None = None,
    ask: Callable[[str], str | None] | None = None,
) -> Credentials:
    """The school certificate when the policy names one, else the user's personal one."""
    p12 = p12 or (Path(store.get_setting(SCHOOL_P12)) if store.get_setting(SCHOOL_P12) else None)
    if p12 is None:
        return personal_credentials(store, name, school)
    if password is not None:
        return school_credentials(p12, password)
    return open_school_certificate(p12, ask)


# -- trust ------------------------------------------------------------------------------------
def trusted_certificates(store=None, extra: Sequence[Path] = ()) -> list[tuple[x509.Certificate, str]]:
    """Trust anchors with a description in the language of the screen (the verify screen and
    `ibdesk verify` show it; no document states it): the school CA, the own certificate,
    accepted certificates, and certificate files given now."""
    found = [(load_certificate(p), tr("een opgegeven certificaat")) for p in extra]
    if store is None:
        return found
    own = own_certificate(store)
    found += [(own, tr("uw eigen persoonlijke certificaat"))] if own else []
    found += [
        (
            cert,
            tr(
                "uw eerdere persoonlijke certificaat (vervangen op {day}; vertrouwd voor wat het daarvóór "
                "ondertekende)",
                day=short_date(when.astimezone()),
            ),
        )
        for cert, when in retired_certificates(store)
    ]
    ca = store.get_setting(SCHOOL_CA)
    if ca and Path(ca).is_file():
        found.append((load_certificate(Path(ca)), tr("de certificaatautoriteit (CA) van de school")))
    found += [
        (x509.load_pem_x509_certificate(p.encode()), tr("een eerder geaccepteerd certificaat"))
        for p in json.loads(store.get_setting(TRUSTED) or "[]")
    ]
    return found


def normalise_fingerprint(text: str) -> str:
    """Any spacing, colons or case → the display form used everywhere (`ibdesk.text.numbers.fingerprint`)."""
    compact = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    if len(compact) != 64:
        raise UserError(tr("Een vingerafdruk (SHA-256) bestaat uit 64 tekens 0-9 en A-F."))
    return fingerprint(bytes.fromhex(compact))


def trusted_fingerprints(store=None, extra: Sequence[str] = ()) -> dict[str, str]:
    """Signers trusted by fingerprint: stored ones (`cert trust --fingerprint`) and given now."""
    found = {normalise_fingerprint(f): tr("vertrouwd op vingerafdruk (opgegeven)") for f in extra}
    if store is not None:
        for fp in json.loads(store.get_setting(TRUSTED_FINGERPRINTS) or "[]"):
            found.setdefault(fp, tr("vertrouwd op vingerafdruk (in uw lijst)"))
    return found


def trust_fingerprint(store, text: str) -> str:
    """Add a fingerprint, compared by phone with the sender, to the stored list."""
    fp = normalise_fingerprint(text)
    known = json.loads(store.get_setting(TRUSTED_FINGERPRINTS) or "[]")
    if fp not in known:
        store.set_setting(TRUSTED_FINGERPRINTS, json.dumps(known + [fp]))
        with store.session() as s:
            store.audit(s, "trust", "signing_fingerprint", None, fp[:19])
    return fp


def trust(store, path: Path) -> x509.Certificate:
    """Accept a certificate (e.g. a colleague's personal one) as known from now on."""
    cert = load_certificate(path)
    known = json.loads(store.get_setting(TRUSTED) or "[]")
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    if pem not in known:
        store.set_setting(TRUSTED, json.dumps(known + [pem]))
        with store.session() as s:
            store.audit(s, "trust", "signing_certificate", None, cert_fingerprint(cert)[:19])
    return cert


def load_certificate(path: Path) -> x509.Certificate:
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise UserError(tr("Het certificaat {path} kan niet worden gelezen.", path=path)) from None
    try:
        return x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    except ValueError:
        raise UserError(tr("{path} is geen certificaat (PEM of DER).", path=path)) from None


def verify_with_profile(store, source: bytes | Path, password: str | None = None) -> Verification:
    """For the 'Controleer dossier' screen: trust what this profile trusts."""
    from ibdesk.dossier.verify import verify_pdf  # the PDF stack loads when a document is checked

    return verify_pdf(
        source, password, trusted_certificates(store), trusted_fingerprints(store), retired_fingerprints(store)
    )
