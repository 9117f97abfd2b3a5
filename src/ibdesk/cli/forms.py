"""`ibdesk form save|show`: fill in a form (or a route step's evidence) of a case from a
JSON file, validated exactly as the form editor validates, and read back what is saved.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ibdesk.errors import InvalidRecord, UserError
from ibdesk.i18n import tr


def register(sub, commands: dict) -> None:
    """Add `form save` and `form show` to the `ibdesk` parser and its command table."""
    form = sub.add_parser("form", help=tr("een formulier van een casus invullen of bekijken (JSON)"))
    form_sub = form.add_subparsers(
        dest="form_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    save = form_sub.add_parser("save", help=tr("antwoorden uit een JSON-bestand opslaan (gecontroleerd als in de app)"))
    _target(save)
    save.add_argument(
        "--answers",
        type=Path,
        required=True,
        metavar=tr("BESTAND.json"),
        help=tr("JSON-object {veld: waarde}; zie 'ibdesk form show' voor de vorm"),
    )
    save.add_argument(
        "--concept", action="store_true", help=tr("als concept opslaan: verplichte velden mogen nog leeg zijn")
    )
    save.add_argument("--done", action="store_true", help=tr("met --step: de stap daarna op 'afgerond' zetten"))
    show = form_sub.add_parser("show", help=tr("de laatst opgeslagen versie, met status, versie en wie/wanneer"))
    _target(show)
    show.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    commands["form"] = cmd_form


def _target(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    parser.add_argument(
        "form_id", metavar=tr("FORMULIER"), help=tr("formulier-id (bijv. opp) of routekaart-id met --step")
    )
    parser.add_argument("--step", metavar=tr("STAP"), help=tr("stap van de routekaart (bewijs bij die stap)"))


def read_answers(path: Path) -> object:
    try:
        text = path.expanduser().read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(tr("Het antwoordbestand {path} bestaat niet.", path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            tr("Het antwoordbestand {path} kan niet worden gelezen ({error}).", path=path, error=type(exc).__name__)
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            tr(
                "Het antwoordbestand {path} is geen geldige JSON: {msg} (regel {lineno}, kolom {colno}).",
                path=path,
                msg=exc.msg,
                lineno=exc.lineno,
                colno=exc.colno,
            )
        ) from None


def cmd_form(args) -> int:
    from ibdesk.cli.keys import open_services

    answers = read_answers(args.answers) if args.form_command == "save" else None
    if getattr(args, "done", False) and not args.step:
        raise UserError(tr("--done hoort bij --step (een stap van de routekaart afronden)."))
    services = open_services(args.home)
    try:
        return _save(services, args, answers) if args.form_command == "save" else _show(services, args)
    finally:
        services.store.close()


def _save(services, args, answers) -> int:
    from ibdesk.forms.answers import messages
    from ibdesk.services import form_entry

    try:
        answer_id = form_entry.save_answers(
            services, args.case_id, args.form_id, answers, args.step, concept=args.concept, done=args.done
        )
    except InvalidRecord as exc:
        _overview, definition = form_entry.resolve(services, args.case_id, args.form_id, args.step)
        container = definition.step(args.step) if args.step else definition
        lines = [_not_saved(len(exc.errors))]
        lines += form_entry.error_lines(container, exc.errors)
        required = messages()["required"]  # in the language shown, as the form's check wrote it
        if not args.concept and any(m == required for m in exc.errors.values()):
            lines.append(tr("Nog niet compleet? Sla het op als concept (--concept) en vul het later aan."))
        raise UserError("\n".join(lines)) from None
    what = tr("als concept opgeslagen") if args.concept else tr("opgeslagen")
    step = tr(", stap '{step}'", step=args.step) if args.step else ""
    print(
        tr(
            "Formulier '{form_id}'{step} {what} bij casus {case_id} (nummer {answer_id}).",
            form_id=args.form_id,
            step=step,
            what=what,
            case_id=args.case_id,
            answer_id=answer_id,
        )
    )
    if args.done:
        print(tr("Stap '{step}' staat op afgerond.", step=args.step))
    return 0


def _show(services, args) -> int:
    from ibdesk.services import form_entry

    data = form_entry.latest_json(services, args.case_id, args.form_id, args.step)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from datetime import datetime

    from ibdesk.services.actors import shown_actor
    from ibdesk.text.dates import short_date_time

    status = tr("CONCEPT (nog niet afgerond)") if data["status"] == "concept" else tr("definitief")
    print(tr("{title} · casus {case} · {status}", title=data["title"], case=data["case"], status=status))
    print(
        tr(
            "versie {version} van het formulier · opgeslagen {saved_at} door {saved_by}",
            version=data["version"],
            saved_at=short_date_time(datetime.fromisoformat(data["saved_at"])),
            saved_by=shown_actor(data["saved_by"]),
        )
    )
    for key, value in data["answers"].items():
        print(f"  {key}: {json.dumps(value, ensure_ascii=False)}")
    return 0


def _not_saved(count: int) -> str:
    """The plural as a whole sentence per number, so each language words it its own way."""
    if count == 1:
        return tr("Niet opgeslagen: 1 veld is niet (goed) ingevuld.")
    return tr("Niet opgeslagen: {count} velden zijn niet (goed) ingevuld.", count=count)
