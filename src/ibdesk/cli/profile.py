"""`ibdesk init`, `ibdesk demo` and `ibdesk` without a command (the desktop app)."""

from __future__ import annotations

import argparse

from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.paths import ProfilePaths


def recovery_notice(key: str) -> str:
    """The recovery key, shown once, with what it is for."""
    return (
        tr(
            "HERSTELSLEUTEL — schrijf deze over op papier en bewaar die op een veilige plek.\n"
            "Hij wordt maar één keer getoond. Zonder deze sleutel (of de wachtwoordzin) zijn de\n"
            "gegevens na verlies van deze computer niet terug te halen."
        )
        + f"\n\n    {key}\n"
    )


def register(sub, commands: dict) -> None:
    sub.add_parser("init", help=tr("maak een nieuw profiel (toont de herstelsleutel één keer)"))
    demo = sub.add_parser("demo", help=tr("vul het profiel met een fictieve demoschool en open de app"))
    demo.add_argument(
        "--pupils", type=int, default=30, metavar=tr("AANTAL"), help=tr("aantal leerlingen (standaard 30)")
    )
    demo.add_argument("--no-gui", action="store_true", help=tr("alleen vullen, de app niet openen"))
    commands.update({"init": cmd_init, "demo": cmd_demo, None: cmd_gui})


def cmd_init(args: argparse.Namespace) -> int:
    _create(args).close()
    return 0


def _create(args: argparse.Namespace):
    """A new profile, left open: `demo` goes on with it instead of asking the passphrase again."""
    from ibdesk.cli.keys import new_passphrase_for_init
    from ibdesk.services.profile import keyring_available, new_profile

    passphrase = new_passphrase_for_init(required=not keyring_available())
    store, recovery_key = new_profile(args.home, passphrase)
    print(tr("Profiel aangemaakt in {home}.", home=args.home))
    print(recovery_notice(recovery_key), flush=True)
    if args.command == "init":
        print(
            tr(
                "Stel daarna de school en uzelf in (de app vraagt dit bij de eerste start):\n  ibdesk school "
                "--name NAAM --municipality GEMEENTE --type po|vo|so\n  ibdesk user --name NAAM --role FUNCTIE"
            )
        )
    return store


def cmd_demo(args: argparse.Namespace) -> int:
    from ibdesk.cli.keys import open_store
    from ibdesk.services.demo import demo_catalog, fill_demo

    if args.pupils < 1:
        raise UserError(tr("--pupils moet minstens 1 zijn."))
    catalog = demo_catalog(getattr(args, "policy", None))
    # One passphrase question per start: the store opened (or created) here goes on into the app.
    store = open_store(args.home) if ProfilePaths(args.home).exists() else _create(args)
    try:
        added = fill_demo(store, pupils=args.pupils, catalog=catalog)
    except BaseException:
        store.close()
        raise
    if added["pupils"]:
        print(
            tr(
                "Demoschool ingevuld: {pupils} leerlingen, {cases} casussen (fictief).",
                pupils=added["pupils"],
                cases=added["cases"],
            )
        )
    else:
        print(tr("Het profiel bevat al leerlingen; de demogegevens zijn niet opnieuw toegevoegd."))
    if args.no_gui:
        store.close()
        return 0
    from ibdesk.app import run_gui

    return run_gui(args.home, store)


def cmd_gui(args: argparse.Namespace) -> int:
    from ibdesk.app import run_gui

    return run_gui(args.home)
