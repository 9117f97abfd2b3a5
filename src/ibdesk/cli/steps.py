"""`ibdesk case step CASE STEP STATE`: a routekaart step by hand, as on the case page: open,
bezig, afgerond (only with the step's evidence) or niet van toepassing (only where the route
allows it, with a real reason; domain/route.py `check_transition`)."""

from __future__ import annotations

import argparse

from ibdesk.errors import UserError
from ibdesk.i18n import language, tr


def step_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ibdesk case step", description=tr("Zet een stap van de routekaart op een stand."))
    p.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    p.add_argument("step_id", metavar=tr("STAP"), help=tr("stap-id (zie 'ibdesk case CASUS --json')"))
    p.add_argument(
        "state",
        choices=["open", "bezig", "afgerond", "nvt"],
        metavar=tr("STAND"),
        help=tr("open | bezig | afgerond | nvt (niet van toepassing)"),
    )
    p.add_argument("--reason", metavar=tr("TEKST"), help=tr("bij nvt: waarom de stap niet van toepassing is"))
    p.add_argument("--date", metavar=tr("DATUM"), help=tr("datum (standaard: vandaag)"))
    p.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    return p


def case_step(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services
    from ibdesk.domain.route import StepState, not_applicable_text
    from ibdesk.domain.validation import ValidationError
    from ibdesk.text.dates import parse_date

    if args.reason and args.state != "nvt":
        raise UserError(tr("--reason hoort bij 'nvt' (niet van toepassing)."))
    try:
        day = parse_date(args.date, "datum", required=False)
    except ValidationError as exc:
        raise UserError(str(exc)) from None
    services = open_services(args.home)
    try:
        state = StepState(args.state)
        services.guidance.set_step(args.case_id, args.step_id, state, args.reason, on=day)
        view = next(
            v for v in services.guidance.overview(args.case_id, log_view=False).view.steps if v.info.id == args.step_id
        )
    finally:
        services.store.close()
    shown = (
        not_applicable_text(view.progress, lang=language())
        if state is StepState.NOT_APPLICABLE
        else state.label.lower()
    )
    print(tr("Stap '{title}' staat op {shown}.", title=view.info.title, shown=shown))
    return 0
