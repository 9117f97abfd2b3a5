"""Checking a signed PDF: who signed, when, whether it is intact, whether the signature
covers the whole file, and whether the signer is trusted. Offline (no revocation fetching)."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ibdesk.domain.certificate_names import cert_fingerprint, common_name
from ibdesk.errors import UserError
from ibdesk.text.dates import date_time, short_date

log = logging.getLogger(__name__)


@dataclass
class SignatureReport:
    """One signature in the file: who, whether it holds, and what it covers."""

    number: int
    signer: str
    fingerprint: str
    intact: bool
    valid: bool
    trusted: bool
    trust_source: str
    covers_whole_file: bool
    revision: int  # the file revision this signature closes (1-based)
    changes_after: str  # Dutch: what was changed after this signature ("" = nothing)

    def line(self, total: int) -> str:
        state = "intact" if self.intact and self.valid else "NIET intact"
        trust = f"vertrouwd ({self.trust_source})" if self.trusted else "NIET vertrouwd"
        cover = (
            "dekt het hele bestand"
            if self.covers_whole_file
            else f"dekt revisie {self.revision}; daarna {self.changes_after or 'is er iets toegevoegd'}"
        )
        return (
            f"Handtekening {self.number} van {total}: {self.signer} — {state}, {trust}, {cover}. "
            f"Vingerafdruk: {self.fingerprint}"
        )


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
    reports: list[SignatureReport] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        """Intact, cryptographically valid and covering the whole file (trust aside)."""
        return self.signed and self.intact and self.valid and self.whole_file and not self.problems

    @property
    def ok(self) -> bool:
        """'In orde' only when sound AND every signer chains to a trusted certificate: a
        certificate anyone can make with the same name is not the real signer."""
        return self.sound and self.trusted and all(r.trusted for r in self.reports)

    def summary(self) -> str:
        """Dutch lines for the CLI and the 'Controleer dossier' screen."""
        if not self.signed:
            return "\n".join(["NIET IN ORDE: dit document heeft geen digitale handtekening."] + self.problems)
        if self.ok:
            head = "IN ORDE: het document is ongewijzigd sinds het werd ondertekend, door een vertrouwde ondertekenaar."
        elif self.sound:
            head = (
                "NIET IN ORDE: de ondertekenaar is niet vertrouwd. Iedereen kan een certificaat met deze naam "
                "maken; vergelijk de vingerafdruk hieronder telefonisch met de afzender."
            )
        else:
            head = "NIET IN ORDE: het document is na ondertekening gewijzigd of beschadigd."
        lines = [head]
        who = self.signer + (f" ({self.organisation})" if self.organisation else "")
        lines.append(f"Ondertekend door: {who}")
        if self.signed_at:
            lines.append(f"Ondertekend op:   {date_time(self.signed_at.astimezone())}")
        lines.append(f"Inhoud intact:    {'ja' if self.intact and self.valid else 'NEE'}")
        lines.append(
            f"Hele bestand ondertekend: {'ja' if self.whole_file else 'NEE (er is iets toegevoegd na de handtekening)'}"
        )
        lines.append("Vertrouwd:        " + self._trust_line())
        lines.append(f"Vingerafdruk:     {self.fingerprint}")
        if len(self.reports) > 1:
            lines += [r.line(len(self.reports)) for r in self.reports]
        return "\n".join(lines + self.problems)

    def _trust_line(self) -> str:
        if not self.sound:  # a changed file is never a reason to trust its signer
            return "niet van toepassing — het document is niet intact; vertrouw de inhoud niet"
        if self.trusted:
            return f"ja — {self.trust_source}"
        if self.trust_source:
            return f"NEE — {self.trust_source}"
        return (
            "NEE — de ondertekenaar staat niet in uw lijst van vertrouwde certificaten (school-CA, uw eigen "
            "certificaat of een certificaat dat u vertrouwt op vingerafdruk)"
        )


def verify_pdf(
    source: bytes | Path,
    password: str | None = None,
    trusted: Sequence[tuple[x509.Certificate, str]] = (),
    fingerprints: dict[str, str] | None = None,
    retired: dict[str, datetime] | None = None,
) -> Verification:
    """Validate every signature in the file; the result describes the last one, `reports` each.

    `fingerprints` (SHA-256 fingerprint → Dutch label) trusts a signer by fingerprint;
    `retired` (fingerprint → when it was replaced) trusts a replaced certificate only for what
    it signed before it was replaced."""
    data = source if isinstance(source, bytes) else _read(source)
    try:
        return _verify(data, password, trusted, fingerprints or {}, retired or {})
    except UserError:
        raise
    except Exception as exc:
        log.info("verification failed: %s", type(exc).__name__)
        return Verification(
            problems=["Het bestand is beschadigd of geen geldige PDF; de handtekening kan niet worden gecontroleerd."]
        )


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        raise UserError(f"Het bestand {path} kan niet worden gelezen.") from None


def _verify(
    data: bytes, password: str | None, trusted, fingerprints: dict[str, str], retired: dict[str, datetime]
) -> Verification:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    for name in ("pyhanko", "pyhanko_certvalidator"):  # expected findings are reported, not logged
        logging.getLogger(name).setLevel(logging.CRITICAL)
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    result = Verification(encrypted=reader.encrypted)
    if reader.encrypted:
        if not password:
            raise UserError("Dit document is versleuteld. Geef het wachtwoord op dat u van de afzender kreeg.")
        if reader.decrypt(password).status.name == "FAILED":
            raise UserError("Het wachtwoord klopt niet.")
    signatures = reader.embedded_signatures
    result.signatures = len(signatures)
    if not signatures:
        return result
    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c, _ in trusted]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    statuses = [validate_pdf_signature(s, context) for s in signatures]
    result.reports = [_report(i, s, trusted, fingerprints, retired) for i, s in enumerate(statuses, start=1)]
    last, last_report = statuses[-1], result.reports[-1]
    cert = x509.load_der_x509_certificate(last.signing_cert.dump())
    result.signed, result.intact, result.valid = True, last.intact, last.valid
    result.whole_file = last_report.covers_whole_file
    result.signer, result.organisation = common_name(cert), _organisation(cert)
    result.signed_at, result.fingerprint = last.signer_reported_dt, cert_fingerprint(cert)
    result.trusted, result.trust_source = last_report.trusted, last_report.trust_source
    for earlier in result.reports[:-1]:
        if not (earlier.intact and earlier.valid):
            result.problems.append(f"Handtekening {earlier.number} in dit bestand is niet intact.")
    return result


MODIFICATIONS = {
    "NONE": "",
    "LTA_UPDATES": "alleen tijdstempels toegevoegd",
    "FORM_FILLING": "formuliervelden of handtekeningen toegevoegd",
    "ANNOTATIONS": "opmerkingen toegevoegd",
    "OTHER": "is de INHOUD gewijzigd",
}


def _report(
    number: int, status, trusted, fingerprints: dict[str, str], retired: dict[str, datetime]
) -> SignatureReport:
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    fp = cert_fingerprint(cert)
    by_chain = bool(status.trusted)
    source = _source(cert, trusted) if by_chain else fingerprints.get(fp, "")
    signed_at = status.signer_reported_dt
    if fp in retired and (signed_at is None or signed_at > retired[fp]):
        by_chain, fingerprints = False, {}
        source = (
            f"dit certificaat is vervangen op {short_date(retired[fp].astimezone())}; ibdesk vertrouwt het "
            "alleen voor wat het daarvóór ondertekende"
        )
    level = getattr(getattr(status, "modification_level", None), "name", "OTHER") or "OTHER"
    whole = status.coverage.name == "ENTIRE_FILE"
    return SignatureReport(
        number,
        common_name(cert),
        fp,
        bool(status.intact),
        bool(status.valid),
        by_chain or fp in fingerprints,
        source,
        whole,
        number,
        "" if whole else MODIFICATIONS.get(level, MODIFICATIONS["OTHER"]),
    )


def _organisation(cert: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    found = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(found[0].value) if found else ""


def _source(cert: x509.Certificate, trusted) -> str:
    same = [label for c, label in trusted if c == cert]
    return same[0] if same else next((label for _, label in trusted if "CA" in label), "een vertrouwd certificaat")
