"""'Controleer dossier': is a signed PDF intact, who signed it and when, does the signature
cover the whole file, and do we trust the signer? One big status: "In orde" (green) or
"Niet in orde: …" (red).

    dialog = VerifyDialog(context, parent)            # context None: trust nothing but the file itself
    dialog.show()                                      # non-modal; or dialog.check(path): a Task
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ibdesk.dossier.verify import PasswordNeeded, Verification, WrongPassword, verify_pdf
from ibdesk.errors import UserError
from ibdesk.services.certificates import verify_with_profile
from ibdesk.ui.dossier.common import AskOpenPath, FingerprintLabel, choose_open_path, default_folder, esc
from ibdesk.ui.dossier.verify_verdict import signatures_text, signed_at, trust_text, verdict
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner, set_tone
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.base import Context
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import FieldBox, PageHeader, card, line_edit, repolish, styled_label

PDF_FILTER = str(QT_TRANSLATE_NOOP("dossier_verify_dialog", "PDF-document (*.pdf);;Alle bestanden (*)"))


class VerifyDialog(QDialog):
    """Choose a PDF (and its password when encrypted) and see whether it can be trusted."""

    verified = Signal(object)  # Verification, after every completed check

    def __init__(self, context: Context | None, parent: QWidget | None = None, open_path: AskOpenPath | None = None):
        super().__init__(parent)
        self.context = context
        self.open_path = open_path
        # shadows QDialog.result() (not used here); callers and tests read this attribute
        self.result: Verification | None = None  # type: ignore[assignment]
        self.task: Task | None = None
        self.setWindowTitle(QCoreApplication.translate("dossier_verify_dialog", "Controleer dossier"))
        self.setMinimumSize(720, 560)
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(
            PageHeader(
                QCoreApplication.translate("dossier_verify_dialog", "Controleer dossier"),
                QCoreApplication.translate(
                    "dossier_verify_dialog",
                    "Is een ondertekend document (PDF) echt, compleet en niet gewijzigd? En van wie komt het?",
                ),
            )
        )
        row = QHBoxLayout()
        self.path_edit = line_edit(
            QCoreApplication.translate("dossier_verify_dialog", "Bestand om te controleren"),
            QCoreApplication.translate("dossier_verify_dialog", "kies een PDF-bestand"),
        )
        self.path_edit.returnPressed.connect(self.check_typed)
        row.addWidget(self.path_edit, 1)
        self.choose_button = button(
            QCoreApplication.translate("dossier_verify_dialog", "&Bestand kiezen…"),
            QCoreApplication.translate("dossier_verify_dialog", "Bestand kiezen"),
            self.choose_file,
        )
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.password_edit = line_edit(
            QCoreApplication.translate("dossier_verify_dialog", "Wachtwoord van het document")
        )
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.check_typed)
        row.addWidget(
            FieldBox(
                QCoreApplication.translate(
                    "dossier_verify_dialog", "&Wachtwoord (alleen bij een versleuteld document)"
                ),
                self.password_edit,
                QCoreApplication.translate("dossier_verify_dialog", "Wachtwoord van het document"),
                QCoreApplication.translate("dossier_verify_dialog", "U kreeg het van de afzender per telefoon of sms."),
            ),
            1,
        )
        self.check_button = button(
            QCoreApplication.translate("dossier_verify_dialog", "&Controleren"),
            QCoreApplication.translate("dossier_verify_dialog", "Controleren"),
            self.check_typed,
            primary=True,
        )
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        self.status_box = Banner(
            "info", QCoreApplication.translate("dossier_verify_dialog", "Kies een bestand om te controleren.")
        )
        self.status_detail, status_layout = self.status_box.body, self.status_box.box
        self.status = styled_label("", "status")
        self.status.setAccessibleName(QCoreApplication.translate("dossier_verify_dialog", "Uitslag van de controle"))
        self.status.setVisible(False)
        status_layout.insertWidget(0, self.status)
        layout.addWidget(self.status_box)
        scroll = QScrollArea()  # several signatures need more room than the smallest window has
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self._details())
        inner.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(
            button(
                QCoreApplication.translate("dossier_verify_dialog", "&Sluiten"),
                QCoreApplication.translate("dossier_verify_dialog", "Sluiten"),
                self.close,
            )
        )
        layout.addLayout(bottom)

    def _details(self) -> QWidget:
        self.details = card()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(18, 12, 18, 14)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(7)
        self.values: dict[str, QLabel] = {}
        for index, (key, caption) in enumerate(
            (
                ("signer", QCoreApplication.translate("dossier_verify_dialog", "Ondertekend door:")),
                ("signed_at", QCoreApplication.translate("dossier_verify_dialog", "Ondertekend op:")),
                ("intact", QCoreApplication.translate("dossier_verify_dialog", "Inhoud intact:")),
                ("whole", QCoreApplication.translate("dossier_verify_dialog", "Hele bestand ondertekend:")),
                ("trusted", QCoreApplication.translate("dossier_verify_dialog", "Vertrouwd:")),
                (
                    "fingerprint",
                    QCoreApplication.translate(
                        "dossier_verify_dialog", "Controlecode van de afzender:\nTechnisch: vingerafdruk (SHA-256)"
                    ),
                ),
                ("signatures", QCoreApplication.translate("dossier_verify_dialog", "Handtekeningen:")),
            )
        ):
            detail = key == "fingerprint"
            grid.addWidget(
                styled_label(caption, "hint", wrap=False, elide=not detail), index, 0, Qt.AlignmentFlag.AlignTop
            )  # a detail line must not be cut off
            value: QLabel
            if key == "fingerprint":
                value = FingerprintLabel()
                grid.addWidget(value, index, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                value = styled_label("", "body")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, index, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        self.details.setVisible(False)
        return self.details

    # -- actions ------------------------------------------------------------------------------
    def choose_file(self) -> Task | None:
        start = Path(self.path_edit.text()).parent if self.path_edit.text().strip() else default_folder()
        title, file_filter = (
            QCoreApplication.translate("dossier_verify_dialog", "Document kiezen om te controleren"),
            translated("dossier_verify_dialog", PDF_FILTER),
        )
        chosen = choose_open_path(self.open_path, self, title, start, file_filter)
        if chosen is None:
            return None
        self.path_edit.setText(str(chosen))
        self.password_edit.clear()
        return self.check()

    def check_typed(self) -> Task | None:
        """Check the file named in the path field (Enter, or the Controleren button)."""
        return self.check()

    def check(self, path: Path | None = None) -> Task | None:
        """Start checking off the UI thread; the Task's value is the Verification (None on a refusal)."""
        if self.task is not None and not self.task.settled:
            return None
        if path is not None:
            self.path_edit.setText(str(path))
        text = self.path_edit.text().strip()
        if not text:
            self._show_status(
                "info",
                "",
                QCoreApplication.translate("dossier_verify_dialog", "Kies eerst een bestand om te controleren."),
            )
            return None
        password, store = self.password_edit.text() or None, self.context.store if self.context else None

        def work(_report) -> Verification:
            return verify_with_profile(store, Path(text), password) if store else verify_pdf(Path(text), password)

        self._show_status("info", "", QCoreApplication.translate("dossier_verify_dialog", "Bezig met controleren…"))
        busy = [self.check_button, self.choose_button, self.path_edit, self.password_edit]
        self.task = run_busy(work, self._checked, self._failed, busy=busy, owner=self)
        return self.task

    def _checked(self, result: Verification) -> None:
        self.show_result(result)
        self.verified.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._not_checked(str(exc), exc)
        else:  # e.g. the profile could not be read
            self._not_checked(messages.describe(exc, self.context.home if self.context else None), exc)

    def _not_checked(self, message: str, exc: BaseException) -> None:
        self.result = None
        self.details.setVisible(False)
        if isinstance(exc, PasswordNeeded):
            self._show_status(
                "warn",
                QCoreApplication.translate("dossier_verify_dialog", "Wachtwoord nodig"),
                QCoreApplication.translate(
                    "dossier_verify_dialog",
                    "Dit document is versleuteld. Vul het wachtwoord in dat u "
                    "van de afzender kreeg (telefonisch of per sms) en kies Controleren.",
                ),
            )
            self.password_edit.setFocus()
        elif isinstance(exc, WrongPassword):
            self._show_status(
                "warn",
                QCoreApplication.translate("dossier_verify_dialog", "Wachtwoord klopt niet"),
                QCoreApplication.translate(
                    "dossier_verify_dialog",
                    "Controleer het wachtwoord (let op hoofdletters en streepjes) en probeer het opnieuw.",
                ),
            )
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        else:
            self._show_status(
                "error", QCoreApplication.translate("dossier_verify_dialog", "Niet gecontroleerd"), message
            )

    def show_result(self, result: Verification) -> None:
        self.result = result
        tone, headline, detail = verdict(result)
        self._show_status(tone, headline, detail)
        self.details.setVisible(result.signed)
        if not result.signed:
            return
        v = self.values
        v["signer"].setText(result.signer + (f" ({result.organisation})" if result.organisation else ""))
        v["signed_at"].setText(signed_at(result))
        intact, whole = result.intact and result.valid, result.whole_file
        v["intact"].setText(
            QCoreApplication.translate("dossier_verify_dialog", "ja")
            if intact
            else QCoreApplication.translate("dossier_verify_dialog", "NEE — gewijzigd of beschadigd")
        )
        v["whole"].setText(
            QCoreApplication.translate("dossier_verify_dialog", "ja")
            if whole
            else QCoreApplication.translate("dossier_verify_dialog", "NEE — er is iets toegevoegd na de handtekening")
        )
        v["trusted"].setText(trust_text(result))
        v["trusted"].setProperty("role", "okText" if result.trusted else "warnText" if intact else "errorText")
        for key, fine in (("intact", intact), ("whole", whole)):
            v[key].setProperty("role", "body" if fine else "errorText")
        for label in v.values():
            repolish(label)
        cast(FingerprintLabel, v["fingerprint"]).set_fingerprint(result.fingerprint)
        v["signatures"].setText(signatures_text(result))
        caption = cast(QGridLayout, self.details.layout()).itemAtPosition(6, 0)  # the row's caption
        for widget in (v["signatures"], caption.widget() if caption is not None else None):
            if widget is not None:
                widget.setVisible(len(result.reports) > 1)

    def _show_status(self, tone: str, headline: str, detail: str) -> None:
        self.status.setText(headline)
        self.status.setVisible(bool(headline))
        self.status.setProperty("tone", tone)
        self.status_detail.setText(esc(detail))
        self.status_box.setProperty("tone", tone)
        set_tone(self.status_box, tone)
        self.status.setAccessibleDescription(detail)
