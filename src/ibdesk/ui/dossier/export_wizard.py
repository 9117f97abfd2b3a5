"""'Dossier exporteren': recipient and purpose → what will and will not be shared → who
signs → the pages that will be signed (rendered once) → sign exactly those and save (only where
the user chooses), optionally encrypted, then the result.

    wizard = ExportWizard(context, case_id, parent)   # raises NotFoundError for an unknown case
    wizard.exported.connect(...)                      # ExportResult, after the file is written
    wizard.show()                                     # non-modal

Nothing is written until the user picks a file in the last step; a refusal (UserError)
is shown in Dutch and leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget, QWizard

from ibdesk.errors import UserError
from ibdesk.services import export_plan
from ibdesk.services.export_signing import ExportResult, sign_prepared
from ibdesk.ui.dossier.common import AskPassword, ExportPage, default_folder, esc, heading, password_asker
from ibdesk.ui.dossier.export_content_page import ContentPage
from ibdesk.ui.dossier.export_preview import PreviewPage
from ibdesk.ui.dossier.export_recipient_page import RecipientPage
from ibdesk.ui.dossier.export_sign_page import SignPage
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.base import Context
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.theme import monospace_font
from ibdesk.ui.widgets import named, styled_label

if TYPE_CHECKING:  # the PDF stack is imported when first needed
    from ibdesk.dossier.credentials import Credentials

PDF_FILTER = str(QT_TRANSLATE_NOOP("dossier_export_wizard", "PDF-document (*.pdf)"))
SAVE_TITLE = str(QT_TRANSLATE_NOOP("dossier_export_wizard", "Dossier opslaan"))


class SavePage(ExportPage):
    """Choose the file (and encryption), export, and show the result and the password."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(heading(QCoreApplication.translate("dossier_export_wizard", "Opslaan")))
        self.setSubTitle(
            QCoreApplication.translate(
                "dossier_export_wizard",
                "U kiest zelf waar het ondertekende dossier komt. ibdesk schrijft nergens anders iets weg.",
            )
        )
        self.result: ExportResult | None = None
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.summary = styled_label("", "body")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.encrypt = QCheckBox(QCoreApplication.translate("dossier_export_wizard", "&Beveiligen met wachtwoord"))
        named(
            self.encrypt,
            QCoreApplication.translate("dossier_export_wizard", "Beveiligen met wachtwoord"),
            QCoreApplication.translate("dossier_export_wizard", "Aanbevolen als u het dossier per e-mail verstuurt"),
        )
        layout.addWidget(self.encrypt)
        hint = styled_label(
            QCoreApplication.translate(
                "dossier_export_wizard",
                "Aanbevolen als u het dossier per e-mail verstuurt. ibdesk maakt een sterk wachtwoord "
                "en toont het na het opslaan; u geeft het telefonisch of per sms door."
                "\nTechnisch: versleuteld met AES-256.",
            ),
            "hint",
        )
        hint.setContentsMargins(24, 0, 0, 4)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.save_button = button(
            QCoreApplication.translate("dossier_export_wizard", "&Opslaan als…"),
            QCoreApplication.translate("dossier_export_wizard", "Dossier opslaan als"),
            self.save,
            primary=True,
        )
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = styled_label("", "hint")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.password_box = Banner(
            "warn",
            QCoreApplication.translate(
                "dossier_export_wizard",
                "<b>Wachtwoord van het document</b> — geef dit telefonisch of per sms door aan de ontvanger, "
                "<b>nooit in dezelfde e-mail</b> als het document. Het wordt niet bewaard en later niet meer "
                "getoond.",
            ),
        )
        self.password_intro, box_layout = self.password_box.body, self.password_box.box
        self.password = styled_label("", "secret", wrap=False, elide=False)
        self.password.setFont(monospace_font(18))
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password.setAccessibleName(
            QCoreApplication.translate("dossier_export_wizard", "Wachtwoord van het document")
        )
        box_layout.addWidget(self.password, 0, Qt.AlignmentFlag.AlignLeft)
        self.password_box.setVisible(False)
        layout.addWidget(self.password_box)
        self.result_box = Banner("ok", "")
        self.result_label = self.result_box.body
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_box.setVisible(False)
        layout.addWidget(self.result_box)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        recipient = wizard.recipient()
        sender = wizard.export_sender
        self.summary.setText(
            QCoreApplication.translate(
                "dossier_export_wizard",
                "<b>Aan:</b> {recipient}<br><b>Doel:</b> {purpose}<br>"
                "<b>Ondertekend door:</b> {signer}, {role}<br>"
                "<b>Voorgestelde bestandsnaam:</b> {file} (zonder naam van de leerling)",
            ).format(
                recipient=esc(recipient.name),
                purpose=esc(export_plan.purposes()[wizard.purpose()]),
                signer=esc(sender.name),
                role=esc(sender.role),
                file=esc(self.suggested().name),
            )
        )

    def suggested(self) -> Path:
        wizard = self.wizard()
        day = wizard.services.consent.today()
        return wizard.folder / export_plan.suggested_name(wizard.recipient(), day)

    def save(self) -> Task | None:
        """Sign and write off the UI thread (the window stays usable); None when nothing starts."""
        if self.result is not None or (self.task is not None and not self.task.settled):
            return None
        wizard = self.wizard()
        title, file_filter = (
            translated("dossier_export_wizard", SAVE_TITLE),
            translated("dossier_export_wizard", PDF_FILTER),
        )
        path = messages.ask_save_path(self, title, self.suggested(), file_filter)
        if path is None:
            self.status.setText(
                QCoreApplication.translate("dossier_export_wizard", "Niets opgeslagen: u heeft geen bestand gekozen.")
            )
            return None
        prepared, encrypt = wizard.preview_page.prepared, self.encrypt.isChecked()
        assert prepared is not None  # the Controleren page is complete only once the dossier is prepared
        buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)]
        # exactly the bytes shown on the Controleren page, not a new rendering
        self.task = run_busy(
            lambda _report: sign_prepared(wizard.services, prepared, path, encrypt),
            lambda result: self._saved(Path(path), result),
            self._not_saved,
            busy=[self.save_button, self.encrypt, *buttons],
            status=self.status,
            text=QCoreApplication.translate("dossier_export_wizard", "Bezig met ondertekenen en opslaan…"),
            owner=self,
        )
        return self.task

    def _not_saved(self, exc: BaseException) -> None:
        """UserError in Dutch; anything else described, never a traceback."""
        text = str(exc) if isinstance(exc, UserError) else messages.describe(exc, self.wizard().home)
        self.status.setText(
            QCoreApplication.translate("dossier_export_wizard", "Niet opgeslagen. {reason}").format(
                reason=text.splitlines()[0]
            )
        )
        messages.show_error(self, QCoreApplication.translate("dossier_export_wizard", "Dossier niet gemaakt"), text)

    def _saved(self, path: Path, result: ExportResult) -> None:
        wizard = self.wizard()
        wizard.folder = path.parent
        self.show_result(result)
        wizard.finish_export(result)

    def show_result(self, result: ExportResult) -> None:
        self.result = result
        self.status.setText("")
        self.save_button.setEnabled(False)
        self.encrypt.setEnabled(False)
        self.password.setText(result.password or "")
        self.password_box.setVisible(bool(result.password))
        self.result_label.setText(result.message(with_password=False))  # the password has its own box above
        self.result_box.setVisible(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None


class ExportWizard(QWizard):
    """The signed dossier of one case for the Sociaal Team (or another recipient)."""

    exported = Signal(object)  # ExportResult, once the file is written

    def __init__(
        self, context: Context, case_id: int, parent: QWidget | None = None, ask_password: AskPassword | None = None
    ):
        super().__init__(parent)
        self.context, self.services, self.case_id = context, context.services, case_id
        self.home = context.home
        self.ask_password = ask_password or password_asker(self)
        self.overview = self.services.guidance.overview(case_id, log_view=False)
        self.school_name = self.overview.school.name if self.overview.school else ""
        self.export_sender = export_plan.default_sender(self.services.store, self.overview)
        self.credentials: Credentials | None = None  # school credentials, once opened
        # shadows QDialog.result() (not used here); callers and tests read this attribute
        self.result: ExportResult | None = None  # type: ignore[assignment]
        self.folder = default_folder()
        self.setWindowTitle(QCoreApplication.translate("dossier_export_wizard", "Dossier exporteren"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(820, 600)
        self.resize(1000, 700)
        self._button_texts()
        choices = export_plan.recipients(self.services, self.overview)
        self.recipient_page = RecipientPage(choices, self.overview.pupil.full_name)
        self.content_page, self.sign_page, self.save_page = ContentPage(), SignPage(), SavePage()
        self.preview_page = PreviewPage()
        for page in (self.recipient_page, self.content_page, self.sign_page, self.preview_page, self.save_page):
            self.addPage(page)

    def _button_texts(self) -> None:
        texts = {
            QWizard.WizardButton.BackButton: QCoreApplication.translate("dossier_export_wizard", "< &Terug"),
            QWizard.WizardButton.NextButton: QCoreApplication.translate("dossier_export_wizard", "&Volgende >"),
            QWizard.WizardButton.FinishButton: QCoreApplication.translate("dossier_export_wizard", "&Sluiten"),
            QWizard.WizardButton.CancelButton: QCoreApplication.translate("dossier_export_wizard", "&Annuleren"),
        }
        for which, text in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", "").strip("<> "))

    def recipient(self):
        return self.recipient_page.recipient()

    def purpose(self) -> str:
        return self.recipient_page.purpose()

    def reject(self) -> None:
        """Annuleren (or closing the window) waits while the document is being signed and written."""
        task = self.save_page.task
        if task is None or task.settled:
            super().reject()

    def finish_export(self, result: ExportResult) -> None:
        """After writing: no way back (it is logged as shared), nothing left to cancel."""
        self.result = result
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.exported.emit(result)
