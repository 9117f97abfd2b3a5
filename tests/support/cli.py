"""Running the real `ibdesk` command in a subprocess, for fault tests (kills, flips, forgeries)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

RECOVERY_LINE = "    "


def ibdesk(
    *args: str, env: dict | None = None, home: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "IBDESK_LOCK_WAIT": "1", **(env or {})}
    prefix = ["--home", str(home)] if home else []
    return subprocess.run(
        [sys.executable, "-m", "ibdesk", *prefix, *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


def start(*args: str, env: dict | None = None, script: Path | None = None) -> subprocess.Popen:
    """A long-running ibdesk (or helper script) we can kill."""
    full_env = {**os.environ, **(env or {})}
    command = [sys.executable, str(script), *args] if script else [sys.executable, "-m", "ibdesk", *args]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full_env, stdin=subprocess.DEVNULL
    )


def kill(process: subprocess.Popen) -> None:
    """SIGKILL: no cleanup handlers, no atexit, exactly like a crash or a pulled plug."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def wait_for(predicate, timeout: float = 60, interval: float = 0.002) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def recovery_key_from(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.startswith(RECOVERY_LINE)]
    assert len(lines) == 1, output
    return lines[0]


def assert_clean_failure(result: subprocess.CompletedProcess, *fragments: str) -> None:
    text = result.stdout + result.stderr
    assert result.returncode == 1, text
    assert "Traceback" not in text and "onverwachte fout" not in text, text
    for fragment in fragments:
        assert fragment in text, text


def keyring_key(profile_id: str) -> bytes:
    """The database key the test keyring holds for a profile (as the OS keyring would)."""
    data = json.loads(Path(os.environ["IBDESK_TEST_KEYRING_FILE"]).read_text())
    return bytes.fromhex(data[f"ibdesk/profile-{profile_id}"])


def profile_key(home: Path) -> bytes:
    return keyring_key(json.loads((home / "keys.json").read_text())["profile_id"])


def raw_connection(path: Path, key: bytes):
    """A plain SQLCipher connection, as an attacker or a damaged tool would use it."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
