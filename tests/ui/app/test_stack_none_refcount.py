"""The installed Python + PySide6 pair must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every
`QTreeWidgetItem.setData`, `setToolTip` and `data()` of an unset role. Python 3.11's
`None` is not immortal, so after enough calls the process aborts with
"Fatal Python error: none_dealloc" (issue #10). pyproject.toml excludes that pair; this
test proves the stack that is actually installed is safe.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 10_000

PROBE = textwrap.dedent(f"""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTreeWidgetItem
    app = QApplication([])
    item = QTreeWidgetItem(["a", "b"])
    calls = {{
        "setToolTip": lambda: item.setToolTip(1, "x"),
        "setData": lambda: item.setData(0, Qt.ItemDataRole.UserRole, 5),
        "data_unset": lambda: item.data(1, Qt.ItemDataRole.UserRole + 7),
    }}
    for name, call in calls.items():
        call()  # first call may create caches
        before = sys.getrefcount(None)
        for _ in range({CALLS}):
            call()
        after = sys.getrefcount(None)
        print(name, before - after)
""")


def test_none_keeps_its_references_through_item_calls():
    # A separate process: if the stack is broken, a crash here must not take pytest down.
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    losses = dict(line.split() for line in done.stdout.strip().splitlines())
    assert set(losses) == {"setToolTip", "setData", "data_unset"}
    # A few references may move with the interpreter's own caches; a leak per call is ~10,000.
    for name, lost in losses.items():
        assert int(lost) < 100, f"{name}: None lost {lost} references in {CALLS} calls"
