"""The parsers of `ibdesk case` (three forms, told apart by the first word: CASE, open, status,
step), `ibdesk pupil add` and `ibdesk user`; the handlers are in cli/cases.py."""

from __future__ import annotations

import argparse

from ibdesk.domain.lifecycle import TARGET_WORDS
from ibdesk.i18n import tr


def case_usage() -> str:
    """The forms of `ibdesk case`, as the help and a usage error show them."""
    return tr("""\
  ibdesk case CASUS [--json]            waar een casus staat (route, klaar voor het Sociaal Team, wie is aan zet)
  ibdesk case open LEERLING [--route ID[@VERSIE]] [--question TEKST] [--lead NAAM] [--lead-role FUNCTIE]
                         [--opened DATUM] [--json]
  ibdesk case status CASUS STATUS [--reason TEKST] [--to ORG] [--date DATUM] [--answer-by DATUM]
                         [--decision BESLUIT] [--next-evaluation DATUM] [--details TEKST] [--json]
      STATUS: lopend | aangemeld | opvolging | gesloten | heropend
      BESLUIT: beschikking | in_onderzoek | geen_jeugdhulp | doorverwezen | anders
  ibdesk case step CASUS STAP open|bezig|afgerond|nvt [--reason TEKST] [--date DATUM]
      nvt: niet van toepassing, alleen waar de routekaart dat toestaat en met een reden
      Datums als jjjj-mm-dd of dd-mm-jjjj.""")


def add_case_parsers(sub) -> None:
    """`case` (three forms, told apart by the first word) and `pupil add`."""
    case = sub.add_parser(
        "case",
        help=tr("een casus: tonen (CASUS), openen (open), de status (status) of een stap (step) wijzigen"),
        usage=tr(
            "ibdesk case CASUS [--json] | case open LEERLING … | case status CASUS STATUS … | "
            "case step CASUS STAP STAND"
        ),
        description=tr("Een casus tonen, openen of de status wijzigen:") + "\n" + case_usage(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    case.add_argument("what", metavar=tr("CASUS|open|status|step"), help=tr("een casusnummer, of open, status of step"))
    case.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    case.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
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


def open_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ibdesk case open", description=tr("Open een casus voor een leerling."))
    p.add_argument("pupil_id", type=int, metavar=tr("LEERLING"), help=tr("nummer van de leerling"))
    p.add_argument("--route", metavar=tr("ID[@VERSIE]"), help=tr("standaard: de routekaart van de school"))
    p.add_argument("--question", default="", metavar=tr("TEKST"), help=tr("de hulpvraag"))
    p.add_argument("--lead", metavar=tr("NAAM"), help=tr("wie de regie heeft (standaard: uw naam uit de instellingen)"))
    p.add_argument(
        "--lead-role", metavar=tr("FUNCTIE"), help=tr("functie van wie de regie heeft (standaard: uit de instellingen)")
    )
    p.add_argument("--opened", metavar=tr("DATUM"), help=tr("openingsdatum (standaard: vandaag)"))
    p.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    return p


def status_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ibdesk case status", description=tr("Wijzig de status van een casus."))
    p.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    p.add_argument("status", metavar=tr("STATUS"), help=tr("de nieuwe status: {words}", words=" | ".join(TARGET_WORDS)))
    p.add_argument("--reason", metavar=tr("TEKST"), help=tr("bij gesloten of heropend: de reden"))
    p.add_argument(
        "--to", metavar=tr("ORG"), help=tr("bij aangemeld: id of naam (standaard: Sociaal Team van de woongemeente)")
    )
    p.add_argument("--date", metavar=tr("DATUM"), help=tr("datum van de wijziging (standaard: vandaag)"))
    p.add_argument(
        "--answer-by", metavar=tr("DATUM"), help=tr("bij aangemeld: antwoord verwacht uiterlijk (standaard: 8 weken)")
    )
    p.add_argument("--decision", metavar=tr("BESLUIT"), help=tr("bij opvolging: wat het Sociaal Team besloot"))
    p.add_argument(
        "--next-evaluation", metavar=tr("DATUM"), help=tr("bij opvolging: volgende evaluatie met het Sociaal Team")
    )
    p.add_argument("--details", metavar=tr("TEKST"), help=tr("bij opvolging: toelichting op het besluit"))
    p.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    return p
