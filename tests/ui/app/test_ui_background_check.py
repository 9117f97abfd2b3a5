"""Issue 10/13: the quick check at open, the full check in the background — damage found
while the user already works is reported at once, with the backup to restore."""

from __future__ import annotations

import os

from ibdesk.app import AppController
from ibdesk.errors import CorruptStoreError
from ibdesk.store.backup import automatic_backup
from ibdesk.store.checks import quick_problems
from ibdesk.ui.main_window import MainWindow


def test_damage_the_quick_check_misses_is_reported_by_the_background_check(qtbot, make_profile, home, shown):
    created = make_profile(demo=True, pupils=60)
    automatic_backup(created.store, reason="daily")
    created.store.close()
    db = home / "ibdesk.db"
    original = db.read_bytes()
    for page in range(len(original) // 4096 // 3, len(original) // 4096):  # a page the quick check does not read
        data = bytearray(original)
        data[page * 4096 + 200 : page * 4096 + 260] = os.urandom(60)
        db.write_bytes(bytes(data))
        try:
            if not quick_problems(db, created.store.key):
                break
        except CorruptStoreError:
            continue
    controller = AppController(home)
    window = controller.start()
    try:
        assert isinstance(window, MainWindow), "the quick check lets the user in"
        qtbot.addWidget(window)
        problems = controller.background_check.wait(timeout=60)
        assert problems, "the full check found the damaged page"
        errors = [s for s in shown if s.kind == "error" and s.title == "Database beschadigd"]
        assert errors and "ibdesk restore" in errors[0].text
    finally:
        window.close()
        controller.close_store()


def test_a_healthy_profile_gives_no_message(qtbot, make_profile, home, shown):
    make_profile(demo=True, pupils=10).store.close()
    controller = AppController(home)
    window = controller.start()
    try:
        qtbot.addWidget(window)
        assert controller.background_check.wait(timeout=60) == []
        assert not [s for s in shown if s.kind == "error"]
    finally:
        window.close()
        controller.close_store()
