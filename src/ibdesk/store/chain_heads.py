"""The heads of the audit trail and the sharing log, read by plain SQL.

Closing a profile compares these with the anchor in the OS keyring (store/anchor.py); a
plain read keeps the ORM out of commands that only read (`ibdesk cases`).
"""

from __future__ import annotations

GENESIS = "0" * 64  # the "previous hash" of a chain's first entry


def current(dbapi_conn, profile_id: str) -> dict:
    """{"v", "profile", "audit": [count, last id, last hash], "sharing": [...]} on a DB-API connection."""
    row = dbapi_conn.execute("SELECT count, last_id, last_hash FROM audit_anchor WHERE id = 1").fetchone()
    audit_head = [row[0], row[1], row[2]] if row else [0, 0, GENESIS]
    return {"v": 1, "profile": profile_id, "audit": audit_head, "sharing": list(sharing_head(dbapi_conn))}


def sharing_head(dbapi_conn) -> tuple[int, int, str]:
    """(count, last id, last hash) of the sharing log."""
    last = dbapi_conn.execute("SELECT id, hash FROM sharing_log ORDER BY id DESC LIMIT 1").fetchone()
    if last is None:
        return 0, 0, GENESIS
    count = dbapi_conn.execute("SELECT count(*) FROM sharing_log").fetchone()[0]
    return count, last[0], last[1]
