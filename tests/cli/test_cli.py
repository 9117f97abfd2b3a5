"""The command line as school IT scripts it: no terminal, keys from keyring or environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

from support.capabilities import require_tiny_disk
from support.profiles import FAIL_KEYRING, TEST_PASSPHRASE

RECOVERY_LINE = "    "


def ibdesk(*args: str, env: dict | None = None, home: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    prefix = ["--home", str(home)] if home else []
    return subprocess.run(
        [sys.executable, "-m", "ibdesk", *prefix, *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def recovery_key_from(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.startswith(RECOVERY_LINE)]
    assert len(lines) == 1
    return lines[0]


def assert_clean_failure(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_version():
    result = ibdesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("ibdesk 0.")


def test_usage_error_exits_2():
    assert ibdesk("bestaat-niet").returncode == 2


def test_init_demo_cases_check_with_keyring(home):
    init = ibdesk("init")
    assert init.returncode == 0, init.stderr
    assert "HERSTELSLEUTEL" in init.stdout and len(recovery_key_from(init.stdout)) == 39
    assert_clean_failure(ibdesk("init"), "staat al een ibdesk-profiel")
    demo = ibdesk("demo", "--no-gui")
    assert demo.returncode == 0 and "30 leerlingen, 12 casussen" in demo.stdout
    cases = json.loads(ibdesk("cases", "--json").stdout)
    assert len(cases) == 12 and {"id", "pupil", "status"} <= set(cases[0])
    assert {c["status"] for c in cases} >= {"signaal", "lopend", "aangemeld", "gesloten"}
    assert ibdesk("check").returncode == 0
    assert ibdesk("audit", "verify").stdout.strip().startswith("Auditketen en deellog intact")


def test_no_keyring_without_passphrase_refuses_clearly(home):
    result = ibdesk("init", env={"PYTHON_KEYRING_BACKEND": FAIL_KEYRING})
    assert_clean_failure(result, "IBDESK_PASSPHRASE")
    assert not home.joinpath("keys.json").exists()


def test_no_keyring_scripted_with_passphrase(home):
    env = {"PYTHON_KEYRING_BACKEND": FAIL_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}
    assert ibdesk("demo", "--no-gui", "--pupils", "5", env=env).returncode == 0
    assert len(json.loads(ibdesk("cases", "--json", env=env).stdout)) == 12
    wrong = ibdesk("cases", env={**env, "IBDESK_PASSPHRASE": "verkeerde wachtwoordzin"})
    assert_clean_failure(wrong, "past niet bij dit profiel")
    locked = ibdesk("cases", env={"PYTHON_KEYRING_BACKEND": FAIL_KEYRING})
    assert_clean_failure(locked, "wachtwoordzin")


def test_missing_profile_is_a_user_error(tmp_path):
    assert_clean_failure(ibdesk("cases", home=tmp_path / "leeg"), "ibdesk init")


def test_backup_and_restore_on_a_new_pc_with_the_recovery_key(home, tmp_path):
    init = ibdesk("init")
    recovery_key = recovery_key_from(init.stdout)
    ibdesk("demo", "--no-gui", "--pupils", "8")
    out = tmp_path / "usb" / "ibdesk.ibbak"
    out.parent.mkdir()  # the USB stick is there; ibdesk creates no folders silently (issue 13.4)
    assert ibdesk("backup", "--out", str(out)).returncode == 0 and out.exists()
    new_pc = {"PYTHON_KEYRING_BACKEND": FAIL_KEYRING}
    new_home = tmp_path / "nieuwe-pc"
    assert_clean_failure(ibdesk("restore", str(out), env=new_pc, home=new_home), "herstelsleutel")
    restored = ibdesk("restore", str(out), env={**new_pc, "IBDESK_RECOVERY_KEY": recovery_key}, home=new_home)
    assert restored.returncode == 0, restored.stderr
    cases = ibdesk("cases", "--json", env={**new_pc, "IBDESK_RECOVERY_KEY": recovery_key}, home=new_home)
    assert len(json.loads(cases.stdout)) == 12


def test_recover_restores_keyring_entry(home, tmp_path):
    recovery_key = recovery_key_from(ibdesk("init").stdout)
    Path(os.environ["IBDESK_TEST_KEYRING_FILE"]).unlink()  # keyring entry lost
    assert_clean_failure(ibdesk("cases"), "herstelsleutel")
    assert_clean_failure(
        ibdesk("recover", env={"IBDESK_RECOVERY_KEY": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"}), "past niet"
    )
    recovered = ibdesk("recover", env={"IBDESK_RECOVERY_KEY": recovery_key})
    assert recovered.returncode == 0 and "Toegang hersteld" in recovered.stdout
    assert ibdesk("cases").returncode == 0


def test_recover_without_keyring_sets_a_new_passphrase(home):
    env = {"PYTHON_KEYRING_BACKEND": FAIL_KEYRING, "IBDESK_PASSPHRASE": TEST_PASSPHRASE}
    recovery_key = recovery_key_from(ibdesk("init", env=env).stdout)
    new = "een heel nieuwe wachtwoordzin"
    result = ibdesk(
        "recover",
        env={"PYTHON_KEYRING_BACKEND": FAIL_KEYRING, "IBDESK_RECOVERY_KEY": recovery_key, "IBDESK_NEW_PASSPHRASE": new},
    )
    assert result.returncode == 0, result.stderr
    assert ibdesk("cases", env={"PYTHON_KEYRING_BACKEND": FAIL_KEYRING, "IBDESK_PASSPHRASE": new}).returncode == 0


def test_backup_to_a_full_disk_says_so(home, tmp_path):
    require_tiny_disk()
    ibdesk("demo", "--no-gui", "--pupils", "30")
    mount = tmp_path / "klein"
    mount.mkdir()
    script = (
        f"mount -t tmpfs -o size=48k tmpfs {mount} && "
        f"{sys.executable} -m ibdesk --home {home} backup --out {mount}/b.ibbak"
    )
    result = subprocess.run(
        ["unshare", "-r", "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=os.environ,
        stdin=subprocess.DEVNULL,
    )
    assert_clean_failure(result, "schijf is vol")
    assert ibdesk("check").returncode == 0
