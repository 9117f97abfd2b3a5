"""`ibdesk sign CASE`: who must still sign, the paper form to print, and recording a signature
given on paper (with its scan) or orally in a meeting. One signature per person (issue 11.3,
domain/signatures.py): each parent with gezag, or the pupil where the law gives him the say.

Signing on the screen needs the person at the screen with the app (ui/pages/case_signing.py);
the command line records what happened elsewhere.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ibdesk.domain.signatures import ORAL, PAPER, SUBJECTS, Signature, Signer
from ibdesk.domain.validation import ValidationError
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.i18n import tr, tr_marked
from ibdesk.text.dates import parse_date
from ibdesk.text.labels import shown_decision

CLI_METHODS = {"papier": PAPER, "mondeling": ORAL}


def register(sub, commands: dict) -> None:
    sign = sub.add_parser(
        "sign", help=tr("handtekeningen per persoon: wie nog moet tekenen, op papier of mondeling vastleggen")
    )
    sign.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    sign.add_argument(
        "--subject",
        choices=sorted(SUBJECTS),
        default="consent",
        help=tr("waarvoor: consent (toestemming, standaard), opp (instemming), hoorrecht, zienswijze"),
    )
    sign.add_argument(
        "--record",
        type=int,
        metavar=tr("ID"),
        help=tr("welke toestemming of welk OPP (standaard: de nieuwste van de casus)"),
    )
    sign.add_argument(
        "--person", metavar=tr("WIE"), help=tr("wie tekende: guardian:ID of pupil (zie de lijst zonder --person)")
    )
    sign.add_argument(
        "--method", choices=sorted(CLI_METHODS), help=tr("papier (met --scan) of mondeling (met --heard-by)")
    )
    sign.add_argument("--date", metavar=tr("DD-MM-JJJJ"), help=tr("datum van tekenen (standaard vandaag)"))
    sign.add_argument("--scan", type=Path, metavar=tr("BESTAND"), help=tr("scan of foto van het getekende papier"))
    sign.add_argument("--heard-by", metavar=tr("NAAM"), help=tr("wie van de school de mondelinge instemming hoorde"))
    sign.add_argument("--meeting", metavar=tr("OVERLEG"), help=tr("in welk overleg (mondeling)"))
    sign.add_argument("--refused", action="store_true", help=tr("de persoon weigert (toestemming of instemming)"))
    sign.add_argument(
        "--print",
        type=Path,
        metavar=tr("BESTAND.pdf"),
        dest="print_to",
        help=tr("toestemming als PDF om op papier te laten tekenen"),
    )
    sign.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    commands["sign"] = cmd_sign


def cmd_sign(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services

    services = open_services(args.home)
    try:
        record_id = args.record or latest_record(services, args.case_id, args.subject)
        if args.print_to:
            return print_paper(services, args, record_id)
        if args.person:
            return record(services, args, record_id)
        return show_waiting(services, args, record_id)
    finally:
        services.store.close()


def latest_record(services, case_id: int, subject: str) -> int:
    """The newest consent record of the case, or its newest saved (non-concept) OPP."""
    if subject == "consent":
        bases = [b for b in services.consent.case_consent(case_id).bases if b.kind == "consent"]
        if not bases:
            raise UserError(
                tr(
                    "Casus {case_id} heeft nog geen toestemming vastgelegd. Vul eerst het "
                    "toestemmingsformulier in (ibdesk form save CASUS toestemming).",
                    case_id=case_id,
                )
            )
        return max(b.id for b in bases)
    latest = services.forms.latest(case_id, "opp")
    if latest is None or getattr(latest, "concept", False):
        raise UserError(
            tr("Casus {case_id} heeft nog geen opgeslagen OPP om te {verb}.", case_id=case_id, verb=_verb(subject))
        )
    return latest.id


def _verb(subject: str) -> str:
    return tr("horen over") if subject in ("hoorrecht", "zienswijze") else tr("tekenen")


def show_waiting(services, args: argparse.Namespace, record_id: int) -> int:
    signatures = services.signatures
    waiting = signatures.still_needed(args.case_id, args.subject, record_id)
    done = signatures.signatures(args.case_id, args.subject, record_id)
    if args.json:
        print(
            json.dumps(
                {
                    "case": args.case_id,
                    "subject": args.subject,
                    "record": record_id,
                    "still_needed": [
                        {
                            "person": s.key,
                            "name": s.name,
                            "role": s.role,
                            "statement": statement(services, args, record_id, s),
                        }
                        for s in waiting
                    ],
                    "signed": [
                        {
                            "person": s.signer,
                            "name": s.name,
                            "role": s.role,
                            "date": s.signed_on.isoformat(),
                            "method": s.method,
                            "decision": s.decision,
                        }
                        for s in done
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(
        tr(
            "Casus {case_id} — {subjects} (record {record_id})",
            case_id=args.case_id,
            subjects=tr_marked(SUBJECTS[args.subject]),
            record_id=record_id,
        )
    )
    for s in done:
        print(f"  ✓ {s.shown_line()} — {shown_decision(s.decision)}")
    if not waiting:
        print(tr("Iedereen die moet tekenen, heeft getekend.") if done else tr("Hiervoor hoeft niemand te tekenen."))
    for s in waiting:
        print(tr("  • nog nodig: {name} ({role}) — --person {key}", name=s.name, role=s.role, key=s.key))
        print(tr("    Verklaring: {statement}", statement=statement(services, args, record_id, s)))
    return 0


def statement(services, args: argparse.Namespace, record_id: int, signer: Signer) -> str:
    """The plain-language text this person reads before agreeing (the same as on screen)."""
    signatures = services.signatures
    if args.subject == "consent":
        return signatures.consent_statement(args.case_id, record_id, signer)
    if args.subject == "opp":
        return signatures.opp_statement(
            args.case_id, signer, services.guidance.overview(args.case_id, log_view=False).opp.drawn_up_on
        )
    return signatures.hearing_statement(signer, "het ontwikkelingsperspectiefplan (OPP)")


def print_paper(services, args: argparse.Namespace, record_id: int) -> int:
    from ibdesk.services.paper_forms import consent_on_paper
    from ibdesk.services.profile import check_output_path

    if args.subject != "consent":
        raise UserError(tr("Afdrukken om op papier te tekenen kan op de opdrachtregel alleen voor toestemming."))
    out = check_output_path(args.print_to, args.home)
    print(tr("Geschreven: {path}", path=consent_on_paper(services, args.case_id, record_id, out)))
    return 0


def record(services, args: argparse.Namespace, record_id: int) -> int:
    signer = _waiting_signer(services, args, record_id)
    method = _method(args)
    try:
        signed_on = parse_date(args.date, "datum", required=False) or services.signatures.today()
    except ValidationError as exc:
        raise UserError(str(exc)) from None
    decision = _decision(args)
    signature = Signature(
        args.subject,
        record_id,
        signer.key,
        signer.name,
        signer.role,
        signed_on,
        method,
        decision=decision,
        heard_by=(args.heard_by or "").strip() or None,
        meeting=(args.meeting or "").strip() or None,
        statement=statement(services, args, record_id, signer),
    )
    try:
        if method == PAPER:
            services.signatures.record_paper(args.case_id, signature, _scan(args.scan), args.scan.name)
        else:
            services.signatures.record(args.case_id, signature)
    except InvalidRecord as exc:
        raise UserError(" ".join(exc.errors.values())) from None
    print(tr("Vastgelegd: {line} — {decision}.", line=signature.shown_line(), decision=shown_decision(decision)))
    left = services.signatures.still_needed(args.case_id, args.subject, record_id)
    print(
        tr("Nog nodig: ") + ", ".join(f"{s.name} ({s.role})" for s in left)
        if left
        else tr("Iedereen die moet tekenen, heeft nu getekend.")
    )
    return 0


def _waiting_signer(services, args: argparse.Namespace, record_id: int) -> Signer:
    waiting = services.signatures.still_needed(args.case_id, args.subject, record_id)
    found = next((s for s in waiting if s.key == args.person), None)
    if found is not None:
        return found
    required = {s.key for s in services.signatures.required(args.case_id, args.subject)}
    if args.person in required:
        raise UserError(tr("{person} heeft hiervoor al getekend.", person=args.person))
    choices = ", ".join(s.key for s in waiting) or "niemand"
    raise UserError(
        tr("{person} hoeft hiervoor niet te tekenen. Nog nodig: {choices}.", person=args.person, choices=choices)
    )


def _method(args: argparse.Namespace) -> str:
    if args.method is None:
        raise UserError(
            tr(
                "Kies met --method hoe er is getekend: papier (met --scan) of mondeling (met "
                "--heard-by). Op het scherm tekenen kan alleen in de app."
            )
        )
    method = CLI_METHODS[args.method]
    if method == PAPER and args.scan is None:
        raise UserError(tr("Op papier getekend: voeg met --scan de scan of foto van het getekende papier toe."))
    return method


def _decision(args: argparse.Namespace) -> str:
    if args.subject in ("hoorrecht", "zienswijze"):
        return "gehoord"
    return "geweigerd" if args.refused else "gegeven"


def _scan(path: Path) -> bytes:
    try:
        return path.expanduser().read_bytes()
    except FileNotFoundError:
        raise UserError(tr("De scan {path} bestaat niet.", path=path)) from None
    except OSError as exc:
        raise UserError(
            tr("De scan {path} kan niet worden gelezen ({strerror}).", path=path, strerror=exc.strerror)
        ) from None
