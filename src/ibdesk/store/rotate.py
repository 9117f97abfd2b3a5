"""Key rotation: the database gets a new random key and the profile a new recovery key.

Used by `ibdesk rekey` and `ibdesk recover --new-recovery-key`. After rotation the old
recovery key and old passphrase open nothing current; *old backups* still carry the old
wrapped keys, so they open only with the recovery key or passphrase of their time.

Crash safety: the database is copied under the new key (SQLCipher `sqlcipher_export`, the
same as `PRAGMA rekey` but into a staged file, so the live file is never half re-keyed);
the new keys.json is the single switch point; the staged file is renamed into place after
it. An interrupted rotation is finished (or dropped) at the next open by
`finish_interrupted`, depending on which key the live file opens with.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ibdesk.errors import UserError
from ibdesk.i18n import tr
from ibdesk.paths import ProfilePaths
from ibdesk.store import keyring_access
from ibdesk.store.engine import connect, create_private_file, enable_wal, integrity_problems, make_engine
from ibdesk.store.keys import KeyFile, check_passphrase_strength, key_check, new_database_key, new_recovery_key

log = logging.getLogger(__name__)
STAGED = ".rekey-staged.db"


def _family(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _opens_with(path: Path, key: bytes) -> bool:
    try:
        connect(path, key, check=True).close()
        return True
    except UserError:
        return False


def finish_interrupted(paths: ProfilePaths, key: bytes) -> None:
    """A rotation stopped halfway: finish it when keys.json already switched, else drop the copy."""
    staged = paths.home / STAGED
    if not staged.exists():
        return
    if paths.database.exists() and _opens_with(paths.database, key):
        for path in _family(staged):
            path.unlink(missing_ok=True)
        log.info("dropped the copy of an interrupted key rotation")
    elif _opens_with(staged, key):
        for path in _family(paths.database)[1:]:
            path.unlink(missing_ok=True)
        os.replace(staged, paths.database)
        enable_wal(paths.database, key)
        log.info("finished an interrupted key rotation")


def _rewrap_personal_key(store, staged: Path, new_key: bytes) -> None:
    """The personal signing key is encrypted under a key derived from the database key."""
    from cryptography.hazmat.primitives import serialization

    from ibdesk.store import signing_keys

    pem = store.get_setting(signing_keys.PERSONAL_KEY)
    if not pem:
        return
    private = serialization.load_pem_private_key(pem.encode(), signing_keys.wrapping_secret(store))

    class _New:
        key = new_key

    again = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(signing_keys.wrapping_secret(_New)),
    )
    conn = connect(staged, new_key)
    try:
        conn.execute("UPDATE settings SET value = ? WHERE key = ?", (again.decode(), signing_keys.PERSONAL_KEY))
    finally:
        conn.close()


def _export(store, staged: Path, new_key: bytes) -> None:
    for path in _family(staged):
        path.unlink(missing_ok=True)
    create_private_file(staged)
    conn = connect(store.paths.database, store.key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(staged),))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()


def rotate_key(store, new_passphrase: str | None = None, show_recovery=None):
    """Re-encrypt the database under a new key; returns (new open Store, new recovery key).

    `show_recovery(key)` is called *before* the switch, so the user has the new key even if
    the process dies right after it. A profile with a passphrase needs `new_passphrase`
    (the old wrapping is of the old key and is dropped).
    """
    from ibdesk.store.profile import Store

    if store.read_only:
        raise UserError(tr("Een alleen-lezen geopend profiel kan geen nieuwe sleutel krijgen."))
    if store.keyfile.has_passphrase() and not new_passphrase:
        raise UserError(
            tr(
                "Dit profiel heeft een wachtwoordzin: geef de (nieuwe) wachtwoordzin op, want die wordt opnieuw aan "
                "de nieuwe sleutel gekoppeld."
            )
        )
    if new_passphrase:
        check_passphrase_strength(new_passphrase)
    new_key, recovery_key = new_database_key(), new_recovery_key()
    staged = store.paths.home / STAGED
    store.settle()
    _export(store, staged, new_key)
    _rewrap_personal_key(store, staged, new_key)
    problems = integrity_problems(staged, new_key)
    if problems:
        for path in _family(staged):
            path.unlink(missing_ok=True)
        raise UserError(
            tr(
                "De nieuwe sleutel kon niet worden ingesteld (de kopie was niet in orde); er is niets "
                "veranderd. {problem}",
                problem=problems[0],
            )
        )
    keyfile = KeyFile(store.keyfile.profile_id, key_check(new_key))
    keyfile.add_recovery(new_key, recovery_key)
    if new_passphrase:
        keyfile.add_passphrase(new_key, new_passphrase)
    if show_recovery is not None:
        show_recovery(recovery_key)
    keyring_access.store_key(keyfile.profile_id, new_key)
    keyfile.save(store.paths.keyfile)  # the switch point
    lock, store.lock = store.lock, None
    store.current_engine().dispose()
    store.engine = None
    for path in _family(store.paths.database)[1:]:
        path.unlink(missing_ok=True)
    os.replace(staged, store.paths.database)
    enable_wal(store.paths.database, new_key)
    rotated = Store(store.paths, keyfile, new_key, make_engine(store.paths.database, new_key), lock)
    with rotated.session() as s:
        rotated.audit(s, "rotate-key", "profile", keyfile.profile_id)
    log.info("database key rotated")
    return rotated, recovery_key
