"""Command-line handlers for the store: check, backup, restore, recover, rekey, audit verify.

Everything goes through services/profile.py and services/audit.py, the functions the UI uses.
Output paths are checked by `check_output_path`: never into the profile, never over a file without --force.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ibdesk.cli.profile import recovery_notice
from ibdesk.errors import CorruptStoreError, ProfileMissingError, UserError
from ibdesk.i18n import tr
from ibdesk.paths import ProfilePaths


def register(sub, commands: dict) -> None:
    anchor_help = tr("vergelijk de auditketen ook met het anker in dit geëxporteerde document; mag vaker")
    check = sub.add_parser("check", help=tr("controleer de database, verwijzingen en de auditketen"))
    check.add_argument("--anchor", type=Path, action="append", default=[], metavar=tr("BESTAND.pdf"), help=anchor_help)
    backup = sub.add_parser("backup", help=tr("maak een versleutelde back-up"))
    backup.add_argument(
        "--out", type=Path, required=True, metavar=tr("BESTAND"), help=tr("waar de versleutelde back-up komt")
    )
    backup.add_argument("--force", action="store_true", help=tr("overschrijf een bestaand bestand"))
    restore = sub.add_parser("restore", help=tr("zet een back-up terug"))
    restore.add_argument("file", type=Path, metavar=tr("BESTAND"), help=tr("de back-up die u terugzet"))
    recover = sub.add_parser("recover", help=tr("toegang herstellen met de herstelsleutel"))
    recover.add_argument("--new-recovery-key", action="store_true", help=tr("geef daarna een nieuwe herstelsleutel"))
    audit = sub.add_parser("audit", help=tr("audittrail"))
    audit_sub = audit.add_subparsers(
        dest="audit_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    verify = audit_sub.add_parser("verify", help=tr("controleer de hash-keten van de audittrail"))
    verify.add_argument("--anchor", type=Path, action="append", default=[], metavar=tr("BESTAND.pdf"), help=anchor_help)
    sub.add_parser("rekey", help=tr("nieuwe databasesleutel en nieuwe herstelsleutel (oude back-ups houden de oude)"))
    commands.update(STORE_COMMANDS)


def _open(args):
    from ibdesk.cli.keys import open_store

    return open_store(args.home)


def cmd_check(args: argparse.Namespace) -> int:
    from ibdesk.services.audit import check_store

    store = _open(args)
    try:
        lines, problems = check_store(store, args.anchor)
    finally:
        store.close()
    for line in lines:
        print(line)
    for problem in problems:
        print(problem)
    print(
        tr("In orde: database, WAL, sleutels, verwijzingen, auditketen en deellog.")
        if not problems
        else tr("{count} probleem/problemen gevonden.", count=len(problems))
    )
    return 0 if not problems else 1


def cmd_audit(args: argparse.Namespace) -> int:
    from ibdesk.services.audit import verify_chains

    store = _open(args)
    try:
        problems = verify_chains(store, args.anchor)
    finally:
        store.close()
    for problem in problems:
        print(problem)
    print(
        tr("Auditketen en deellog intact (ook tegen de externe ankers).")
        if not problems
        else tr("De auditketen is NIET intact.")
    )
    return 0 if not problems else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from ibdesk.services.profile import check_output_path, make_backup

    out = check_output_path(args.out, args.home, args.force)  # before asking for a passphrase
    store = _open(args)
    try:
        path = make_backup(store, out, force=args.force)
    finally:
        store.close()
    print(tr("Back-up geschreven: {path}", path=path))
    return 0


def _current_or_damaged(args):
    """The open profile, or None when there is none or it is damaged (restore must still work)."""
    if not ProfilePaths(args.home).keyfile.exists() and not ProfilePaths(args.home).database.exists():
        return None
    try:
        return _open(args)
    except (CorruptStoreError, ProfileMissingError) as exc:
        print(
            tr(
                "ibdesk: het huidige profiel is beschadigd of onvolledig; de back-up wordt teruggezet en de "
                "beschadigde bestanden worden apart gezet. ({reason})",
                reason=str(exc).splitlines()[0],
            ),
            flush=True,
        )
        return None
    except UserError as exc:
        from ibdesk.services.profile import key_file_unusable

        if key_file_unusable(exc) or "sleutelbestand" in str(exc):
            return None
        raise


def cmd_restore(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import env_credentials, interactive, prompt_secret
    from ibdesk.errors import StoreLockedError
    from ibdesk.services.profile import Credentials, check_restorable, restore_backup

    check_restorable(args.file)
    current = _current_or_damaged(args)
    credentials = env_credentials()
    try:
        store = restore_backup(args.file, args.home, credentials, current)
    except StoreLockedError:
        if not interactive():
            raise
        secret = prompt_secret(tr("Wachtwoordzin of herstelsleutel van het profiel van de back-up"))
        store = restore_backup(args.file, args.home, Credentials(passphrase=secret, recovery_key=secret), current)
    store.close()
    print(tr("Back-up teruggezet in {home}.", home=args.home))
    return 0


def _show_recovery(key: str) -> None:
    print(recovery_notice(key), flush=True)


def _passphrase_for_rotation(store) -> str | None:
    from ibdesk.cli.keys import new_passphrase_for_init

    if not store.keyfile.has_passphrase():
        return None
    return new_passphrase_for_init(required=True)


def cmd_rekey(args: argparse.Namespace) -> int:
    from ibdesk.services.profile import rotate_key

    store = _open(args)
    try:
        store, _key = rotate_key(store, _passphrase_for_rotation(store), _show_recovery)
    finally:
        store.close()
    print(
        tr(
            "Nieuwe databasesleutel ingesteld. De oude herstelsleutel en wachtwoordzin openen dit profiel niet "
            "meer. Let op: oudere back-ups openen alleen met de herstelsleutel of wachtwoordzin van toen."
        )
    )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import interactive, new_passphrase_for_init, prompt_secret
    from ibdesk.services.profile import keyring_available, recovery_key_in_keyring, rotate_key, set_passphrase, unlock

    recovery_key = os.environ.get("IBDESK_RECOVERY_KEY") or prompt_secret(tr("Herstelsleutel"))
    already_in_keyring = recovery_key_in_keyring(args.home, recovery_key)
    store = unlock(args.home, recovery_key=recovery_key)
    changed = []
    try:
        wants_passphrase = not keyring_available() or os.environ.get("IBDESK_NEW_PASSPHRASE")
        passphrase = None
        if wants_passphrase and (interactive() or os.environ.get("IBDESK_NEW_PASSPHRASE")):
            passphrase = new_passphrase_for_init(required=True)
        if args.new_recovery_key:
            store, _key = rotate_key(store, passphrase or _passphrase_for_rotation(store), _show_recovery)
            changed.append(
                tr(
                    "Nieuwe databasesleutel en herstelsleutel ingesteld; de oude herstelsleutel opent "
                    "niets meer. Oudere back-ups openen alleen met de herstelsleutel of wachtwoordzin "
                    "van toen."
                )
            )
        elif passphrase:
            set_passphrase(store, passphrase)
            changed.append(tr("Nieuwe wachtwoordzin ingesteld."))
        if keyring_available() and not already_in_keyring:
            changed.append(tr("De sleutel staat weer in het sleutelbeheer van deze computer."))
    finally:
        store.close()
    for line in changed:
        print(line)
    print(
        tr("Toegang hersteld.")
        if changed
        else tr(
            "De herstelsleutel klopt. Er was niets te herstellen: de sleutel stond al in het sleutelbeheer van "
            "deze computer en er is niets veranderd."
        )
    )
    return 0


STORE_COMMANDS = {
    "check": cmd_check,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "rekey": cmd_rekey,
    "recover": cmd_recover,
}
