"""The parsers of `ibdesk case` (the forms told apart by the first word: CASE, open, status,
step) and the helpers that read their options back: a form's own arguments, a date option,
and a record's errors listed per option. The handlers are in cli/cases.py (CASE),
cli/case_changes.py (open, status) and cli/steps.py (step)."""

from __future__ import annotations

import argparse
from datetime import date

from ibdesk.domain.lifecycle import TARGET_WORDS
from ibdesk.errors import UserError, ValidationError
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


def add_case_parser(sub) -> None:
    """`case` (the forms told apart by the first word; the rest is read by `sub_args`)."""
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


def sub_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.Namespace:
    """The words after `case open|status|step`, read by that form's own parser."""
    parsed = parser.parse_args(args.rest)
    parsed.home, parsed.json = args.home, parsed.json or args.json
    return parsed


def date_option(value: str | None, option: str) -> date | None:
    try:
        from ibdesk.text.dates import parse_date

        return parse_date(value, option, required=False)
    except ValidationError as exc:
        raise UserError(f"{option}: {exc}") from None


def per_option(errors: dict[str, str], option_of) -> str:
    """A record's errors, one line each, named by the option that gave the value."""
    return "\n".join(f"  {option_of(key)}: {message}" for key, message in errors.items())
