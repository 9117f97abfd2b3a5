"""The import on a real encrypted profile: the re-import cases (same file twice, a group change,
a pupil who left, a spelling change), one transaction, the audit trail with counts only, and
the CSV mapping remembered per school."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select
from support.exports import TODAY, edex, magister_csv, renamed, school

from ibdesk.domain.model import School
from ibdesk.errors import UserError
from ibdesk.services.pupil_import import PupilImportService
from ibdesk.services.records import Records
from ibdesk.store import models as m

KIDS = school(12)


@pytest.fixture
def service(store):
    Records(store).save_school(School("OBS De Linde (fictief)", "Renkum", "99ZZ"))
    return PupilImportService(store)


def write(tmp_path, kids, name="leerlingen.xml") -> object:
    path = tmp_path / name
    path.write_text(edex(kids), encoding="utf-8")
    return path


def snapshot(store) -> list[tuple]:
    with store.session() as s:
        return [
            tuple(r)
            for r in s.connection().exec_driver_sql(
                "SELECT id, first_name, last_name, birth_date, group_name, municipality, left_on, administration_key, "
                "administration_values FROM pupils ORDER BY id"
            )
        ]


def audit_rows(store) -> list[m.AuditRow]:
    with store.session() as s:
        return list(s.scalars(select(m.AuditRow).order_by(m.AuditRow.id)))


def imported(service, path, leave_ids=()):
    plan = service.preview(service.read_edex(path))
    return plan, service.apply(plan, leave_ids)


def test_first_import_adds_everyone_with_key_and_what_came_from_the_administration(service, store, tmp_path):
    _plan, result = imported(service, write(tmp_path, KIDS))
    assert (result.added, result.updated, result.left) == (12, 0, 0)
    pupils = {p.administration_key: p for p in service.pupil_lines()}
    sem = pupils["1000"]
    assert (sem.name, sem.group, sem.status) == ("Sem Verhoef", "groep 1/2", "ingeschreven")
    assert set(sem.administration_fields) == {"first_name", "last_name", "birth_date", "group"}
    record = Records(store).pupil(sem.id)
    assert record.municipality == "Renkum" and record.school_id == Records(store).school().id


def test_the_same_file_twice_changes_nothing(service, store, tmp_path):
    path = write(tmp_path, KIDS)
    imported(service, path)
    before, audited = snapshot(store), len(audit_rows(store))
    plan = service.preview(service.read_edex(path))
    assert not plan.has_changes and plan.unchanged == 12
    service.apply(plan)
    assert snapshot(store) == before
    assert [r.action for r in audit_rows(store)[audited:]] == ["import"], "only the import itself is recorded"


def test_a_new_school_year_moves_groups_and_a_spelling_change_is_taken_over(service, store, tmp_path):
    imported(service, write(tmp_path, KIDS))
    moved = [renamed(k, groep="g6") if k.groep == "g5" else k for k in KIDS]
    moved[2] = renamed(moved[2], achternaam="Çelik-Demir")
    plan, result = imported(service, write(tmp_path, moved))
    assert result.updated == 2
    changes = {u.stored.name: [c.text() for c in u.changes] for u in plan.written}
    assert changes["Daan Çelik"] == ["achternaam: Çelik → Çelik-Demir"]
    assert changes["Lotte Jansen"] == ["groep: groep 5 → groep 6A"]
    assert len(service.pupil_lines()) == 12, "never duplicated"


def test_what_the_ib_er_typed_survives_every_later_import(service, store, tmp_path):
    imported(service, write(tmp_path, KIDS))
    records = Records(store)
    noor_id = next(p.id for p in service.pupil_lines() if p.administration_key == "1001")
    noor = records.pupil(noor_id)
    noor.group = "groep 1/2 (Zonnebloem)"
    records.save_pupil(noor)
    moved = [renamed(k, groep="g3") if k.key == "1001" else k for k in KIDS]
    plan, result = imported(service, write(tmp_path, moved))
    assert result.updated == 0 and [c.text() for u in plan.kept for c in u.kept] == [
        "groep: groep 1/2 (Zonnebloem) → groep 3"
    ]
    assert records.pupil(noor_id).group == "groep 1/2 (Zonnebloem)"
    assert "group" not in next(p for p in service.pupil_lines() if p.id == noor_id).administration_fields


def test_a_pupil_who_left_is_only_marked_when_confirmed_and_never_deleted(service, store, tmp_path):
    imported(service, write(tmp_path, KIDS))
    path = write(tmp_path, KIDS[1:])
    plan = service.preview(service.read_edex(path))
    [item] = plan.leaving
    assert (item.stored.name, item.on, item.reason) == ("Sem Verhoef", TODAY, "niet meer in de export")
    service.apply(plan)  # not confirmed: nothing marked
    assert all(p.left_on is None for p in service.pupil_lines())
    plan = service.preview(service.read_edex(path))
    result = service.apply(plan, [item.stored.id])
    assert result.left == 1 and len(service.pupil_lines()) == 12
    sem = Records(store).pupil(item.stored.id)
    assert sem.left_on == TODAY, "the retention clock starts on the day of leaving (domain/retention.py)"
    assert not service.preview(service.read_edex(path)).has_changes, "a pupil who left is not offered again"
    back = service.preview(service.read_edex(write(tmp_path, KIDS)))
    assert [c.text() for c in back.written[0].changes] == [f"vertrokken op: {TODAY:%d-%m-%Y} → —"]


def test_the_audit_trail_has_counts_and_field_names_never_names(service, store, tmp_path):
    imported(service, write(tmp_path, KIDS))
    moved = [renamed(k, achternaam=k.achternaam + "x") if k.key == "1003" else k for k in KIDS[1:]]
    plan = service.preview(service.read_edex(write(tmp_path, moved)))
    service.apply(plan, [item.stored.id for item in plan.leaving])
    rows = audit_rows(store)
    summaries = [r.detail for r in rows if r.action == "import"]
    assert summaries == [
        "bron=edex nieuw=12 bijgewerkt=0 vertrokken=0 ongewijzigd=0 overgeslagen=0",
        "bron=edex nieuw=0 bijgewerkt=1 vertrokken=1 ongewijzigd=10 overgeslagen=0",
    ]
    assert [r.detail for r in rows if r.action == "update"] == ["import: achternaam", "import: vertrokken"]
    text = json.dumps([[r.actor, r.action, r.entity, r.entity_id, r.detail] for r in rows], ensure_ascii=False)
    assert not any(part in text for kid in KIDS for part in (kid.roepnaam, kid.achternaam))
    with store.session() as s:
        from ibdesk.store import audit

        assert audit.verify(s) == []


def test_one_transaction_a_failure_halfway_writes_nothing(service, store, tmp_path, monkeypatch):
    plan = service.preview(service.read_edex(write(tmp_path, KIDS)))
    calls = []

    def failing_audit(*args, **kwargs):
        calls.append(args)
        if len(calls) == 7:
            raise OSError("schijf vol (test)")

    monkeypatch.setattr(store, "audit", failing_audit)
    with pytest.raises(OSError):
        service.apply(plan)
    assert snapshot(store) == []


def test_a_preview_that_went_stale_is_refused(service, store, tmp_path):
    imported(service, write(tmp_path, KIDS))
    plan = service.preview(service.read_edex(write(tmp_path, [renamed(k, groep="g8") for k in KIDS])))
    records = Records(store)
    pupil = records.pupil(plan.written[0].stored.id)
    pupil.group = "groep 8 (typed meanwhile)"
    records.save_pupil(pupil)
    before = snapshot(store)
    with pytest.raises(UserError, match="Bekijk het voorbeeld opnieuw"):
        service.apply(plan)
    assert snapshot(store) == before


def test_csv_mapping_is_remembered_per_school(service, store, tmp_path):
    path = tmp_path / "magister.csv"
    path.write_bytes(magister_csv(KIDS))
    table = service.read_csv(path)
    mapping, remembered = service.mapping_for(table)
    assert not remembered and mapping["groep"] == "Klas"
    own = {**mapping, "woongemeente": "Woonplaats"}
    service.remember_mapping(own)
    assert service.mapping_for(table) == (own, True)
    assert store.get_setting(f"pupil_import.csv_mapping.school-{Records(store).school().id}")
    other = tmp_path / "ander.csv"
    other.write_bytes(b"Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep\n1;Sem;Verhoef;12-03-2016;5\n")
    assert service.mapping_for(service.read_csv(other))[1] is False, (
        "a remembered mapping that does not fit is not used"
    )


def test_enrolment_date_from_the_export_is_kept(service, store, tmp_path):
    path = tmp_path / "x.xml"
    path.write_text(
        edex(KIDS[:1])
        .replace("<uitstroomdatum>", "")
        .replace("<geslacht>0</geslacht>", "<geslacht>0</geslacht><instroomdatum>2021-08-30</instroomdatum>"),
        encoding="utf-8",
    )
    imported(service, path)
    assert Records(store).pupil(service.pupil_lines()[0].id).enrolled_on == date(2021, 8, 30)
