"""The start page and a case page with 2,000 pupils and 5,000 cases.

    .venv/bin/python bench/bench_guidance.py [--pupils 2000]

Targets (issue 4): computing the overview under 200 ms; a case page under 100 ms
(its data here; bench_case_page in the same run renders the Qt page when available).
Baseline in the same run: one plain `SELECT` of all open cases with their pupils, so
the ratio shows what the rules cost on top of reading the rows.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import timed, use_test_keyring  # noqa: E402
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ibdesk.services.container import Services  # noqa: E402
from ibdesk.services.demo import fill_demo  # noqa: E402
from ibdesk.store.profile import create_profile  # noqa: E402


def baseline(services: Services) -> None:
    services.records.case_rows()


def case_page_ms(services: Services, case_id: int) -> float | None:
    try:
        from PySide6.QtWidgets import QApplication

        from ibdesk.ui.pages.base import Context
        from ibdesk.ui.pages.case_page import CasePage
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    context = Context(services)

    def show() -> None:
        page = CasePage(context)
        page.open_case(case_id)
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()

    show()  # warm-up: styles, fonts
    return timed(show) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ibdesk-bench-") as tmp:
        use_test_keyring(Path(tmp))
        store, _ = create_profile(Path(tmp) / "profile")
        counts = fill_demo(store, pupils=args.pupils)
        services = Services.build(store)
        base = timed(lambda: baseline(services))
        overview = timed(services.attention.compute)
        case = timed(lambda: services.guidance.overview(2), repeat=20)
        print(f"{counts['pupils']} pupils, {counts['cases']} cases")
        print(f"baseline: list all cases with pupils   {base * 1000:8.1f} ms")
        print(f"overview (attention list)               {overview * 1000:8.1f} ms   ratio {overview / base:5.1f}x"
              "   (target < 200 ms)")
        print(f"case page data (guidance.overview)      {case * 1000:8.1f} ms   (target < 100 ms for the page)")
        page = case_page_ms(services, 2)
        if page is not None:
            print(f"case page built and shown (Qt)          {page:8.1f} ms   (target < 100 ms)")
        store.close()


if __name__ == "__main__":
    main()
