"""Every earlier schema version opens and upgrades; the models match the migrations."""

import shutil

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fixtures.make_schema_fixture import FIXTURE_PASSPHRASE, HERE, ROWS
from support.schema_fixtures import STORED_VERSIONS, inserted, row_counts

from ibdesk.paths import ProfilePaths
from ibdesk.services import case_events
from ibdesk.services.records import Records
from ibdesk.store import migrate
from ibdesk.store.models import Base
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import Credentials
from ibdesk.store.search_index import is_index_table


def test_there_is_a_stored_database_from_version_1_on():
    assert STORED_VERSIONS[0] == "0001"


@pytest.mark.parametrize("revision", STORED_VERSIONS)
def test_stored_database_upgrades_to_the_newest_schema(revision, tmp_path, no_keyring):
    home = tmp_path / f"schema-{revision}"
    shutil.copytree(HERE / revision, home)
    store = open_profile(home, Credentials(passphrase=FIXTURE_PASSPHRASE))
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        records = Records(store)
        pupil = records.pupil(1)
        assert pupil.last_name == "Ødegaard-Çelik" and pupil.bsn == "111222333"
        assert records.case(1).help_question == "Fictieve hulpvraag voor de migratietest"
        assert store.check() == []
        stored_events = sum(1 for s in ROWS[revision] if s.startswith("INSERT INTO case_events"))
        assert sum(map(len, case_events.events(store, "", ()).values())) == stored_events, "events read back"
        case_events.follow_ups(store)  # what `ibdesk cases` and the overview read
        assert row_counts(store, revision) == inserted(revision), "every stored record survives the upgrade"
    finally:
        store.close()
    if revision != migrate.head_revision():
        assert list(ProfilePaths(home).backups.glob("*migration*.ibbak")), "backup before migrating"


def test_models_match_the_migrations(store):
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _modelled})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def _modelled(name, type_, _parents) -> bool:
    """The search index (an FTS5 table and its shadow tables) is not an ORM model."""
    return not (type_ == "table" and is_index_table(name))
