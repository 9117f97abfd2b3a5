"""`ibdesk case open` and `ibdesk case status`: a new case, and the next step of its follow-up.

Both are checked by the same domain rules as the app; a problem is printed per option in
Dutch and exits 1. An option that does not belong to the status change asked for is refused,
never silently ignored.
"""

from __future__ import annotations

from ibdesk.cli.case_follow_up import follow_up_json, state_line
from ibdesk.cli.case_parsers import date_option, per_option
from ibdesk.domain.lifecycle import ASKS, Move, move_for
from ibdesk.domain.model import Case
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.i18n import tr
from ibdesk.text.dates import short_date

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


# -- ibdesk case open --------------------------------------------------------------------------------
def case_open(args) -> int:
    from ibdesk.cli.keys import report

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
            date_option(args.opened, "--opened") or services.records.today(),
            lead,
            role,
            route_id=route.id,
            route_version=route.version,
        )
        try:
            records.save_case(case)
        except InvalidRecord as exc:
            options = {"hulpvraag": "--question", "regie": "--lead", "geopend": "--opened"}
            raise UserError(tr("Casus niet geopend:\n") + per_option(exc.errors, lambda k: options.get(k, k))) from None
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

    return report(
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
def case_status(args) -> int:
    from ibdesk.cli.dossier import _organisation
    from ibdesk.cli.keys import report

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
                on=date_option(args.date, "--date"),
                reason=args.reason,
                organisation_id=organisation,
                decision=args.decision,
                due_on=date_option(due, STATUS_OPTIONS[DUE_OPTION[move]][0]) if due else None,
                details=args.details,
            )
        except InvalidRecord as exc:
            raise UserError(
                tr("Status niet gewijzigd:\n") + per_option(exc.errors, lambda k: _status_option(k, move))
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

    return report(args, action, lambda r: {"id": args.case_id, **follow_up_json(r[1], [r[0]])}, text)


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
