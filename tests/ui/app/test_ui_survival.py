"""A school of 2,000 pupils, all day long: the app opened as a user opens it survives 50
page switches (issue 10: with PySide6 6.12.0 on Python 3.11 it aborted with
"Fatal Python error: none_dealloc" on the 9th return to Overzicht).

The profile is made the way school IT would (`ibdesk init`, `ibdesk demo --no-gui`); the
window runs in its own process, so an abort fails this test instead of killing the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SWITCHES = 50

WINDOW = textwrap.dedent(f"""
    import sys
    from pathlib import Path
    from ibdesk.app import AppController, make_application

    app = make_application([])
    window = AppController(Path(sys.argv[1])).start()
    assert type(window).__name__ == "MainWindow", type(window).__name__
    before = sys.getrefcount(None)
    pages = [0, 1, 0, 2, 0, 3, 4, 0, 5, 6]
    for n in range({SWITCHES}):
        window.show_page(pages[n % len(pages)])
        app.processEvents()
        window.grab()
    print("levend na", {SWITCHES}, "wisselingen;", window.overview_page.model.rowCount(), "regels in Overzicht;",
          "None", before, sys.getrefcount(None))
    window.close()
""")


def run(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=timeout, stdin=subprocess.DEVNULL
    )


def test_fifty_page_switches_on_a_school_of_2000_pupils(home):
    for command in (["init"], ["demo", "--pupils", "2000", "--no-gui"]):
        made = run("-m", "ibdesk", "--home", str(home), *command)
        assert made.returncode == 0, made.stderr
    alive = run("-c", WINDOW, str(home))
    assert alive.returncode == 0, f"exit {alive.returncode}: {alive.stderr[-2000:]}"
    words = alive.stdout.split()
    assert f"levend na {SWITCHES} wisselingen;" in alive.stdout
    assert int(words[words.index("regels") - 1]) > 2000  # the whole attention list, every time
    none_before, none_after = int(words[-2]), int(words[-1])
    assert none_after >= none_before - 100  # no reference to None lost per switch
