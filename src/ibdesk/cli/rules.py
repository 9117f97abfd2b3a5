"""`ibdesk spoed CASE veiligheid|crisis|uit`: mark a case urgent for the doorbraak path.

Registered by `register(sub, commands)`.
"""

from __future__ import annotations

import argparse

from ibdesk.domain.doorbraak import URGENCY_REASONS
from ibdesk.i18n import tr


def add_rules_parsers(sub) -> None:
    spoed = sub.add_parser(
        "spoed",
        help=tr(
            "markeer een casus als spoed (veiligheid, crisis): aanmelden via de "
            "doorbraakroute; 'uit' heft de markering op"
        ),
    )
    spoed.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    spoed.add_argument(
        "reason",
        choices=[*URGENCY_REASONS, "uit"],
        metavar="veiligheid|crisis|uit",
        help=tr("waarom het spoed is (veiligheid of crisis), of uit om spoed te beëindigen"),
    )
    spoed.add_argument(
        "--toelichting", default=None, metavar=tr("TEKST"), help=tr("korte toelichting (niets identificerends)")
    )


def cmd_spoed(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services

    services = open_services(args.home)
    if args.reason == "uit":
        cleared = services.doorbraak.clear_urgent(args.case_id)
        print(
            tr("Spoedmarkering van casus {case_id} opgeheven.", case_id=args.case_id)
            if cleared
            else tr("Casus {case_id} was niet als spoed gemarkeerd.", case_id=args.case_id)
        )
        return 0
    urgency = services.doorbraak.mark_urgent(args.case_id, args.reason, args.toelichting)
    readiness = services.guidance.overview(args.case_id, log_view=False).readiness
    print(
        tr(
            "Casus {case_id} gemarkeerd: {label}. Aanmelden bij het Sociaal Team kan via de doorbraakroute",
            case_id=args.case_id,
            label=urgency.label,
        )
        + (tr(" — nu al.") if readiness.ready else tr("; nog nodig:"))
    )
    for line in readiness.missing:
        print(f"  • {line.strip()}")
    return 0


RULES_COMMANDS = {"spoed": cmd_spoed}


def register(sub, commands: dict) -> None:
    add_rules_parsers(sub)
    commands.update(RULES_COMMANDS)
