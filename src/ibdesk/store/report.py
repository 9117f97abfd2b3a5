"""What `ibdesk check` finds and reports: integrity, WAL, key entries, lock, both chains, anchors."""

from __future__ import annotations

from ibdesk.store import audit, checks, keyring_access, lock, sharing_chain, wal
from ibdesk.store.engine import integrity_problems

KIND_NAMES = {"recovery": "herstelsleutel", "passphrase": "wachtwoordzin"}


def problems(store) -> list[str]:
    """Every problem found, in Dutch; an empty list means all is well."""
    from ibdesk.store import anchor

    found = integrity_problems(store.paths.database, store.key)
    state = wal.inspect(checks.wal_path(store.paths))
    if state.damaged:
        found.append(f"WAL: {state.problem}")
    for kind, problem in store.keyfile.entry_problems(store.key).items():
        if problem.startswith("BESCHADIGD"):
            found.append(f"sleutelbestand: {KIND_NAMES.get(kind, kind)} {problem}")
    with store.session() as s:
        found += audit.verify(s)
        found += sharing_chain.verify(s)
        found += anchor.problems(store, s)
    return found


def status_lines(store) -> list[str]:
    """Facts for `ibdesk check`: WAL state, each key entry, the lock holder and the last shutdown."""
    wal_now = wal.inspect(checks.wal_path(store.paths))
    lines = [
        f"Bij openen — {store.wal_at_open.describe()}" if store.wal_at_open else wal_now.describe(),
        f"Nu — {wal_now.describe()}",
    ]
    for kind, problem in store.keyfile.entry_problems(store.key).items():
        lines.append(f"Sleutel ({KIND_NAMES.get(kind, kind)}): {problem or 'in orde'}")
    lines.append(f"Sleutelbeheer (keyring-backend): {keyring_access.backend_text()}")
    in_keyring = keyring_access.load_key(store.keyfile.profile_id) == store.key
    lines.append(
        "Sleutel (sleutelbeheer van deze computer): "
        + ("aanwezig" if in_keyring else "niet aanwezig (ontgrendelen met wachtwoordzin of herstelsleutel)")
    )
    holder = store.lock.holder if store.lock else lock.read_holder(store.paths.home)
    if holder is not None:
        lines.append(f"Vergrendeling: in gebruik door {holder.describe()} (deze opdracht)")
    if store.lock is not None:
        lines.append(
            "Vorige afsluiting: "
            + (
                "NIET netjes (vastgelopen of afgebroken) — volledige controle gedaan"
                if store.lock.previous_unclean
                else "netjes"
            )
        )
    return lines
