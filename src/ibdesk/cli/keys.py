"""How the command line gets secrets: environment first (for scripts), then a terminal prompt.

IBDESK_PASSPHRASE, IBDESK_RECOVERY_KEY and IBDESK_NEW_PASSPHRASE let school IT script
init, demo, backup and restore without a terminal. Secrets are never echoed or logged.
Every message that asks for a secret, or says one is missing or wrong, names the variable.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ibdesk.errors import StoreLockedError, UserError, WrongKeyError
from ibdesk.i18n import tr
from ibdesk.services.profile import Credentials, Store, open_checked


def env_hint() -> str:
    return tr(
        "Zonder terminal (scripts, snelkoppeling): zet de wachtwoordzin in IBDESK_PASSPHRASE, of de "
        "herstelsleutel in IBDESK_RECOVERY_KEY."
    )


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def env_credentials() -> Credentials:
    return Credentials.from_environment()


def prompt_secret(label: str) -> str:
    if not interactive():
        raise StoreLockedError(tr("{label} nodig, maar er is geen terminal.", label=label) + " " + env_hint())
    return getpass.getpass(tr("{label} (of zet IBDESK_PASSPHRASE): ", label=label))


def new_passphrase_for_init(required: bool) -> str | None:
    """The passphrase for a new profile: from the environment, or asked twice on a terminal."""
    env = os.environ.get("IBDESK_NEW_PASSPHRASE") or os.environ.get("IBDESK_PASSPHRASE")
    if env:
        return env
    if not required:
        return None
    if not interactive():
        raise StoreLockedError(
            tr(
                "Deze computer heeft geen bruikbaar sleutelbeheer (keyring). Zet een wachtwoordzin in "
                "IBDESK_PASSPHRASE, of start dit commando in een terminal."
            )
        )
    first = getpass.getpass(tr("Kies een wachtwoordzin (minstens 10 tekens; of zet IBDESK_PASSPHRASE): "))
    if getpass.getpass(tr("Herhaal de wachtwoordzin: ")) != first:
        raise UserError(tr("De twee wachtwoordzinnen zijn niet gelijk; er is niets aangemaakt."))
    return first


def open_store(home: Path) -> Store:
    """Open with keyring/env secrets; on a terminal, ask for the passphrase when needed. The
    profile is opened as the UI opens it (`services.profile.open_checked`)."""
    credentials = env_credentials()
    try:
        return open_checked(home, credentials)
    except WrongKeyError as exc:
        raise WrongKeyError(f"{_wrong_env_message(credentials)} ({exc})") from None
    except StoreLockedError as exc:
        if not interactive():
            raise StoreLockedError(f"{exc} {env_hint()}") from None
    for _attempt in range(3):
        try:
            return open_checked(home, Credentials(passphrase=prompt_secret(tr("Wachtwoordzin"))))
        except WrongKeyError as exc:
            print(exc, file=sys.stderr)
    raise WrongKeyError(
        tr("Drie keer een onjuiste wachtwoordzin. Gebruik zo nodig 'ibdesk recover' (of zet IBDESK_PASSPHRASE).")
    )


def _wrong_env_message(credentials: Credentials) -> str:
    which = tr(" en ").join(
        name
        for name, value in (
            ("IBDESK_PASSPHRASE", credentials.passphrase),
            ("IBDESK_RECOVERY_KEY", credentials.recovery_key),
        )
        if value
    )
    return tr(
        "De waarde in {which} opent dit profiel niet. Zet de juiste wachtwoordzin in IBDESK_PASSPHRASE "
        "(of de herstelsleutel in IBDESK_RECOVERY_KEY).",
        which=which,
    )


def open_services(home: Path):
    """The services on the opened profile, as every command uses them (close with
    `services.store.close()`)."""
    from ibdesk.services.container import Services

    return Services.build(open_store(home))


def report(args, compute, as_json, as_text) -> int:
    """Compute something from the services, then print it as JSON (--json) or as Dutch text."""
    import json

    services = open_services(args.home)
    try:
        result = compute(services)
    finally:
        services.store.close()
    print(json.dumps(as_json(result), ensure_ascii=False) if args.json else as_text(result))
    return 0
