"""`ibdesk import edex|csv FILE` and `ibdesk pupils`: pupils from the school's administration.

The preview is printed first; with `--dry-run` nothing is written; otherwise the import asks on a
terminal, or needs `--yes`.
Pupils no longer in the export are only marked as left with `--mark-left`.

    ibdesk import edex leerlingen.xml --dry-run
    ibdesk import csv magister.csv --mapping kolommen.yaml --yes --mark-left
    ibdesk pupils --json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from ibdesk.errors import UserError
from ibdesk.i18n import tr, tr_marked

if TYPE_CHECKING:  # imported where used: every `ibdesk` command builds this parser
    from ibdesk.importing import csvfile
    from ibdesk.importing.plan import Plan


def register(sub, commands: dict) -> None:
    imp = sub.add_parser("import", help=tr("leerlingen uit de leerlingadministratie inlezen (EDEX of CSV)"))
    isub = imp.add_subparsers(
        dest="import_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    edex = isub.add_parser("edex", help=tr("een EDEX-export (.xml) uit ParnasSys, ESIS of een ander systeem"))
    csv = isub.add_parser("csv", help=tr("een CSV-export (Magister, Somtoday, …)"))
    csv.add_argument(
        "--mapping",
        type=Path,
        metavar=tr("BESTAND"),
        help=tr(
            "kolomindeling (YAML of JSON), bijvoorbeeld {leerlingnummer: Stamnr, roepnaam: Roepnaam}; "
            "standaard de onthouden indeling van de school of de herkende kolomnamen"
        ),
    )
    for parser in (edex, csv):
        parser.add_argument(
            "file", type=Path, metavar=tr("BESTAND"), help=tr("het exportbestand van de leerlingadministratie")
        )
        parser.add_argument("--dry-run", action="store_true", help=tr("laat alleen zien wat er zou veranderen"))
        parser.add_argument("--yes", action="store_true", help=tr("importeer zonder te vragen"))
        parser.add_argument(
            "--mark-left",
            action="store_true",
            help=tr("markeer leerlingen die niet meer in de export staan als vertrokken"),
        )
        parser.add_argument(
            "--municipality",
            metavar=tr("GEMEENTE"),
            help=tr(
                "woongemeente van nieuwe leerlingen als de export die niet geeft (standaard: de gemeente van de school)"
            ),
        )
    pupils = sub.add_parser("pupils", help=tr("toon de leerlingen, met hun sleutel uit de administratie"))
    pupils.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    commands.update({"import": cmd_import, "pupils": cmd_pupils})


def _service(args):
    from ibdesk.cli.keys import open_store
    from ibdesk.services.pupil_import import PupilImportService

    return PupilImportService(open_store(args.home))


def cmd_import(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        path = args.file.expanduser()
        mapping = None
        if args.import_command == "edex":
            export = service.read_edex(path)
        else:
            table = service.read_csv(path)
            mapping, origin = _mapping(service, table, args.mapping)
            from ibdesk.importing import csvfile

            print(tr("Kolomindeling ({origin}): ", origin=origin) + ", ".join(f"{t}={c}" for t, c in mapping.items()))
            export = csvfile.to_export(table, mapping)
        plan = service.preview(export, args.municipality)
        print(tr("Bestand: {name} ({kind})", name=path.name, kind=export.describe()))
        print(preview_text(plan, args.mark_left))
        return _write(service, plan, args, mapping)
    finally:
        service.store.close()


def _mapping(service, table: csvfile.Table, mapping_file: Path | None) -> tuple[dict[str, str], str]:
    from ibdesk.importing import csvfile

    if mapping_file is not None:
        return csvfile.check_mapping(csvfile.load_mapping_file(mapping_file.expanduser()), table.columns), tr(
            "uit {name}", name=mapping_file.name
        )
    mapping, remembered = service.mapping_for(table)
    return csvfile.check_mapping(mapping, table.columns), (
        tr("onthouden voor deze school") if remembered else tr("herkend aan de kolomnamen")
    )


def _write(service, plan: Plan, args, mapping: dict[str, str] | None) -> int:
    leave = [item.stored.id for item in plan.leaving] if args.mark_left else []
    if args.dry_run:
        print(tr("Proef: er is niets veranderd."))
        return 0
    if not (plan.new or plan.written or leave):
        print(tr("Er verandert niets."))
        return 0
    if not args.yes and not _confirmed(tr("Importeren?")):
        print(tr("Niets geïmporteerd."))
        return 0
    result = service.apply(plan, leave)
    if mapping is not None:
        service.remember_mapping(mapping)
    print(tr("Klaar: {summary}.", summary=result.summary()))
    return 0


def _confirmed(question: str) -> bool:
    from ibdesk.cli.keys import interactive

    if not interactive():
        raise UserError(tr("Bevestig met --yes: er is geen terminal om het te vragen. Er is niets veranderd."))
    return input(f"{question} {tr('[j/N]')} ").strip().casefold() in ("j", "ja", "y", "yes")


def preview_text(plan: Plan, mark_left: bool = False) -> str:
    from ibdesk.importing.plan import shown

    out: list[str] = []

    def block(title: str, lines: list[str]) -> None:
        if lines:
            out.append(f"{title} ({len(lines)}):")
            out.extend(f"  {line}" for line in lines)

    block(
        tr("Nieuw"),
        [
            tr("+ {name}, {group}, geboren {born}", name=p.name, group=p.group, born=shown(p.birth_date))
            for p in plan.new
        ],
    )
    block(
        tr("Bijgewerkt"),
        [
            f"~ {u.stored.name}: "
            + "; ".join(
                [c.text() for c in u.changes]
                + (
                    [tr("administratiesleutel: {old} → {new}", old=shown(u.stored.key), new=u.new_key)]
                    if u.new_key
                    else []
                )
            )
            for u in plan.written
        ],
    )
    block(tr("Niet overgenomen, in ibdesk ingevuld"), [_kept_line(u) for u in plan.kept])
    leaving_note = (
        tr("worden als vertrokken gemarkeerd")
        if mark_left
        else tr(
            "niet gemarkeerd; voeg --mark-left toe om ze als vertrokken te markeren (dat start hun "
            "bewaartermijn; een import verwijdert nooit leerlingen)"
        )
    )
    block(
        tr("Niet meer in de export — {note}", note=leaving_note),
        [
            tr(
                "- {name}, {group}: vertrokken per {on} ({reason})",
                name=item.stored.name,
                group=item.stored.group,
                on=shown(item.on),
                reason=tr_marked(item.reason),
            )
            for item in plan.leaving
        ],
    )
    block(tr("Problemen"), [f"! {p.text()}" for p in plan.problems])
    out.extend(plan.warnings)
    if plan.only_in_ibdesk:
        out.append(
            tr(
                "{only_in_ibdesk} leerling(en) staan alleen in ibdesk (nooit geïmporteerd); die blijven zoals ze zijn.",
                only_in_ibdesk=plan.only_in_ibdesk,
            )
        )
    out.append(tr("Samenvatting: {summary}.", summary=plan.summary()))
    return "\n".join(out)


def _kept_line(update) -> str:
    from ibdesk.importing.plan import shown

    kept = (
        tr("{field}: {old} in ibdesk, {new} in de export", field=tr_marked(c.label), old=shown(c.old), new=shown(c.new))
        for c in update.kept
    )
    return f"= {update.stored.name}: " + "; ".join(kept)


# -- ibdesk pupils ---------------------------------------------------------------------------------
def cmd_pupils(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        lines = service.pupil_lines()
    finally:
        service.store.close()
    if args.json:
        print(json.dumps([pupil_json(line) for line in lines], ensure_ascii=False))
        return 0
    from ibdesk.importing.plan import shown

    for line in lines:
        key = "  " + tr("sleutel {key}", key=line.administration_key) if line.administration_key else ""
        left = " " + tr("per {day}", day=shown(line.left_on)) if line.left_on else ""
        status = tr_marked(line.status)
        print(f"{line.id:>5}  {line.name:<32} {line.group:<14} {shown(line.birth_date)}  {status}{left}{key}")
    if not lines:
        print(tr("Nog geen leerlingen. Voeg ze toe met 'ibdesk pupil add' of lees ze in met 'ibdesk import'."))
    return 0


def pupil_json(line) -> dict:
    return {
        "id": line.id,
        "name": line.name,
        "first_name": line.first_name,
        "last_name": line.last_name,
        "administration_key": line.administration_key,
        "date_of_birth": line.birth_date.isoformat(),
        "group": line.group,
        "status": line.status,
        "left_on": line.left_on.isoformat() if line.left_on else None,
        "administration_fields": list(line.administration_fields),
    }
