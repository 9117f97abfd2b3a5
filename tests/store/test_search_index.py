"""The search index (issue 16 point 3) follows every write in the same transaction, leaves
with the record (also through cascades and retention), is rebuilt for existing data, and
what was deleted cannot be found in the decrypted file afterwards. Fictional people only."""

from __future__ import annotations

import logging
import shutil
from datetime import date

import pytest
from fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, HERE
from support.rules_profile import school_services

from ibdesk.domain.model import Case, Contact, Guardian, Organisation, OrgKind, Pupil
from ibdesk.store import models as m
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import Credentials
from ibdesk.store.search_index import sources

TODAY = date(2026, 11, 23)
STORED_VERSIONS = sorted(p.name for p in HERE.iterdir() if p.is_dir())


@pytest.fixture
def services(store):
    return school_services(store, TODAY)


def titles(services, typed: str) -> list[str]:
    return [hit.title for hit in services.search.search(typed).hits]


def add_pupil(services, first: str, last: str, guardians=(), left_on: date | None = None) -> Pupil:
    school = services.records.school()
    return services.records.save_pupil(
        Pupil(
            first,
            last,
            date(2010, 3, 1),
            "groep 8",
            school.id,
            "Renkum",
            left_on=left_on,
            enrolled_on=date(2014, 8, 20),
            guardians=[Guardian(name, "vader") for name in guardians],
        )
    )


def index_rows(store, kind: str) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT count(*) FROM search_index_{kind}").scalar()


# -- kept current -----------------------------------------------------------------------------------
def test_a_renamed_pupil_is_found_by_the_new_name_only(services):
    pupil = add_pupil(services, "Thijs", "Brouwer", guardians=("Gert Brouwer (fictief)",))
    pupil.last_name = "Smit"
    pupil.guardians = [Guardian("Kees Smit (fictief)", "vader")]  # the first parent's row is deleted
    services.records.save_pupil(pupil)
    assert titles(services, "smit") == ["Thijs Smit"]
    assert titles(services, "brouwer") == [], "old name and removed parent are gone from the index"
    assert titles(services, "gert") == []


def test_an_edited_help_question_and_a_resaved_form_replace_their_old_text(services):
    pupil = add_pupil(services, "Fenna", "Kuipers")
    case = services.records.save_case(Case(pupil.id, "Moeite met klokkijken (fictief)", date(2026, 9, 1), "IB"))
    case.help_question = "Moeite met breuken (fictief)"
    services.records.save_case(case)
    assert titles(services, "klokk") == [] and titles(services, "breuk") == [f"Casus {case.id} · Fenna Kuipers"]

    version = services.catalog.latest("mdo-verslag").version
    answer_id = services.forms.save(
        pupil.id, "mdo-verslag", version, {"aanleiding": "Eerste versie over tafels"}, case_id=case.id, concept=True
    )
    services.forms.save(
        pupil.id,
        "mdo-verslag",
        version,
        {"aanleiding": "Tweede versie over delen"},
        case_id=case.id,
        concept=True,
        answer_id=answer_id,
    )
    assert titles(services, "tafels") == []
    assert [h.target.id for h in services.search.search("delen").hits] == [answer_id]


def test_organisations_and_contacts_follow_edits_and_deletion(services):
    org = services.records.save_organisation(
        Organisation(
            OrgKind.JEUGDHULP,
            "Jeugdhulp Het Kompas (fictief)",
            "Renkum",
            contacts=[Contact("Sanne Berkhout (fictief)", "ambulant hulpverlener", is_primary=True)],
        )
    )
    assert titles(services, "berkh") == ["Jeugdhulp Het Kompas (fictief)"]
    org.contacts = [Contact("Pim Hazeleger (fictief)", "gezinscoach", is_primary=True)]
    services.organisations.save(org)
    assert titles(services, "berkh") == [] and titles(services, "hazel") == ["Jeugdhulp Het Kompas (fictief)"]
    services.organisations.delete(org.id)
    assert titles(services, "kompas") == [] and titles(services, "hazel") == []
    assert index_rows(services.store, "organisation") == 0 and index_rows(services.store, "contact") == 0


def test_the_index_row_is_written_in_the_same_transaction_as_the_record(services, store):
    with pytest.raises(RuntimeError), store.session() as s:
        s.add(
            m.PupilRow(
                first_name="Ravi",
                last_name="Dekker",
                birth_date=date(2015, 1, 1),
                group_name="groep 4",
                municipality="Renkum",
            )
        )
        s.flush()
        raise RuntimeError("the unit of work fails after the flush")
    assert titles(services, "dekker") == [] and index_rows(store, "pupil") == 0, "rolled back together"


def test_rows_added_in_bulk_through_the_orm_are_indexed(services, store):
    """The path of the demo and of an import: many rows added to one session, no service call."""
    with store.session() as s:
        s.add_all(
            m.PupilRow(
                first_name=f"Import{n}",
                last_name="Vermeulen",
                birth_date=date(2015, 1, 1),
                group_name="groep 4",
                municipality="Renkum",
                guardians=[m.GuardianRow(name=f"Ouder{n} Vermeulen", relation="moeder", has_gezag=True)],
            )
            for n in range(300)
        )
    assert index_rows(store, "pupil") == 300 and index_rows(store, "guardian") == 300
    assert titles(services, "import299") == ["Import299 Vermeulen"]
    assert titles(services, "ouder17")[0] == "Import17 Vermeulen"


# -- retention --------------------------------------------------------------------------------------
MARKERS = ("Qorvathy", "Ulvenhoekx", "zwelbrandtje", "plovdimarsk")


def decrypted_pages(store) -> bytes:
    """Every page of the database file decrypted with the profile's key, free pages included
    (SQLCipher 4: AES-256-CBC per page, the IV in the page's reserved tail; a raw key is the
    cipher key itself). Lower-cased, as the index stores its words."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data, size, reserve = store.paths.database.read_bytes(), 4096, 80
    plain = []
    for start in range(0, len(data) - size + 1, size):
        page = data[start : start + size]
        iv = page[size - reserve : size - reserve + 16]
        decryptor = Cipher(algorithms.AES(store.key), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(page[16 if start == 0 else 0 : size - reserve]) + decryptor.finalize())
    return b"".join(plain).lower()


def test_retention_removes_the_index_rows_and_the_words_from_the_file(services, store):
    gone = add_pupil(services, "Noor", MARKERS[0], guardians=(f"Joop {MARKERS[1]}",), left_on=date(2020, 7, 1))
    case = services.records.save_case(Case(gone.id, f"Hulpvraag over {MARKERS[2]} (fictief)", date(2019, 9, 1), "IB"))
    version = services.catalog.latest("mdo-verslag").version
    services.forms.save(
        gone.id,
        "mdo-verslag",
        version,
        {"aanleiding": f"Verslag {MARKERS[3]} (fictief)"},
        case_id=case.id,
        concept=True,
    )
    stays = add_pupil(services, "Sem", "Blijft")
    for marker in MARKERS:
        assert services.search.search(marker).hits
    before = decrypted_pages(store)
    assert all(marker.lower().encode() in before for marker in MARKERS), "the check below can find them"

    items = [item for item, _name in services.retention.overview()]
    assert [(i.record, i.record_id) for i in items] == [("pupil", gone.id)]
    assert services.retention.delete(items, confirmed=True) == 1

    for marker in MARKERS:
        assert services.search.search(marker).hits == []
    assert {s.kind: index_rows(store, s.kind) for s in sources()} == {
        "pupil": 1,
        "guardian": 0,
        "case": 0,
        "form": 0,
        "organisation": 0,
        "contact": 0,
        "note": 0,
    }
    assert titles(services, "blijft") == ["Sem Blijft"] and services.records.pupil(stays.id)
    after = decrypted_pages(store)
    assert (
        not store.paths.database.with_name("ibdesk.db-wal").exists()
        or store.paths.database.with_name("ibdesk.db-wal").stat().st_size == 0
    )
    for marker in MARKERS:
        assert marker.lower().encode() not in after, f"{marker} is still in the file after retention"


def test_a_dossier_past_its_period_leaves_the_index_while_the_name_stays(services):
    pupil = add_pupil(
        services, "Lieke", "Hoekstra", guardians=("Bart Hoekstra-Ulvenhoek (fictief)",), left_on=date(2024, 7, 1)
    )
    items = [item for item, _name in services.retention.overview()]
    assert [(i.record, i.record_id) for i in items] == [("dossier", pupil.id)]
    services.retention.delete(items, confirmed=True)
    assert titles(services, "ulvenhoek") == [], "the parent went with the dossier"
    assert titles(services, "lieke") == ["Lieke Hoekstra"], "name and dates stay until their own period ends"


# -- built for existing data, repaired when a migration loses a trigger -----------------------------
@pytest.mark.parametrize("revision", STORED_VERSIONS)
def test_an_older_profile_is_searchable_after_the_upgrade(revision, tmp_path, no_keyring):
    from ibdesk.services.search import SearchService

    home = tmp_path / f"schema-{revision}"
    shutil.copytree(HERE / revision, home)
    store = open_profile(home, Credentials(passphrase=FIXTURE_PASSPHRASE))
    try:
        search = SearchService(store)
        assert [h.title for h in search.search("celik").hits] == ["Fixture Ødegaard-Çelik"]
        assert [h.target.id for h in search.search("migratietest").hits] == [1]
        assert [h.detail for h in search.search("ouder fixture").hits] == ["moeder: Ouder Fixture · groep 5"]
    finally:
        store.close()


def test_a_lost_trigger_or_index_table_is_rebuilt_at_the_next_open(services, store, home):
    pupil = add_pupil(services, "Milan", "Sluiter")
    services.records.save_case(Case(pupil.id, "Vraag over de overstap (fictief)", date(2026, 9, 1), "IB"))
    with store.engine.begin() as conn:  # as when a migration recreates a table (SQLite drops its triggers)
        conn.exec_driver_sql("DROP TRIGGER search_forget_cases")
        conn.exec_driver_sql("DROP TABLE search_index_pupil")
    store.close()
    store = open_profile(home)
    try:
        from ibdesk.services.search import SearchService

        search = SearchService(store)
        assert [h.title for h in search.search("sluiter").hits] == ["Milan Sluiter"]
        with store.session() as s:
            s.query(m.CaseRow).delete()
        assert search.search("overstap").hits == [], "the delete trigger is back"
    finally:
        store.close()


@pytest.fixture
def absence_reasons():
    """A source registered the way notes are: one line (absence reasons, as a stand-in)."""
    from ibdesk.store.search_index import Doc, Source, register, unregister

    register(Source("absence", "Verzuim", m.AbsenceRow, ("reason",), lambda row, _: Doc(body=row.reason or ""), 60))
    yield
    unregister("absence")


def test_a_new_source_is_one_registration(services, store, home, request):
    pupil = add_pupil(services, "Ilse", "Verzuimer")
    case = services.records.save_case(Case(pupil.id, "Vraag (fictief)", date(2026, 9, 1), "IB"))
    services.absence.register(pupil.id, "2026-10-05", "2026-10-06", 10, False, "Bruiloft in het buitenland (fictief)")
    store.close()
    request.getfixturevalue("absence_reasons")
    store = open_profile(home)  # rows already there are indexed at the next open, with a delete trigger
    try:
        from ibdesk.services.container import Services

        services = Services.build(store, today=lambda: TODAY)
        [group] = services.search.search("bruiloft").groups
        assert group.label == "Verzuim" and [h.title for h in group.hits] == ["Ilse Verzuimer"]
        assert group.hits[0].detail == "Bruiloft in het buitenland (fictief)"
        assert group.hits[0].target.kind == "pupil" and group.hits[0].target.id == pupil.id and case.id
        services.absence.register(pupil.id, "2026-11-02", None, 4, False, "Tandarts (fictief)")
        assert [g.label for g in services.search.search("tandarts").groups] == ["Verzuim"], "new rows at the flush"
        with store.session() as s:
            s.query(m.AbsenceRow).delete()
        assert services.search.search("bruiloft").hits == [] and services.search.search("tandarts").hits == []
    finally:
        store.close()


# -- where the index lives --------------------------------------------------------------------------
def test_searching_writes_nothing_to_the_logs(services, store, caplog):
    add_pupil(services, "Zeynep", "Qwertyzon")
    caplog.set_level(logging.DEBUG)
    for typed in ("qwertyzon", "qwe", "zeynep qwer"):
        services.search.search(typed)
    assert "qwe" not in caplog.text.lower() and "zeynep" not in caplog.text.lower()
    for log_file in store.paths.home.rglob("*.log*"):
        assert b"qwertyzon" not in log_file.read_bytes().lower()


def test_a_read_only_viewer_searches_too(services, home):
    from ibdesk.services.search import SearchService

    add_pupil(services, "Daan", "Lezer")
    viewer = open_profile(home, read_only=True)
    try:
        assert [h.title for h in SearchService(viewer).search("lezer").hits] == ["Daan Lezer"]
    finally:
        viewer.close()


def test_a_restored_backup_is_searchable(services, store, tmp_path):
    from ibdesk.services.search import SearchService
    from ibdesk.store.backup import restore, write_backup

    add_pupil(services, "Julia", "Terugzet")
    backup = write_backup(store, tmp_path / "kopie.ibbak")
    restored = restore(backup, tmp_path / "elders")
    try:
        assert [h.title for h in SearchService(restored).search("terugz").hits] == ["Julia Terugzet"]
    finally:
        restored.close()
