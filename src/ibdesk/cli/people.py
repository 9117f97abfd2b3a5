"""`ibdesk pupil add` and `ibdesk user`: the pupils the records are about, and the user's own
name and role (the sender on documents, the default lead of a new case, the name in the log).

    ibdesk pupil add --first-name Sem --last-name Verhoef --birth-date 12-03-2016 --group "groep 5" \\
        --municipality Renkum --guardian "Anna Verhoef;moeder;ja"
    ibdesk user [--name NAAM] [--role FUNCTIE]

A pupil is checked by the same domain rules as in the app; a problem is printed per option in
Dutch and exits 1.
"""

from __future__ import annotations

import argparse
import json

from ibdesk.cli.case_parsers import per_option
from ibdesk.domain.model import Guardian, Pupil
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.i18n import tr

PUPIL_OPTIONS = {
    "voornaam": "--first-name",
    "achternaam": "--last-name",
    "geboortedatum": "--birth-date",
    "groep": "--group",
    "woongemeente": "--municipality",
    "bsn": "--bsn",
}
YES, NO = {"ja", "j", "yes", "true", "1", "gezag", "met gezag"}, {"nee", "n", "no", "false", "0", "geen gezag"}


def register(sub, commands: dict) -> None:
    pupil = sub.add_parser("pupil", help=tr("leerlingen"))
    pupil_sub = pupil.add_subparsers(
        dest="pupil_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    add = pupil_sub.add_parser("add", help=tr("voeg een leerling toe (met ouders/verzorgers)"))
    add.add_argument("--first-name", required=True, metavar=tr("NAAM"), help=tr("voornaam (roepnaam)"))
    add.add_argument("--last-name", required=True, metavar=tr("NAAM"), help=tr("achternaam, met tussenvoegsel"))
    add.add_argument("--birth-date", required=True, metavar=tr("DATUM"), help=tr("jjjj-mm-dd of dd-mm-jjjj"))
    add.add_argument(
        "--group", required=True, metavar=tr("GROEP"), help=tr("groep of klas, bijvoorbeeld 'groep 5' of '2B'")
    )
    add.add_argument(
        "--municipality", required=True, metavar=tr("GEMEENTE"), help=tr("woongemeente (bepaalt het Sociaal Team)")
    )
    add.add_argument("--bsn", metavar=tr("BSN"), help=tr("burgerservicenummer (elfproef)"))
    add.add_argument(
        "--guardian",
        action="append",
        default=[],
        metavar=tr("'NAAM;RELATIE;GEZAG'"),
        help=tr("ouder/verzorger, bijvoorbeeld 'Anna Verhoef;moeder;ja'; mag vaker"),
    )
    add.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    user = sub.add_parser("user", help=tr("uw naam en functie (afzender op documenten, regie, logboek)"))
    user.add_argument("--name", metavar=tr("NAAM"), help=tr("uw naam, zoals op documenten"))
    user.add_argument("--role", metavar=tr("FUNCTIE"), help=tr("bijvoorbeeld 'intern begeleider' of 'zorgcoördinator'"))
    commands.update({"pupil": cmd_pupil, "user": cmd_user})


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
            raise UserError(tr("Leerling niet toegevoegd:\n") + per_option(exc.errors, _pupil_option)) from None
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
