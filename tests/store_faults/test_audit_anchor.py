"""Issue 13 point 9: rewriting the audit trail or the sharing log with every hash recomputed
(as anyone holding the key can) is caught by the anchors kept outside the database: the OS
keyring entry and the anchor inside every exported document."""

import hashlib
import json
import os
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from support.cli import assert_clean_failure, ibdesk, profile_key, raw_connection


def _digest(prev_hash, row) -> str:
    """The chain's digest, as an attacker who read the (open) source would recompute it."""
    payload = json.dumps(
        [
            row.id,
            row.at.isoformat(timespec="microseconds"),
            row.actor,
            row.action,
            row.entity,
            row.entity_id,
            row.detail,
            prev_hash,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _rewrite_audit(home, change) -> None:
    """Apply `change(rows)` to the audit rows, then recompute every hash and the in-database anchor."""
    conn = raw_connection(home / "ibdesk.db", profile_key(home))
    cols = "id, at, actor, action, entity, entity_id, detail"
    rows = [
        SimpleNamespace(**dict(zip(cols.split(", "), r)))
        for r in conn.execute(f"SELECT {cols} FROM audit_log ORDER BY id")
    ]
    for row in rows:
        row.at = datetime.fromisoformat(row.at)
    rows = change(rows)
    conn.execute("BEGIN")
    conn.execute("DELETE FROM audit_log")
    prev = "0" * 64
    for row in rows:
        digest = _digest(prev, row)
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.at.isoformat(sep=" "),
                row.actor,
                row.action,
                row.entity,
                row.entity_id,
                row.detail,
                prev,
                digest,
            ),
        )
        prev = digest
    conn.execute("UPDATE audit_anchor SET last_id = ?, last_hash = ?, count = ?", (rows[-1].id, prev, len(rows)))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def profile(home, tmp_path):
    assert ibdesk("init").returncode == 0
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    out = tmp_path / "uit"
    out.mkdir()
    assert ibdesk("inzage", "1", "--out", str(out)).returncode == 0  # a sharing, and a document with the anchor
    assert ibdesk("audit", "verify").returncode == 0
    return next(out.glob("*.pdf"))


def _renumber(rows):
    for n, row in enumerate(rows, start=1):
        row.id = n
    return rows


ATTACKS = {
    "edited row": lambda rows: [*rows[:4], SimpleNamespace(**{**vars(rows[4]), "detail": "niets gebeurd"}), *rows[5:]],
    "truncated": lambda rows: rows[:-3],
    "deleted middle row": lambda rows: _renumber(rows[:6] + rows[7:]),
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_rewritten_audit_trail_with_recomputed_hashes_is_caught(profile, home, attack):
    _rewrite_audit(home, ATTACKS[attack])
    assert_clean_failure(ibdesk("audit", "verify"), "anker in het sleutelbeheer")
    assert_clean_failure(ibdesk("check"), "Auditketen past niet bij het anker")


def test_the_document_anchor_catches_it_when_the_keyring_entry_is_gone_too(profile, home):
    _rewrite_audit(home, ATTACKS["deleted middle row"])
    keyring_file = Path(os.environ["IBDESK_TEST_KEYRING_FILE"])
    entries = json.loads(keyring_file.read_text())
    keyring_file.write_text(json.dumps({k: v for k, v in entries.items() if "/anchor-" not in k}))
    assert ibdesk("audit", "verify").returncode == 0, "without any outside anchor nothing can tell (README)"
    assert_clean_failure(ibdesk("audit", "verify", "--anchor", str(profile)), f"anker in {profile.name}")


def test_the_sharing_log_is_chained(profile, home):
    conn = raw_connection(home / "ibdesk.db", profile_key(home))
    assert conn.execute("SELECT count(*) FROM sharing_log").fetchone()[0] == 1
    conn.execute("UPDATE sharing_log SET purpose = 'iets anders'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert_clean_failure(ibdesk("audit", "verify"), "Deellog regel 1 is gewijzigd")
