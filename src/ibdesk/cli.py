"""The command line. Same services as the UI.

Exit codes: 0 ok, 1 a user error (clear message, no traceback), 2 usage.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from ibdesk import __version__, logsetup
from ibdesk.errors import UserError
from ibdesk.paths import ProfilePaths, default_home

log = logging.getLogger("ibdesk.cli")
STARTED = time.monotonic()  # near process start: `selftest` times start-up to the main window from here
RECOVERY_NOTICE = """\
HERSTELSLEUTEL — schrijf deze over op papier en bewaar die op een veilige plek.
Hij wordt maar één keer getoond. Zonder deze sleutel (of de wachtwoordzin) zijn de
gegevens na verlies van deze computer niet terug te halen.

    {key}
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ibdesk", description="ibdesk — leerlingondersteuning, offline en versleuteld.")
    parser.add_argument("--version", action="version", version=f"ibdesk {__version__}")
    parser.add_argument("--home", type=Path, help="profielmap (standaard: IBDESK_HOME of de gebruikersmap)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("init", help="maak een nieuw profiel (toont de herstelsleutel één keer)")
    demo = sub.add_parser("demo", help="vul het profiel met een fictieve demoschool en open de app")
    demo.add_argument("--pupils", type=int, default=30, help="aantal leerlingen (standaard 30)")
    demo.add_argument("--no-gui", action="store_true", help="alleen vullen, de app niet openen")
    cases = sub.add_parser("cases", help="toon de casussen")
    cases.add_argument("--json", action="store_true")
    from ibdesk.cli_cases import add_case_parsers

    add_case_parsers(sub)  # case CASE | case open | case status, pupil add
    from ibdesk.cli_school import add_school_parser

    add_school_parser(sub)
    attention = sub.add_parser("attention", help="wat nu en deze week aandacht vraagt")
    attention.add_argument("--json", action="store_true")
    consent = sub.add_parser("consent", help="grondslagen en toestemmingen van een casus; wie nog moet toestemmen")
    consent.add_argument("case_id", type=int, metavar="CASE")
    consent.add_argument("--json", action="store_true")
    retention = sub.add_parser("retention", help="wat over de bewaartermijn is")
    retention.add_argument("--json", action="store_true")
    retention.add_argument("--delete", action="store_true", help="verwijder het (vraagt bevestiging met --yes)")
    retention.add_argument("--yes", action="store_true", help="bevestig het verwijderen")
    inzage = sub.add_parser("inzage", help="alles over één leerling, voor de ouders (JSON en PDF)")
    inzage.add_argument("pupil_id", type=int, metavar="PUPIL")
    inzage.add_argument("--out", type=Path, required=True, help="map waarin de bestanden komen")
    sub.add_parser("check", help="controleer de database, verwijzingen en de auditketen")
    backup = sub.add_parser("backup", help="maak een versleutelde back-up")
    backup.add_argument("--out", type=Path, required=True)
    restore = sub.add_parser("restore", help="zet een back-up terug")
    restore.add_argument("file", type=Path)
    recover = sub.add_parser("recover", help="toegang herstellen met de herstelsleutel")
    recover.add_argument("--new-recovery-key", action="store_true", help="geef daarna een nieuwe herstelsleutel")
    audit = sub.add_parser("audit", help="audittrail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser("verify", help="controleer de hash-keten van de audittrail")
    forms = sub.add_parser("forms", help="formulierdefinities")
    forms_sub = forms.add_subparsers(dest="forms_command", required=True)
    forms_check = forms_sub.add_parser("check", help="controleer formulierdefinities")
    forms_check.add_argument("paths", nargs="*", type=Path)
    from ibdesk.cli_dossier import add_dossier_parsers

    add_dossier_parsers(sub)  # export, handover, mdo, verify, cert
    from ibdesk.cli_organisations import add_organisation_parsers

    add_organisation_parsers(sub)  # organisations list|add|edit|import|delete
    from ibdesk import cli_forms

    cli_forms.register(sub, COMMANDS)  # form save, form show
    from ibdesk import cli_sign

    cli_sign.register(sub, COMMANDS)  # sign CASE: per-person signatures on paper or orally
    from ibdesk import cli_import

    cli_import.register(sub, COMMANDS)  # import edex|csv, pupils
    from ibdesk.cli_rules import add_rules_parsers

    add_rules_parsers(sub)  # spoed
    from ibdesk.cli_store import add_store_parsers

    add_store_parsers(sub)  # --force, --anchor, rekey
    from ibdesk.cli_policy import add_policy_parsers

    add_policy_parsers(sub)  # policy check [FILE]
    from ibdesk.selftest import add_selftest_parser

    add_selftest_parser(sub)  # selftest [--screenshots DIR]
    return parser


def _profile(args: argparse.Namespace):
    from ibdesk.cli_keys import open_store

    return open_store(args.home)


def cmd_init(args: argparse.Namespace) -> int:
    _create(args).close()
    return 0


def _create(args: argparse.Namespace):
    """A new profile, left open: `demo` goes on with it instead of asking the passphrase again."""
    from ibdesk.cli_keys import new_passphrase_for_init
    from ibdesk.store.profile import create_profile, keyring_usable

    passphrase = new_passphrase_for_init(required=not keyring_usable())
    store, recovery_key = create_profile(args.home, passphrase)
    print(f"Profiel aangemaakt in {args.home}.")
    print(RECOVERY_NOTICE.format(key=recovery_key), flush=True)
    if args.command == "init":
        print("Stel daarna de school en uzelf in (de app vraagt dit bij de eerste start):\n"
              "  ibdesk school --name NAAM --municipality GEMEENTE --type po|vo|so\n"
              "  ibdesk user --name NAAM --role FUNCTIE")
    return store


def cmd_demo(args: argparse.Namespace) -> int:
    from ibdesk.services.demo import demo_catalog, fill_demo

    if args.pupils < 1:
        raise UserError("--pupils moet minstens 1 zijn.")
    catalog = demo_catalog(getattr(args, "policy", None))
    # One passphrase question per start: the store opened (or created) here goes on into the app.
    store = _profile(args) if ProfilePaths(args.home).exists() else _create(args)
    try:
        added = fill_demo(store, pupils=args.pupils, catalog=catalog)
    except BaseException:
        store.close()
        raise
    if added["pupils"]:
        print(f"Demoschool ingevuld: {added['pupils']} leerlingen, {added['cases']} casussen (fictief).")
    else:
        print("Het profiel bevat al leerlingen; de demogegevens zijn niet opnieuw toegevoegd.")
    if args.no_gui:
        store.close()
        return 0
    from ibdesk.app import run_gui

    return run_gui(args.home, store)


def _services(args: argparse.Namespace):
    from ibdesk.services.container import Services

    return Services.build(_profile(args))


def _report(args: argparse.Namespace, compute, as_json, as_text) -> int:
    """Compute something from the services, then print it as JSON (--json) or as Dutch text."""
    services = _services(args)
    try:
        result = compute(services)
    finally:
        services.store.close()
    print(json.dumps(as_json(result), ensure_ascii=False) if args.json else as_text(result))
    return 0


def cmd_attention(args: argparse.Namespace) -> int:
    from ibdesk.cli_guidance import attention_json, attention_text

    return _report(args, lambda s: s.attention.compute(), attention_json, attention_text)


def cmd_consent(args: argparse.Namespace) -> int:
    from ibdesk.cli_privacy import consent_json, consent_text

    def compute(services):
        overview = services.guidance.overview(args.case_id, log_view=False)
        return consent_json(services.consent.case_consent(args.case_id), services.consent, args.case_id, overview)

    return _report(args, compute, lambda data: data, consent_text)


def cmd_retention(args: argparse.Namespace) -> int:
    from ibdesk.cli_privacy import retention_json, retention_text

    services = _services(args)
    try:
        items = services.retention.overview()
        print(json.dumps(retention_json(items), ensure_ascii=False) if args.json else retention_text(items))
        if args.delete and items:
            if not args.yes:
                raise UserError("Voeg --yes toe om deze gegevens definitief te verwijderen.")
            count = services.retention.delete([e for e, _ in items], confirmed=True)
            print(f"{count} onderdeel/onderdelen definitief verwijderd.")
    finally:
        services.store.close()
    return 0


def cmd_inzage(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        from ibdesk.store.files import check_output_path

        folder = check_output_path(args.out, args.home, folder=True)
        written = [services.inzage.write_json(args.pupil_id, folder)]
        try:
            from ibdesk.dossier.export import export_inzage_pdf
        except ImportError:
            export_inzage_pdf = None
        if export_inzage_pdf is not None:
            written.append(export_inzage_pdf(services, args.pupil_id, folder))
    finally:
        services.store.close()
    for path in written:
        print(f"Geschreven: {path}")
    return 0


def cmd_forms(args: argparse.Namespace) -> int:
    from ibdesk.forms_cli import check_forms
    from ibdesk.services.form_folders import form_folders

    return check_forms(args.paths or form_folders(args.policy))


def cmd_gui(args: argparse.Namespace) -> int:
    from ibdesk.app import run_gui

    return run_gui(args.home)


COMMANDS = {"init": cmd_init, "demo": cmd_demo,
            "attention": cmd_attention, "consent": cmd_consent, "retention": cmd_retention,
            "inzage": cmd_inzage, "forms": cmd_forms, None: cmd_gui}  # store commands: cli_store.py


def _add_dossier_commands() -> None:
    from ibdesk.cli_cases import CASE_COMMANDS
    from ibdesk.cli_dossier import DOSSIER_COMMANDS

    COMMANDS.update(DOSSIER_COMMANDS)
    from ibdesk.cli_organisations import ORGANISATION_COMMANDS
    from ibdesk.cli_rules import RULES_COMMANDS

    COMMANDS.update(ORGANISATION_COMMANDS)
    COMMANDS.update(CASE_COMMANDS)  # case, cases, pupil
    COMMANDS.update(RULES_COMMANDS)
    from ibdesk.cli_school import SCHOOL_COMMANDS

    COMMANDS.update(SCHOOL_COMMANDS)
    from ibdesk.cli_store import STORE_COMMANDS

    COMMANDS.update(STORE_COMMANDS)
    from ibdesk.cli_policy import POLICY_COMMANDS

    COMMANDS.update(POLICY_COMMANDS)
    from ibdesk.selftest import SELFTEST_COMMANDS

    COMMANDS.update(SELFTEST_COMMANDS)


_add_dossier_commands()


def _reader_went_away() -> int:
    """The program reading our output stopped (`ibdesk cases | head`): end quietly, as `cat` does.
    stdout is pointed at devnull so Python's own flush at exit does not complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.home = (args.home or default_home()).expanduser()
    try:
        if args.command != "policy":  # `policy check` reports a broken policy itself; nothing is written before
            from ibdesk.cli_policy import check_before_command

            args.policy = check_before_command()
        if args.command in ("init", "demo", "restore") or args.home.is_dir():
            if args.command not in ("forms", "policy"):
                logsetup.configure(ProfilePaths(args.home).logs)
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a reader that stopped early (`| head`) is seen here, not at exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except EOFError:  # Ctrl-D at a prompt: the user chose to stop
        print("\nibdesk: afgebroken (geen invoer).", file=sys.stderr)
        return 130
    except UserError as exc:
        print(f"ibdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ibdesk: afgebroken.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        from ibdesk.store.engine import translate_db_error

        friendly = translate_db_error(exc, args.home)
        if friendly is not None:
            print(f"ibdesk: {friendly}", file=sys.stderr)
            return 1
        from ibdesk.errors import unexpected_detail

        detail = unexpected_detail(exc)
        log.error("unexpected error: %s", detail)
        print(f"ibdesk: onverwachte fout ({detail}). Er is niets verloren gegaan; "
              "meld dit bij de beheerder.", file=sys.stderr)
        return 1
