"""What `ibdesk check` finds and reports: integrity, WAL, key entries, lock, both chains, anchors."""

from __future__ import annotations

from ibdesk.i18n import mark, tr, tr_marked
from ibdesk.store import audit, checks, keyring_access, keys, lock, sharing_chain, wal
from ibdesk.store.engine import integrity_problems
from ibdesk.store.problems import WAL, IntegrityProblem

KIND_NAMES = {"recovery": mark("herstelsleutel"), "passphrase": mark("wachtwoordzin")}


def _kind(kind: str) -> str:
    return tr_marked(KIND_NAMES.get(kind, kind))


def problems(store) -> list[str]:
    """Every problem found (in the user's language, SQLite's own details in English); an empty
    list means all is well."""
    from ibdesk.store import anchor

    found = [str(p) for p in integrity_problems(store.paths.database, store.key)]
    state = wal.inspect(checks.wal_path(store.paths))
    if state.damaged:
        found.append(str(IntegrityProblem(WAL, state.problem)))
    for kind, problem in store.keyfile.entry_problems(store.key).items():
        if problem == keys.ENTRY_DAMAGED:
            found.append(tr("sleutelbestand: {kind} {problem}", kind=_kind(kind), problem=tr_marked(problem)))
    with store.session() as s:
        found += audit.verify(s)
        found += sharing_chain.verify(s)
        found += anchor.problems(store, s)
    return found


def status_lines(store) -> list[str]:
    """Facts for `ibdesk check`: WAL state, each key entry, the lock holder and the last shutdown."""
    wal_now = wal.inspect(checks.wal_path(store.paths))
    lines = [
        tr("Bij openen — {wal}", wal=store.wal_at_open.describe()) if store.wal_at_open else wal_now.describe(),
        tr("Nu — {wal}", wal=wal_now.describe()),
    ]
    for kind, problem in store.keyfile.entry_problems(store.key).items():
        state = tr_marked(problem) if problem else tr("in orde")
        lines.append(tr("Sleutel ({kind}): {state}", kind=_kind(kind), state=state))
    lines.append(tr("Sleutelbeheer (keyring-backend): {backend}", backend=keyring_access.backend_text()))
    in_keyring = keyring_access.load_key(store.keyfile.profile_id) == store.key
    lines.append(
        tr("Sleutel (sleutelbeheer van deze computer): {state}", state=tr("aanwezig"))
        if in_keyring
        else tr(
            "Sleutel (sleutelbeheer van deze computer): {state}",
            state=tr("niet aanwezig (ontgrendelen met wachtwoordzin of herstelsleutel)"),
        )
    )
    holder = store.lock.holder if store.lock else lock.read_holder(store.paths.home)
    if holder is not None:
        lines.append(tr("Vergrendeling: in gebruik door {holder} (deze opdracht)", holder=holder.describe()))
    if store.lock is not None:
        lines.append(
            tr(
                "Vorige afsluiting: {how}",
                how=tr("NIET netjes (vastgelopen of afgebroken) — volledige controle gedaan"),
            )
            if store.lock.previous_unclean
            else tr("Vorige afsluiting: {how}", how=tr("netjes"))
        )
    return lines
