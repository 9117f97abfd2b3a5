"""Render the guidance screens offscreen with the fictional demo school and save PNGs.

    .venv/bin/python tests/ui/pages/screenshots.py OUTDIR

Overzicht, Casussen, a case in every state (ready, not ready, stalled, grensverkeer, OPP,
verbal consent, consent of a 16+ pupil, withdrawn consent, forms, audit), the evidence, consent and
handover editors (new and prefilled, a concept), MDO (list, planning, preparation, outcome),
Thuiszitters (with an inline message), Bewaartermijnen, Inzage and Instellingen — 1200×800, with a temporary profile
and the test keyring. `render_all` also runs in tests/ui/pages/test_pages_screenshots.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
from support.screens import run_script  # noqa: E402

SIZE = (1200, 800)


class Shooter:
    def __init__(self, out: Path, window):
        from PySide6.QtWidgets import QApplication

        self.out, self.window = out, window
        self.app = QApplication.instance()
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str) -> Path:
        for _ in range(12):
            self.app.processEvents()
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)
        return path


def case_id_of(services, number: int) -> int:
    """The demo's n-th case (1-based): ids follow creation order."""
    return [r.case_id for r in services.records.case_rows()][number - 1]


def _case_shots(shoot: Shooter, w) -> None:
    from ibdesk.domain.route import StepState

    services = w.context.services
    page = w.case_page
    for number, name in (
        (2, "casus-klaar"),
        (3, "casus-niet-klaar"),
        (5, "casus-vastgelopen"),
        (9, "casus-grensverkeer"),
    ):
        w.open_case(case_id_of(services, number))
        shoot(name)
    current = page.timeline.card(page.overview.view.current.info.id)
    current.request(StepState.DONE)
    page.timeline.parentWidget().parentWidget().ensureWidgetVisible(current.error)
    shoot("casus-stap-geweigerd")
    w.open_case(case_id_of(services, 2))
    for tab, name in (
        (1, "casus-wie-is-aan-zet"),
        (2, "casus-opp"),
        (3, "casus-toestemming"),
        (4, "casus-zienswijze"),
        (5, "casus-formulieren"),
        (6, "casus-logboek"),
    ):
        page.tabs.setCurrentIndex(tab)
        shoot(name)
    w.open_case(case_id_of(services, 7))
    page.tabs.setCurrentIndex(2)
    shoot("casus-opp-evaluatie-verlopen")
    w.open_case(case_id_of(services, 10))
    page.tabs.setCurrentIndex(3)
    shoot("casus-toestemming-mondeling")
    w.open_case(case_id_of(services, 3))
    page.tabs.setCurrentIndex(3)
    shoot("casus-toestemming-ingetrokken")
    page.tabs.setCurrentIndex(0)
    page.open_step_editor(page.overview.view.current.info.id)
    shoot("casus-bewijs-invullen")
    page.host._back()
    page.open_consent_editor()
    editor = page.host.editor
    editor.view.scroll_area.verticalScrollBar().setValue(editor.view.scroll_area.verticalScrollBar().maximum() // 2)
    shoot("casus-toestemming-vastleggen")
    page.host._back()
    page.tabs.setCurrentIndex(1)
    page.open_responsibility_editor()
    shoot("casus-wie-is-aan-zet-formulier")
    page.host._back()
    page.open_handover("po-vo")  # new: prefilled from the OPP, with where from
    editor = page.host.editor
    editor.view.scroll_area.ensureWidgetVisible(editor.view.row("aanpak_die_werkte"))
    shoot("casus-overdracht-po-vo-nieuw")
    page.host._back()
    w.open_case(case_id_of(services, 10))
    page.open_handover("po-vo")  # a concept, reopened to finish
    shoot("casus-overdracht-po-vo-concept")
    for number, name in ((4, "casus-status-aangemeld"), (12, "casus-status-opvolging")):
        w.open_case(case_id_of(services, number))
        page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "Status"))
        shoot(name)
    page.open_status_form("opvolging")
    page.status_form.save()
    shoot("casus-status-besluit-fout")
    page.host._back()


def _mdo_shots(shoot: Shooter, w) -> None:
    w.show_page(3)
    page = w.mdo_page
    shoot("mdo")
    past = next(m for m in page.meetings if m.held_on < w.context.services.meetings.today())
    page.select_meeting(past.id)
    shoot("mdo-geweest")
    page.start_plan()
    page.plan_view.name.setText("MDO groep 5 (fictief)")
    page.plan_view.add_case(page.plan_view.picker.shown()[0].case_id)
    page.plan_view.plan()
    shoot("mdo-plannen-fout")
    page._planned(None)
    case_id = past.agenda[0][0]
    page.show_preparation(past.id, case_id)
    shoot("mdo-voorbereiding")
    page.open_outcome(past.id, case_id)
    shoot("mdo-uitkomst")
    page.host._back()


def _thuiszitters_shots(shoot: Shooter, w) -> None:
    w.show_page(4)
    page = w.thuiszitters_page
    shoot("thuiszitters")
    form = page.absence_form
    form.pupil.setCurrentIndex(3)
    form.first.setText("20-11-2026")
    form.last.setText("10-11-2026")
    form.register()
    shoot("thuiszitters-verzuim-fout")
    page.tabs.setCurrentIndex(1)
    page.exemption_form.register()
    shoot("thuiszitters-vrijstelling-fout")


def render_all(out: Path, work: Path) -> list[Path]:
    from ibdesk.app import make_application
    from ibdesk.services.demo import fill_demo
    from ibdesk.store.profile import create_profile
    from ibdesk.ui.main_window import MainWindow
    from ibdesk.ui.pages.base import Context

    make_application([])
    store, _ = create_profile(work / "pages-demo-profile", None)
    try:
        fill_demo(store, pupils=30)
        w = MainWindow(Context.for_store(store))
        w.resize(*SIZE)
        w.show()
        shoot = Shooter(out, w)
        w.show_page(0)
        shoot("overzicht")
        w.show_page(2)
        w.cases_page.start_new()
        shoot("casussen-nieuw")
        w.cases_page.show_new_panel(False)
        _case_shots(shoot, w)
        _mdo_shots(shoot, w)
        _thuiszitters_shots(shoot, w)
        w.show_page(6)
        shoot("instellingen-privacy")
        w.open_retention()
        shoot("bewaartermijnen")
        w.open_inzage()
        shoot("inzage")
        w.close()
        return shoot.saved
    finally:
        store.close()


def main(argv: list[str]) -> int:
    return run_script(argv, "tests/ui/pages/screenshots.py", render_all, confirm=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
