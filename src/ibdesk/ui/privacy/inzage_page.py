"""Inzage: everything ibdesk holds about one pupil, for the parents (or the pupil of 16+),
written to a folder the user chooses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import pupil_order
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.pickers import choice_combo, set_choices
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import styled_label

C = "privacy_inzage_page"  # the translation context of CONTENTS
CONTENTS = [
    QT_TRANSLATE_NOOP("privacy_inzage_page", "persoonsgegevens van de leerling en de ouders/verzorgers;"),
    QT_TRANSLATE_NOOP(
        "privacy_inzage_page",
        "casussen, stappen van de routekaart en alle opgeslagen formulieren (met de versie van het formulier);",
    ),
    QT_TRANSLATE_NOOP("privacy_inzage_page", "verzuim en vrijstellingen;"),
    QT_TRANSLATE_NOOP("privacy_inzage_page", "grondslagen en toestemming, zienswijzen van ouders;"),
    QT_TRANSLATE_NOOP(
        "privacy_inzage_page",
        "overleggen en actiepunten, het logboek van wat er gedeeld is, en wie wat heeft bekeken of gewijzigd.",
    ),
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
    folder = messages.ask_folder(
        parent, QCoreApplication.translate("privacy_inzage_page", "Map kiezen voor de inzage-export"), default_folder()
    )
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
            QCoreApplication.translate("privacy_inzage_page", "Inzage-export gemaakt"),
            QCoreApplication.translate(
                "privacy_inzage_page",
                "De export staat in:\n{files}\n\nGeef de bestanden veilig aan de ouders (niet per gewone e-mail).",
            ).format(files="\n".join(str(p) for p in written)),
        )
        if done is not None:
            done(written)

    return run_busy(
        write,
        finished,
        lambda exc: messages.show_error(
            parent,
            QCoreApplication.translate("privacy_inzage_page", "Inzage-export niet gemaakt"),
            messages.describe(exc, context.home),
        ),
        busy=busy,
        status=status,
        text=QCoreApplication.translate("privacy_inzage_page", "Bezig met de inzage-export…"),
        owner=parent,
    )


def pupil_choice(pupil) -> str:
    """'Name (group)' in the pupil list, with 'vertrokken' for a pupil who left the school."""
    if pupil.left_on:
        return QCoreApplication.translate("privacy_inzage_page", "{name} ({group}, vertrokken)").format(
            name=pupil.full_name, group=pupil.group
        )
    return f"{pupil.full_name} ({pupil.group})"


class InzagePage(Page):
    tr_context = "privacy_inzage_page"
    title = QT_TRANSLATE_NOOP("privacy_inzage_page", "Inzage")
    subtitle = QT_TRANSLATE_NOOP(
        "privacy_inzage_page", "Ouders (en leerlingen van 16+) mogen alles inzien wat de school over hen vastlegt."
    )
    back_requested = Signal()

    def __init__(self, context: Context):
        super().__init__(context)
        self.back_button = button(
            QCoreApplication.translate("privacy_inzage_page", "← Terug"),
            QCoreApplication.translate("privacy_inzage_page", "Terug naar Instellingen"),
            self.back_requested.emit,
        )
        self.body.insertLayout(0, row(self.back_button))
        frame, inner = panel(QCoreApplication.translate("privacy_inzage_page", "Inzage-export maken"))
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "privacy_inzage_page",
                    "Beantwoord een verzoek om inzage binnen ongeveer vier weken. De export bevat:",
                ),
                "body",
            )
        )
        contents = BulletList()
        contents.set_lines([translated(C, line) for line in CONTENTS])
        inner.addWidget(contents)
        self.pupil = choice_combo(
            QCoreApplication.translate("privacy_inzage_page", "Leerling voor de inzage-export"), 30
        )
        label = QLabel(QCoreApplication.translate("privacy_inzage_page", "Leerling:"))
        label.setBuddy(self.pupil)
        self.export_button = button(
            QCoreApplication.translate("privacy_inzage_page", "Inzage-export maken…"),
            QCoreApplication.translate("privacy_inzage_page", "Inzage-export maken"),
            self.export,
            primary=True,
        )
        inner.addLayout(row(label, self.pupil, self.export_button))
        self.format_note = styled_label("", "hint")
        inner.addWidget(self.format_note)
        self.busy_line = styled_label("", "hint")
        inner.addWidget(self.busy_line)
        self.result = styled_label("", "ok")
        self.result.setVisible(False)
        inner.addWidget(self.result)
        inner.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "privacy_inzage_page",
                    "Tip: bij Leerlingen maakt u de export ook met de rechtermuisknop op een leerling.",
                ),
                "caption",
            )
        )
        self.body.addWidget(frame)
        self.body.addStretch(1)

    def refresh(self) -> None:
        pupils = (
            messages.attempt(
                self,
                QCoreApplication.translate("privacy_inzage_page", "Inzage"),
                self.context.records.pupil_list,
                self.context.home,
            )
            or []
        )
        pupils.sort(key=pupil_order)
        set_choices(self.pupil, [(p.id, pupil_choice(p)) for p in pupils], keep=self.pupil.currentData())
        self.format_note.setText(
            QCoreApplication.translate(
                "privacy_inzage_page",
                "U krijgt een leesbare PDF, en dezelfde gegevens in een bestand dat een computer kan lezen (om ze "
                "bijvoorbeeld naar een andere school mee te nemen).\nTechnisch: een JSON-bestand.",
            )
        )

    def select(self, pupil_id: int) -> None:
        index = self.pupil.findData(pupil_id)
        if index >= 0:
            self.pupil.setCurrentIndex(index)

    def export(self) -> Task | None:
        """Start the export for the chosen pupil; the result line follows when it is written."""
        pupil_id = self.pupil.currentData()
        if pupil_id is None:
            messages.show_info(
                self,
                QCoreApplication.translate("privacy_inzage_page", "Inzage"),
                QCoreApplication.translate("privacy_inzage_page", "Kies eerst een leerling."),
            )
            return None
        self.result.setVisible(False)
        return export_inzage(
            self, self.context, pupil_id, self._written, busy=[self.export_button, self.pupil], status=self.busy_line
        )

    def _written(self, written: list[Path]) -> None:
        self.result.setText(
            QCoreApplication.translate("privacy_inzage_page", "Gemaakt: {files}").format(
                files=", ".join(p.name for p in written)
            )
        )
        self.result.setVisible(True)
