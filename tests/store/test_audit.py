from ibdesk.store import audit
from ibdesk.store.engine import connect


def _tamper(store, sql):
    from ibdesk.services.records import Records

    for case_id in (1, 2, 3):  # a few more entries, so id 2 sits in the middle
        Records(store).case(case_id)
    store.close()
    conn = connect(store.paths.database, store.key)
    conn.execute(sql)
    conn.commit()
    conn.close()


def _problems(store):
    with store.session() as s:
        return audit.verify(s)


def test_chain_is_intact_after_normal_work(demo_store):
    assert _problems(demo_store) == []


def test_changed_entry_is_detected(demo_store):
    _tamper(demo_store, "UPDATE audit_log SET actor = 'iemand anders' WHERE id = 2")
    assert any("Auditregel 2 is gewijzigd" in p for p in _problems(demo_store))


def test_removed_entry_is_detected(demo_store):
    _tamper(demo_store, "DELETE FROM audit_log WHERE id = 2")
    assert any("ontbreekt" in p for p in _problems(demo_store))


def test_removed_last_entry_is_detected(demo_store):
    _tamper(demo_store, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert any("ingekort" in p for p in _problems(demo_store))


def test_recomputed_hash_still_breaks_the_chain(demo_store):
    """Rewriting entry 1 with a correct hash of its own is caught by entry 2's prev_hash."""
    from ibdesk.store.models import AuditRow

    with demo_store.session() as s:
        row = s.get(AuditRow, 1)
        row.actor = "iemand anders"
        row.hash = audit._digest(row.prev_hash, row)
    problems = _problems(demo_store)
    assert not any("Auditregel 1 is gewijzigd" in p for p in problems)
    assert any("Auditregel 2: de keten is verbroken" in p for p in problems)


def test_viewing_a_case_is_logged_without_content(demo_store):
    from ibdesk.services.records import Records

    records = Records(demo_store)
    case = records.case(1)
    with demo_store.session() as s:
        rows = audit.entries(s, entity="case", entity_id=1)
    assert rows[0].action == "view"
    assert all(case.help_question not in (r.detail or "") for r in rows)
