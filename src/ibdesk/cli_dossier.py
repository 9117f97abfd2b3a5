"""Command-line handlers for signed documents: export, handover, mdo, verify, cert.

(`ibdesk inzage` lives in cli.py and calls `ibdesk.dossier.export.export_inzage_pdf`.)

Wired into `ibdesk.cli` with `add_dossier_parsers(sub)` and `DOSSIER_COMMANDS`. Exit codes
follow cli.py: 0 ok, 1 a user error (message, no traceback); `verify` exits 0 only when
the document is intact and the signature covers the whole file.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from ibdesk.errors import UserError

PURPOSE_HELP = "doel: aanmelding_sociaal_team (standaard), arrangement_swv, tlv_swv, overdracht, mdo"


def add_dossier_parsers(sub) -> None:
    """Add the subcommands to the `ibdesk` parser's subparsers."""
    export = sub.add_parser("export", help="ondertekend dossier van een casus (alleen wat de ontvanger mag zien)")
    export.add_argument("case_id", type=int, metavar="CASE")
    export.add_argument("--to", metavar="ORG", help="ontvanger: id of naam uit Contacten (standaard: Sociaal Team "
                                                    "van de woongemeente)")
    export.add_argument("--purpose", default="aanmelding_sociaal_team", help=PURPOSE_HELP)
    _common(export)
    handover = sub.add_parser("handover", help="ondertekend document voor de warme overdracht")
    handover.add_argument("case_id", type=int, metavar="CASE")
    handover.add_argument("--kind", required=True, choices=["po-vo", "school", "sociaal-team"])
    handover.add_argument("--to", metavar="ORG", help="ontvanger (standaard: uit het overdrachtsformulier)")
    _common(handover)
    mdo = sub.add_parser("mdo", help="agenda en voorbereidingsbladen van een MDO")
    mdo.add_argument("meeting_id", type=int, metavar="MEETING")
    _common(mdo)
    verify = sub.add_parser("verify", help="controleer een ondertekend document (exit 0 alleen als het intact is)")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--password", help="wachtwoord van een versleuteld document")
    verify.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT",
                        help="vertrouw (ook) dit certificaat (PEM of DER); mag vaker")
    cert = sub.add_parser("cert", help="het certificaat waarmee u ondertekent")
    cert_sub = cert.add_subparsers(dest="cert_command", required=True)
    cert_export = cert_sub.add_parser("export", help="schrijf uw certificaat (PEM; .der/.cer = DER) voor de ontvanger")
    cert_export.add_argument("--out", type=Path, required=True)
    cert_trust = cert_sub.add_parser("trust", help="vertrouw het certificaat van een collega of school")
    cert_trust.add_argument("file", type=Path)
    cert_sub.add_parser("show", help="toon de vingerafdruk van uw certificaat")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument("--encrypt", action="store_true", help="versleutel met een wachtwoord (AES-256) voor e-mail")
    parser.add_argument("--p12", type=Path, help="onderteken met dit PKCS#12-certificaat van de school")


def _services(args):
    from ibdesk.cli_keys import open_store
    from ibdesk.services.container import Services

    return Services.build(open_store(args.home))


def _signing(args):
    from ibdesk.cli_keys import interactive, prompt_secret
    from ibdesk.dossier.export import Signing

    if not getattr(args, "p12", None):
        return None
    password = os.environ.get("IBDESK_SCHOOL_P12_PASSWORD")
    return Signing(p12=args.p12, password=password, ask=prompt_secret if interactive() else None)


def _organisation(services, value: str | None) -> int | None:
    """An organisation by id or by (part of) its name; must be unambiguous."""
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    found = [o for o in services.records.organisations() if o.active and value.lower() in o.name.lower()]
    if len(found) != 1:
        names = ", ".join(f"{o.id} {o.name}" for o in found) or "geen"
        raise UserError(f"Kies één ontvanger (--to): '{value}' past op {names}.")
    return found[0].id


def _run(args, work) -> int:
    services = _services(args)
    try:
        result = work(services)
    finally:
        services.store.close()
    print(result.message())
    return 0


def cmd_export(args) -> int:
    from ibdesk.dossier.export import export_case

    return _run(args, lambda s: export_case(s, args.case_id, args.out, _organisation(s, args.to), args.purpose,
                                            args.encrypt, _signing(args)))


def cmd_handover(args) -> int:
    from ibdesk.dossier.export import export_handover

    return _run(args, lambda s: export_handover(s, args.case_id, args.kind, args.out, _organisation(s, args.to),
                                                args.encrypt, _signing(args)))


def cmd_mdo(args) -> int:
    from ibdesk.dossier.export import export_meeting

    return _run(args, lambda s: export_meeting(s, args.meeting_id, args.out, args.encrypt, _signing(args)))


def cmd_verify(args) -> int:
    from ibdesk.cli_keys import interactive, prompt_secret
    from ibdesk.dossier import certs
    from ibdesk.dossier.verify import verify_pdf

    trusted = _profile_trust(args) + certs.trusted_certificates(None, args.trust)
    try:
        result = verify_pdf(args.file, args.password, trusted)
    except UserError as exc:
        if args.password or "versleuteld" not in str(exc):
            raise
        if not interactive():
            raise UserError(f"{exc} Gebruik --password.") from None
        result = verify_pdf(args.file, prompt_secret("Wachtwoord van het document"), trusted)
    print(result.summary())
    return 0 if result.ok else 1


def _profile_trust(args) -> list:
    """Trust anchors from the profile (own certificate, school CA, accepted ones), when there is one."""
    from ibdesk.dossier import certs
    from ibdesk.paths import ProfilePaths

    if not ProfilePaths(args.home).exists():
        return []
    from ibdesk.cli_keys import open_store

    try:
        store = open_store(args.home)
    except UserError:
        return []
    try:
        return certs.trusted_certificates(store)
    finally:
        store.close()


def cmd_cert(args) -> int:
    from ibdesk.dossier import certs
    from ibdesk.cli_keys import open_store

    store = open_store(args.home)
    try:
        name, school = _identity(store)
        if args.cert_command == "export":
            path = certs.export_certificate(store, args.out.expanduser(), name, school)
            cert = certs.own_certificate(store)
            print(f"Certificaat geschreven: {path}\nVingerafdruk (SHA-256): {certs.cert_fingerprint(cert)}")
        elif args.cert_command == "trust":
            cert = certs.trust(store, args.file)
            print(f"Vertrouwd: {certs.common_name(cert)}\nVingerafdruk (SHA-256): {certs.cert_fingerprint(cert)}")
        else:
            cert = certs.own_certificate(store)
            print(f"{certs.common_name(cert)}\nVingerafdruk (SHA-256): {certs.cert_fingerprint(cert)}" if cert
                  else "Nog geen persoonlijk certificaat; het wordt gemaakt bij de eerste export.")
    finally:
        store.close()
    return 0


def _identity(store) -> tuple[str, str]:
    from ibdesk.services.records import Records

    school = Records(store).school()
    return store.get_setting("user.name") or store.actor, school.name if school else ""


DOSSIER_COMMANDS = {"export": cmd_export, "handover": cmd_handover, "mdo": cmd_mdo, "verify": cmd_verify,
                    "cert": cmd_cert}
