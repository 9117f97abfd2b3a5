"""The `ibdesk` parser and the one place where a command's errors become Dutch messages.

Each topic module registers its own subcommands; the handlers open the services through
`cli.keys.open_services`, as the UI does. Exit codes: 0 ok, 1 a user error (clear message,
no traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from ibdesk import __version__, logsetup
from ibdesk.cli import (
    cases,
    dossier,
    forms,
    forms_check,
    guidance,
    organisations,
    people,
    policy,
    privacy,
    profile,
    pupil_import,
    rules,
    school,
    sign,
    store,
)
from ibdesk.errors import UserError
from ibdesk.i18n import argparse_in_language, tr
from ibdesk.paths import ProfilePaths, default_home

log = logging.getLogger("ibdesk.cli")
# In the order of the help text: the profile, the daily work, documents, the store, the computer.
TOPICS = (
    profile,
    cases,
    people,
    school,
    guidance,
    privacy,
    sign,
    forms,
    pupil_import,
    dossier,
    organisations,
    rules,
    store,
    forms_check,
    policy,
)
COMMANDS: dict = {}


def build_parser() -> argparse.ArgumentParser:
    from ibdesk.selftest import SELFTEST_COMMANDS, add_selftest_parser

    argparse_in_language()  # argparse's own words ("usage:", "options") in the same language
    parser = argparse.ArgumentParser(
        prog="ibdesk", description=tr("ibdesk — leerlingondersteuning, offline en versleuteld.")
    )
    parser.add_argument(
        "--version", action="version", version=f"ibdesk {__version__}", help=tr("toon het versienummer en stop")
    )
    parser.add_argument(
        "--home", type=Path, metavar=tr("MAP"), help=tr("profielmap (standaard: IBDESK_HOME of de gebruikersmap)")
    )
    sub = parser.add_subparsers(
        dest="command", metavar=tr("COMMANDO"), help=tr("wat ibdesk moet doen; 'ibdesk COMMANDO --help' vertelt meer")
    )
    for topic in TOPICS:
        topic.register(sub, COMMANDS)
    add_selftest_parser(sub)  # selftest [--screenshots DIR]
    COMMANDS.update(SELFTEST_COMMANDS)
    return parser


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
            from ibdesk.cli.policy import check_before_command

            args.policy = check_before_command()
        has_profile = args.command in ("init", "demo", "restore") or args.home.is_dir()
        if has_profile and args.command not in ("forms", "policy"):
            logsetup.configure(ProfilePaths(args.home).logs)
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a reader that stopped early (`| head`) is seen here, not at exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except EOFError:  # Ctrl-D at a prompt: the user chose to stop
        print("\nibdesk: " + tr("afgebroken (geen invoer)."), file=sys.stderr)
        return 130
    except UserError as exc:
        print(f"ibdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ibdesk: " + tr("afgebroken."), file=sys.stderr)
        return 130
    except Exception as exc:
        from ibdesk.services.profile import friendly_error

        friendly = friendly_error(exc, args.home)
        if friendly is not None:
            print(f"ibdesk: {friendly}", file=sys.stderr)
            return 1
        from ibdesk.errors import unexpected_detail

        detail = unexpected_detail(exc)
        log.error("unexpected error: %s", detail)
        print(
            "ibdesk: "
            + tr("onverwachte fout ({detail}). Er is niets verloren gegaan; meld dit bij de beheerder.", detail=detail),
            file=sys.stderr,
        )
        return 1
