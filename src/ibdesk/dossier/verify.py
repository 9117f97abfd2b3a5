"""Checking a signed PDF: who signed, when, whether it is intact, whether the signature
covers the whole file, and whether the signer is trusted. Offline (no revocation fetching)."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ibdesk.dossier.certs import cert_fingerprint, common_name
from ibdesk.dossier.dutch import date_time
from ibdesk.errors import UserError

log = logging.getLogger(__name__)


@dataclass
class Verification:
    signed: bool = False
    intact: bool = False
    valid: bool = False
    whole_file: bool = False
    signer: str = ""
    organisation: str = ""
    signed_at: datetime | None = None
    trusted: bool = False
    trust_source: str = ""
    fingerprint: str = ""
    encrypted: bool = False
    signatures: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Intact, cryptographically valid and covering the whole file (trust is reported apart)."""
        return self.signed and self.intact and self.valid and self.whole_file and not self.problems

    def summary(self) -> str:
        """Dutch lines for the CLI and the 'Controleer dossier' screen."""
        if not self.signed:
            return "\n".join(["NIET IN ORDE: dit document heeft geen digitale handtekening."] + self.problems)
        lines = [("IN ORDE: het document is ongewijzigd sinds het werd ondertekend." if self.ok else
                  "NIET IN ORDE: het document is na ondertekening gewijzigd of beschadigd.")]
        who = self.signer + (f" ({self.organisation})" if self.organisation else "")
        lines.append(f"Ondertekend door: {who}")
        if self.signed_at:
            lines.append(f"Ondertekend op:   {date_time(self.signed_at.astimezone())}")
        lines.append(f"Inhoud intact:    {'ja' if self.intact and self.valid else 'NEE'}")
        lines.append(f"Hele bestand ondertekend: {'ja' if self.whole_file else 'NEE (er is iets toegevoegd na de handtekening)'}")
        lines.append("Vertrouwd:        " + self._trust_line())
        lines.append(f"Vingerafdruk:     {self.fingerprint}")
        return "\n".join(lines + self.problems)

    def _trust_line(self) -> str:
        if not self.ok:  # a changed file is never a reason to trust its signer
            return "niet van toepassing — het document is niet intact; vertrouw de inhoud niet"
        if self.trusted:
            return f"ja — {self.trust_source}"
        return ("onbekend — de ondertekenaar staat niet in uw lijst van vertrouwde certificaten; vergelijk de "
                "vingerafdruk telefonisch met de afzender")


def verify_pdf(source: bytes | Path, password: str | None = None,
               trusted: list[tuple[x509.Certificate, str]] = ()) -> Verification:
    """Validate every signature in the file; the result describes the last one."""
    data = source if isinstance(source, bytes) else _read(source)
    try:
        return _verify(data, password, trusted)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file is a finding, not a crash
        log.info("verification failed: %s", type(exc).__name__)
        return Verification(problems=["Het bestand is beschadigd of geen geldige PDF; de handtekening "
                                      "kan niet worden gecontroleerd."])


def verify_with_profile(store, source: bytes | Path, password: str | None = None) -> Verification:
    """For the 'Controleer dossier' screen: trust what this profile trusts."""
    from ibdesk.dossier.certs import trusted_certificates

    return verify_pdf(source, password, trusted_certificates(store))


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        raise UserError(f"Het bestand {path} kan niet worden gelezen.") from None


def _verify(data: bytes, password: str | None, trusted) -> Verification:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    for name in ("pyhanko", "pyhanko_certvalidator"):  # expected findings are reported, not logged
        logging.getLogger(name).setLevel(logging.CRITICAL)
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    result = Verification(encrypted=reader.encrypted)
    if reader.encrypted:
        if not password:
            raise UserError("Dit document is versleuteld. Geef het wachtwoord op dat u van de afzender "
                            "kreeg.")
        if reader.decrypt(password).status.name == "FAILED":
            raise UserError("Het wachtwoord klopt niet.")
    signatures = reader.embedded_signatures
    result.signatures = len(signatures)
    if not signatures:
        return result
    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c, _ in trusted]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    statuses = [validate_pdf_signature(s, context) for s in signatures]
    last = statuses[-1]
    cert = x509.load_der_x509_certificate(last.signing_cert.dump())
    result.signed, result.intact, result.valid = True, last.intact, last.valid
    result.whole_file = last.coverage.name == "ENTIRE_FILE"
    result.signer, result.organisation = common_name(cert), _organisation(cert)
    result.signed_at, result.fingerprint = last.signer_reported_dt, cert_fingerprint(cert)
    result.trusted = bool(last.trusted)
    result.trust_source = _source(cert, trusted) if result.trusted else ""
    for earlier in statuses[:-1]:
        if not (earlier.intact and earlier.valid):
            result.problems.append("Een eerdere handtekening in dit bestand is niet intact.")
    return result


def _organisation(cert: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    found = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(found[0].value) if found else ""


def _source(cert: x509.Certificate, trusted) -> str:
    same = [label for c, label in trusted if c == cert]
    return same[0] if same else next((label for _, label in trusted if "CA" in label), "een vertrouwd certificaat")
