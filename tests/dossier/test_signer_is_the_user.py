"""Issue 11.8: who signed is who the user is. The signer's name and role come from the user
profile for every kind of document, whatever is signed first; a certificate made with a wrong
name is refused and can be replaced, and the replaced one stays trusted for what it signed."""

from __future__ import annotations

import datetime as dt
import getpass

import pytest

from ibdesk.errors import UserError
from ibdesk.services import certificates as certs
from ibdesk.services.certificates import verify_with_profile
from ibdesk.services.export_documents import export_case, export_inzage, export_meeting
from ibdesk.services.export_signing import Signing

from .helpers import READY_CASE, full_text

PAST_MEETING = 1


def test_first_document_an_mdo_agenda_still_signs_with_the_profile(services, out):
    """Today the first MDO agenda created the certificate on the OS login name ('root')."""
    services.store.set_setting("user.name", "Sanne Bakker")
    services.store.set_setting("user.role", "zorgcoördinator")
    agenda = export_meeting(services, PAST_MEETING, out / "mdo.pdf")
    dossier = export_case(services, READY_CASE, out / "dossier.pdf")
    for result in (agenda, dossier):
        check = verify_with_profile(services.store, result.path)
        assert check.ok and check.signer == "Sanne Bakker", check.summary()
        text = full_text(result.path)
        assert "Sanne Bakker" in text and "zorgcoördinator" in text
        assert getpass.getuser() not in check.signer


def test_inzage_without_a_profile_is_refused_with_the_way_out(services, out):
    services.store.set_setting("user.name", "")
    pupil = services.guidance.overview(READY_CASE, log_view=False).pupil
    with pytest.raises(UserError, match="Vul eerst uw eigen naam en functie in"):
        export_inzage(services, pupil.id, out / "inzage.pdf")
    assert list(out.iterdir()) == [], "nothing written"


def test_a_certificate_with_a_wrong_name_is_replaced_and_the_old_one_stays_verifiable(services, out):
    store = services.store
    wrong = certs.personal_credentials(store, "Marieke de Wit", "OBS De Vlinderboom (fictief)")
    before = export_case(services, READY_CASE, out / "voor.pdf")
    store.set_setting("user.name", "Marieke de Wit-Jansen")  # the name was wrong
    with pytest.raises(UserError, match=r"staat op naam van 'Marieke de Wit'.*cert renew"):
        export_case(services, READY_CASE, out / "fout.pdf")
    _next_second()  # signing times and the replacement moment are kept to the second
    new = certs.renew_personal(store, "Marieke de Wit-Jansen", "OBS De Vlinderboom (fictief)")
    assert new.common_name == "Marieke de Wit-Jansen" and new.fingerprint != wrong.fingerprint
    after = export_case(services, READY_CASE, out / "na.pdf")
    assert verify_with_profile(store, after.path).signer == "Marieke de Wit-Jansen"
    old = verify_with_profile(store, before.path)
    assert old.ok and "vervangen op" in old.trust_source, old.summary()
    # the old key is gone from the store: nothing new can be signed with it by ibdesk; a document
    # that claims to be signed with it after the replacement is not trusted
    assert certs.own_certificate(store) == new.cert
    _next_second()
    late = export_case(services, READY_CASE, out / "laat.pdf", signing_with=Signing(credentials=wrong))
    late_check = verify_with_profile(store, late.path)
    assert late_check.sound and not late_check.ok
    assert "alleen voor wat het daarvóór ondertekende" in late_check.summary()
    one_byte = bytearray(before.path.read_bytes())
    one_byte[len(one_byte) // 3] ^= 0x01
    assert not verify_with_profile(store, bytes(one_byte)).ok


def _next_second() -> None:
    """Wait until the wall clock enters a new second (orders events that are stored per second)."""
    import time

    start = int(time.time())
    while int(time.time()) == start:
        time.sleep(0.02)


def test_anchor_in_the_keyring_stays_valid_after_renewal(services):
    from ibdesk.store import anchor

    store = services.store
    certs.personal_credentials(store, "Marieke de Wit", "")
    anchor.remember(store)
    certs.renew_personal(store, "Marieke de Wit", "", now=dt.datetime.now(dt.UTC))
    assert store.check() == []
