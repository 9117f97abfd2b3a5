"""Issue 13 point 8: `ibdesk verify` never says "in orde" for a forgery.

A real forged certificate (same name, school and unit as the real signer, made with the
`cryptography` package like any attacker would) signs a new PDF, and re-signs a genuine
dossier after changing page 1. Both must exit 1 and show the forger's fingerprint, also when
the receiver trusts the real signer's certificate."""

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.generic import StreamObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from reportlab.pdfgen import canvas
from support.cli import ibdesk
from support.profiles import FAIL_KEYRING

from ibdesk.dossier import credentials as certs
from ibdesk.dossier import signing
from ibdesk.services import certificates


@pytest.fixture
def genuine(home, tmp_path):
    """A signed inzage document and the real signer's certificate, as the sender made them."""
    assert ibdesk("init").returncode == 0
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    out = tmp_path / "uit"
    out.mkdir()
    result = ibdesk("inzage", "1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    real_pem = tmp_path / "echt.pem"
    assert ibdesk("cert", "export", "--out", str(real_pem)).returncode == 0
    return next(out.glob("*.pdf")), real_pem


def _forged_credentials(real_pem: Path) -> certs.Credentials:
    real = certificates.load_certificate(real_pem)
    name = certs.common_name(real)
    from cryptography.x509.oid import NameOID

    school = real.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    key, cert = certificates._new_personal(name, school)  # same subject fields, another key
    assert cert.subject == real.subject and cert != real
    return certs.Credentials(key, cert, "personal")


def _new_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Dossier (vervalst, fictief)")
    page.save()
    return buffer.getvalue()


def _resign_with_changed_page(genuine: bytes, forged: certs.Credentials) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(genuine), strict=False)
    blue_block = StreamObject(stream_data=b"0 0 1 rg 60 600 300 80 re f")  # drawn over page 1
    writer.add_stream_to_page(0, writer.add_object(blue_block))
    out = io.BytesIO()
    meta = PdfSignatureMetadata(field_name="Tweede", subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256")
    PdfSigner(meta, signer=signing.signer_for(forged), new_field_spec=fields.SigFieldSpec("Tweede")).sign_pdf(
        writer, output=out
    )
    return out.getvalue()


def _receiver(tmp_path, *args):
    """The Sociaal Team's PC: no ibdesk profile, only what it was told to trust."""
    return ibdesk("verify", *args, home=tmp_path / "ontvanger", env={"PYTHON_KEYRING_BACKEND": FAIL_KEYRING})


def test_the_genuine_document_is_in_orde_for_who_trusts_the_signer(genuine, tmp_path):
    pdf, real_pem = genuine
    result = _receiver(tmp_path, str(pdf), "--trust", str(real_pem))
    assert result.returncode == 0 and "IN ORDE" in result.stdout
    unknown = _receiver(tmp_path, str(pdf))
    assert unknown.returncode == 1 and "NIET IN ORDE" in unknown.stdout


def test_a_forged_certificate_with_the_same_name_is_not_in_orde(genuine, tmp_path):
    _pdf, real_pem = genuine
    forged = _forged_credentials(real_pem)
    fake = tmp_path / "vervalst.pdf"
    fake.write_bytes(signing.sign(_new_pdf(), forged, 0, (72, 72, 272, 132), "Dossier", "Renkum"))
    result = _receiver(tmp_path, str(fake), "--trust", str(real_pem))
    assert result.returncode == 1, result.stdout
    assert "NIET IN ORDE" in result.stdout and "IN ORDE: het document" not in result.stdout
    assert certs.cert_fingerprint(forged.cert) in result.stdout, "the forger's fingerprint is shown"
    sender_side = ibdesk("verify", str(fake))  # the real signer's own profile is not fooled either
    assert sender_side.returncode == 1


def test_a_genuine_dossier_changed_and_signed_again_is_not_in_orde(genuine, tmp_path):
    pdf, real_pem = genuine
    forged = _forged_credentials(real_pem)
    changed = tmp_path / "gewijzigd.pdf"
    changed.write_bytes(_resign_with_changed_page(pdf.read_bytes(), forged))
    result = _receiver(tmp_path, str(changed), "--trust", str(real_pem))
    assert result.returncode == 1, result.stdout
    assert certs.cert_fingerprint(forged.cert) in result.stdout
    assert "Handtekening 1 van 2" in result.stdout and "Handtekening 2 van 2" in result.stdout
    assert "dekt revisie 1" in result.stdout, "says which signature covers what"


def test_trust_by_fingerprint_compared_by_phone(genuine, tmp_path):
    pdf, real_pem = genuine
    fingerprint = certs.cert_fingerprint(certificates.load_certificate(real_pem))
    result = _receiver(tmp_path, str(pdf), "--trust-fingerprint", fingerprint.replace(" ", ":").lower())
    assert result.returncode == 0 and "vingerafdruk" in result.stdout


def test_the_controleer_dossier_screen_calls_a_forgery_niet_in_orde(genuine, tmp_path, qtbot):
    import os

    from support.tasks import settle

    from ibdesk.ui.dossier.verify_dialog import VerifyDialog

    pdf, real_pem = genuine
    forged = _forged_credentials(real_pem)
    changed = tmp_path / "gewijzigd.pdf"
    changed.write_bytes(_resign_with_changed_page(pdf.read_bytes(), forged))
    dialog = VerifyDialog(None)
    qtbot.addWidget(dialog)
    result = settle(dialog.check(changed))
    assert result is not None and not result.ok
    assert dialog.status.text() == "Niet in orde: onbekende ondertekenaar"
    assert dialog.status.property("tone") == "error"
    assert dialog.values["fingerprint"].fingerprint() == certs.cert_fingerprint(forged.cert)
    assert "Handtekening 1 van 2" in dialog.values["signatures"].text()
    if os.environ.get("IBDESK_SCREENSHOTS"):
        dialog.show()
        for size in ((1366, 768), (720, 560)):
            dialog.resize(*size)
            dialog.grab().save(os.path.join(os.environ["IBDESK_SCREENSHOTS"], f"controleer-{size[0]}.png"))
