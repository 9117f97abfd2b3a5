"""Leerlingen → Importeren…: pupils from the school's administration (EDEX or CSV).

Steps: (CSV only) which column holds what, remembered per school → the preview (new pupils,
changes field by field, pupils no longer in the export to tick as left, problems per row) →
Importeren writes everything in one transaction. Reading, comparing and writing run off the
UI thread (ui/tasks.py) with a progress bar; nothing is written before Importeren.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from ibdesk.importing import csvfile
from ibdesk.importing.model import FileRejected
from ibdesk.services.pupil_import import ImportResult, PupilImportService
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.pages.pupil_import_parts import MappingStep, PlanView
from ibdesk.ui.tasks import Cancelled, Task
from ibdesk.ui.widgets import PageHeader, named, styled_label


def file_filter() -> str:
    return QCoreApplication.translate(
        "pupil_import",
        "Export uit de leerlingadministratie (*.xml *.csv *.txt);;EDEX (*.xml);;CSV (*.csv *.txt);;Alle bestanden (*)",
    )


MAPPING, PREVIEW, DONE, NOTHING = 0, 1, 2, 3


def kind_of(path: Path) -> str:
    """'edex' or 'csv', by the file's name, else by its first bytes (read, never copied)."""
    suffix = path.suffix.lower()
    if suffix in (".xml", ".edex", ".edexml"):
        return "edex"
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    try:
        with path.open("rb") as handle:
            head = handle.read(64).lstrip(b"\xef\xbb\xbf \r\n\t")
    except OSError:
        return "edex"  # reading it properly reports the problem
    return "edex" if head.startswith(b"<") else "csv"


class PupilImportDialog(QDialog):
    """`imported(result)` after a successful import; `result` holds it (None otherwise)."""

    imported = Signal(object)

    def __init__(
        self, service: PupilImportService, path: Path, home: Path | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.service, self.path, self.home = service, path, home
        self.kind = kind_of(path)
        self.plan = None
        self.table: csvfile.Table | None = None
        self.mapping: dict[str, str] | None = None
        # shadows QDialog.result() (not used here); callers and tests read this attribute
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self.task: Task | None = None
        self._writing = False
        self.setWindowTitle(QCoreApplication.translate("pupil_import", "Leerlingen importeren"))
        self.resize(980, 640)
        self.setMinimumSize(720, 500)
        self._build()
        self._read()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        source = "EDEX" if self.kind == "edex" else "CSV"
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("pupil_import", "Leerlingen importeren"),
                QCoreApplication.translate(
                    "pupil_import",
                    "Uit {file} ({source}). U ziet eerst wat er "
                    "verandert; er wordt niets opgeslagen voordat u op Importeren klikt. Wat u zelf "
                    "in ibdesk invulde, overschrijft een import nooit.",
                ).format(file=self.path.name, source=source),
            )
        )
        self.status = styled_label("", "hint")
        self.progress = QProgressBar()
        named(self.progress, QCoreApplication.translate("pupil_import", "Voortgang"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.error = Banner()
        self.error.setVisible(False)
        self.steps = QStackedWidget()
        self.mapping_step = MappingStep()
        self.plan_view = PlanView()
        self.plan_view.leaving_changed.connect(self._update_buttons)
        self.done_banner = Banner()
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 4, 0, 0)
        done_layout.addWidget(self.done_banner)
        done_layout.addStretch(1)
        for widget in (self.mapping_step, self.plan_view, done, QWidget()):
            self.steps.addWidget(widget)
        for widget in (self.status, self.progress, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.back_button = box.addButton(
            QCoreApplication.translate("pupil_import", "← &Terug"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.next_button = box.addButton(
            QCoreApplication.translate("pupil_import", "&Volgende"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = box.addButton(
            QCoreApplication.translate("pupil_import", "&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = box.addButton(
            QCoreApplication.translate("pupil_import", "Annu&leren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setProperty("role", "primary")
        self.next_button.setProperty("role", "primary")
        named(self.back_button, QCoreApplication.translate("pupil_import", "Terug naar de kolomindeling"))
        named(self.next_button, QCoreApplication.translate("pupil_import", "Volgende: laat zien wat er verandert"))
        named(self.import_button, QCoreApplication.translate("pupil_import", "Leerlingen importeren"))
        named(self.close_button, QCoreApplication.translate("pupil_import", "Annuleren, niets importeren"))
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._preview_csv)
        self.import_button.clicked.connect(self.import_now)
        self.close_button.clicked.connect(self.reject)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
        self._show_step(PREVIEW if self.kind == "edex" else MAPPING)
        return box

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step, busy = self.steps.currentIndex(), bool(self.task and self.task.running)
        self.back_button.setVisible(step == PREVIEW and self.kind == "csv")
        self.next_button.setVisible(step == MAPPING)
        self.import_button.setVisible(step == PREVIEW)
        self.back_button.setEnabled(not busy)
        self.next_button.setEnabled(not busy and self.table is not None)
        has_work = self.plan is not None and bool(self.plan.new or self.plan.written or self.plan_view.leave_ids())
        self.import_button.setEnabled(not busy and has_work)
        self.close_button.setText(
            QCoreApplication.translate("pupil_import", "&Sluiten")
            if step in (DONE, NOTHING)
            else QCoreApplication.translate("pupil_import", "Annu&leren")
        )

    # -- the work, off the UI thread --------------------------------------------------------------
    def _run(self, what: str, work, then) -> None:
        self.error.setVisible(False)
        self._say(what)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.task = Task(work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(lambda result: self._finished(then, result))
        self.task.signals.failed.connect(self._failed)
        self.task.start()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, then, result) -> None:
        self.progress.setVisible(False)
        self._say("")
        then(result)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self._say("")
        if not isinstance(exc, Cancelled):
            self.show_problem(exc)
        if self._writing:  # rolled back; a new preview is needed before trying again
            self.plan, self._writing = None, False
        if self.plan is None and self.table is None:
            self.steps.setCurrentIndex(NOTHING)
        self._update_buttons()

    def show_problem(self, exc: BaseException) -> None:
        headline = (
            QCoreApplication.translate("pupil_import", "Niet geïmporteerd; er is niets veranderd.")
            if self._writing
            else QCoreApplication.translate("pupil_import", "Niet ingelezen; er is niets veranderd.")
        )
        text = exc.problem if isinstance(exc, FileRejected) else messages.describe(exc, self.home)
        self.error.show_text("error", headline, [text])
        self.error.setVisible(True)

    def problem_text(self) -> str:
        """What the problem banner says (empty when it is hidden)."""
        if not self.error.isVisible():
            return ""
        return " ".join([self.error.headline.text(), *self.error.lines.texts()])

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _read(self) -> None:
        if self.kind == "edex":
            self._run(
                QCoreApplication.translate("pupil_import", "Bestand lezen en vergelijken…"),
                lambda report: self.service.preview(self.service.read_edex(self.path, report)),
                self._show_plan,
            )
        else:
            self._run(QCoreApplication.translate("pupil_import", "Bestand lezen…"), self._read_csv, self._show_mapping)

    def _read_csv(self, _report):
        table = self.service.read_csv(self.path)
        return table, *self.service.mapping_for(table)

    def _show_mapping(self, found) -> None:
        self.table, mapping, remembered = found
        self.mapping_step.show_table(self.table, mapping, remembered)
        self._show_step(MAPPING)

    def _preview_csv(self) -> None:
        if self.table is None:  # no file read yet
            return
        try:
            self.mapping = csvfile.check_mapping(self.mapping_step.mapping(), self.table.columns)
        except Exception as exc:
            self.show_problem(exc)
            return
        table, mapping = self.table, self.mapping
        self._run(
            QCoreApplication.translate("pupil_import", "Vergelijken met de leerlingen in ibdesk…"),
            lambda _report: self.service.preview(csvfile.to_export(table, mapping)),
            self._show_plan,
        )

    def _show_plan(self, plan) -> None:
        self.plan = plan
        self.plan_view.show_plan(plan)
        self._show_step(PREVIEW)

    def _back(self) -> None:
        self.plan = None
        self._show_step(MAPPING)

    def import_now(self) -> None:
        if not self.import_button.isEnabled():
            return
        plan, leave, mapping = self.plan, self.plan_view.leave_ids(), self.mapping

        def work(report):
            result = self.service.apply(plan, leave, report)
            if mapping is not None:
                self.service.remember_mapping(mapping)
            return result

        self._writing = True
        self._run(QCoreApplication.translate("pupil_import", "Importeren…"), work, self._done)

    def _done(self, result: ImportResult) -> None:
        self.result, self._writing = result, False
        self.done_banner.show_text(
            "ok",
            QCoreApplication.translate(
                "pupil_import",
                "Klaar: {added} leerling(en) toegevoegd, {updated} bijgewerkt, {left} als vertrokken gemarkeerd.",
            ).format(added=result.added, updated=result.updated, left=result.left),
            [
                QCoreApplication.translate(
                    "pupil_import",
                    "De leerlingen staan onder Leerlingen. Wat u daar zelf aanpast, overschrijft een volgende import "
                    "niet.",
                ),
                QCoreApplication.translate(
                    "pupil_import",
                    "Lees een nieuwe export gewoon opnieuw in: ibdesk werkt groepen en namen bij en voegt niemand "
                    "dubbel toe.",
                ),
            ],
        )
        self._show_step(DONE)
        self.imported.emit(result)

    # -- closing -----------------------------------------------------------------------------------
    def reject(self) -> None:
        """Stop what runs (an import in progress rolls back: one transaction) and close."""
        if self.task and self.task.running:
            self.task.cancel()
            self.task.wait(30)
            if self._writing and isinstance(self.task.value, ImportResult):
                self._done(self.task.value)  # it had committed before the cancel was seen
        if self.result is not None:
            self.accept()
        else:
            super().reject()


def exec_dialog(dialog: PupilImportDialog) -> int:
    """Show the dialog modally (tests replace this to drive it)."""
    return dialog.exec()


def choose_and_import(parent: QWidget, context) -> bool:
    """Ask for the export file, then run the dialog; True when pupils were imported."""
    path = messages.ask_open_path(
        parent,
        QCoreApplication.translate("pupil_import", "Export uit de leerlingadministratie kiezen"),
        Path.home(),
        file_filter(),
    )
    if path is None:
        return False
    service = PupilImportService(context.store, context.records.today)
    dialog = PupilImportDialog(service, path, context.home, parent)
    exec_dialog(dialog)
    return dialog.result is not None
