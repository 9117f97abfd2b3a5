"""Checking a signed PDF: who signed, when, whether it is intact, whether the signature
covers the whole file, and whether the signer is trusted. Offline (no revocation fetching).

What it says (the summary, the problems, the refusals) is read on a screen or the command
line, never written into a document: it comes in the language of the screen (`tr`)."""

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
from ibdesk.i18n import language, mark, tr, tr_marked
from ibdesk.text.dates import date_time, short_date

log = logging.getLogger(__name__)


class PasswordNeeded(UserError):
    """The document is encrypted and no password was given: ask for one."""


class WrongPassword(UserError):
    """The password given does not open the document."""


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
    changes_after: str  # what was changed after this signature ("" = nothing), as the screen says it

    def line(self, total: int) -> str:
        state = tr("intact") if self.intact and self.valid else tr("NIET intact")
        trust = tr("vertrouwd ({source})", source=self.trust_source) if self.trusted else tr("NIET vertrouwd")
        cover = (
            tr("dekt het hele bestand")
            if self.covers_whole_file
            else tr(
                "dekt revisie {revision}; daarna {changes}",
                revision=self.revision,
                changes=self.changes_after or tr("is er iets toegevoegd"),
            )
        )
        return tr(
            "Handtekening {number} van {total}: {signer} — {state}, {trust}, {cover}. Vingerafdruk: {fingerprint}",
            number=self.number,
            total=total,
            signer=self.signer,
            state=state,
            trust=trust,
            cover=cover,
            fingerprint=self.fingerprint,
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
        """Lines for the CLI (`ibdesk verify`), in the language of the screen."""
        if not self.signed:
            return "\n".join([tr("NIET IN ORDE: dit document heeft geen digitale handtekening.")] + self.problems)
        if self.ok:
            head = tr(
                "IN ORDE: het document is ongewijzigd sinds het werd ondertekend, door een vertrouwde ondertekenaar."
            )
        elif self.sound:
            head = tr(
                "NIET IN ORDE: de ondertekenaar is niet vertrouwd. Iedereen kan een certificaat met deze naam "
                "maken; vergelijk de vingerafdruk hieronder telefonisch met de afzender."
            )
        else:
            head = tr("NIET IN ORDE: het document is na ondertekening gewijzigd of beschadigd.")
        yes, no = tr("ja"), tr("NEE")
        lines = [head]
        who = self.signer + (f" ({self.organisation})" if self.organisation else "")
        lines.append(tr("Ondertekend door: {who}", who=who))
        if self.signed_at:
            lines.append(
                tr("Ondertekend op:   {moment}", moment=date_time(self.signed_at.astimezone(), lang=language()))
            )
        lines.append(tr("Inhoud intact:    {answer}", answer=yes if self.intact and self.valid else no))
        whole = yes if self.whole_file else tr("NEE (er is iets toegevoegd na de handtekening)")
        lines.append(tr("Hele bestand ondertekend: {answer}", answer=whole))
        lines.append(tr("Vertrouwd:        {answer}", answer=self._trust_line()))
        lines.append(tr("Vingerafdruk:     {fingerprint}", fingerprint=self.fingerprint))
        if len(self.reports) > 1:
            lines += [r.line(len(self.reports)) for r in self.reports]
        return "\n".join(lines + self.problems)

    def _trust_line(self) -> str:
        if not self.sound:  # a changed file is never a reason to trust its signer
            return tr("niet van toepassing — het document is niet intact; vertrouw de inhoud niet")
        if self.trusted:
            return tr("ja — {source}", source=self.trust_source)
        if self.trust_source:
            return tr("NEE — {source}", source=self.trust_source)
        return tr(
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

    `fingerprints` (SHA-256 fingerprint → a label as the screen says it) trusts a signer by fingerprint;
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
            problems=[
                tr("Het bestand is beschadigd of geen geldige PDF; de handtekening kan niet worden gecontroleerd.")
            ]
        )


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        raise UserError(tr("Het bestand {path} kan niet worden gelezen.", path=path)) from None


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
            raise PasswordNeeded(tr("Dit document is versleuteld. Geef het wachtwoord op dat u van de afzender kreeg."))
        if reader.decrypt(password).status.name == "FAILED":
            raise WrongPassword(tr("Het wachtwoord klopt niet."))
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
            result.problems.append(tr("Handtekening {number} in dit bestand is niet intact.", number=earlier.number))
    return result


MODIFICATIONS = {  # pyHanko's modification level → what was changed after a signature
    "NONE": "",
    "LTA_UPDATES": mark("alleen tijdstempels toegevoegd"),
    "FORM_FILLING": mark("formuliervelden of handtekeningen toegevoegd"),
    "ANNOTATIONS": mark("opmerkingen toegevoegd"),
    "OTHER": mark("is de INHOUD gewijzigd"),
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
        source = tr(
            "dit certificaat is vervangen op {day}; ibdesk vertrouwt het alleen voor wat het daarvóór ondertekende",
            day=short_date(retired[fp].astimezone()),
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
        "" if whole else tr_marked(MODIFICATIONS.get(level, MODIFICATIONS["OTHER"])),
    )


def _organisation(cert: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    found = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(found[0].value) if found else ""


def _source(cert: x509.Certificate, trusted) -> str:
    same = [label for c, label in trusted if c == cert]
    return same[0] if same else next((label for _, label in trusted if "CA" in label), tr("een vertrouwd certificaat"))
