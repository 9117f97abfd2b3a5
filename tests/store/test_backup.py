import pytest
from support.profiles import FAIL_KEYRING, TEST_PASSPHRASE, use_keyring

from ibdesk.errors import CorruptStoreError, StoreLockedError, UserError
from ibdesk.paths import ProfilePaths
from ibdesk.services.demo import fill_demo
from ibdesk.services.records import Records
from ibdesk.store.backup import read_backup, restore, write_backup
from ibdesk.store.opening import open_profile
from ibdesk.store.profile import Credentials, create_profile


def test_backup_restores_on_a_new_pc_with_the_recovery_key(created, tmp_path, monkeypatch):
    store, recovery_key = created
    fill_demo(store, pupils=7)
    backup = write_backup(store, tmp_path / "usb" / "backup.ibbak")
    store.close()
    # A new PC: no keyring entry for this profile, an empty profile folder.
    use_keyring(monkeypatch, FAIL_KEYRING)
    new_home = tmp_path / "nieuwe-pc"
    with pytest.raises(StoreLockedError):
        restore(backup, new_home)
    restored = restore(backup, new_home, Credentials(recovery_key=recovery_key))
    assert Records(restored).counts() == {"pupils": 7, "cases": 12}
    assert restored.check() == []
    restored.close()
    open_profile(new_home, Credentials(recovery_key=recovery_key)).close()


def test_backup_restores_with_the_passphrase(no_keyring, home, tmp_path):
    store, _ = create_profile(home, TEST_PASSPHRASE)
    fill_demo(store, pupils=3)
    backup = write_backup(store, tmp_path / "b.ibbak")
    store.close()
    restored = restore(backup, tmp_path / "elders", Credentials(passphrase=TEST_PASSPHRASE))
    assert Records(restored).counts()["pupils"] == 3
    restored.close()


def test_restore_into_an_existing_profile_keeps_its_own_key_and_a_safety_copy(created, tmp_path):
    store, _ = created
    fill_demo(store, pupils=4)
    backup = write_backup(store, tmp_path / "b.ibbak")
    other_home = tmp_path / "ander"
    other, _ = create_profile(other_home)
    fill_demo(other, pupils=9)
    restored = restore(backup, other_home, current=other)
    assert Records(restored).counts()["pupils"] == 4
    assert restored.keyfile.profile_id == other.keyfile.profile_id
    restored.close()
    safety = sorted(ProfilePaths(other_home).backups.glob("*before-restore*"))
    assert safety, "the data that was replaced is kept as a backup"
    reopened = open_profile(other_home)
    assert Records(reopened).counts()["pupils"] == 4
    reopened.close()


def test_damaged_backup_changes_nothing(demo_store, tmp_path):
    backup = write_backup(demo_store, tmp_path / "b.ibbak")
    data = bytearray(backup.read_bytes())
    middle = len(data) - 4096 - 100
    data[middle : middle + 64] = b"\x00" * 64
    backup.write_bytes(bytes(data))
    db_before = demo_store.paths.database.read_bytes()
    with pytest.raises(CorruptStoreError, match="niets teruggezet"):
        restore(backup, demo_store.paths.home, current=demo_store)
    assert Records(demo_store).counts()["pupils"] == 30
    assert demo_store.paths.database.read_bytes() == db_before


def test_not_a_backup_file_is_refused(tmp_path):
    bogus = tmp_path / "x.ibbak"
    bogus.write_bytes(b"hello")
    with pytest.raises(UserError, match="geen ibdesk-back-up"):
        read_backup(bogus)
