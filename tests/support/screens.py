"""Set-up shared by the screenshot scripts (tests/*/screenshots.py)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def prepare_environment(work: Path) -> None:
    """Offscreen Qt and the file keyring of the tests, before Qt or keyring are used."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["PYTHON_KEYRING_BACKEND"] = "support.file_keyring.FileKeyring"
    os.environ["IBDESK_TEST_KEYRING_FILE"] = str(work / "test-keyring.json")
    os.environ.setdefault("IBDESK_POLICY", str(work / "no-machine-policy.yaml"))
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    import keyring
    import keyring.core

    from ibdesk.store import keys

    keyring.set_keyring(keyring.core.load_keyring(os.environ["PYTHON_KEYRING_BACKEND"]))
    keys.PASSPHRASE_SCRYPT_N = 2**12
