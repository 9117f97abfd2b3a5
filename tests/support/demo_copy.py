"""One demo profile per test session, copied for each test that wants one.

Filling the demo school costs a second or more per test; the UI suite asks for it in
hundreds of tests. The profile is built once (as `make_profile(demo=True)` would build it)
and each test gets its own copy of the folder and of its test-keyring entry, so a test
that rekeys, locks or damages its profile touches only its own copy.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from support.profiles import FILE_KEYRING, use_keyring


@dataclass(frozen=True)
class DemoTemplate:
    home: Path  # the closed, filled profile folder
    keyring_file: Path  # the test keyring holding its key
    recovery_key: str
    forms_dir: str | None  # IBDESK_FORMS_DIR when it was filled: the demo's forms come from there

    def fits(self) -> bool:
        """A test that points IBDESK_FORMS_DIR elsewhere gets a demo filled from its own forms."""
        return os.environ.get("IBDESK_FORMS_DIR") == self.forms_dir


def build_template(root: Path, today: date | None = None) -> DemoTemplate:
    """Create a keyring-only profile under `root` and fill it with the 30-pupil demo school."""
    from ibdesk import policy_registry
    from ibdesk.services.demo import fill_demo
    from ibdesk.store import keys
    from ibdesk.store.profile import create_profile

    home, keyring_file = root / "profile", root / "test-keyring.json"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("IBDESK_HOME", str(home))
        mp.setenv("IBDESK_TEST_KEYRING_FILE", str(keyring_file))
        mp.setenv("IBDESK_POLICY", str(root / "no-machine-policy.yaml"))
        mp.setattr(policy_registry, "reader", None)
        mp.setattr(keys, "PASSPHRASE_SCRYPT_N", 2**12)
        use_keyring(mp, FILE_KEYRING)
        store, recovery_key = create_profile(home, None)
        try:
            fill_demo(store, pupils=30, today=today)
        finally:
            store.close()
    return DemoTemplate(home, keyring_file, recovery_key, os.environ.get("IBDESK_FORMS_DIR"))


def open_copy(template: DemoTemplate, home: Path):
    """Copy the template to `home`, add its key to this test's keyring file
    (IBDESK_TEST_KEYRING_FILE), and return the store open the way `create_profile` leaves it
    (locked; no open-time backup or checks)."""
    from ibdesk.paths import ProfilePaths
    from ibdesk.store import keyring_access
    from ibdesk.store.engine import make_engine
    from ibdesk.store.lock import ProfileLock
    from ibdesk.store.profile import Store, load_keyfile

    shutil.copytree(template.home, home)
    keyring_file = Path(os.environ["IBDESK_TEST_KEYRING_FILE"])
    entries = json.loads(keyring_file.read_text()) if keyring_file.exists() else {}
    entries.update(json.loads(template.keyring_file.read_text()))
    keyring_file.write_text(json.dumps(entries))
    paths = ProfilePaths(home)
    keyfile = load_keyfile(paths)
    key = keyring_access.load_key(keyfile.profile_id)
    assert key is not None, "the copied demo profile's key is not in this test's keyring"
    lock = ProfileLock.acquire(home)
    store = Store(paths, keyfile, key, make_engine(paths.database, key), lock)
    with store.session() as session:  # connected, as after filling: the -wal and -shm files exist
        session.connection()
    return store
