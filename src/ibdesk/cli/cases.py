"""`ibdesk pupil add`, `ibdesk case open|status|CASE` and `ibdesk cases`, for scripting and tests.

Registered by `register(sub, commands)`. Everything is
validated by the same domain rules as the app; a problem is printed per option in Dutch
and exits 1.

    ibdesk pupil add --first-name Sem --last-name Verhoef --birth-date 12-03-2016 --group "groep 5" \\
        --municipality Renkum --guardian "Anna Verhoef;moeder;ja"
    ibdesk case open 1 --question "Hoe komt Sem weer tot leren?" [--route routekaart-po@1] [--lead NAAM]
    ibdesk case status 1 aangemeld [--to ORG] [--date D] [--answer-by D]
    ibdesk case status 1 opvolging --decision beschikking [--next-evaluation D] [--details T]
    ibdesk case status 1 gesloten --reason "Doel bereikt"      ibdesk case 1 [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from ibdesk.cli.case_parsers import add_case_parsers, case_usage, open_parser, status_parser
from ibdesk.domain.lifecycle import ASKS, CaseEvent, FollowUp, Move, move_for, summary
from ibdesk.domain.model import Case, Guardian, Pupil
from ibdesk.errors import InvalidRecord, UserError, ValidationError
from ibdesk.i18n import tr
from ibdesk.text.dates import short_date

PUPIL_OPTIONS = {
    "voornaam": "--first-name",
    "achternaam": "--last-name",
    "geboortedatum": "--birth-date",
    "groep": "--group",
    "woongemeente": "--municipality",
    "bsn": "--bsn",
}
STATUS_OPTIONS = {
    "reason": ("--reason", "reden"),
    "to": ("--to", "organisatie"),
    "date": ("--date", "datum"),
    "answer_by": ("--answer-by", "termijn"),
    "decision": ("--decision", "besluit"),
    "next_evaluation": ("--next-evaluation", "termijn"),
    "details": ("--details", "toelichting"),
}
DUE_OPTION = {Move.REFER: "answer_by", Move.FOLLOW_UP: "next_evaluation"}
YES, NO = {"ja", "j", "yes", "true", "1", "gezag", "met gezag"}, {"nee", "n", "no", "false", "0", "geen gezag"}


def cmd_case(args: argparse.Namespace) -> int:
    """`case CASE`, `case open …` or `case status …`, told apart by the first word."""
    if args.what == "open":
        return _case_open(_sub_args(open_parser(), args))
    if args.what == "status":
        return _case_status(_sub_args(status_parser(), args))
    if args.what == "step":
        from ibdesk.cli.steps import case_step, step_parser

        return case_step(_sub_args(step_parser(), args))
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


def _sub_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.Namespace:
    parsed = parser.parse_args(args.rest)
    parsed.home, parsed.json = args.home, parsed.json or args.json
    return parsed


def _run(args, action, as_json, as_text) -> int:
    from ibdesk.cli.keys import report

    return report(args, action, as_json, as_text)


# -- ibdesk case CASE --------------------------------------------------------------------------
def _case_report(args) -> int:
    from ibdesk.cli.guidance import case_json, case_text

    def compute(s):
        from ibdesk.services.absence import calendar_or_none

        return (
            s.guidance.overview(args.case_id),
            s.lifecycle.history(args.case_id),
            s.lifecycle.follow_up(args.case_id),
            calendar_or_none(s),
        )

    return _run(
        args,
        compute,
        lambda r: {**case_json(r[0]), "lifecycle": follow_up_json(r[2], r[1])},
        lambda r: case_text(r[0], r[3]) + "\n" + history_text(r[2], r[1]),
    )


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def follow_up_json(state: FollowUp, history: list[CaseEvent] | None = None) -> dict:
    due = state.due()
    data: dict[str, object] = {
        "status": str(state.status),
        "status_label": state.status.label,
        "referred_on": _d(state.referred_on),
        "referred_to": state.referred_to,
        "referred_to_id": state.referred_to_id,
        "answer_due": _d(state.answer_due),
        "decision": str(state.decision) if state.decision else None,
        "decided_on": _d(state.decided_on),
        "next_evaluation": _d(state.next_evaluation),
        "closed_on": _d(state.closed_on),
        "closed_reason": state.closed_reason,
        "reopened_on": _d(state.reopened_on),
        "due": {"kind": due[0], "on": _d(due[1])} if due else None,
    }
    if history is not None:
        data["history"] = [
            {
                "move": str(e.move),
                "from": str(e.from_status) if e.from_status else None,
                "to": str(e.to_status),
                "on": _d(e.on),
                "at": e.at.isoformat(),
                "by": e.actor,
                "reason": e.reason,
                "organisation": e.organisation,
                "organisation_id": e.organisation_id,
                "decision": str(e.decision) if e.decision else None,
                "due_on": _d(e.due_on),
                "details": e.details,
            }
            for e in history
        ]
    return data


def state_line(state: FollowUp) -> str:
    """The follow-up in one Dutch line (empty when there is nothing to say)."""
    return " ".join(summary(state, date.today()))


def history_text(state: FollowUp, history: list[CaseEvent]) -> str:
    lines = [tr("Verloop van de status:")]
    for e in history:
        extra = "; ".join(
            x
            for x in (
                e.organisation,
                e.decision.label if e.decision else None,
                tr("termijn {date}", date=short_date(e.due_on, "—")) if e.due_on else None,
                e.reason,
                e.details,
            )
            if x
        )
        lines.append(f"  {short_date(e.on, '—')}  {e.move.label} ({e.actor})" + (f" — {extra}" if extra else ""))
    if not history:
        lines.append(tr("  (geen statuswijzigingen vastgelegd)"))
    line = state_line(state)
    if line:
        lines.append(tr("Nu: {line}", line=line))
    return "\n".join(lines)


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


# -- ibdesk pupil add ------------------------------------------------------------------------------
def cmd_pupil(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_store
    from ibdesk.services.records import Records

    guardians = [_guardian(text) for text in args.guardian]
    store = open_store(args.home)
    try:
        records = Records(store)
        school = records.school()
        pupil = Pupil(
            args.first_name,
            args.last_name,
            args.birth_date,
            args.group,
            school.id if school else None,
            args.municipality,
            bsn=args.bsn,
            guardians=guardians,
        )
        try:
            records.save_pupil(pupil)
        except InvalidRecord as exc:
            raise UserError(tr("Leerling niet toegevoegd:\n") + _per_option(exc.errors, _pupil_option)) from None
    finally:
        store.close()
    if args.json:
        print(json.dumps({"id": pupil.id, "name": pupil.full_name, "guardians": [g.id for g in pupil.guardians]}))
    else:
        print(
            tr(
                "Leerling {id} toegevoegd: {full_name} ({group}), {count} ouder(s)/verzorger(s).",
                id=pupil.id,
                full_name=pupil.full_name,
                group=pupil.group,
                count=len(pupil.guardians),
            )
        )
    return 0


def _guardian(text: str) -> Guardian:
    """'Naam;relatie;gezag' — relatie defaults to 'ouder', gezag to ja."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > 3 or not parts[0]:
        raise UserError(
            tr("--guardian '{text}': schrijf 'Naam;relatie;gezag', bijvoorbeeld 'Anna Verhoef;moeder;ja'.", text=text)
        )
    gezag = parts[2].lower() if len(parts) > 2 and parts[2] else "ja"
    if gezag not in YES | NO:
        raise UserError(tr("--guardian '{text}': gezag is 'ja' of 'nee', niet '{given}'.", text=text, given=parts[2]))
    relation = parts[1] if len(parts) > 1 and parts[1] else "ouder"
    return Guardian(parts[0], relation, gezag in YES)


def _pupil_option(key: str) -> str:
    if key.startswith("ouder"):
        number, _, what = key[len("ouder") :].partition(".")
        return f"--guardian {number} ({what})"
    return PUPIL_OPTIONS.get(key, key)


def _per_option(errors: dict[str, str], option_of) -> str:
    return "\n".join(f"  {option_of(key)}: {message}" for key, message in errors.items())


# -- ibdesk case open --------------------------------------------------------------------------------
def _date_option(value: str | None, option: str) -> date | None:
    try:
        from ibdesk.text.dates import parse_date

        return parse_date(value, option, required=False)
    except ValidationError as exc:
        raise UserError(f"{option}: {exc}") from None


def _case_open(args) -> int:
    def action(services):
        records, routes = services.records, services.routes
        pupil = records.pupil(args.pupil_id)
        school = records.school()
        route = routes.resolve(args.route) if args.route else routes.default_option(school)
        if route is None:
            raise UserError(tr("Er is geen routekaart voor dit schooltype. Kies er een met --route."))
        store = services.store
        lead = args.lead or store.get_setting("user.name")
        if not lead:
            raise UserError(
                tr(
                    "Wie heeft de regie? Geef --lead NAAM, of stel eerst uw eigen naam in: ibdesk user "
                    "--name NAAM --role FUNCTIE."
                )
            )
        from ibdesk.domain.route_choice import SUPPORT_ROLE

        role = args.lead_role or store.get_setting("user.role") or SUPPORT_ROLE[routes.school_type(school)]
        case = Case(
            pupil.id,
            args.question,
            _date_option(args.opened, "--opened") or services.records.today(),
            lead,
            role,
            route_id=route.id,
            route_version=route.version,
        )
        try:
            records.save_case(case)
        except InvalidRecord as exc:
            options = {"hulpvraag": "--question", "regie": "--lead", "geopend": "--opened"}
            raise UserError(
                tr("Casus niet geopend:\n") + _per_option(exc.errors, lambda k: options.get(k, k))
            ) from None
        return case, pupil, route

    def text(result) -> str:
        case, pupil, route = result
        return tr(
            "Casus {id} geopend voor {pupil} ({status}), regie: {lead}.\nRoutekaart: {route} (versie {version}).",
            id=case.id,
            pupil=pupil.full_name,
            status=case.status.label.lower(),
            lead=case.lead_name,
            route=route.title,
            version=route.version,
        )

    return _run(
        args,
        action,
        lambda r: {
            "id": r[0].id,
            "pupil_id": r[1].id,
            "status": str(r[0].status),
            "route": {"id": r[2].id, "version": r[2].version, "title": r[2].title},
        },
        text,
    )


# -- ibdesk case status --------------------------------------------------------------------------------
def _case_status(args) -> int:
    from ibdesk.cli.dossier import _organisation

    def action(services):
        lifecycle = services.lifecycle
        before = lifecycle.follow_up(args.case_id)
        move = move_for(before.status, args.status)
        _refuse_unasked(args, move)
        organisation = _organisation(services, args.to)
        if move is Move.REFER and organisation is None:
            team = services.guidance.overview(args.case_id, log_view=False).teams.residence
            if team is None:
                raise UserError(
                    tr(
                        "Er is geen Sociaal Team bekend voor de woongemeente van de leerling. Geef --to "
                        "ORG of voeg het Sociaal Team toe bij Contacten."
                    )
                )
            organisation = team.id
        due = getattr(args, DUE_OPTION[move]) if move in DUE_OPTION else None
        try:
            event = lifecycle.change(
                args.case_id,
                args.status,
                on=_date_option(args.date, "--date"),
                reason=args.reason,
                organisation_id=organisation,
                decision=args.decision,
                due_on=_date_option(due, STATUS_OPTIONS[DUE_OPTION[move]][0]) if due else None,
                details=args.details,
            )
        except InvalidRecord as exc:
            raise UserError(
                tr("Status niet gewijzigd:\n") + _per_option(exc.errors, lambda k: _status_option(k, move))
            ) from None
        return event, lifecycle.follow_up(args.case_id)

    def text(result) -> str:
        event, state = result
        line = state_line(state)
        return tr(
            "Casus {id}: {before} → {after} op {on}.",
            id=args.case_id,
            before=event.from_status.label,
            after=event.to_status.label,
            on=short_date(event.on, "—"),
        ) + (tr("\nNu: {line}", line=line) if line else "")

    return _run(args, action, lambda r: {"id": args.case_id, **follow_up_json(r[1], [r[0]])}, text)


def _refuse_unasked(args, move: Move) -> None:
    """An option that does not belong to this change is an error, never silently ignored."""
    asked = set(ASKS[move])
    for attr, (option, field) in STATUS_OPTIONS.items():
        wrong_due = attr in ("answer_by", "next_evaluation") and DUE_OPTION.get(move) != attr
        if getattr(args, attr) is not None and (field not in asked or wrong_due):
            fitting = [
                o
                for a, (o, f) in STATUS_OPTIONS.items()
                if f in asked and (a not in ("answer_by", "next_evaluation") or DUE_OPTION.get(move) == a)
            ]
            raise UserError(
                tr(
                    "{option} hoort niet bij '{status}' (wel: {fitting}).",
                    option=option,
                    status=args.status,
                    fitting=", ".join(fitting),
                )
            )


def _status_option(key: str, move: Move) -> str:
    if key == "termijn" and move in DUE_OPTION:
        return STATUS_OPTIONS[DUE_OPTION[move]][0]
    return next((option for option, field in STATUS_OPTIONS.values() if field == key), key)


# -- ibdesk user ---------------------------------------------------------------------------------------
def cmd_user(args: argparse.Namespace) -> int:
    """Show or set the user's own name and role (settings user.name / user.role)."""
    from ibdesk.cli.keys import open_store
    from ibdesk.services.profile import save_user, user_profile

    store = open_store(args.home)
    try:
        if args.name is not None or args.role is not None:
            name, role = user_profile(store)
            save_user(store, args.name if args.name is not None else name, args.role if args.role is not None else role)
        name, role = user_profile(store)
    finally:
        store.close()
    print(
        tr(
            "Naam: {name}\nFunctie: {role}",
            name=name or tr("(nog niet ingesteld)"),
            role=role or tr("(nog niet ingesteld)"),
        )
    )
    return 0


CASE_COMMANDS = {"case": cmd_case, "cases": cmd_cases, "pupil": cmd_pupil, "user": cmd_user}


def register(sub, commands: dict) -> None:
    cases = sub.add_parser("cases", help=tr("toon de casussen"))
    cases.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    add_case_parsers(sub)  # case CASE | case open | case status | case step, pupil add, user
    commands.update(CASE_COMMANDS)
