import json

import pytest

from ibdesk.errors import WrongKeyError
from ibdesk.store.keys import RECOVERY_ALPHABET, KeyFile, new_database_key, new_recovery_key, normalise_recovery_key


def test_recovery_key_is_eight_groups_a_person_can_copy():
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert all(ch in RECOVERY_ALPHABET for ch in "".join(groups))
    assert new_recovery_key() != key


def test_recovery_key_accepts_sloppy_typing_but_not_wrong_characters():
    key = new_recovery_key()
    assert normalise_recovery_key(key.lower().replace("-", " ")) == key
    with pytest.raises(WrongKeyError, match="8 groepjes"):
        normalise_recovery_key(key[:-1] + "0")


def test_keyfile_never_holds_the_key_in_clear_and_unwraps_with_each_secret():
    key = new_database_key()
    keyfile = KeyFile.new(key)
    recovery = new_recovery_key()
    keyfile.add_recovery(key, recovery)
    keyfile.add_passphrase(key, "een lange wachtwoordzin")
    raw = keyfile.to_bytes()
    assert key.hex().encode() not in raw and key not in raw
    loaded = KeyFile.from_bytes(raw)
    assert loaded.unlock("recovery", recovery) == key
    assert loaded.unlock("passphrase", "een lange wachtwoordzin") == key
    with pytest.raises(WrongKeyError):
        loaded.unlock("passphrase", "een andere wachtwoordzin")


def test_wrapped_key_is_bound_to_its_profile():
    """A wrapper copied into another profile's key file does not unlock there."""
    key = new_database_key()
    first, second = KeyFile.new(key), KeyFile.new(key)
    first.add_passphrase(key, "een lange wachtwoordzin")
    second.wrappers["passphrase"] = first.wrappers["passphrase"]
    with pytest.raises(WrongKeyError):
        second.unlock("passphrase", "een lange wachtwoordzin")


def test_keyfile_format_is_plain_json_with_kdf_parameters():
    key = new_database_key()
    keyfile = KeyFile.new(key)
    keyfile.add_recovery(key, new_recovery_key())
    data = json.loads(keyfile.to_bytes())
    assert data["wrappers"]["recovery"]["kdf"] == "scrypt"
    assert data["wrappers"]["recovery"]["cipher"] == "AES-256-GCM"
