"""Run in a separate process (a scheme is chosen once per QApplication): build the demo school,
show every page of the main window, a case and the lock screen, and print what is unreadable
and what is cut off, as JSON. `IBDESK_THEME` and `QT_SCALE_FACTOR` come from the environment.

    python -m support.screen_check OUTDIR [WIDTHxHEIGHT]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def main(out: Path, size: tuple[int, int]) -> dict:
    from support.screens import prepare_environment

    work = Path(tempfile.mkdtemp(prefix="ibdesk-check-"))
    prepare_environment(work)
    from ibdesk.app import make_application

    make_application([])
    from ibdesk.services.demo import fill_demo
    from ibdesk.services.records import Records
    from ibdesk.store.profile import create_profile
    from ibdesk.ui.kit import palette
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context
    from support.pixels import settle
    from support.readability import unreadable

    store, _ = create_profile(work / "profile", None)
    fill_demo(store, pupils=30)
    window = MainWindow(Context.for_store(store))
    window.resize(*size)
    window.show()
    found: dict[str, list[str]] = {}
    out.mkdir(parents=True, exist_ok=True)

    def look(name: str, widget) -> None:
        settle(6)
        widget.grab().save(str(out / f"{name}.png"))
        problems = unreadable(widget)
        if problems:
            found[name] = problems

    for row in range(window.nav.count()):
        window.show_page(row)
        look(f"{row + 1}-{window.nav.item(row).text().lower()}", window)
    window.open_case(Records(store).case_rows()[1].case_id)
    for tab in range(window.case_page.tabs.count()):
        window.case_page.tabs.setCurrentIndex(tab)
        look(f"casus-{tab + 1}", window)
    window.screen_lock.lock()
    look("vergrendeld", window.screen_lock.lock_window)
    window.screen_lock.unlock()
    store.close()
    return {"scheme": palette.scheme(), "unreadable": found}


if __name__ == "__main__":
    size = tuple(int(n) for n in (sys.argv[2] if len(sys.argv) > 2 else "1366x768").split("x"))
    print(json.dumps(main(Path(sys.argv[1]), size), ensure_ascii=False))
