"""Issue 14 (move 6): reportlab and pyHanko are imported when a PDF is first made, not when the
main window, the case page, the MDO page or the privacy pages are loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCREENS = [
    "ibdesk.app",
    "ibdesk.ui.main_window",
    "ibdesk.ui.pages.case_page",
    "ibdesk.ui.pages.mdo_page",
    "ibdesk.ui.pages.settings",
    "ibdesk.ui.privacy.inzage_page",
    "ibdesk.ui.privacy.retention_page",
]
PDF_STACK = ("reportlab", "pyhanko", "pypdf")


def loaded_after_importing(modules: list[str]) -> list[str]:
    code = (
        f"import importlib, json, sys\nfor name in {modules!r}:\n    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_screens_load_without_the_pdf_stack():
    loaded = loaded_after_importing(SCREENS)
    assert [m for m in loaded if m.split(".")[0] in PDF_STACK] == []


def test_the_check_itself_sees_the_pdf_stack_when_it_is_loaded():
    loaded = loaded_after_importing(["ibdesk.ui.dossier"])  # the export wizard needs it
    assert {"reportlab", "pyhanko"} <= {m.split(".")[0] for m in loaded}
