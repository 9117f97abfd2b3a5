import pytest
import sqlcipher3
from support.profiles import TEST_PASSPHRASE

from ibdesk.errors import ProfileExistsError, StorageError, StoreLockedError, UserError, WrongKeyError
from ibdesk.paths import ProfilePaths
from ibdesk.store import keyring_access
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import Credentials, create_profile


def test_profile_with_keyring_opens_without_asking(created, home):
    store, _ = created
    store.close()
    reopened = open_profile(home)
    assert reopened.check() == []
    reopened.close()


def test_database_is_wal_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_a_closed_profile_says_so_instead_of_failing_on_a_missing_engine(created):
    """Reading a profile after close (a worker finishing as the window closes) names the cause;
    it used to fail with AttributeError on the engine close() had dropped."""
    store, _ = created
    store.close()
    with pytest.raises(StorageError, match="Het profiel is gesloten"), store.reading():
        pass
    store.close()  # closing twice stays harmless


def test_database_file_is_not_readable_without_the_key(store, home):
    conn = sqlcipher3.connect(str(ProfilePaths(home).database))
    with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert not ProfilePaths(home).database.read_bytes().startswith(b"SQLite format 3")


def test_no_keyring_and_no_passphrase_refuses_instead_of_storing_in_clear(no_keyring, home):
    with pytest.raises(StoreLockedError, match="wachtwoordzin"):
        create_profile(home)
    assert not ProfilePaths(home).keyfile.exists()


def test_no_keyring_profile_needs_its_passphrase(no_keyring, home):
    store, _ = create_profile(home, TEST_PASSPHRASE)
    store.close()
    with pytest.raises(StoreLockedError, match="wachtwoordzin"):
        open_profile(home)
    open_profile(home, Credentials(passphrase=TEST_PASSPHRASE)).close()


def test_wrong_passphrase_changes_nothing(no_keyring, home):
    store, _ = create_profile(home, TEST_PASSPHRASE)
    store.close()
    paths = ProfilePaths(home)
    before = {p: p.read_bytes() for p in [paths.keyfile, paths.database]}
    with pytest.raises(WrongKeyError, match="past niet"):
        open_profile(home, Credentials(passphrase="niet de goede zin"))
    assert {p: p.read_bytes() for p in before} == before


def test_short_passphrase_is_refused(no_keyring, home):
    with pytest.raises(UserError, match="minstens 10"):
        create_profile(home, "kort")


def test_second_profile_in_same_folder_is_refused(created, home):
    with pytest.raises(ProfileExistsError):
        create_profile(home)


def test_lost_keyring_entry_is_recovered_with_the_recovery_key(created, home):
    """New Windows profile / reinstalled PC: the keyring entry is gone, the data is not."""
    store, recovery_key = created
    from ibdesk.services.demo import fill_demo

    fill_demo(store, pupils=5)
    profile_id = store.keyfile.profile_id
    store.close()
    keyring_access.forget_key(profile_id)
    with pytest.raises(StoreLockedError, match="herstelsleutel"):
        open_profile(home)
    recovered = open_profile(home, Credentials(recovery_key=recovery_key))
    recovered.close()
    assert keyring_access.load_key(profile_id) is not None  # stored again
    again = open_profile(home)
    from ibdesk.services.records import Records

    assert Records(again).counts()["pupils"] == 5
    again.close()
