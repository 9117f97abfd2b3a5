"""Issue 13 points 10, 12 and 13: key rotation, damaged keys.json, weak and un-normalised passphrases."""

import json
import unicodedata
from pathlib import Path

import pytest
from support.cli import assert_clean_failure, flip, ibdesk, keyring_key, raw_connection, recovery_key_from
from support.profiles import FAIL_KEYRING, TEST_PASSPHRASE

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": FAIL_KEYRING}
WRONG_PASSPHRASE = "past niet bij dit profiel"


def _profile_id(home) -> str:
    return json.loads((home / "keys.json").read_text())["profile_id"]


# -- 10. key rotation ---------------------------------------------------------------------------
def test_recover_with_a_new_recovery_key_rotates_the_database_key(home, tmp_path):
    old_recovery = recovery_key_from(ibdesk("init").stdout)
    assert ibdesk("demo", "--no-gui", "--pupils", "3").returncode == 0
    old_key = keyring_key(_profile_id(home))
    old_backup = tmp_path / "oud.ibbak"
    assert ibdesk("backup", "--out", str(old_backup)).returncode == 0
    result = ibdesk("recover", "--new-recovery-key", env={"IBDESK_RECOVERY_KEY": old_recovery})
    assert result.returncode == 0, result.stderr
    new_recovery = recovery_key_from(result.stdout)
    assert new_recovery != old_recovery and "oudere back-ups" in result.stdout.lower()
    conn = raw_connection(home / "ibdesk.db", old_key)  # the old key (e.g. unwrapped from the old backup)
    with pytest.raises(Exception, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert keyring_key(_profile_id(home)) != old_key
    new_pc = {**NO_KEYRING, "IBDESK_RECOVERY_KEY": old_recovery}
    assert_clean_failure(ibdesk("cases", env=new_pc), WRONG_PASSPHRASE)
    assert ibdesk("cases", env={**NO_KEYRING, "IBDESK_RECOVERY_KEY": new_recovery}).returncode == 0
    assert ibdesk("cert", "show").returncode == 0 and ibdesk("check").returncode == 0
    restored = ibdesk("restore", str(old_backup), home=tmp_path / "elders", env=new_pc)
    assert restored.returncode == 0, "an old backup opens with the recovery key of its time"


def test_rekey_of_a_passphrase_profile_needs_and_sets_the_passphrase(home):
    env = {**NO_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}
    assert ibdesk("init", env=env).returncode == 0
    new = "nieuwe fiets onder de brug"
    result = ibdesk("rekey", env={**env, "IBDESK_NEW_PASSPHRASE": new})
    assert result.returncode == 0, result.stderr
    assert_clean_failure(ibdesk("cases", env=env), WRONG_PASSPHRASE)
    assert ibdesk("cases", env={**NO_KEYRING, "IBDESK_PASSPHRASE": new}).returncode == 0


# -- 12. damaged keys.json is reported as damage, every entry is checked --------------------------
def test_damaged_keys_file_is_never_called_a_wrong_passphrase(home):
    env = {**NO_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}
    assert ibdesk("init", env=env).returncode == 0
    original = (home / "keys.json").read_bytes()
    text = original.decode()
    offsets = sorted(
        {
            text.index('"ciphertext"') + 20,
            text.index('"salt"') + 12,
            text.index('"nonce"') + 12,
            text.rindex('"ciphertext"') + 25,
            text.index('"check"') + 15,
            text.index('"n"') + 6,
            len(text) // 3,
            len(text) // 2,
            len(text) - 5,
        }
    )
    for offset in offsets:
        flip(home / "keys.json", offset)
        result = ibdesk("cases", env=env)
        assert_clean_failure(result, "keys.json")
        assert WRONG_PASSPHRASE not in result.stderr, f"offset {offset}: {result.stderr}"
        (home / "keys.json").write_bytes(original)
    data = json.loads(original)
    data["wrappers"]["passphrase"]["n"] = 2**40  # tampered cost parameters
    (home / "keys.json").write_text(json.dumps(data))
    assert_clean_failure(ibdesk("cases", env=env), "keys.json")


def test_check_validates_every_wrapped_key_entry(home):
    assert ibdesk("init").returncode == 0
    from ibdesk.store.keys import _checksum

    data = json.loads((home / "keys.json").read_text())
    entry = data["wrappers"]["recovery"]
    entry["ciphertext"] = (
        entry["ciphertext"][:10] + ("A" if entry["ciphertext"][10] != "A" else "B") + entry["ciphertext"][11:]
    )  # damaged in a way the file checksum does not show
    data["checksum"] = _checksum({k: v for k, v in data.items() if k != "checksum"})
    (home / "keys.json").write_text(json.dumps(data))
    result = ibdesk("check")
    assert_clean_failure(result, "herstelsleutel BESCHADIGD")
    assert "Sleutel (herstelsleutel): BESCHADIGD" in result.stdout


# -- 13. passphrase strength and Unicode normalisation -------------------------------------------
@pytest.mark.parametrize("weak", ["aaaaaaaaaa", "wachtwoord", " " * 10, "Welkom01!!"])
def test_weak_passphrases_are_refused_with_a_dutch_explanation(home, weak):
    result = ibdesk("init", env={**NO_KEYRING, "IBDESK_PASSPHRASE": weak})
    assert_clean_failure(result, "te zwak")
    assert "Maak er een zin van" in result.stderr or "minstens 10 tekens" in result.stderr
    assert not (home / "keys.json").exists()


def test_the_same_accented_passphrase_from_macos_and_windows_opens(home):
    typed_on_mac = unicodedata.normalize("NFD", "Crème brûlée voor Zoë op dinsdag")
    typed_on_windows = unicodedata.normalize("NFC", typed_on_mac)
    assert typed_on_mac != typed_on_windows
    assert ibdesk("init", env={**NO_KEYRING, "IBDESK_PASSPHRASE": typed_on_mac}).returncode == 0
    assert ibdesk("cases", env={**NO_KEYRING, "IBDESK_PASSPHRASE": typed_on_windows}).returncode == 0
    assert ibdesk("cases", env={**NO_KEYRING, "IBDESK_PASSPHRASE": typed_on_mac}).returncode == 0


def test_a_passphrase_stored_before_normalising_still_opens_both_ways(make_profile, no_keyring, home):
    from ibdesk.store.keys import PASSPHRASE_SCRYPT_N, KeyFile, Wrapped
    from ibdesk.store.opening import open_profile
    from ibdesk.store.profile import Credentials

    typed_on_mac = unicodedata.normalize("NFD", "Crème brûlée voor Zoë op dinsdag")
    created = make_profile(passphrase=TEST_PASSPHRASE)
    keyfile, key = created.store.keyfile, created.store.key
    created.store.close()
    # As ibdesk before NFC wrapped it: the bytes exactly as typed (NFD on macOS).
    keyfile.wrappers["passphrase"] = Wrapped.wrap(key, typed_on_mac, PASSPHRASE_SCRYPT_N, keyfile.aad("passphrase"))
    keyfile.macs.pop("passphrase", None)
    keyfile.save(Path(home) / "keys.json")
    for typed in (typed_on_mac, unicodedata.normalize("NFC", typed_on_mac)):
        open_profile(home, Credentials(passphrase=typed)).close()
    assert KeyFile.load(Path(home) / "keys.json").macs.get("passphrase"), "the entry got its check at open"
