"""Render forms offscreen to PNG for a visual check.

    .venv/bin/python tests/ui/forms/screenshots.py OUTDIR

Writes the OPP (empty and partly filled with all messages shown), the consent form
(toestemming, with the signature pads), the MDO report, one routekaart step and the
read-only OPP version 1, plus the editor around a form (viewport only) — about 1000 px wide, at
full height, with the app theme.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from ibdesk.services.forms import load_forms
from ibdesk.ui.forms import FormEditor, FormView
from ibdesk.ui.theme import apply_theme

WIDTH = 1000
TODAY = date(2025, 3, 14)

PEOPLE = {
    "person": [
        (1, "Sanne de Vries (ib'er)"),
        (2, "Mohammed El Amrani (leerkracht groep 7)"),
        (3, "Fatma Yıldız (moeder)"),
        (4, "Joost Bakker (vader)"),
    ],
    "organisation": [(10, "SWV PassendWijs"), (11, "Sociaal Team Renkum"), (12, "Jeugdhulp Oost BV")],
}

OPP_FILLED = {
    "aanleiding": "nieuw",
    "startdatum_ondersteuning": "2025-02-03",
    "datum_opgesteld": "2025-03-14",
    "einddatum_ondersteuning": "2025-01-01",
    "opgesteld_door": 1,
    "onderwijsbehoeften": "Korte instructie in een klein groepje; extra oefentijd bij rekenen.",
    "afwijking_programma": True,
    "afwijkingen": ["eigen_leerlijn", "aangepast_rooster"],
    "jeugdhulp_in_plan": True,
    "jh_onder_schooltijd": True,
    "jh_betaald_door": ["gemeente"],
    "doelen": [
        {"doel": "Leest AVI E4 vlot", "domein": "taal_lezen", "stoplicht": "oranje"},
        {"doel": "Werkt 15 minuten zelfstandig", "domein": "werkhouding"},
    ],
    "handtekening_ouder": "strokes:[[[40,700],[90,420],[150,650],[210,380],[260,690],[330,450],"
    "[420,600],[520,520],[640,560]],[[700,400],[760,700]]]",
}


def choices(field) -> list:
    return PEOPLE.get(field.type, [])


def grab(view: QWidget, path: Path) -> None:
    view.resize(WIDTH, 800)
    view.show()
    QApplication.processEvents()
    layout = view.layout()
    height = layout.totalHeightForWidth(WIDTH) if layout.hasHeightForWidth() else view.sizeHint().height()
    view.resize(WIDTH, height)
    QApplication.processEvents()
    view.grab().save(str(path))
    print(f"{path}  {view.width()}×{view.height()}")
    view.close()


def make(definition, answers=None, step_id=None, read_only=False, show_errors=False) -> FormView:
    view = FormView(
        definition,
        step_id=step_id,
        answers=answers,
        read_only=read_only,
        choices_provider=choices,
        today=lambda: TODAY,
        scroll=False,
    )
    if show_errors:
        view.show_all_errors()
    return view


class _NoStore:
    """Just enough of FormService for a picture of the editor (nothing is stored)."""

    def today(self) -> date:
        return TODAY

    def draft(self, context: str):
        return None


def grab_editor(definition, path: Path) -> None:
    editor = FormEditor(_NoStore(), definition, pupil_id=1, choices_provider=choices)
    editor.resize(WIDTH, 700)
    editor.show()
    editor.view.show_all_errors()
    QApplication.processEvents()
    editor._set_status(
        "Niet opgeslagen: 3 velden zijn nog niet (goed) ingevuld. Uw invoer is tussentijds bewaard.", error=True
    )
    QApplication.processEvents()
    editor.grab().save(str(path))
    print(f"{path}  {editor.width()}×{editor.height()}")
    editor.close()


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    out.mkdir(parents=True, exist_ok=True)
    catalog = load_forms()
    opp = catalog.latest("opp")
    grab(make(opp), out / "opp.png")
    grab(make(opp, OPP_FILLED, show_errors=True), out / "opp-ingevuld-met-meldingen.png")
    consent = catalog.latest("toestemming")
    grab(
        make(
            consent,
            {
                "grondslag": "toestemming",
                "gegeven_door": "leerling_en_ouders",
                "beslissing": "gegeven",
                "wijze": "getekend_scherm",
                "datum": "2025-03-14",
            },
        ),
        out / "toestemming.png",
    )
    grab(make(catalog.latest("mdo-verslag")), out / "mdo-verslag.png")
    grab(make(catalog.latest("routekaart-po"), step_id="signalering"), out / "routekaart-po-signalering.png")
    grab(
        make(
            catalog.get("opp", 1),
            {"startdatum_ondersteuning": "2024-09-02", "opgesteld_door": 2, "uitstroomperspectief": "vmbo_kb"},
            read_only=True,
        ),
        out / "opp-v1-alleen-lezen.png",
    )
    grab_editor(catalog.latest("verzuim"), out / "editor-verzuim.png")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
