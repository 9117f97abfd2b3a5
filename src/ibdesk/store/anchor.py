"""Anchoring the audit trail and the sharing log *outside* the database.

Anyone holding the database key can rewrite both chains and recompute every hash, so a
chain inside the database proves nothing against its own key holder. The head of both
chains (count, last id, last hash) is therefore also kept where a rewrite shows:

- in the OS keyring (entry `anchor-<profile>`), refreshed at every close and signed with
  the personal signing key when there is one;
- in every exported document (PDF metadata `/IbdeskAnker`), covered by the document's
  PAdES signature with the personal or school certificate.

`problems` checks that each known anchor is a *prefix* of the current chains: the entry
with the anchored id still exists with the anchored hash and nothing before it changed.
What this cannot prove is written down in the README ("Wat de auditketen wel en niet bewijst").
"""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ibdesk.i18n import tr
from ibdesk.store import chain_heads, keyring_access

if TYPE_CHECKING:  # the ORM only where a chain is checked: closing after a plain read needs none
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
PDF_KEY = "/IbdeskAnker"


def current(session: Session, profile_id: str) -> dict:
    session.flush()  # entries added in this unit of work count too
    return chain_heads.current(session.connection().connection.dbapi_connection, profile_id)


def as_text(anchor: dict) -> str:
    return json.dumps(anchor, sort_keys=True, separators=(",", ":"))


def for_document(store) -> str:
    """The anchor text to embed in a document that is about to be signed."""
    with store.session() as s:
        return as_text(current(s, store.keyfile.profile_id))


def _username(profile_id: str) -> str:
    return f"anchor-{profile_id}"


def _sign(store, text: str) -> dict:
    """Sign with the personal key when it exists (it lives encrypted in the store)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    from ibdesk.domain.certificate_names import cert_fingerprint
    from ibdesk.store import signing_keys

    pem_key = store.get_setting(signing_keys.PERSONAL_KEY)
    cert = signing_keys.own_certificate(store)
    if not pem_key or cert is None:
        return {}
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(pem_key.encode(), signing_keys.wrapping_secret(store))
    if not isinstance(key, ec.EllipticCurvePrivateKey):  # the personal key is made on SECP256R1 (certificates)
        return {}
    signature = key.sign(text.encode("utf-8"), ec.ECDSA(hashes.SHA256()))
    return {"sig": base64.b64encode(signature).decode("ascii"), "cert": cert_fingerprint(cert)}


def remember(store, replace: bool = False) -> None:
    """Store the current heads in the OS keyring (no-op without a usable keyring).

    The stored anchor only moves forward: when the chains no longer extend it (rewritten),
    it is kept as the evidence. Only a restore (`replace=True`, itself in the audit trail)
    may set it back."""
    if not keyring_access.keyring_usable():
        return
    with store.reading() as conn:
        anchor = chain_heads.current(conn.connection.dbapi_connection, store.keyfile.profile_id)
    previous = from_keyring(store.keyfile.profile_id)
    if previous and not replace and previous.get("anchor") == anchor:
        return  # nothing was added since the anchor was stored: it stands as it is
    if previous and not replace and _rewritten(store, previous):
        log.warning("the chains do not extend the keyring anchor; the anchor is kept as evidence")
        return
    text = as_text(anchor)
    try:
        entry = {"anchor": anchor, **_sign(store, text)}
    except Exception:
        entry = {"anchor": anchor}
    try:
        keyring_access.set_secret(_username(store.keyfile.profile_id), json.dumps(entry))
    except Exception:
        log.warning("keyring refused the audit anchor")


def _rewritten(store, previous: dict) -> bool:
    if previous.get("damaged"):
        return True
    with store.session() as s:
        return bool(_prefix_problems(s, previous.get("anchor", {}), ""))


def from_keyring(profile_id: str) -> dict | None:
    if not keyring_access.keyring_usable():
        return None
    try:
        raw = keyring_access.get_secret(_username(profile_id))
        return json.loads(raw) if raw else None
    except Exception:
        return {"damaged": True}


def from_pdf(path: Path) -> dict | None:
    """The anchor embedded in an exported document (read without checking its signature)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(Path(path).read_bytes()))
        if reader.is_encrypted:
            return None
        text = reader.metadata.get(PDF_KEY) if reader.metadata is not None else None
        return json.loads(str(text)) if text else None
    except Exception:
        return None


def stamp_pdf(pdf: bytes, anchor_text: str) -> bytes:
    """The PDF with the anchor in its metadata (before signing, so the signature covers it)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({PDF_KEY: anchor_text})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _prefix_problems(session: Session, anchor: dict, where: str) -> list[str]:
    from sqlalchemy import select

    from ibdesk.store.models import AuditRow, SharingLogRow

    found = []
    count, last_id, last_hash = anchor.get("audit", [0, 0, ""])
    if last_id:
        row = session.get(AuditRow, last_id)
        total = session.query(AuditRow).count()
        if row is None or row.hash != last_hash or total < count:
            found.append(
                tr(
                    "Auditketen past niet bij het anker {where}: regel {id} ontbreekt of is herschreven "
                    "(ingekort, gewijzigd of opnieuw berekend).",
                    where=where,
                    id=last_id,
                )
            )
    count, last_id, last_hash = anchor.get("sharing", [0, 0, ""])
    if last_id:
        shared = session.scalars(select(SharingLogRow).where(SharingLogRow.id == last_id)).first()
        total = session.query(SharingLogRow).count()
        if shared is None or shared.hash != last_hash or total < count:
            found.append(
                tr(
                    "Deellog past niet bij het anker {where}: regel {id} ontbreekt of is herschreven.",
                    where=where,
                    id=last_id,
                )
            )
    return found


def problems(store, session: Session, documents: Sequence[Path] = (), keyring: bool = True) -> list[str]:
    """Problems between the chains and every anchor known: keyring, and given documents."""
    found = []
    entry = from_keyring(store.keyfile.profile_id) if keyring else None
    if entry and entry.get("damaged"):
        found.append(tr("Het anker van de auditketen in het sleutelbeheer is onleesbaar."))
    elif entry:
        found += _signature_problems(store, entry)
        found += _prefix_problems(session, entry.get("anchor", {}), tr("in het sleutelbeheer"))
    for path in documents:
        anchor = from_pdf(path)
        if anchor is None:
            found.append(tr("{name}: geen anker van ibdesk gevonden (of versleuteld).", name=Path(path).name))
        elif anchor.get("profile") != store.keyfile.profile_id:
            found.append(tr("{name}: dit document komt uit een ander profiel.", name=Path(path).name))
        else:
            found += _prefix_problems(session, anchor, tr("in {name}", name=Path(path).name))
    return found


def _signature_problems(store, entry: dict) -> list[str]:
    if "sig" not in entry:
        return []
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    from ibdesk.domain.certificate_names import cert_fingerprint
    from ibdesk.store import signing_keys

    mine = [c for c in [signing_keys.own_certificate(store)] if c is not None]
    mine += [c for c, _when in signing_keys.retired_certificates(store)]  # signed before the certificate was replaced
    cert = next((c for c in mine if cert_fingerprint(c) == entry.get("cert")), None)
    if cert is None:
        return [tr("Het anker in het sleutelbeheer is ondertekend met een ander certificaat dan het uwe.")]
    public_key = cert.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey):  # an ECDSA signature needs an EC key
        return [tr("De handtekening onder het anker in het sleutelbeheer klopt niet.")]
    try:
        public_key.verify(
            base64.b64decode(entry["sig"]), as_text(entry["anchor"]).encode("utf-8"), ec.ECDSA(hashes.SHA256())
        )
    except (InvalidSignature, ValueError, TypeError):
        return [tr("De handtekening onder het anker in het sleutelbeheer klopt niet.")]
    return []
