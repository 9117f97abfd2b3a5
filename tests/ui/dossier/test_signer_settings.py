"""The 'Ondertekenen' section for Instellingen."""

from __future__ import annotations

import pytest
from cryptography import x509

from ibdesk.dossier import credentials as certs
from ibdesk.services import certificates

from .helpers import school_p12


@pytest.fixture
def section(qtbot, context):
    from ibdesk.ui.dossier import SignerSettings

    widget = SignerSettings(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_saves_the_sender_details(section, services):
    edits = section.sender_fields.edits
    assert edits["name"].text() == "Marieke de Wit"  # the demo's user profile
    edits["name"].setText("Marieke de Wit")
    edits["role"].setText("intern begeleider")
    edits["phone"].setText("+31 26 123 4567")
    edits["email"].setText("m.dewit@vlinderboom.example")
    assert section.save()
    store = services.store
    assert (store.get_setting("user.name"), store.get_setting("user.phone")) == ("Marieke de Wit", "+31 26 123 4567")
    assert section.saved_label.text() == "Opgeslagen."


def test_invalid_details_are_not_saved(section, services):
    section.sender_fields.edits["name"].setText("")
    section.sender_fields.edits["role"].setText("ib")
    assert not section.save()
    assert section.sender_fields.fields.boxes["name"].error.isVisibleTo(section)
    assert services.store.get_setting("user.role") == "intern begeleider", "nothing saved"


def test_exports_own_certificate_for_the_receiver(section, dialogs, services, out):
    assert "nog niet gemaakt" in section.own_label.text()
    dialogs.save_path = out / "mijn.pem"
    section.sender_fields.edits["name"].setText("Marieke de Wit")
    written = section.export_certificate()
    assert written == out / "mijn.pem" and list(out.iterdir()) == [out / "mijn.pem"]
    cert = x509.load_pem_x509_certificate((out / "mijn.pem").read_bytes())
    assert certs.common_name(cert) == "Marieke de Wit"
    info = dialogs.of("info")[-1].text
    assert certs.cert_fingerprint(cert).split()[0] in info and "telefonisch" in info
    assert section.fingerprint.fingerprint() == certs.cert_fingerprint(cert)


def test_cancelled_certificate_export_writes_nothing(section, dialogs, out):
    dialogs.save_path = None
    assert section.export_certificate() is None and list(out.iterdir()) == []


def test_trusts_a_colleagues_certificate_after_confirming(qtbot, context, dialogs, services, tmp_path):
    from ibdesk.ui.dossier import SignerSettings

    _, ca = school_p12(tmp_path / "collega", "x")
    widget = SignerSettings(context, open_path=lambda *args: ca)
    qtbot.addWidget(widget)
    widget.refresh()
    dialogs.answer = False
    widget.trust_certificate()
    assert services.store.get_setting(certificates.TRUSTED) is None
    dialogs.answer = True
    widget.trust_certificate()
    assert "vingerafdruk" in dialogs.of("confirm")[-1].text.lower()
    assert widget.trusted_label.text() == "1 vertrouwd"


def test_school_certificate_status(section, services, tmp_path):
    p12, ca = school_p12(tmp_path / "beleid", "x")
    services.store.set_setting(certificates.SCHOOL_P12, str(p12))
    services.store.set_setting(certificates.SCHOOL_CA, str(ca))
    section.refresh()
    assert section.school_label.text().startswith("ingesteld:") and str(ca) == section.ca_label.text()
    services.store.set_setting(certificates.SCHOOL_P12, str(tmp_path / "weg.p12"))
    section.refresh()
    assert "niet gevonden" in section.school_label.text()
