"""PAdES signatures with pyHanko, offline, and optional AES-256 encryption.

The visible block (name, role, school, date) is drawn by the document itself; the
signature field is placed exactly over it, with an empty appearance, so the block looks
the same in every reader and uses the embedded fonts.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from pyhanko.stamp.base import BaseStamp, BaseStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ibdesk.dossier.credentials import Credentials

FIELD = "Handtekening"
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read out on the phone


class _Empty(BaseStamp):
    def _render_inner_content(self):
        return []


@dataclass(frozen=True)
class _EmptyStyle(BaseStampStyle):
    """An appearance with nothing in it: the document's own block shows through."""

    def create_stamp(self, writer, box, text_params):
        return _Empty(writer, self, box)


EMPTY_APPEARANCE = _EmptyStyle(border_width=0)


def new_password(groups: int = 5, size: int = 4) -> str:
    """E.g. 'k7mq-2xdp-…': about 100 bits, for the recipient to receive by phone or SMS."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(size)) for _ in range(groups))


def _asn1_cert(cert) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def signer_for(credentials: Credentials) -> signers.SimpleSigner:
    key = asn1_keys.PrivateKeyInfo.load(
        credentials.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    cert = _asn1_cert(credentials.cert)
    chain = [_asn1_cert(c) for c in credentials.chain]
    return signers.SimpleSigner(
        signing_cert=cert, signing_key=key, cert_registry=SimpleCertificateStore.from_certs([cert, *chain])
    )


def encrypt(pdf: bytes, password: str) -> tuple[bytes, str]:
    """AES-256 with `password` to open; a separate random owner password (returned) to sign."""
    from pypdf import PdfReader, PdfWriter

    owner = secrets.token_urlsafe(24)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=owner, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), owner


def embed(writer, files) -> None:
    """Each (name, bytes, description, media type) as an embedded file of the PDF (the receiver
    opens it from the reader's attachment panel); in the signed revision, so the signature covers
    it, and encrypted with the document when it is encrypted."""
    from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file

    for name, data, description, media in files:
        stream = EmbeddedFileObject.from_file_data(
            writer, data, compress=True, params=EmbeddedFileParams(), mime_type=media or "application/octet-stream"
        )
        embed_file(
            writer, FileSpec(file_spec_string=name, file_name=name, embedded_data=stream, description=description)
        )


def sign(
    pdf: bytes,
    credentials: Credentials,
    page: int | None,
    box: tuple | None,
    reason: str,
    location: str,
    password: str | None = None,
    files=(),
) -> bytes:
    """Sign `pdf` (PAdES baseline, no network); encrypt first when `password` is given; embed
    `files` (see `embed`) in the signed revision."""
    owner = None
    if password:
        pdf, owner = encrypt(pdf, password)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    if owner:
        writer.encrypt(owner)
    if files:
        embed(writer, files)
    meta = PdfSignatureMetadata(
        field_name=FIELD,
        reason=reason,
        location=location,
        name=credentials.common_name,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    spec = fields.SigFieldSpec(
        FIELD, on_page=page if page is not None else -1, box=tuple(round(v, 2) for v in box) if box else None
    )
    out = io.BytesIO()
    PdfSigner(meta, signer=signer_for(credentials), stamp_style=EMPTY_APPEARANCE, new_field_spec=spec).sign_pdf(
        writer, output=out
    )
    return out.getvalue()
