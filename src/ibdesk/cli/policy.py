"""The machine policy on the command line: checked before every command, and `ibdesk policy check`.

Every command loads the policy the same way (`check_before_command`), so an unknown key or a
wrong value stops each of them with the same message instead of being accepted by some.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ibdesk.errors import UserError
from ibdesk.i18n import mark, tr, tr_marked


def add_policy_parsers(sub) -> None:
    policy = sub.add_parser("policy", help=tr("het beleid van deze computer (ICT-beheer)"))
    policy_sub = policy.add_subparsers(
        dest="policy_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    check = policy_sub.add_parser(
        "check", help=tr("controleer een beleidsbestand en de mappen en bestanden die het noemt")
    )
    check.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar=tr("BESTAND"),
        help=tr("standaard: IBDESK_POLICY of policy.yaml in de systeemmap van ibdesk"),
    )


def check_before_command():
    """Load and check this computer's policy (raises UserError); the CLI reports unavailable forms."""
    from ibdesk.policy import load_policy
    from ibdesk.services import form_folders

    policy = load_policy()
    form_folders.reporter = _print_form_problems
    return policy


def _print_form_problems(lines: list[str]) -> None:
    for line in lines:
        print(tr("ibdesk: let op: {line}", line=line), file=sys.stderr)


def cmd_policy(args: argparse.Namespace) -> int:
    from ibdesk import policy_registry
    from ibdesk.policy import load_policy, policy_path

    path = (args.file or policy_path()).expanduser()
    if args.file is not None and not path.exists():
        raise UserError(tr("Het beleidsbestand {path} bestaat niet.", path=path))
    policy = load_policy(path)
    print(tr("Beleidsbestand: {path}", path=path) if path.exists() else tr("Geen beleidsbestand op {path}.", path=path))
    if policy_registry.reader is not None:
        print(tr("Register: {place} (wint van het beleidsbestand)", place=policy_registry.REGISTRY_PLACE))
    if not policy.origins:
        print(tr("Geen beleid op deze computer: ibdesk gebruikt de standaardinstellingen."))
        return 0
    for key, origin in policy.origins.items():
        print(f"  {key}: {getattr(policy, key)}  ({tr_marked(ORIGIN_TEXT[origin])})")
    problems = policy_problems(policy)
    for problem in problems:
        print(tr("  FOUT: {problem}", problem=problem))
    if problems:
        print(tr("{count} probleem/problemen in het beleid.", count=len(problems)), file=sys.stderr)
        return 1
    print(tr("Het beleid is in orde."))
    return 0


ORIGIN_TEXT = {"file": mark("uit het beleidsbestand"), "registry": mark("uit het register")}


def policy_problems(policy) -> list[str]:
    """What the policy names but this computer cannot use: folders, files, form definitions."""
    from ibdesk.forms import check_paths
    from ibdesk.services.form_folders import folder_problems, form_folders
    from ibdesk.services.org_policy import policy_file_path

    problems = []
    folders = form_folders(policy)
    unreachable = folder_problems(folders)
    problems += unreachable
    if not unreachable:
        problems += [str(error) for error in check_paths(folders)]
    if policy.resources_dir and not Path(policy.resources_dir).expanduser().is_dir():
        problems.append(tr("resources_dir {resources_dir} is geen bereikbare map.", resources_dir=policy.resources_dir))
    for key in ("school_certificate", "school_ca"):
        value = getattr(policy, key)
        if value and not Path(value).expanduser().is_file():
            problems.append(tr("{key}: het bestand {value} bestaat niet of is niet bereikbaar.", key=key, value=value))
    if policy.organisations_file:
        path = policy_file_path(policy.organisations_file, policy.source)
        if not Path(path).is_file():
            problems.append(tr("organisations_file: het bestand {path} bestaat niet of is niet bereikbaar.", path=path))
    return problems


POLICY_COMMANDS = {"policy": cmd_policy}


def register(sub, commands: dict) -> None:
    add_policy_parsers(sub)
    commands.update(POLICY_COMMANDS)
