"""A school of 2,000 and 10,000 pupils: every row of issue 10's table, each next to a
baseline measured in the same run (alternated, after a warm-up; min and median).

    .venv/bin/python bench/bench_scale.py [--sizes 2000,10000] [--backup-size 20000]
                                          [--runs 5] [--profiles DIR] [--skip ROW,...]

Rows (goal in brackets):
  start      process start to main window shown, key in keyring, vs a bare PySide6 window (<= 2x, < 150 MiB);
             and to the Overzicht filled and painted (what the user waits for before working)
  cases      `ibdesk cases` process vs `python -c "import sqlalchemy"` (<= 1.5x)
  pupils     Leerlingen filled and painted (< 200 ms); baseline: the same rows by one plain SELECT
  search     each keystroke in the pupil search (< 50 ms); baseline: one `in` pass over the names
  caselist   Casussen filled and painted, 25,000 rows at 10,000 pupils (< 300 ms); baseline: plain SELECT
  overview   Overzicht refreshed and painted (< 300 ms); baseline: plain SELECT of the open cases;
             as the user returns to it unchanged, after one case's step was saved (that case is
             recounted) and after an organisation was saved (every case is recounted: as at start-up)
  opp        OPP form built and shown (painted once) vs a bare 72-field form (<= 2x); and until the rows
             below the first screen are built too (they follow the first paint)
  unlock     opening the profile as the app does before its window (< 0.5 s); baseline: one keyed query
  kdf        passphrase derivations per GUI unlock (1) and a CLI call's memory with a passphrase
  backup     `ibdesk backup` peak memory at --backup-size pupils (< 100 MiB), vs `ibdesk --version`
  memory     GUI memory after repeated navigation (flat): resident MiB after round 1 and round 20

Profiles are fictional demo schools kept in --profiles (made on first use: ~1 min per
10,000 pupils). CPU-bound rows report wall milliseconds on this shared machine: quote the
medians and the ratios, not single runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_startup  # noqa: E402
from benchlib import Pair, alternate, alternate_processes, demo_profile, print_process_pair, python, use_test_keyring  # noqa: E402

ROWS = ("start", "cases", "pupils", "search", "caselist", "overview", "opp", "unlock", "kdf", "backup", "memory")
PASSPHRASE = "benchmark wachtwoordzin"


# -- the GUI pages, in process -----------------------------------------------------------------
class Gui:
    """One main window on a profile, as the app builds it; pages are measured as the user sees them."""

    def __init__(self, home: Path):
        from ibdesk.app import make_application
        from ibdesk.services import profile as profile_service
        from ibdesk.ui.main_window import MainWindow
        from ibdesk.ui.pages.base import Context

        self.app = make_application([])
        self.store = profile_service.open_with_keyring(home)
        self.window = MainWindow(Context.for_store(self.store))
        self.window.resize(1366, 768)
        self.window.show()
        self.settle()

    def settle(self) -> None:
        self.window.grab()  # layout and the paint the user waits for (idle work comes after, untimed)

    def idle(self) -> None:
        self.app.processEvents()

    def settle_list(self, page) -> None:
        """A keystroke repaints the list and its count, not the whole window."""
        self.app.processEvents()
        page.table.viewport().repaint()
        page.count.repaint()

    def raw_sql(self, sql: str, params: tuple = ()) -> None:
        with self.store.session() as s:
            s.connection().connection.dbapi_connection.execute(sql, params).fetchall()

    def close(self) -> None:
        self.window.close()
        self.store.close()


def page_rows(gui: Gui, pupils: int, runs: int, wanted: set[str]) -> None:
    from ibdesk.services import lists, overview_sql

    w = gui.window
    if "pupils" in wanted:
        w.show_page(1)
        pair = alternate(
            lambda: (w.pupils_page.refresh(), gui.settle()),
            lambda: gui.raw_sql(lists.PUPIL_LIST_SQL),
            runs,
            idle=gui.idle,
        )
        print(pair.row(f"Leerlingen filled + painted, {pupils}", goal="(goal < 200 ms)"))
    if "search" in wanted:
        search_row(gui, pupils, runs)
    if "caselist" in wanted:
        w.show_page(2)
        cases = w.cases_page.model.rowCount()
        pair = alternate(
            lambda: (w.cases_page.refresh(), gui.settle()),
            lambda: gui.raw_sql(*lists.case_rows_query()),
            runs,
            idle=gui.idle,
        )
        print(pair.row(f"Casussen filled + painted, {cases} cases", goal="(goal < 300 ms)"))
    if "overview" in wanted:
        w.show_page(0)
        items = w.overview_page.model.rowCount()
        pair = alternate(
            lambda: (w.overview_page.refresh(), gui.settle()),
            lambda: gui.raw_sql(overview_sql.OPEN_CASES, ("gesloten",)),
            runs,
            idle=gui.idle,
        )
        print(pair.row(f"Overzicht refreshed + painted, {pupils} ({items} rows)", goal="(goal < 300 ms)"))

        def step_saved() -> None:  # one case's work saved (a step row written): that case is recounted
            with gui.store.session() as s:
                s.connection().exec_driver_sql(
                    "UPDATE step_progress SET started_on = started_on WHERE id = (SELECT max(id) FROM step_progress)"
                )
            gui.idle()

        def organisation_saved() -> None:  # escalation contacts come from the organisations: every case recounted
            with gui.store.session() as s:
                s.connection().exec_driver_sql(
                    "UPDATE organisations SET name = name WHERE id = (SELECT min(id) FROM organisations)"
                )
            gui.idle()

        for idle, what in (
            (step_saved, "after one case's step saved"),
            (organisation_saved, "after an organisation saved"),
        ):
            pair = alternate(
                lambda: (w.overview_page.refresh(), gui.settle()),
                lambda: gui.raw_sql(overview_sql.OPEN_CASES, ("gesloten",)),
                runs,
                idle=idle,
            )
            print(pair.row(f"Overzicht {what}, {pupils}", goal="(goal < 300 ms)"))


def search_row(gui: Gui, pupils: int, runs: int) -> None:
    """Typing 'mulder p' one key at a time, then clearing it; every keystroke is one sample."""
    from ibdesk.ui.models import fold

    w = gui.window
    w.show_page(1)
    page = w.pupils_page
    names = [fold(p.full_name) for p in page.model.rows]
    typed = "mulder p"
    keys, scans = [], []
    for _ in range(runs):
        page.search.clear()
        gui.settle()
        gui.idle()
        for end in list(range(1, len(typed) + 1)) + list(range(len(typed) - 1, -1, -1)):
            start = time.perf_counter()
            page.search.setText(typed[:end])
            gui.settle_list(page)
            keys.append(time.perf_counter() - start)
            word = typed[:end].split()[0] if typed[:end].strip() else ""
            start = time.perf_counter()
            [n for n in names if word in n]
            scans.append(time.perf_counter() - start)
    pair = Pair(keys, scans)
    print(pair.row(f"pupil search, per keystroke, {pupils}", goal="(goal < 50 ms)"))
    print(f"{'':<46} worst keystroke {max(keys) * 1000:.1f} ms over {len(keys)} keystrokes")


def opp_row(runs: int) -> None:
    import bench_forms

    from ibdesk.app import make_application
    from ibdesk.forms import load_catalog
    from ibdesk.ui.forms import FormView

    make_application([])  # with the app's theme, as the user sees it
    opp = load_catalog(bench_forms.FORMS).latest("opp")
    fields = sum(1 for f in opp.iter_fields() if f.type != "info")
    people = bench_forms.PEOPLE

    for until, what in (("shown", "built + shown"), ("idle", "+ rows below 1st screen")):

        def form(until=until):
            bench_forms.show_and_close(
                lambda: FormView(opp, choices_provider=lambda f: people, defer_rows=True), until
            )()

        def bare(until=until):
            bench_forms.show_and_close(lambda: bench_forms.line_edits(fields), until)()

        print(
            alternate(form, bare, runs).row(
                f"OPP {what} vs {fields} QLineEdits", goal="(goal <= 2x)" if until == "shown" else ""
            )
        )


# -- the store rows --------------------------------------------------------------------------------
def unlock_row(home: Path, pupils: int, runs: int) -> None:
    from ibdesk.paths import ProfilePaths
    from ibdesk.services import profile as profile_service
    from ibdesk.store import keyring_access
    from ibdesk.store.engine import connect
    from ibdesk.store.keys import KeyFile

    paths = ProfilePaths(home)
    key = keyring_access.load_key(KeyFile.load(paths.keyfile).profile_id)

    def app_open():
        profile_service.open_with_keyring(home).close()

    def bare():
        conn = connect(paths.database, key, check=True)
        conn.close()

    print(alternate(app_open, bare, runs).row(f"unlock as the GUI does, {pupils}", goal="(goal < 500 ms)"))


def kdf_row(home: Path, pupils: int, runs: int) -> None:
    """How often the GUI derives the passphrase key to unlock once, and what a CLI call costs."""
    from ibdesk.services import profile as profile_service
    from ibdesk.store import keys, opening, profile

    store = opening.open_profile(home)
    try:
        if not store.keyfile.has_passphrase():
            profile.set_passphrase(store, PASSPHRASE)
    finally:
        store.close()
    derived = [0]
    real = keys.Scrypt

    class Counting:
        def __init__(self, *args, **kwargs):
            self._inner = real(*args, **kwargs)

        def derive(self, data: bytes) -> bytes:
            derived[0] += 1
            return self._inner.derive(data)

    keys.Scrypt = Counting
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no keyring: the passphrase path
    import keyring
    import keyring.core

    keyring.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    try:
        profile_service.unlock(home, passphrase=PASSPHRASE).close()
        print(f"{'passphrase derivations for one GUI unlock, ' + str(pupils):<46} {derived[0]} (goal 1)")
        env = {**os.environ, "IBDESK_PASSPHRASE": PASSPHRASE}
        with_passphrase = [python(), "-m", "ibdesk", "--home", str(home), "cases"]
        baseline = [python(), "-m", "ibdesk", "--version"]
        print_process_pair(
            f"`ibdesk cases` by passphrase, {pupils}",
            alternate_processes(with_passphrase, baseline, env, max(3, runs // 2)),
        )
    finally:
        keys.Scrypt = real
        os.environ["PYTHON_KEYRING_BACKEND"] = "support.file_keyring.FileKeyring"
        keyring.set_keyring(keyring.core.load_keyring("support.file_keyring.FileKeyring"))


def backup_row(home: Path, pupils: int, runs: int) -> None:
    out = Path(tempfile.mkdtemp(prefix="ibdesk-bench-backup-")) / "school.ibbak"
    command = [
        python(),
        "-m",
        "ibdesk",
        "--home",
        str(home),
        "backup",
        "--out",
        str(out),
        "--force",
    ]  # every run writes
    pair = alternate_processes(command, [python(), "-m", "ibdesk", "--version"], dict(os.environ), max(3, runs // 2))
    print_process_pair(
        f"`ibdesk backup`, {pupils} ({home.joinpath('ibdesk.db').stat().st_size >> 20} MiB db)", pair, goal_mib=100
    )
    out.unlink(missing_ok=True)


def memory_row(home: Path, pupils: int) -> None:
    """A fresh process opens the main window and walks every page 20 times (50+ switches)."""
    result = subprocess.run(
        [python(), str(Path(__file__).resolve()), "--child-memory", str(home)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
    )
    line = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else f"failed ({result.returncode})"
    print(f"{'GUI memory after navigation, ' + str(pupils):<46} {line}   (goal: flat)")


def child_memory(home: str) -> int:
    gui = Gui(Path(home))
    w = gui.window
    rounds, after = 20, []
    for _ in range(rounds):
        for row in range(w.nav.count()):
            w.show_page(row)
            gui.settle()
        after.append(_resident_mib())
    print(
        f"resident {after[0]:.0f} MiB after round 1, {after[4]:.0f} after 5, {after[-1]:.0f} after {rounds} "
        f"(x{after[-1] / after[0]:.2f}; {rounds * w.nav.count()} page switches)"
    )
    gui.close()
    return 0


def _resident_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# -- main ------------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--backup-size", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profiles", type=Path, help="folder that keeps the demo profiles between runs")
    parser.add_argument("--skip", default="", help="rows to leave out, e.g. backup,kdf")
    parser.add_argument("--child-memory", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_memory:
        return child_memory(args.child_memory)
    folder = args.profiles or Path(tempfile.mkdtemp(prefix="ibdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    use_test_keyring(folder)
    wanted = set(ROWS) - set(filter(None, args.skip.split(",")))
    print(f"rows: {', '.join(r for r in ROWS if r in wanted)}; {args.runs} runs per side, alternated")
    if "opp" in wanted:
        opp_row(args.runs)
    for pupils in [int(n) for n in args.sizes.split(",") if n]:
        home = demo_profile(folder, pupils)
        print(f"--- {pupils} pupils ---", flush=True)
        if "start" in wanted or "cases" in wanted:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            if "start" in wanted:
                gui, bare = bench_startup.gui_commands(home)
                print_process_pair(
                    f"main window shown, {pupils}",
                    alternate_processes(gui, bare, env, args.runs),
                    bench_startup.GUI_GOAL,
                    bench_startup.GUI_MIB,
                )
                filled, bare = bench_startup.gui_commands(home, filled=True)
                print_process_pair(f"Overzicht filled, {pupils}", alternate_processes(filled, bare, env, args.runs))
            if "cases" in wanted:
                cases, baseline = bench_startup.cli_commands(home)
                print_process_pair(
                    f"`ibdesk cases`, {pupils}",
                    alternate_processes(cases, baseline, env, args.runs),
                    bench_startup.CLI_GOAL,
                )
        if wanted & {"pupils", "search", "caselist", "overview"}:
            gui = Gui(home)
            page_rows(gui, pupils, args.runs, wanted)
            gui.close()
        if "unlock" in wanted:
            unlock_row(home, pupils, args.runs)
        if "memory" in wanted:
            memory_row(home, pupils)
        if "kdf" in wanted:
            kdf_row(home, pupils, args.runs)
    if "backup" in wanted:
        home = demo_profile(folder, args.backup_size)
        print(f"--- {args.backup_size} pupils ---", flush=True)
        backup_row(home, args.backup_size, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
