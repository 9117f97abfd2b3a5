"""Render Leerlingen → Importeren… from an empty profile: the EDEX preview of a first import
and of a new school year (changes, pupils who left, problems), a damaged file, the CSV
column mapping — each at 1366x768 and at the main window's minimum size (900x600).

    .venv/bin/python tests/ui/app/pupil_import_screenshots.py OUTDIR

`render_all` is also run by tests/ui/app/test_ui_pupil_import.py so this script cannot rot.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
from support.screens import run_script  # noqa: E402

SIZES = {"1366": (1366, 768), "900": (900, 600)}


def render_all(out: Path, work: Path) -> list[Path]:
    from support.exports import Kid, edex, magister_csv, renamed, school

    from ibdesk.app import make_application
    from ibdesk.domain.model import School
    from ibdesk.services import profile
    from ibdesk.services.pupil_import import PupilImportService
    from ibdesk.ui.pages.pupil_import import PupilImportDialog

    app = make_application([])
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def settle(dialog) -> None:
        dialog.task.wait(30)
        for _ in range(6):
            app.processEvents()

    def shoot(dialog, name: str) -> None:
        for label, size in SIZES.items():
            dialog.resize(*size)
            settle(dialog)
            saved.append(out / f"{len(saved) + 1:02d}-{name}-{label}.png")
            dialog.grab().save(str(saved[-1]))

    store, _ = profile.create_profile(work / "import-profile", School("OBS De Linde (fictief)", "Renkum", "99ZZ"), None)
    try:
        service = PupilImportService(store)
        kids = school(40)
        export = work / "leerlingen.xml"
        export.write_text(edex(kids), encoding="utf-8")
        dialog = PupilImportDialog(service, export)
        dialog.show()
        shoot(dialog, "edex-eerste-import")
        dialog.import_now()
        settle(dialog)
        shoot(dialog, "edex-klaar")
        dialog.close()
        year = [renamed(k, groep="g6") if k.groep == "g5" else k for k in kids[3:]]
        year[0] = renamed(year[0], achternaam="Wit-Jansen")
        year.append(Kid("9999", "Nova", "Brink", geboortedatum="2011-02-30"))
        export.write_text(edex(year), encoding="utf-8")
        dialog = PupilImportDialog(service, export)
        dialog.show()
        settle(dialog)
        dialog.plan_view.tabs.setCurrentIndex(1)
        shoot(dialog, "edex-nieuw-schooljaar-wijzigingen")
        dialog.plan_view.tabs.setCurrentIndex(2)
        dialog.plan_view.set_leaving(0)
        shoot(dialog, "edex-nieuw-schooljaar-vertrokken")
        dialog.plan_view.tabs.setCurrentIndex(3)
        shoot(dialog, "edex-nieuw-schooljaar-problemen")
        dialog.close()
        export.write_text(edex(kids)[:900], encoding="utf-8")
        dialog = PupilImportDialog(service, export)
        dialog.show()
        shoot(dialog, "edex-beschadigd")
        dialog.close()
        csv = work / "magister.csv"
        csv.write_bytes(magister_csv(kids))
        dialog = PupilImportDialog(service, csv)
        dialog.show()
        shoot(dialog, "csv-kolommen")
        dialog.close()
    finally:
        store.close()
    return saved


if __name__ == "__main__":
    sys.exit(run_script(sys.argv, "tests/ui/app/pupil_import_screenshots.py", render_all))
