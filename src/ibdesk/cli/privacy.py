"""`ibdesk consent CASE`, `ibdesk retention`, `ibdesk inzage PUPIL`: the privacy rules on the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ibdesk.domain.consent import CATEGORIES, LEGAL_TASKS, PURPOSES, SOCIAL_TEAM_PURPOSE
from ibdesk.domain.model import stored_id
from ibdesk.errors import UserError
from ibdesk.i18n import tr, tr_marked
from ibdesk.text.dates import short_date
from ibdesk.text.labels import shown_consent_method, shown_decision

if TYPE_CHECKING:  # the parser of every command imports this module: keep it light
    from ibdesk.domain.retention import Expired
    from ibdesk.services.consent import CaseConsent, ConsentService
    from ibdesk.services.guidance import CaseOverview


def register(sub, commands: dict) -> None:
    consent = sub.add_parser("consent", help=tr("grondslagen en toestemmingen van een casus; wie nog moet toestemmen"))
    consent.add_argument("case_id", type=int, metavar=tr("CASUS"), help=tr("nummer van de casus"))
    consent.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    retention = sub.add_parser("retention", help=tr("wat over de bewaartermijn is"))
    retention.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    retention.add_argument("--delete", action="store_true", help=tr("verwijder het (vraagt bevestiging met --yes)"))
    retention.add_argument("--yes", action="store_true", help=tr("bevestig het verwijderen"))
    inzage = sub.add_parser("inzage", help=tr("alles over één leerling, voor de ouders (JSON en PDF)"))
    inzage.add_argument("pupil_id", type=int, metavar=tr("LEERLING"), help=tr("nummer van de leerling"))
    inzage.add_argument("--out", type=Path, required=True, metavar=tr("MAP"), help=tr("map waarin de bestanden komen"))
    commands.update({"consent": cmd_consent, "retention": cmd_retention, "inzage": cmd_inzage})


def cmd_consent(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import report

    def compute(services):
        overview = services.guidance.overview(args.case_id, log_view=False)
        return consent_json(services.consent.case_consent(args.case_id), services.consent, args.case_id, overview)

    return report(args, compute, lambda data: data, consent_text)


def cmd_retention(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services

    services = open_services(args.home)
    try:
        items = services.retention.overview()
        print(json.dumps(retention_json(items), ensure_ascii=False) if args.json else retention_text(items))
        if args.delete and items:
            if not args.yes:
                raise UserError(tr("Voeg --yes toe om deze gegevens definitief te verwijderen."))
            count = services.retention.delete([e for e, _ in items], confirmed=True)
            print(tr("{count} onderdeel/onderdelen definitief verwijderd.", count=count))
    finally:
        services.store.close()
    return 0


def cmd_inzage(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services
    from ibdesk.services.export_documents import export_inzage_pdf
    from ibdesk.services.profile import check_output_path

    services = open_services(args.home)
    try:
        folder = check_output_path(args.out, args.home, folder=True)
        written = [
            services.inzage.write_json(args.pupil_id, folder),
            export_inzage_pdf(services, args.pupil_id, folder),
        ]
    finally:
        services.store.close()
    for path in written:
        print(tr("Geschreven: {path}", path=path))
    return 0


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def consent_json(consent: CaseConsent, service: ConsentService, case_id: int, overview: CaseOverview) -> dict:
    from ibdesk.services.consent_forms import person_decisions

    team = overview.teams.residence
    per_category = {}
    if team is not None:
        for category in CATEGORIES:
            d = service.decision(case_id, stored_id(team.id), SOCIAL_TEAM_PURPOSE, category)
            per_category[category] = {
                "allowed": d.allowed,
                "reason": d.shown_reason(),
                "still_needed": sorted(consent.name(k) for k in d.still_needed),
                "blocked_by": sorted(consent.name(k) for k in d.blocked_by),
            }
    return {
        "case": case_id,
        "pupil": consent.pupil.full_name,
        "who_must_consent": sorted(consent.name(k) for k in consent.required),
        "bases": [
            {
                "id": b.id,
                "kind": b.kind,
                "task": b.task,
                "recipient": consent.recipients.get(b.recipient_id),
                "purpose": b.purpose,
                "categories": sorted(b.categories),
                "decision": b.decision,
                "given_by": sorted(consent.name(g) for g in b.givers),
                "given_on": _d(b.given_on),
                "method": b.method,
                "heard_by": b.heard_by,
                "valid_until": _d(b.valid_until),
                "withdrawn_on": _d(b.withdrawn_on),
                "withdrawn_by": consent.name(b.withdrawn_by) if b.withdrawn_by else None,
            }
            for b in consent.bases
        ],
        "sociaal_team": team.name if team else None,
        "sharing_with_sociaal_team": per_category,
        "current_decisions": (
            person_decisions(consent, stored_id(team.id), SOCIAL_TEAM_PURPOSE, service.today()) if team else []
        ),
    }


def _consent_by(basis: dict) -> str:
    """'Toestemming gegeven door …'; before anyone signed a per-person record names nobody yet."""
    decision = shown_decision(basis["decision"])
    if not basis["given_by"]:
        return tr("Toestemming {decision} (nog door niemand getekend)", decision=decision)
    return tr("Toestemming {decision} door {given_by}", decision=decision, given_by=", ".join(basis["given_by"]))


def consent_text(data: dict) -> str:
    lines = [
        tr("Casus {case} — {pupil}", case=data["case"], pupil=data["pupil"]),
        tr("Wie moet toestemming geven: ") + (", ".join(data["who_must_consent"]) or tr("niemand bekend")),
    ]
    if not data["bases"]:
        lines.append(tr("Nog geen grondslag of toestemming vastgelegd."))
    for b in data["bases"]:
        what = (
            tr_marked(LEGAL_TASKS.get(b["task"] or "", tr("Wettelijke taak")))
            if b["kind"] == "legal_task"
            else _consent_by(b)
        )
        status = []
        if b["valid_until"]:
            status.append(tr("geldig tot {date}", date=short_date(b["valid_until"])))
        if b["withdrawn_on"]:
            status.append(
                tr(
                    "ingetrokken op {date} door {who}",
                    date=short_date(b["withdrawn_on"]),
                    who=b["withdrawn_by"] or tr("ouder"),
                )
            )
        how = shown_consent_method(b["method"], b.get("heard_by"))
        lines.append(
            tr(
                "  • {what} — {given_on}, {how} — aan {recipient}, doel: {purpose}; gegevens: {categories}",
                what=what,
                given_on=short_date(b["given_on"]),
                how=how,
                recipient=b["recipient"],
                purpose=tr_marked(PURPOSES.get(b["purpose"], b["purpose"])),
                categories=", ".join(tr_marked(CATEGORIES.get(c, c)) for c in b["categories"]),
            )
            + (f" ({'; '.join(status)})" if status else "")
        )
    if data["current_decisions"]:
        lines.append(tr("Huidige beslissing per persoon (de laatste beslissing telt):"))
        lines += [f"  – {line}" for line in data["current_decisions"]]
    if data["sociaal_team"]:
        lines.append(tr("Delen met {team} voor aanmelding:", team=data["sociaal_team"]))
        for category, d in data["sharing_with_sociaal_team"].items():
            if d["allowed"]:
                lines.append(f"  ✓ {tr_marked(CATEGORIES[category])}: {d['reason']}")
            else:
                who = (tr("; nog nodig: {who}", who=", ".join(d["still_needed"])) if d["still_needed"] else "") + (
                    tr("; geweigerd/ingetrokken door: {who}", who=", ".join(d["blocked_by"])) if d["blocked_by"] else ""
                )
                lines.append(f"  ✗ {tr_marked(CATEGORIES[category])}: {d['reason']}{who}")
    return "\n".join(lines)


def retention_json(items: list[tuple[Expired, str]]) -> list[dict]:
    return [
        {
            "kind": e.kind,
            "label": e.label,
            "record": e.record,
            "record_id": e.record_id,
            "pupil_id": e.pupil_id,
            "pupil": name,
            "expired_since": e.since.isoformat(),
            "rule": e.rule,
        }
        for e, name in items
    ]


def retention_text(items: list[tuple[Expired, str]]) -> str:
    if not items:
        return tr("Niets is over de bewaartermijn.")
    return "\n".join(
        tr(
            "  {label:<36} {name:<28} sinds {since} ({rule})",
            label=e.label,
            name=name,
            since=short_date(e.since),
            rule=e.shown_rule,
        )
        for e, name in items
    )
