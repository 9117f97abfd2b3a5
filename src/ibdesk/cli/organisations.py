"""`ibdesk organisations list|add|edit|import|delete`: the organisations of Contacten.

Registered by `register(sub, commands)`.
Exit codes follow cli.py: 0 ok, 1 a user error (Dutch message per field, no traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ibdesk.domain.model import Organisation, OrgKind
from ibdesk.domain.organisations import Entry, ImportPlan, apply_entry, parse_kind
from ibdesk.errors import InvalidRecord, UserError
from ibdesk.i18n import tr, tr_marked

# option → Organisation attribute
ORG_OPTIONS = {
    "kind": "kind",
    "name": "name",
    "municipality": "municipality",
    "address": "address",
    "postcode": "postcode",
    "place": "place",
    "phone": "phone",
    "email": "email",
    "brin": "brin",
    "key": "key",
}
# person → (option prefix, flag it carries)
PEOPLE = {"contact": "is_primary", "escalation": "is_escalation"}
PERSON_ATTRS = ("role", "phone", "email")


def kinds_help() -> str:
    return tr("soort: {kinds} (ook: wijkteam, RBL, GGD …)", kinds=", ".join(k.value for k in OrgKind))


def add_organisation_parsers(sub) -> None:
    orgs = sub.add_parser(
        "organisations", help=tr("organisaties rond de school (Contacten): tonen, toevoegen, wijzigen, importeren")
    )
    osub = orgs.add_subparsers(
        dest="organisations_command", required=True, metavar=tr("COMMANDO"), help=tr("een van de commando's hieronder")
    )
    listing = osub.add_parser("list", help=tr("toon de organisaties (standaard alleen de actieve)"))
    listing.add_argument("--json", action="store_true", help=tr("uitvoer als JSON (voor scripts)"))
    listing.add_argument("--kind", metavar=tr("SOORT"), help=kinds_help())
    listing.add_argument("--all", action="store_true", help=tr("ook organisaties die niet meer actief zijn"))
    add = osub.add_parser("add", help=tr("voeg een organisatie toe"))
    _org_options(add, required=True)
    edit = osub.add_parser("edit", help=tr("wijzig een organisatie; alleen wat u opgeeft verandert"))
    edit.add_argument(
        "org_id", type=int, metavar=tr("ID"), help=tr("nummer van de organisatie (zie organisations list)")
    )
    _org_options(edit, required=False)
    state = edit.add_mutually_exclusive_group()
    state.add_argument("--deactivate", action="store_true", help=tr("niet meer aanbieden (wat ernaar verwijst blijft)"))
    state.add_argument("--activate", action="store_true", help=tr("weer actief maken"))
    imp = osub.add_parser("import", help=tr("lees een organisatiebestand in (YAML of CSV); opnieuw inlezen werkt bij"))
    imp.add_argument("file", type=Path, metavar=tr("BESTAND"), help=tr("CSV- of YAML-bestand met organisaties"))
    imp.add_argument("--dry-run", action="store_true", help=tr("laat alleen zien wat er zou veranderen"))
    delete = osub.add_parser("delete", help=tr("verwijder een organisatie waar niets naar verwijst"))
    delete.add_argument(
        "org_id", type=int, metavar=tr("ID"), help=tr("nummer van de organisatie (zie organisations list)")
    )


def _org_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--kind", metavar=tr("SOORT"), required=required, help=kinds_help())
    parser.add_argument("--name", metavar=tr("NAAM"), required=required, help=tr("naam van de organisatie"))
    for option, text in (
        ("municipality", tr("gemeente")),
        ("address", tr("bezoekadres")),
        ("postcode", tr("postcode (1234 AB)")),
        ("place", tr("plaats")),
        ("phone", tr("telefoon (ook 14 0xx, 0800, +32 …)")),
        ("email", tr("e-mail")),
        ("brin", tr("BRIN-nummer (scholen)")),
        ("key", tr("vaste sleutel voor opnieuw importeren")),
    ):
        parser.add_argument(f"--{option}", metavar=tr("TEKST"), help=text)
    parser.add_argument("--contact", metavar=tr("NAAM"), help=tr("de vaste contactpersoon"))
    parser.add_argument("--escalation", metavar=tr("NAAM"), help=tr("naar wie u opschaalt als het vastloopt"))
    for who in PEOPLE:
        for attr, text in (("role", tr("functie")), ("phone", tr("telefoon")), ("email", tr("e-mail"))):
            parser.add_argument(
                f"--{who}-{attr}", metavar=tr("TEKST"), help=tr("{what} van --{who}", what=text, who=who)
            )
    parser.add_argument("--mandate", metavar=tr("TEKST"), help=tr("wat de persoon van --escalation mag beslissen"))


# -- handlers ------------------------------------------------------------------------------------
def cmd_organisations(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_services

    services = open_services(args.home)
    try:
        if services.policy_import is not None and services.policy_import.problem:
            print(tr("ibdesk: let op: {problem}", problem=services.policy_import.problem), file=sys.stderr)
        return HANDLERS[args.organisations_command](services.organisations, args)
    except InvalidRecord as exc:
        raise UserError(
            tr("De organisatie is niet opgeslagen:\n")
            + "\n".join(f"- {_field_name(field)}: {message}" for field, message in exc.errors.items())
        ) from None
    finally:
        services.store.close()


def _field_name(key: str) -> str:
    """'contact2.mandaat' → 'contactpersoon 2, mandaat' (the keys the screens use)."""
    person, _, rest = key.partition(".")
    if rest and person.startswith("contact"):
        return tr("contactpersoon {number}, {field}", number=person[len("contact") :], field=tr_marked(rest))
    return tr_marked(key)


def _list(service, args) -> int:
    kind = parse_kind(args.kind, "--kind") if args.kind else None
    orgs = service.list(kind, include_inactive=args.all)
    if args.json:
        print(json.dumps([organisation_json(o) for o in orgs], ensure_ascii=False, indent=2))
        return 0
    for org in orgs:
        print(organisation_line(org))
    if not orgs:
        print(tr("Nog geen organisaties. Voeg ze toe met 'ibdesk organisations add' of 'import'."))
    return 0


def _add(service, args) -> int:
    org = service.save(apply_entry(_entry(args), None))
    print(tr("Organisatie {id} toegevoegd: {name} ({label}).", id=org.id, name=org.name, label=org.kind.label))
    return 0


def _edit(service, args) -> int:
    entry = _entry(args)
    org = service.get(args.org_id)
    if entry.values or entry.contacts:
        _fill_people(entry, org)
        org = service.save(apply_entry(entry, org))
    if args.deactivate or args.activate:
        org = service.set_active(args.org_id, bool(args.activate))
    state = "" if org.active else tr(" — niet meer actief")
    print(
        tr(
            "Organisatie {id} opgeslagen: {name} ({label}){state}.",
            id=org.id,
            name=org.name,
            label=org.kind.label,
            state=state,
        )
    )
    return 0


def _import(service, args) -> int:
    plan: ImportPlan = service.import_file(args.file.expanduser(), dry_run=args.dry_run)
    actions = {"nieuw": tr("nieuw"), "bijgewerkt": tr("bijgewerkt"), "ongewijzigd": tr("ongewijzigd")}
    for line in plan.lines:
        what = f" ({', '.join(map(tr_marked, line.changed))})" if line.changed else ""
        print(f"{actions.get(line.action, line.action):<12}{line.organisation.name}{what}")
    c = plan.counts
    counts = tr(
        "{added} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd",
        added=c["added"],
        updated=c["updated"],
        unchanged=c["unchanged"],
    )
    print(f"{counts}." + (tr(" Proef: er is niets veranderd.") if args.dry_run else ""))
    return 0


def _delete(service, args) -> int:
    service.delete(args.org_id)
    print(tr("Organisatie {org_id} verwijderd.", org_id=args.org_id))
    return 0


HANDLERS = {"list": _list, "add": _add, "edit": _edit, "import": _import, "delete": _delete}
ORGANISATION_COMMANDS = {"organisations": cmd_organisations}


# -- options → entry -------------------------------------------------------------------------------
def _entry(args) -> Entry:
    values = {
        attr: getattr(args, option) for option, attr in ORG_OPTIONS.items() if getattr(args, option, None) is not None
    }
    contacts = []
    for who, flag in PEOPLE.items():
        person = {
            attr: getattr(args, f"{who}_{attr}") for attr in PERSON_ATTRS if getattr(args, f"{who}_{attr}") is not None
        }
        if who == "escalation" and args.mandate is not None:
            person["mandate"] = args.mandate
        name = getattr(args, who)
        if name is not None or person:
            contacts.append({**({"name": name} if name is not None else {}), **person, flag: True})
    return Entry(values, contacts or None, "")


def _fill_people(entry: Entry, stored: Organisation) -> None:
    """--contact-phone without --contact means the current primary contact (likewise escalation)."""
    current = {"is_primary": stored.primary_contact(), "is_escalation": stored.escalation_contact()}
    for person in entry.contacts or []:
        if "name" in person:
            continue
        flag = "is_primary" if person.get("is_primary") else "is_escalation"
        contact = current[flag]
        if contact is None:
            option, who = (
                ("--contact", tr("vaste contactpersoon"))
                if flag == "is_primary"
                else ("--escalation", tr("persoon om naar op te schalen"))
            )
            raise UserError(
                tr("Deze organisatie heeft nog geen {who}: geef de naam met {option} NAAM.", who=who, option=option)
            )
        person["name"] = contact.name


# -- output ----------------------------------------------------------------------------------------
def organisation_line(org: Organisation) -> str:
    from ibdesk.domain.validation import format_phone

    facts = [p for p in (org.municipality, format_phone(org.phone), tr("niet actief") if not org.active else "") if p]
    return f"{org.id:>4}  {org.kind.value:<15} {org.name}" + (f"  ({'; '.join(facts)})" if facts else "")


def organisation_json(org: Organisation) -> dict:
    return {
        "id": org.id,
        "key": org.key,
        "kind": org.kind.value,
        "kind_label": org.kind.label,
        "name": org.name,
        "municipality": org.municipality,
        "address": org.address,
        "postcode": org.postcode,
        "place": org.place,
        "phone": org.phone,
        "email": org.email,
        "brin": org.brin,
        "active": org.active,
        "contacts": [
            {
                "id": c.id,
                "name": c.name,
                "role": c.role,
                "phone": c.phone,
                "email": c.email,
                "primary": c.is_primary,
                "escalation": c.is_escalation,
                "mandate": c.mandate,
            }
            for c in org.contacts
        ],
    }


def register(sub, commands: dict) -> None:
    add_organisation_parsers(sub)
    commands.update(ORGANISATION_COMMANDS)
