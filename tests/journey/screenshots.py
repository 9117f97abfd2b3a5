"""Render every main page and every tab of a case page at the two sizes that matter: a
1366×768 school laptop and the main window's minimum size (900×600), on the fictional demo
school; also the thuiszitters registration form and a form editor. Saves PNGs to look at.

    .venv/bin/python tests/journey/screenshots.py OUTDIR

`render_all` also runs in tests/journey/test_screen_fit.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
from support.screens import run_script  # noqa: E402

SIZES = {"1366x768": (1366, 768), "900x600": (900, 600)}
CASE_TABS = (
    "route",
    "wie-is-aan-zet",
    "opp",
    "toestemming",
    "zienswijze",
    "notities",
    "formulieren",
    "logboek",
    "status",
)


def settle(window) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(12):
        QApplication.processEvents()


def shots(window, out: Path, size: str):
    """Yield (name, widget) for every screen to look at; the caller saves or checks them."""
    window.resize(*SIZES[size])
    for row, (label, _name) in enumerate(window.pages):
        window.show_page(row)
        settle(window)
        yield f"{size}-pagina-{label.lower()}", window
    page = window.thuiszitters_page
    window.show_page(4)
    page.tabs.setCurrentIndex(0)
    settle(window)
    yield f"{size}-thuiszitters-registreren", window
    case_ids = [r.case_id for r in window.context.records.case_rows()]
    for number in (2, 5):  # ready; a stalled step (escalation)
        window.open_case(case_ids[number - 1])
        for index, tab in enumerate(CASE_TABS):
            window.case_page.tabs.setCurrentIndex(index)
            settle(window)
            yield f"{size}-casus{number}-{tab}", window
    window.case_page.tabs.setCurrentIndex(0)
    window.case_page.open_step_editor(window.case_page.overview.view.current.info.id)
    settle(window)
    yield f"{size}-casus-bewijs", window
    window.case_page.host._back()


def open_demo_window(work: Path):
    from PySide6.QtWidgets import QApplication

    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile
    from ibdesk.ui import theme
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app)
    store, _key = create_profile(work / "profile")
    fill_demo(store, pupils=30)
    window = MainWindow(Context.for_store(store))
    window.show()
    return window, store


def render_all(out: Path, work: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window, store = open_demo_window(work)
    saved = []
    try:
        for size in SIZES:
            for name, widget in shots(window, out, size):
                path = out / f"{len(saved) + 1:02d}-{name}.png"
                widget.grab().save(str(path))
                saved.append(path)
    finally:
        window.close()
        store.close()
    return saved


if __name__ == "__main__":
    sys.exit(run_script(sys.argv, "tests/journey/screenshots.py", render_all, confirm=False))
