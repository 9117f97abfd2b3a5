"""'Controleren': the pages that will be signed, rendered from the unsigned document itself
(issue 11.4). The dossier is rendered once when this page opens; the Opslaan step signs
exactly those bytes (services/export_signing.py `sign_prepared`), never a new rendering."""

from __future__ import annotations

import hashlib
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ibdesk.errors import UserError
from ibdesk.services.export_documents import prepare_case
from ibdesk.services.export_signing import Prepared, Signing
from ibdesk.ui.dossier.common import ExportPage
from ibdesk.ui.dossier.page_images import page_images
from ibdesk.ui.kit import messages
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import styled_label


class PreviewPage(ExportPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(
            "<span style='font-size:15pt; font-weight:600'>{}</span>".format(
                QCoreApplication.translate("dossier_export_preview", "Controleren")
            )
        )
        self.setSubTitle(
            QCoreApplication.translate(
                "dossier_export_preview",
                "Zo ziet het dossier eruit dat u ondertekent. Blader er rustig doorheen: precies deze "
                "pagina's worden ondertekend en opgeslagen.",
            )
        )
        self.prepared: Prepared | None = None
        self.previewed: bytes | None = None
        self.task: Task | None = None
        self.prepare_task: Task | None = None
        self._choices: tuple = ()
        layout = QVBoxLayout(self)
        self.status = styled_label("", "hint")
        self.status.setAccessibleName(QCoreApplication.translate("dossier_export_preview", "Voorbeeld"))
        layout.addWidget(self.status)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(
            QCoreApplication.translate("dossier_export_preview", "Pagina's die worden ondertekend")
        )
        layout.addWidget(self.scroll_area, 1)
        self.pages: list[QLabel] = []

    def initializePage(self) -> None:
        """Render the document once for the choices made so far (again after Terug), off the
        UI thread; Volgende waits until it is there."""
        wizard = self.wizard()
        self.prepared, self.previewed, self.pages = None, None, []
        self.scroll_area.setWidget(QWidget())
        signing = Signing(credentials=wizard.credentials) if wizard.credentials is not None else None
        choices = (
            wizard.services,
            wizard.case_id,
            wizard.recipient().id,
            wizard.purpose(),
            signing,
            wizard.export_sender,
        )
        self._choices = choices
        self.prepare_task = run_busy(
            lambda _report: prepare_case(*choices),
            lambda prepared: self._prepared(prepared, choices),
            lambda exc: self._not_prepared(exc, choices),
            status=self.status,
            text=QCoreApplication.translate("dossier_export_preview", "Het dossier wordt opgemaakt…"),
            owner=self,
        )
        self.completeChanged.emit()

    def _not_prepared(self, exc: BaseException, choices) -> None:
        if choices is not self._choices:
            return  # the user went back meanwhile; a newer rendering follows
        text = str(exc) if isinstance(exc, UserError) else messages.describe(exc, self.wizard().home)
        self.status.setText(
            QCoreApplication.translate(
                "dossier_export_preview", "Het dossier kan niet worden gemaakt. {reason}"
            ).format(reason=text.splitlines()[0])
        )
        self.completeChanged.emit()

    def _prepared(self, prepared: Prepared, choices) -> None:
        if choices is not self._choices:
            return
        self.prepared = prepared
        self.previewed = prepared.pdf
        self.status.setText(
            QCoreApplication.translate("dossier_export_preview", "De {count} pagina's worden klaargezet…").format(
                count=prepared.pages
            )
        )
        self.task = Task(partial(page_images, self.previewed, 620))
        self.task.signals.finished.connect(self._show_pages)
        self.task.signals.failed.connect(
            lambda exc: self.status.setText(
                QCoreApplication.translate(
                    "dossier_export_preview", "De pagina's kunnen niet worden getoond: {reason}"
                ).format(reason=messages.describe(exc, self.wizard().home).splitlines()[0])
            )
        )
        self.task.start()
        self.completeChanged.emit()

    def _show_pages(self, images) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setSpacing(14)
        self.pages = []
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(
                QCoreApplication.translate("dossier_export_preview", "Pagina {number} van {count}").format(
                    number=number, count=len(images)
                )
            )
            label.setProperty("role", "pagePreview")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        column.addStretch(1)
        self.scroll_area.setWidget(holder)
        self.status.setText(
            QCoreApplication.translate(
                "dossier_export_preview",
                "{count} pagina's. Klopt alles? Kies dan Volgende om te ondertekenen en op te slaan.",
            ).format(count=len(images))
        )

    def digest(self) -> str:
        """SHA-256 of the previewed bytes (for tests and the log)."""
        return hashlib.sha256(self.previewed or b"").hexdigest()

    def isComplete(self) -> bool:
        return self.prepared is not None
