"""Start-up as whole processes, each against a baseline run alternately in the same call.

    .venv/bin/python bench/bench_startup.py [--pupils 2000] [--runs 7] [--profiles DIR]

* the desktop app from process start to its main window shown (key in the keyring),
  against a bare PySide6 process that shows an empty QMainWindow (goal <= 2x, < 150 MiB):
  the window's first paint, with "laden…" where the Overzicht comes;
* the same process until the Overzicht is filled and painted (the profile opened, the
  attention list computed): what the user waits for before working;
* `ibdesk cases` (the whole listing printed), against `python -c "import sqlalchemy"`
  (goal <= 2x, issue 14).

ibdesk's modules are byte-compiled first, as pip does when it installs a package: the
baselines' modules (PySide6, SQLAlchemy) come compiled from their wheels, and a checkout run
with PYTHONDONTWRITEBYTECODE would otherwise compile every ibdesk module in every start.

CPU seconds (user + system) and peak memory come from the operating system (wait4) for
each finished process; min and median per side, the ratio is the median of per-pair
ratios. Profiles are demo schools kept in --profiles (made on the first run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import alternate_processes, demo_profile, print_process_pair, python, use_test_keyring

THIS = Path(__file__).resolve()
GUI_GOAL, GUI_MIB, CLI_GOAL = 2.0, 150, 2.0


def child_gui(home: str, filled: bool = False) -> int:
    """What `ibdesk` does, then quit as soon as the main window has been painted once (`filled`:
    once the profile is open and the Overzicht is filled and painted)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from ibdesk import app as desktop

    name = "open_main" if filled else "launch"
    real = getattr(desktop.AppController, name)

    def then_quit(self, *args):
        window = real(self, *args)
        QTimer.singleShot(0, lambda: _painted_then_quit(window, filled))
        return window

    setattr(desktop.AppController, name, then_quit)
    return desktop.run_gui(Path(home))


def _painted_then_quit(window, filled: bool) -> None:
    from PySide6.QtWidgets import QApplication

    if window is None or type(window).__name__ != "MainWindow":  # unlock screen or error: not a valid run
        QApplication.instance().exit(3)
        return
    if filled and window.context is None:
        QApplication.instance().exit(4)
        return
    window.grab()  # the first full paint of the window
    QApplication.instance().quit()


def child_bare() -> int:
    """The baseline: a bare PySide6 process showing an empty main window, painted once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()

    def done() -> None:
        window.grab()
        app.quit()

    QTimer.singleShot(0, done)
    return app.exec()


def gui_commands(home: Path, filled: bool = False) -> tuple[list[str], list[str]]:
    return (
        [python(), str(THIS), "--child", "filled" if filled else "gui", str(home)],
        [python(), str(THIS), "--child", "bare"],
    )


def cli_commands(home: Path) -> tuple[list[str], list[str]]:
    return [python(), "-m", "ibdesk", "--home", str(home), "cases"], [python(), "-c", "import sqlalchemy"]


def byte_compile() -> None:
    """Compile ibdesk (and the test keyring the children use) as an install would (see above)."""
    import compileall

    import ibdesk

    for folder in (Path(ibdesk.__file__).parent, THIS.parents[1] / "tests" / "support"):
        compileall.compile_dir(folder, quiet=1)


def measure(home: Path, pupils: int, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    gui, bare = gui_commands(home)
    print_process_pair(
        f"main window shown, {pupils} pupils", alternate_processes(gui, bare, env, runs), GUI_GOAL, GUI_MIB
    )
    filled, bare = gui_commands(home, filled=True)
    print_process_pair(f"Overzicht filled, {pupils} pupils", alternate_processes(filled, bare, env, runs))
    cases, baseline = cli_commands(home)
    print_process_pair(f"`ibdesk cases`, {pupils} pupils", alternate_processes(cases, baseline, env, runs), CLI_GOAL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profiles", type=Path, help="folder that keeps the demo profiles between runs")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "bare":
            return child_bare()
        return child_gui(args.child[1], filled=args.child[0] == "filled")
    folder = args.profiles or Path(tempfile.mkdtemp(prefix="ibdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    use_test_keyring(folder)
    byte_compile()
    print('baselines: a bare PySide6 QMainWindow process; `python -c "import sqlalchemy"`')
    measure(demo_profile(folder, args.pupils), args.pupils, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
