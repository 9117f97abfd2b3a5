"""Inzage: everything ibdesk holds about one pupil, for the parents (or the pupil of 16+),
written to a folder the user chooses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.models import pupil_order
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.pickers import choice_combo, set_choices
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import styled_label

CONTENTS = [
    "persoonsgegevens van de leerling en de ouders/verzorgers;",
    "casussen, stappen van de routekaart en alle opgeslagen formulieren (met de versie van het formulier);",
    "verzuim en vrijstellingen;",
    "grondslagen en toestemming, zienswijzen van ouders;",
    "overleggen en actiepunten, het logboek van wat er gedeeld is, en wie wat heeft bekeken of gewijzigd.",
]


def default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def export_inzage(
    parent: QWidget,
    context: Context,
    pupil_id: int,
    done: Callable[[list[Path]], None] | None = None,
    busy: Sequence[QWidget] = (),
    status: QLabel | None = None,
) -> Task | None:
    """Ask for a folder, then write the inzage export (the signed PDF and the same data as JSON) off the
    UI thread; the Task's value is the list of files written. None when the user cancelled."""
    folder = messages.ask_folder(parent, "Map kiezen voor de inzage-export", default_folder())
    if folder is None:
        return None
    services = context.services

    def write(report) -> list[Path]:
        from ibdesk.services.export_documents import export_inzage_pdf  # the PDF stack loads when first needed

        report(0, 2)
        written = [services.inzage.write_json(pupil_id, folder)]
        report(1, 2)
        written.append(export_inzage_pdf(services, pupil_id, folder))
        return written

    def finished(written: list[Path]) -> None:
        messages.show_info(
            parent,
            "Inzage-export gemaakt",
            "De export staat in:\n"
            + "\n".join(str(p) for p in written)
            + "\n\nGeef de bestanden veilig aan de ouders (niet per gewone e-mail).",
        )
        if done is not None:
            done(written)

    return run_busy(
        write,
        finished,
        lambda exc: messages.show_error(parent, "Inzage-export niet gemaakt", messages.describe(exc, context.home)),
        busy=busy,
        status=status,
        text="Bezig met de inzage-export…",
        owner=parent,
    )


class InzagePage(Page):
    title = "Inzage"
    subtitle = "Ouders (en leerlingen van 16+) mogen alles inzien wat de school over hen vastlegt."
    back_requested = Signal()

    def __init__(self, context: Context):
        super().__init__(context)
        self.back_button = button("← Terug", "Terug naar Instellingen", self.back_requested.emit)
        self.body.insertLayout(0, row(self.back_button))
        frame, inner = panel("Inzage-export maken")
        inner.addWidget(
            styled_label("Beantwoord een verzoek om inzage binnen ongeveer vier weken. De export bevat:", "body")
        )
        contents = BulletList()
        contents.set_lines(CONTENTS)
        inner.addWidget(contents)
        self.pupil = choice_combo("Leerling voor de inzage-export", 30)
        label = QLabel("Leerling:")
        label.setBuddy(self.pupil)
        self.export_button = button("Inzage-export maken…", "Inzage-export maken", self.export, primary=True)
        inner.addLayout(row(label, self.pupil, self.export_button))
        self.format_note = styled_label("", "hint")
        inner.addWidget(self.format_note)
        self.busy_line = styled_label("", "hint")
        inner.addWidget(self.busy_line)
        self.result = styled_label("", "ok")
        self.result.setVisible(False)
        inner.addWidget(self.result)
        inner.addWidget(
            styled_label("Tip: bij Leerlingen maakt u de export ook met de rechtermuisknop op een leerling.", "caption")
        )
        self.body.addWidget(frame)
        self.body.addStretch(1)

    def refresh(self) -> None:
        pupils = messages.attempt(self, "Inzage", self.context.records.pupil_list, self.context.home) or []
        pupils.sort(key=pupil_order)
        set_choices(
            self.pupil,
            [(p.id, f"{p.full_name} ({p.group}{', vertrokken' if p.left_on else ''})") for p in pupils],
            keep=self.pupil.currentData(),
        )
        self.format_note.setText(
            "U krijgt een leesbare PDF, en dezelfde gegevens in een bestand dat een computer kan lezen (om ze "
            "bijvoorbeeld naar een andere school mee te nemen).\nTechnisch: een JSON-bestand."
        )

    def select(self, pupil_id: int) -> None:
        index = self.pupil.findData(pupil_id)
        if index >= 0:
            self.pupil.setCurrentIndex(index)

    def export(self) -> Task | None:
        """Start the export for the chosen pupil; the result line follows when it is written."""
        pupil_id = self.pupil.currentData()
        if pupil_id is None:
            messages.show_info(self, "Inzage", "Kies eerst een leerling.")
            return None
        self.result.setVisible(False)
        return export_inzage(
            self, self.context, pupil_id, self._written, busy=[self.export_button, self.pupil], status=self.busy_line
        )

    def _written(self, written: list[Path]) -> None:
        self.result.setText("Gemaakt: " + ", ".join(p.name for p in written))
        self.result.setVisible(True)
