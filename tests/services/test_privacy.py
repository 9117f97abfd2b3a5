"""Privacy rules through the services: retention with real deletion, inzage, consent overview."""

import json
import sqlite3
from pathlib import Path

import pytest

from ibdesk.errors import UserError
from ibdesk.store import audit
from ibdesk.store.engine import connect

from .conftest import TODAY


def _plaintext_copy(store, target: Path) -> bytes:
    """The database decrypted through the app (sqlcipher_export into a plain file)."""
    conn = connect(store.paths.database, store.key)
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    return target.read_bytes()


def _left_pupil(services):
    return next(p for p in services.records.pupils() if p.left_on is not None)


def test_retention_lists_the_left_pupil_and_deletes_only_after_confirmation(services):
    items = services.retention.overview()
    left = _left_pupil(services)
    assert [(e.kind, e.pupil_id) for e, _ in items] == [("leerlingdossier", left.id)]
    with pytest.raises(UserError, match="bevestiging"):
        services.retention.delete([e for e, _ in items], confirmed=False)
    assert services.retention.overview() == items


def test_deleted_pupil_is_found_nowhere_in_the_profile(services, tmp_path):
    store, left = services.store, _left_pupil(services)
    services.absence.register(left.id, "2023-01-09", "2023-01-13", 10, False)
    name = left.full_name
    others = {
        t
        for p in services.records.pupils()
        if p.id != left.id
        for t in (p.first_name, p.last_name, *(g.name for g in p.guardians))
    }
    needles = {t for t in (left.first_name, left.last_name, *(g.name for g in left.guardians)) if t not in others}
    assert left.first_name in needles, "the demo's left pupil has a unique first name"
    before = _plaintext_copy(store, tmp_path / "before.db")
    assert all(n.encode() in before for n in needles)
    items = [e for e, _ in services.retention.overview()]
    services.retention.delete(items, confirmed=True)
    # Dossier gone; enrolment and absence data stay until 5 years after leaving.
    assert services.records.pupil(left.id).guardians == []
    services.retention.store.set_setting("x", "y")  # keep working after compacting
    from ibdesk.domain.retention import Expired

    services.retention.delete([Expired("verzuim", "pupil", left.id, left.id, TODAY, "test")], confirmed=True)
    with pytest.raises(UserError):
        services.records.pupil(left.id)
    decrypted = _plaintext_copy(store, tmp_path / "after.db")
    for needle in needles:
        assert needle.encode() not in decrypted
        for path in store.paths.home.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert needle.encode() not in data and needle.encode("utf-16-le") not in data
    plain = sqlite3.connect(tmp_path / "after.db")
    assert plain.execute("SELECT count(*) FROM pupils WHERE id = ?", (left.id,)).fetchone()[0] == 0
    with store.session() as s:
        deletions = [e for e in audit.entries(s, "pupil", left.id) if e.action == "delete"]
    assert deletions and all(name not in (e.detail or "") for e in deletions)
    assert store.check() == []
    assert not list(store.paths.backups.glob("*before*")), "old backups holding the data are gone"


def test_inzage_holds_everything_about_pupil_and_family(services, tmp_path):
    pupil = services.guidance.overview(2).pupil
    path = services.inzage.write_json(pupil.id, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["pupil"]["last_name"] == "Çelik" and data["pupil"]["guardians"]
    assert {c["id"] for c in data["cases"]} >= {2}
    assert data["forms"] and data["legal_bases"] and data["route_steps"] and data["action_points"]
    assert "Çelik" not in path.name


def test_consent_overview_for_joint_gezag_with_one_parent(services):
    joint = None
    for case_id in range(6, 13):
        consent = services.consent.case_consent(case_id)
        if len(consent.required) == 2 and consent.bases and len(consent.bases[0].givers) == 1:
            joint = case_id
            break
    assert joint is not None, "the demo has joint gezag with only one parent's consent"
    team = services.guidance.overview(joint).teams.residence
    decision = services.consent.decision(joint, team.id, "aanmelding_sociaal_team", "opp")
    assert not decision.allowed and len(decision.still_needed) == 1


def test_verbal_consent_of_the_parents_counts(services):
    """The demo is a basisschool: the parents decide (UAVG art. 5); their consent in a meeting counts."""
    consent = services.consent.case_consent(10)
    assert consent.required and "pupil" not in consent.required
    assert consent.bases[-1].method == "mondeling" and consent.bases[-1].heard_by
    team = services.guidance.overview(10).teams.residence
    assert services.consent.decision(10, team.id, "aanmelding_sociaal_team", "opp").allowed


def test_automatic_retention_policy_deletes_only_when_switched_on(services):
    from ibdesk.services.retention import AUTO_SETTING

    assert services.retention.apply_policy() == 0 and services.retention.overview()
    services.store.set_setting(AUTO_SETTING, "1")
    assert services.retention.apply_policy() == 1
    assert services.retention.overview() == []
