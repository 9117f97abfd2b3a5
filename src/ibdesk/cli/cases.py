"""`ibdesk case CASE` and `ibdesk cases`: where a case stands, and every case in one list; and
`ibdesk case` itself, which hands `case open|status|step` to their own modules.

Registered by `register(sub, commands)`. Everything is validated by the same domain rules as
the app; a problem is printed per option in Dutch and exits 1.

    ibdesk cases [--json]
    ibdesk case 1 [--json]
    ibdesk case open 1 --question "Hoe komt Sem weer tot leren?" [--route routekaart-po@1] [--lead NAAM]
    ibdesk case status 1 aangemeld [--to ORG] [--date D] [--answer-by D]
    ibdesk case status 1 opvolging --decision beschikking [--next-evaluation D] [--details T]
    ibdesk case status 1 gesloten --reason "Doel bereikt"
"""

from __future__ import annotations

import argparse
import json
import sys

from ibdesk.cli.case_changes import case_open, case_status
from ibdesk.cli.case_follow_up import follow_up_json, history_text, state_line
from ibdesk.cli.case_parsers import add_case_parser, case_usage, open_parser, status_parser, sub_args
from ibdesk.i18n import tr


def cmd_case(args: argparse.Namespace) -> int:
    """`case CASE`, `case open …` or `case status …`, told apart by the first word."""
    if args.what == "open":
        return case_open(sub_args(open_parser(), args))
    if args.what == "status":
        return case_status(sub_args(status_parser(), args))
    if args.what == "step":
        from ibdesk.cli.steps import case_step, step_parser

        return case_step(sub_args(step_parser(), args))
    if not args.what.isdigit():  # a usage error, like argparse's own (exit 2)
        print(
            "ibdesk: " + tr("onbekend: 'case {what}'. Gebruik:", what=args.what) + "\n" + case_usage(), file=sys.stderr
        )
        return 2
    report = argparse.ArgumentParser(prog="ibdesk case")
    report.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    extra = report.parse_args(args.rest)
    args.case_id, args.json = int(args.what), args.json or extra.json
    return _case_report(args)


# -- ibdesk case CASE --------------------------------------------------------------------------
def _case_report(args) -> int:
    from ibdesk.cli.guidance import case_json, case_text
    from ibdesk.cli.keys import report

    def compute(s):
        from ibdesk.services.absence import calendar_or_none

        return (
            s.guidance.overview(args.case_id),
            s.lifecycle.history(args.case_id),
            s.lifecycle.follow_up(args.case_id),
            calendar_or_none(s),
        )

    return report(
        args,
        compute,
        lambda r: {**case_json(r[0]), "lifecycle": follow_up_json(r[2], r[1])},
        lambda r: case_text(r[0], r[3]) + "\n" + history_text(r[2], r[1]),
    )


# -- ibdesk cases ----------------------------------------------------------------------------------
def cmd_cases(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_store
    from ibdesk.services import case_events, lists

    store = open_store(args.home)  # plain SQL reads below: the ORM is never imported
    try:
        rows, states = lists.case_rows(store), case_events.follow_ups(store, moves=case_events.FACT_MOVES)
    finally:
        store.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.case_id,
                        "pupil": r.pupil_name,
                        "pupil_id": r.pupil_id,
                        "status": str(r.status),
                        "opened_on": r.opened_on.isoformat(),
                        "lead": r.lead_name,
                        **follow_up_json(states[r.case_id]),
                    }
                    for r in rows
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for r in rows:
        line = state_line(states[r.case_id])
        print(f"{r.case_id:>5}  {r.pupil_name:<32} {r.status.label}" + (f" — {line}" if line else ""))
    if not rows:
        print(tr("Nog geen casussen."))
    return 0


def register(sub, commands: dict) -> None:
    cases = sub.add_parser("cases", help=tr("toon de casussen"))
    cases.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    add_case_parser(sub)  # case CASE | case open | case status | case step
    commands.update({"case": cmd_case, "cases": cmd_cases})
