"""`ibdesk school`: show or set the school of a profile (name, BRIN, municipality, region and
school type), as the first-run wizard and Instellingen do in the app. Without it a profile made
with `ibdesk init` has no school: documents would be sent without the school's name, and the
school type (which decides the routekaart of new cases) could only come from the machine policy."""

from __future__ import annotations

import argparse
import json

from ibdesk.errors import InvalidRecord, UserError
from ibdesk.i18n import tr

OPTIONS = {
    "naam": "--name",
    "gemeente": "--municipality",
    "brin": "--brin",
    "schooltype": "--type",
    "regio": "--region",
}  # key in the validation errors -> option
FIELDS = {"naam": "name", "gemeente": "municipality", "brin": "brin", "schooltype": "school_type", "regio": "region"}


def add_school_parser(sub) -> None:
    school = sub.add_parser("school", help=tr("toon of stel de school in (naam, gemeente, soort school, regio)"))
    school.add_argument("--name", metavar=tr("NAAM"), help=tr("naam van de school"))
    school.add_argument("--municipality", metavar=tr("GEMEENTE"), help=tr("gemeente van de school"))
    school.add_argument("--brin", metavar=tr("BRIN"), help=tr("BRIN-nummer (twee cijfers en twee letters)"))
    school.add_argument(
        "--region", metavar=tr("REGIO"), help=tr("regio of samenwerkingsverband (kiest de regionale routekaart)")
    )
    school.add_argument(
        "--type", metavar=tr("po|vo|so"), help=tr("soort school: bepaalt de routekaart van nieuwe casussen")
    )
    school.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))


def cmd_school(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services
    from ibdesk.domain.model import School

    services = open_services(args.home)
    try:
        school = services.records.school()
        given = {
            key: getattr(args, option[2:]) for key, option in OPTIONS.items() if getattr(args, option[2:]) is not None
        }
        if given:
            if school is None and not ({"naam", "gemeente"} <= set(given)):
                raise UserError(tr("Er is nog geen school ingesteld. Geef minstens --name en --municipality."))
            changed = school or School("", "")
            for key, value in given.items():
                optional = key in ("brin", "regio")
                setattr(changed, FIELDS[key], (value.strip() or None) if optional else value)
            school = _save(services, changed)
        route = services.routes.default_option(school) if school else None
    finally:
        services.store.close()
    print(json.dumps(_as_json(school, route), ensure_ascii=False, indent=2) if args.json else _as_text(school, route))
    return 0


def _save(services, school):
    try:
        return services.records.save_school(school)
    except InvalidRecord as exc:
        lines = [f"  {OPTIONS.get(key, key)}: {message}" for key, message in exc.errors.items()]
        raise UserError(tr("School niet opgeslagen:\n") + "\n".join(lines)) from None


def _as_json(school, route) -> dict | None:
    if school is None:
        return None
    return {
        "name": school.name,
        "municipality": school.municipality,
        "brin": school.brin,
        "region": school.region,
        "type": school.school_type,
        "route": {"id": route.id, "version": route.version} if route else None,
    }


def _as_text(school, route) -> str:
    if school is None:
        return tr(
            "Nog geen school ingesteld. Stel die in met: ibdesk school --name NAAM --municipality GEMEENTE "
            "--type po|vo|so"
        )
    lines = [
        tr("School: {name}", name=school.name),
        tr("Gemeente: {municipality}", municipality=school.municipality),
        tr("BRIN: {value}", value=school.brin or tr("(niet ingevuld)")),
        tr("Regio: {value}", value=school.region or tr("(niet ingevuld)")),
        tr("Soort school: {value}", value=school.school_type or tr("(niet ingevuld: primair onderwijs)")),
    ]
    if route is not None:
        lines.append(
            tr("Routekaart voor nieuwe casussen: {title} (versie {version})", title=route.title, version=route.version)
        )
    return "\n".join(lines)


SCHOOL_COMMANDS = {"school": cmd_school}


def register(sub, commands: dict) -> None:
    add_school_parser(sub)
    commands.update(SCHOOL_COMMANDS)
