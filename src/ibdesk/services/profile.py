"""A profile's lifecycle, for the desktop UI and the command line alike (neither imports `store`).

Creating, opening, unlocking (also read-only), the passphrase and the recovery key, key
rotation, backups and restoring them, and friendly messages for database faults. No Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ibdesk.domain import rules
from ibdesk.domain.model import School
from ibdesk.errors import InvalidRecord, StoreLockedError, UserError
from ibdesk.i18n import mark, tr
from ibdesk.paths import ProfilePaths
from ibdesk.services.profile_state import ProfileState, profile_holder, profile_state  # noqa: F401 (re-exported)
from ibdesk.store import backup, checks, keyring_access, opening, profile, strength
from ibdesk.store.engine import translate_db_error
from ibdesk.store.files import check_output_path
from ibdesk.store.keys import MIN_PASSPHRASE_LENGTH  # noqa: F401 (re-exported: the wizard shows it)
from ibdesk.store.problems import DAMAGED, IntegrityProblem, blocking
from ibdesk.store.profile import Credentials, Store

log = logging.getLogger(__name__)
RECOVERY_CONFIRMED = "ui.recovery_confirmed"


def incomplete_message(home: Path) -> str:
    return tr(
        "In {home} staat een database maar geen sleutelbestand (keys.json). ibdesk maakt hier geen nieuw profiel "
        "aan, om die database niet te overschrijven. Zet het sleutelbestand terug of zet een back-up terug met "
        "'ibdesk restore'.",
        home=home,
    )


def keyring_available() -> bool:
    return profile.keyring_usable()


def key_file_unusable(exc: Exception) -> bool:
    """keys.json damaged or unreadable, told by the error's type (its message is in the language
    shown): `ibdesk restore` must still work then."""
    from ibdesk.store.keys import KeyFileDamagedError, KeyFileUnreadableError

    return isinstance(exc, (KeyFileDamagedError, KeyFileUnreadableError))


def has_passphrase(home: Path) -> bool:
    return profile.load_keyfile(ProfilePaths(home)).has_passphrase()


# -- the passphrase ---------------------------------------------------------------------------
def passphrase_errors(first: str, second: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    verdict = strength.assess(first)
    if not verdict.ok:
        errors["wachtwoordzin"] = tr(
            "Te zwak ({label}). {explanation}", label=verdict.label, explanation=verdict.explanation
        )
    if strength.normalise(first) != strength.normalise(second):
        errors["herhaling"] = tr("De twee wachtwoordzinnen zijn niet gelijk.")
    return errors


def passphrase_advice(passphrase: str) -> str | None:
    """After unlocking with an existing passphrase that is weak: why, and what to do (Dutch)."""
    verdict = strength.assess(passphrase)
    if verdict.ok:
        return None
    return tr(
        "Uw wachtwoordzin is {label}. {explanation} Kies een sterkere met 'ibdesk recover' "
        "(met de herstelsleutel) of via Instellingen.",
        label=verdict.label,
        explanation=verdict.explanation,
    )


def passphrase_strength(text: str) -> tuple[bool, str]:
    """(strong enough, a short Dutch verdict) for the live meter under the passphrase field."""
    if not text:
        return False, ""
    verdict = strength.assess(text)
    shown = tr("Sterkte: {label}.", label=verdict.label)
    return verdict.ok, shown + ("" if verdict.ok else f" {verdict.explanation}")


def set_passphrase(store: Store, passphrase: str) -> None:
    profile.set_passphrase(store, passphrase)


# -- creating ---------------------------------------------------------------------------------
def new_profile(home: Path, passphrase: str | None) -> tuple[Store, str]:
    """A new, empty profile (`ibdesk init`): the store, left open, and its recovery key."""
    return profile.create_profile(home, passphrase)


def create_profile(home: Path, school: School, passphrase: str | None) -> tuple[Store, str]:
    """A new profile with its school (the first-run wizard); the recovery key still has to be confirmed."""
    from ibdesk.services.records import Records

    store, recovery_key = new_profile(home, passphrase)
    try:
        Records(store).save_school(school)
        store.set_setting(RECOVERY_CONFIRMED, "0")
    except BaseException:
        store.close()
        raise
    return store, recovery_key


# -- the school and the user (first run, `ibdesk user`) ----------------------------------------
def school_errors(school: School) -> dict[str, str]:
    """Validation messages per field (naam, gemeente, brin); empty when the school is fine."""
    try:
        rules.clean_school(school)
    except InvalidRecord as exc:
        return dict(exc.errors)
    return {}


def user_errors(name: str, role: str) -> dict[str, str]:
    """The user's own name and role are required: documents and the logbook name this person."""
    errors = {}
    if len((name or "").strip()) < 2:
        errors["naam"] = tr("Vul uw naam in zoals die op verslagen en dossiers moet staan.")
    if not (role or "").strip():
        errors["functie"] = tr("Vul uw functie in, bijvoorbeeld intern begeleider of zorgcoördinator.")
    return errors


def user_profile(store: Store) -> tuple[str, str]:
    """(name, role) from the settings user.name / user.role, empty when not set."""
    return store.get_setting("user.name") or "", store.get_setting("user.role") or ""


def save_user(store: Store, name: str, role: str) -> None:
    """Store the user's name and role (the sender on documents, never the OS login name)."""
    errors = user_errors(name, role)
    if errors:
        raise InvalidRecord(errors)
    store.set_setting("user.name", name.strip())
    store.set_setting("user.role", role.strip())


# -- the recovery key -------------------------------------------------------------------------
def compact_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def same_recovery_key(typed: str, shown: str) -> bool:
    return bool(typed.strip()) and compact_key(typed) == compact_key(shown)


def recovery_confirmed(store: Store) -> bool:
    """False only for a profile whose first-run wizard stopped before the key was confirmed."""
    return store.get_setting(RECOVERY_CONFIRMED, "1") == "1"


def mark_recovery_confirmed(store: Store) -> None:
    store.set_setting(RECOVERY_CONFIRMED, "1")


def replace_recovery_key(store: Store) -> str:
    """A new recovery key (the old one stops working), to be confirmed again."""
    key = profile.new_recovery(store)
    store.set_setting(RECOVERY_CONFIRMED, "0")
    return key


def recovery_key_in_keyring(home: Path, recovery_key: str) -> bool:
    """Whether this computer's keyring already holds the profile's key. When it does, the
    recovery key is checked against the key file itself (opening would succeed through the
    keyring anyway); a wrong recovery key raises WrongKeyError."""
    keyfile = profile.load_keyfile(ProfilePaths(home))
    held = keyring_access.load_key(keyfile.profile_id)
    in_keyring = held is not None and keyfile.matches(held)
    if in_keyring:
        keyfile.unlock("recovery", recovery_key)
    return in_keyring


def rotate_key(store: Store, new_passphrase: str | None, show_recovery: Callable[[str], None]) -> tuple[Store, str]:
    """A new database key and recovery key (`show_recovery` shows the key before the switch);
    returns the reopened store and the new recovery key."""
    from ibdesk.store.rotate import rotate_key as rotate

    return rotate(store, new_passphrase, show_recovery)


# -- opening ----------------------------------------------------------------------------------
def open_with_keyring(home: Path) -> Store | None:
    """The store when this computer's keyring holds the key, or IBDESK_PASSPHRASE /
    IBDESK_RECOVERY_KEY opens it; None when the user must unlock. A wrong value in the
    environment raises WrongKeyError (the unlock screen then says which variable)."""
    try:
        return open_checked(home, Credentials.from_environment())
    except StoreLockedError:
        return None


# Shown on the unlock screen through `tr_marked`.
ENV_WRONG = mark(
    "De wachtwoordzin in IBDESK_PASSPHRASE (of de herstelsleutel in IBDESK_RECOVERY_KEY) opent dit "
    "profiel niet. Typ hem hier, of pas de variabele aan."
)


def unlock(home: Path, passphrase: str | None = None, recovery_key: str | None = None) -> Store:
    """Open with a passphrase or a recovery key; raises WrongKeyError when it does not fit."""
    return open_checked(home, Credentials(passphrase=passphrase, recovery_key=recovery_key))


def open_checked(home: Path, credentials: Credentials, read_only: bool = False) -> Store:
    """Open the profile, the one way the UI and the CLI both do it: `open_profile` checks the
    file (quick check, or the full one after an unclean shutdown) before anything is written,
    and derives the key only once; a database fault becomes a Dutch UserError."""
    try:
        return opening.open_profile(home, credentials, read_only=read_only)
    except UserError:
        raise
    except Exception as exc:  # a database fault while opening: say what it means
        translated = translate_db_error(exc, home)
        if translated is None:
            raise
        raise translated from None


def open_read_only(home: Path, passphrase: str | None = None, recovery_key: str | None = None) -> Store:
    """For viewing while another process holds the profile: nothing can be saved. Without a
    secret given, the keyring or IBDESK_PASSPHRASE / IBDESK_RECOVERY_KEY is used."""
    credentials = (
        Credentials(passphrase=passphrase, recovery_key=recovery_key)
        if passphrase or recovery_key
        else Credentials.from_environment()
    )
    return open_checked(home, credentials, read_only=True)


# -- damage -----------------------------------------------------------------------------------
def full_check_problems(store: Store) -> list[IntegrityProblem]:
    """Blocking problems from the full integrity check (every page), for the background check."""
    from ibdesk.store.engine import integrity_problems

    try:
        problems = integrity_problems(store.paths.database, store.key)
    except UserError as exc:
        problems = [IntegrityProblem(DAMAGED, str(exc))]
    return blocking(problems)


def damaged_in_background_text(home: Path, problems: list[str]) -> str:
    """What the user reads when the background check finds damage."""
    from ibdesk.store.checks import backups_hint

    return tr(
        "De controle op de achtergrond vond een beschadiging in de database ({problem}). Sla niets nieuws meer "
        "op en sluit ibdesk. {hint}",
        problem=problems[0],
        hint=backups_hint(ProfilePaths(home)),
    )


def corrupt_store_text(home: Path, error: Exception) -> str:
    """The error plus where the newest backup is, or that there is none yet."""
    paths = ProfilePaths(home)
    latest = checks.latest_backup(paths)
    untouched = tr("De app heeft het databasebestand niet aangeraakt.")
    if "ibdesk restore" in str(error):  # the store's message already names the backup to restore
        return f"{error}\n\n{untouched}"
    if latest is not None:
        where = tr("De nieuwste back-up is:\n{path}", path=latest)
    else:
        where = tr(
            "In de back-upmap {folder} staat nog geen back-up. Heeft u zelf een back-up gemaakt (Instellingen → "
            "Back-up maken), zet die dan terug met 'ibdesk restore'.",
            folder=paths.backups,
        )
    return f"{error}\n\n{where}\n\n{untouched}"


def friendly_error(exc: BaseException, home: Path) -> str | None:
    """A Dutch message for a database fault seen mid-work (full disk, read-only, damaged)."""
    translated = translate_db_error(exc, home)
    return str(translated) if translated is not None else None


# -- profile facts and backups ----------------------------------------------------------------
def key_storage_text(store: Store) -> str:
    parts = []
    if profile.keyring_usable():
        parts.append(
            tr(
                "De sleutel staat in het sleutelbeheer van deze computer; ibdesk opent zonder wachtwoord zolang u "
                "op dit account bent aangemeld."
            )
        )
    else:
        parts.append(
            tr("Deze computer heeft geen bruikbaar sleutelbeheer; ibdesk vraagt bij het openen om de wachtwoordzin.")
        )
    if store.keyfile.has_passphrase():
        parts.append(tr("Er is een wachtwoordzin ingesteld."))
    parts.append(tr("Met de herstelsleutel (op papier) komt u er altijd weer in."))
    return " ".join(parts)


def latest_backup(home: Path) -> Path | None:
    return checks.latest_backup(ProfilePaths(home))


def make_backup(store: Store, out: Path, force: bool = True) -> Path:
    """Write a backup exactly at `out`, never into the profile folder. The UI's save dialog
    already asked before overwriting (force); the CLI overwrites only with --force."""
    return backup.write_backup(store, check_output_path(out, store.paths.home, force=force))


def check_restorable(path: Path) -> None:
    """Refuse, before anything is opened, a file that is not a backup this version can restore."""
    backup.check_restorable(path)


def restore_backup(path: Path, home: Path, credentials: Credentials, current: Store | None) -> Store:
    """Put the backup at `path` back as the profile in `home` (`current`: the profile open now,
    or None when there is none or it is damaged); returns the restored store, open."""
    return backup.restore(path, home, credentials, current)
