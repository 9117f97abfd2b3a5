"""Command-line handlers for signed documents: export, handover, mdo, verify, cert.

(`ibdesk inzage` lives in cli/privacy.py and calls `ibdesk.services.export_documents.export_inzage_pdf`.)

Registered by `register(sub, commands)`. Exit codes
follow cli.py: 0 ok, 1 a user error (message, no traceback); `verify` exits 0 only when
the document is intact and the signature covers the whole file.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ibdesk.errors import UserError
from ibdesk.i18n import tr


def add_dossier_parsers(sub) -> None:
    """Add the subcommands to the `ibdesk` parser's subparsers."""
    export = sub.add_parser("export", help=tr("ondertekend dossier van een casus (alleen wat de ontvanger mag zien)"))
    export.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    export.add_argument(
        "--to",
        metavar=tr("ORG"),
        help=tr("ontvanger: id of naam uit Contacten (standaard: Sociaal Team van de woongemeente)"),
    )
    export.add_argument(
        "--purpose",
        default="aanmelding_sociaal_team",
        metavar=tr("DOEL"),
        help=tr("doel: aanmelding_sociaal_team (standaard), arrangement_swv, tlv_swv, overdracht, mdo"),
    )
    _common(export)
    handover = sub.add_parser("handover", help=tr("ondertekend document voor de warme overdracht"))
    handover.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    handover.add_argument(
        "--kind",
        required=True,
        choices=["po-vo", "school", "sociaal-team"],
        help=tr("soort overdracht: naar het vo, naar een andere school of naar het Sociaal Team"),
    )
    handover.add_argument("--to", metavar=tr("ORG"), help=tr("ontvanger (standaard: uit het overdrachtsformulier)"))
    _common(handover)
    mdo = sub.add_parser("mdo", help=tr("agenda en voorbereidingsbladen van een MDO"))
    mdo.add_argument("meeting_id", type=int, metavar=tr("OVERLEG"), help=tr("nummer van het MDO"))
    _common(mdo)
    verify = sub.add_parser("verify", help=tr("controleer een ondertekend document (exit 0 alleen als het intact is)"))
    verify.add_argument("file", type=Path, metavar=tr("BESTAND.pdf"), help=tr("het ondertekende PDF-bestand"))
    verify.add_argument("--password", help=argparse.SUPPRESS)  # deprecated: visible in the process list
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar=tr("CERT"),
        help=tr("vertrouw (ook) dit certificaat (PEM of DER); mag vaker"),
    )
    verify.add_argument(
        "--trust-fingerprint",
        action="append",
        default=[],
        metavar=tr("SHA256"),
        help=tr("vertrouw (ook) de ondertekenaar met deze vingerafdruk; mag vaker"),
    )
    cert = sub.add_parser("cert", help=tr("het certificaat waarmee u ondertekent"))
    cert_sub = cert.add_subparsers(
        dest="cert_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    cert_export = cert_sub.add_parser(
        "export", help=tr("schrijf uw certificaat (PEM; .der/.cer = DER) voor de ontvanger")
    )
    cert_export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=tr("BESTAND"),
        help=tr("waar het certificaat komt (.pem, of .der/.cer)"),
    )
    cert_export.add_argument("--force", action="store_true", help=tr("overschrijf een bestaand bestand"))
    cert_trust = cert_sub.add_parser("trust", help=tr("vertrouw het certificaat van een collega of school"))
    cert_trust.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar=tr("BESTAND"),
        help=tr("het certificaat van de collega of school (PEM of DER)"),
    )
    cert_trust.add_argument(
        "--fingerprint",
        metavar=tr("SHA256"),
        help=tr("vertrouw op vingerafdruk (telefonisch vergeleken met de afzender)"),
    )
    cert_sub.add_parser("show", help=tr("toon de vingerafdruk van uw certificaat"))
    cert_sub.add_parser(
        "renew",
        help=tr(
            "vervang uw persoonlijke certificaat (bijvoorbeeld: het staat op een verkeerde "
            "naam); het oude blijft geldig voor wat het al ondertekende"
        ),
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar=tr("BESTAND.pdf"), help=tr("waar de PDF komt"))
    parser.add_argument("--force", action="store_true", help=tr("overschrijf een bestaand bestand"))
    parser.add_argument(
        "--encrypt", action="store_true", help=tr("versleutel met een wachtwoord (AES-256) voor e-mail")
    )
    parser.add_argument(
        "--p12", type=Path, metavar=tr("BESTAND.p12"), help=tr("onderteken met dit PKCS#12-certificaat van de school")
    )


def _services(args):
    from ibdesk.cli.keys import open_services

    return open_services(args.home)


def _signing(args):
    from ibdesk.cli.keys import interactive, prompt_secret
    from ibdesk.services.export_signing import Signing

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
        names = ", ".join(f"{o.id} {o.name}" for o in found) or tr("geen")
        raise UserError(tr("Kies één ontvanger (--to): '{value}' past op {names}.", value=value, names=names))
    return found[0].id


def _run(args, work) -> int:
    from ibdesk.services.profile import check_output_path

    args.out = check_output_path(args.out, args.home, args.force)
    services = _services(args)
    try:
        result = work(services)
    finally:
        services.store.close()
    print(result.message())
    return 0


def cmd_export(args) -> int:
    from ibdesk.services.export_documents import export_case

    return _run(
        args,
        lambda s: export_case(
            s, args.case_id, args.out, _organisation(s, args.to), args.purpose, args.encrypt, _signing(args)
        ),
    )


def cmd_handover(args) -> int:
    from ibdesk.services.export_documents import export_handover

    return _run(
        args,
        lambda s: export_handover(
            s, args.case_id, args.kind, args.out, _organisation(s, args.to), args.encrypt, _signing(args)
        ),
    )


def cmd_mdo(args) -> int:
    from ibdesk.services.export_documents import export_meeting

    return _run(args, lambda s: export_meeting(s, args.meeting_id, args.out, args.encrypt, _signing(args)))


def cmd_verify(args) -> int:
    from ibdesk.cli.keys import interactive, prompt_secret
    from ibdesk.dossier.verify import PasswordNeeded, verify_pdf
    from ibdesk.services import certificates

    if args.password:
        print(
            tr(
                "ibdesk: waarschuwing: --password is zichtbaar voor andere gebruikers in de proceslijst en "
                "verdwijnt in een volgende versie. Gebruik IBDESK_PDF_PASSWORD of laat ibdesk ernaar vragen."
            ),
            file=sys.stderr,
        )
    password = args.password or os.environ.get("IBDESK_PDF_PASSWORD") or None
    profile_certs, profile_fps, retired = _profile_trust(args)
    trusted = profile_certs + certificates.trusted_certificates(None, args.trust)
    fingerprints = {**profile_fps, **certificates.trusted_fingerprints(None, args.trust_fingerprint)}
    try:
        result = verify_pdf(args.file, password, trusted, fingerprints, retired)
    except UserError as exc:
        if password or not isinstance(exc, PasswordNeeded):
            raise
        if not interactive():
            raise UserError(
                tr("{exc} Zet het in IBDESK_PDF_PASSWORD, of start dit commando in een terminal.", exc=exc)
            ) from None
        result = verify_pdf(args.file, prompt_secret(tr("Wachtwoord van het document")), trusted, fingerprints, retired)
    print(result.summary())
    return 0 if result.ok else 1


def _profile_trust(args) -> tuple[list, dict, dict]:
    """Trust anchors from the profile (own certificate, school CA, accepted certificates and
    fingerprints), when there is one; opened read-only so verify works beside a running app."""
    from ibdesk.paths import ProfilePaths
    from ibdesk.services import certificates

    if not ProfilePaths(args.home).exists():
        return [], {}, {}
    from ibdesk.cli.keys import env_credentials
    from ibdesk.services.profile import open_checked

    try:
        store = open_checked(args.home, env_credentials(), read_only=True)
    except UserError:
        return [], {}, {}
    try:
        return (
            certificates.trusted_certificates(store),
            certificates.trusted_fingerprints(store),
            certificates.retired_fingerprints(store),
        )
    finally:
        store.close()


def cmd_cert(args) -> int:
    from ibdesk.cli.keys import open_store
    from ibdesk.domain.certificate_names import cert_fingerprint, common_name
    from ibdesk.services import certificates

    store = open_store(args.home)
    try:
        name, school = _identity(store)
        if args.cert_command == "export":
            from ibdesk.services.profile import check_output_path

            out = check_output_path(args.out, args.home, args.force)
            path = certificates.export_certificate(store, out, name, school)
            cert = certificates.load_certificate(path)  # the fingerprint of what was written
            print(
                tr(
                    "Certificaat geschreven: {path}\nVingerafdruk (SHA-256): {fingerprint}",
                    path=path,
                    fingerprint=cert_fingerprint(cert),
                )
            )
        elif args.cert_command == "trust" and args.fingerprint:
            print(
                tr(
                    "Vertrouwd op vingerafdruk: {fingerprint}",
                    fingerprint=certificates.trust_fingerprint(store, args.fingerprint),
                )
            )
        elif args.cert_command == "renew":
            old = certificates.own_certificate(store)
            new = certificates.renew_personal(store, name, school)
            print(
                (
                    tr(
                        "Het certificaat op naam van '{common_name}' is vervangen; het blijft vertrouwd voor wat het "
                        "al ondertekende.\n",
                        common_name=common_name(old),
                    )
                    if old
                    else ""
                )
                + tr(
                    "Nieuw certificaat op naam van {common_name}\nVingerafdruk (SHA-256): {fingerprint}\nGeef "
                    "ontvangers die u vertrouwen het nieuwe certificaat ('ibdesk cert export').",
                    common_name=new.common_name,
                    fingerprint=new.fingerprint,
                )
            )
        elif args.cert_command == "trust":
            if args.file is None:
                raise UserError(tr("Geef een certificaatbestand of --fingerprint op."))
            cert = certificates.trust(store, args.file)
            print(
                tr(
                    "Vertrouwd: {common_name}\nVingerafdruk (SHA-256): {fingerprint}",
                    common_name=common_name(cert),
                    fingerprint=cert_fingerprint(cert),
                )
            )
        else:
            own = certificates.own_certificate(store)
            print(
                tr(
                    "{common_name}\nVingerafdruk (SHA-256): {fingerprint}",
                    common_name=common_name(own),
                    fingerprint=cert_fingerprint(own),
                )
                if own
                else tr("Nog geen persoonlijk certificaat; het wordt gemaakt bij de eerste export.")
            )
    finally:
        store.close()
    return 0


def _identity(store) -> tuple[str, str]:
    """The signer: the user profile's name (never the login name), and the school."""
    from ibdesk.services.records import Records

    school = Records(store).school()
    return store.get_setting("user.name") or "", school.name if school else ""


DOSSIER_COMMANDS = {
    "export": cmd_export,
    "handover": cmd_handover,
    "mdo": cmd_mdo,
    "verify": cmd_verify,
    "cert": cmd_cert,
}


def register(sub, commands: dict) -> None:
    add_dossier_parsers(sub)
    commands.update(DOSSIER_COMMANDS)
