"""`ibdesk case step CASE STEP STATE`: a routekaart step by hand, as on the case page: open,
bezig, afgerond (only with the step's evidence) or niet van toepassing (only where the route
allows it, with a real reason; domain/route.py `check_transition`)."""
from __future__ import annotations

import argparse

from ibdesk.errors import UserError


def step_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ibdesk case step", description="Zet een stap van de routekaart op een stand.")
    p.add_argument("case_id", type=int, metavar="CASE")
    p.add_argument("step_id", metavar="STAP", help="stap-id (zie 'ibdesk case CASE --json')")
    p.add_argument("state", choices=["open", "bezig", "afgerond", "nvt"], metavar="STAND",
                   help="open | bezig | afgerond | nvt (niet van toepassing)")
    p.add_argument("--reason", metavar="TEKST", help="bij nvt: waarom de stap niet van toepassing is")
    p.add_argument("--date", metavar="DATUM", help="datum (standaard: vandaag)")
    p.add_argument("--json", action="store_true")
    return p


def case_step(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services
    from ibdesk.domain.route import StepState
    from ibdesk.domain.validation import ValidationError
    from ibdesk.text.dates import parse_date

    if args.reason and args.state != "nvt":
        raise UserError("--reason hoort bij 'nvt' (niet van toepassing).")
    try:
        day = parse_date(args.date, "datum", required=False)
    except ValidationError as exc:
        raise UserError(str(exc)) from None
    services = open_services(args.home)
    try:
        state = StepState(args.state)
        services.guidance.set_step(args.case_id, args.step_id, state, args.reason, on=day)
        view = next(v for v in services.guidance.overview(args.case_id, log_view=False).view.steps
                    if v.info.id == args.step_id)
    finally:
        services.store.close()
    shown = f"niet van toepassing — {args.reason.strip()}" if state is StepState.NOT_APPLICABLE else state.label.lower()
    print(f"Stap '{view.info.title}' staat op {shown}.")
    return 0
