"""Form renderer and catalog timings (offscreen Qt, app theme applied as in the real app).

    .venv/bin/python bench/bench_forms.py [--runs 9]

Prints the median time to build, show and paint the OPP FormView once (target < 150 ms;
rows below the first screen are built after that paint, reported apart) next to a
baseline (an empty QWidget with as many plain QLineEdits as the OPP has fields), the
OPP with every condition switched on (all sections shown), and the time to load and
validate every definition in forms/ with load_catalog (target < 200 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ibdesk.forms import load_catalog
from ibdesk.ui.forms import FormView
from ibdesk.ui.theme import apply_theme

FORMS = Path(__file__).resolve().parents[1] / "forms"
OPP_TARGET_MS, CATALOG_TARGET_MS = 150, 200
PEOPLE = [(1, "Sanne de Vries"), (2, "Mohammed El Amrani")]

# switches every condition of the OPP on, so every section and most fields are built
OPP_ALL = {
    "afwijking_programma": True,
    "afwijkingen": ["eigen_leerlijn", "aangepast_rooster"],
    "jeugdhulp_in_plan": True,
    "jh_onder_schooltijd": True,
    "jh_betaald_door": ["gemeente"],
    "leerling_gehoord": True,
    "instemming": "gegeven",
    "instemming_wijze": "getekend_scherm",
    "laatste_evaluatie": "2025-01-10",
    "geregistreerd": True,
    "doelen": [{"stoplicht": "groen"}, {}],
}


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def show_and_close(make: Callable[[], QWidget], until: str = "shown") -> Callable[[], None]:
    """Build, show and paint once (`until="shown"`: what the user sees first), or also let the
    event loop finish what the form does after its first paint (`until="idle"`: rows below the
    first screen); closing is part of the run but costs both sides alike."""

    def run() -> None:
        widget = make()
        widget.resize(1000, 800)
        widget.show()
        widget.grab()  # layout and the first full paint
        if until == "idle":
            settle(widget)
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()

    return run


def settle(widget: QWidget) -> None:
    """Process events until a form has built every row it deferred (deferred.py)."""
    QApplication.processEvents()
    pending = getattr(getattr(widget, "_deferred", None), "pending", None)
    while pending:
        QApplication.processEvents()


def timed_show(make: Callable[[], QWidget], runs: int, until: str = "shown") -> float:
    """Median of build + show + first paint (and with until="idle" the work after it); closing is
    not counted."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        widget = make()
        widget.resize(1000, 800)
        widget.show()
        widget.grab()
        if until == "idle":
            settle(widget)
        times.append(time.perf_counter() - start)
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()
    return statistics.median(times) * 1000


def line_edits(count: int) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    for _ in range(count):
        layout.addWidget(QLineEdit())
    return widget


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-theme", action="store_true", help="plain Fusion, no style sheet")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not args.no_theme:
        apply_theme(app)

    catalog_ms = median_ms(lambda: load_catalog(FORMS), args.runs)
    catalog = load_catalog(FORMS)
    opp = catalog.latest("opp")
    fields = sum(1 for f in opp.iter_fields() if f.type != "info")

    def opp_view(answers=None) -> FormView:
        return FormView(opp, answers=answers, choices_provider=lambda f: PEOPLE, defer_rows=True)  # as the editor

    show_and_close(opp_view)()  # warm-up: imports, fonts, style
    show_and_close(lambda: line_edits(fields))()
    baseline = timed_show(lambda: line_edits(fields), args.runs)
    opp_ms = timed_show(opp_view, args.runs)
    opp_idle_ms = timed_show(opp_view, args.runs, until="idle")
    opp_whole_ms = timed_show(lambda: FormView(opp, choices_provider=lambda f: PEOPLE), args.runs)
    opp_all_ms = timed_show(lambda: opp_view(OPP_ALL), args.runs)

    theme = "no theme" if args.no_theme else "app theme"
    print(f"Qt offscreen, {theme}, median of {args.runs} runs")
    report(f"baseline: QWidget + {fields} plain QLineEdits, build+show", baseline)
    report("OPP v2 FormView, build+show (as opened)", opp_ms, OPP_TARGET_MS)
    report("OPP v2 FormView, also every row below the first screen", opp_idle_ms)
    report("OPP v2 FormView, every row built before the first paint", opp_whole_ms)
    report("OPP v2 FormView, every condition switched on", opp_all_ms)
    print(f"  {'OPP / baseline':<52}{opp_ms / baseline:8.1f} x")
    report(f"load_catalog + validate all {len(catalog)} definitions", catalog_ms, CATALOG_TARGET_MS)


def report(what: str, ms: float, target: float | None = None) -> None:
    verdict = f"   target < {target:.0f} ms: {'OK' if ms < target else 'TOO SLOW'}" if target else ""
    print(f"  {what:<52}{ms:8.1f} ms{verdict}")


if __name__ == "__main__":
    main()
