"""'Controleer dossier': is a signed PDF intact, who signed it and when, does the signature
cover the whole file, and do we trust the signer? One big status: "In orde" (green) or
"Niet in orde: …" (red).

    dialog = VerifyDialog(context, parent)            # context None: trust nothing but the file itself
    dialog.show()                                      # non-modal; or dialog.check(path): a Task
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
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

from ibdesk.dossier.verify import Verification, verify_pdf
from ibdesk.errors import UserError
from ibdesk.services.certificates import verify_with_profile
from ibdesk.text.dates import date_time
from ibdesk.ui.dossier.common import AskOpenPath, FingerprintLabel, choose_open_path, default_folder, esc
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner, set_tone
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.pages.base import Context
from ibdesk.ui.tasks import Task, run_busy
from ibdesk.ui.widgets import FieldBox, PageHeader, card, line_edit, repolish, styled_label

PDF_FILTER = "PDF-document (*.pdf);;Alle bestanden (*)"
UNTRUSTED = (
    "Onbekend — deze ondertekenaar staat niet in uw lijst van vertrouwde certificaten. Bel de afzender op "
    "een nummer dat u zelf opzoekt (niet uit het document) en vergelijk samen de controlecode hieronder. "
    "Klopt die, dan kunt u het certificaat van de afzender vertrouwen via Instellingen › Ondertekenen › "
    "Certificaat van een ander vertrouwen…"
)


def verdict(result: Verification) -> tuple[str, str, str]:
    """(tone, headline, explanation) for the big status."""
    again = "Gebruik dit bestand niet; vraag de afzender het document opnieuw te sturen."
    if result.ok:
        return (
            "ok",
            "In orde",
            ("Het document is niet gewijzigd sinds het werd ondertekend, door een ondertekenaar die u vertrouwt."),
        )
    if result.sound:
        return (
            "error",
            "Niet in orde: onbekende ondertekenaar",
            (
                "Het document is sinds de handtekening niet gewijzigd, maar de ondertekenaar staat niet in uw lijst "
                "van vertrouwde certificaten. Iedereen kan een certificaat maken met dezelfde naam en school. "
                "Vertrouw de inhoud pas als de controlecode hieronder klopt met wat de afzender u telefonisch zegt."
            ),
        )
    if not result.signed and result.problems:
        return "error", "Niet in orde: bestand beschadigd", " ".join(result.problems)
    if not result.signed:
        return (
            "error",
            "Niet in orde: geen handtekening",
            (
                "Dit document heeft geen digitale handtekening; niet na "
                "te gaan is van wie het komt of wat erin is veranderd."
            ),
        )
    if not (result.intact and result.valid):
        return (
            "error",
            "Niet in orde: gewijzigd na ondertekening",
            "Het document is na ondertekening gewijzigd of beschadigd. " + again,
        )
    if not result.whole_file:
        return (
            "error",
            "Niet in orde: iets toegevoegd na de handtekening",
            "Het ondertekende deel is ongewijzigd, maar er is daarna iets aan het bestand toegevoegd dat buiten de "
            "handtekening valt. " + again,
        )
    return "error", "Niet in orde: handtekening klopt niet", " ".join(result.problems) + " " + again


def trust_text(result: Verification) -> str:
    if not (result.intact and result.valid):
        return "niet te beoordelen — de handtekening past niet bij de inhoud"
    return f"Ja — {result.trust_source}" if result.trusted else UNTRUSTED


def signatures_text(result: Verification) -> str:
    """With more than one signature: which signature covers what (empty otherwise)."""
    if len(result.reports) < 2:
        return ""
    return "\n".join(r.line(len(result.reports)) for r in result.reports)


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
        self.setWindowTitle("Controleer dossier")
        self.setMinimumSize(720, 560)
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(
            PageHeader(
                "Controleer dossier",
                "Is een ondertekend document (PDF) echt, compleet en niet gewijzigd? En van wie komt het?",
            )
        )
        row = QHBoxLayout()
        self.path_edit = line_edit("Bestand om te controleren", "kies een PDF-bestand")
        self.path_edit.returnPressed.connect(self.check_typed)
        row.addWidget(self.path_edit, 1)
        self.choose_button = button("&Bestand kiezen…", "Bestand kiezen", self.choose_file)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.password_edit = line_edit("Wachtwoord van het document")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.check_typed)
        row.addWidget(
            FieldBox(
                "&Wachtwoord (alleen bij een versleuteld document)",
                self.password_edit,
                "Wachtwoord van het document",
                "U kreeg het van de afzender per telefoon of sms.",
            ),
            1,
        )
        self.check_button = button("&Controleren", "Controleren", self.check_typed, primary=True)
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        self.status_box = Banner("info", "Kies een bestand om te controleren.")
        self.status_detail, status_layout = self.status_box.body, self.status_box.box
        self.status = styled_label("", "status")
        self.status.setAccessibleName("Uitslag van de controle")
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
        bottom.addWidget(button("&Sluiten", "Sluiten", self.close))
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
                ("signer", "Ondertekend door"),
                ("signed_at", "Ondertekend op"),
                ("intact", "Inhoud intact"),
                ("whole", "Hele bestand ondertekend"),
                ("trusted", "Vertrouwd"),
                ("fingerprint", "Controlecode van de afzender"),
                ("signatures", "Handtekeningen"),
            )
        ):
            detail = "\nTechnisch: vingerafdruk (SHA-256)" if key == "fingerprint" else ""
            grid.addWidget(
                styled_label(caption + ":" + detail, "hint", wrap=False, elide=not detail),
                index,
                0,
                Qt.AlignmentFlag.AlignTop,
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
        chosen = choose_open_path(self.open_path, self, "Document kiezen om te controleren", start, PDF_FILTER)
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
            self._show_status("info", "", "Kies eerst een bestand om te controleren.")
            return None
        password, store = self.password_edit.text() or None, self.context.store if self.context else None

        def work(_report) -> Verification:
            return verify_with_profile(store, Path(text), password) if store else verify_pdf(Path(text), password)

        self._show_status("info", "", "Bezig met controleren…")
        busy = [self.check_button, self.choose_button, self.path_edit, self.password_edit]
        self.task = run_busy(work, self._checked, lambda exc: self._failed(exc, password), busy=busy, owner=self)
        return self.task

    def _checked(self, result: Verification) -> None:
        self.show_result(result)
        self.verified.emit(result)

    def _failed(self, exc: BaseException, password: str | None) -> None:
        if isinstance(exc, UserError):
            self._not_checked(str(exc), password)
        else:  # e.g. the profile could not be read
            self._not_checked(messages.describe(exc, self.context.home if self.context else None), password)

    def _not_checked(self, message: str, password: str | None) -> None:
        self.result = None
        self.details.setVisible(False)
        if "versleuteld" in message:
            self._show_status(
                "warn",
                "Wachtwoord nodig",
                "Dit document is versleuteld. Vul het wachtwoord in dat u "
                "van de afzender kreeg (telefonisch of per sms) en kies Controleren.",
            )
            self.password_edit.setFocus()
        elif "wachtwoord" in message.lower() and password:
            self._show_status(
                "warn",
                "Wachtwoord klopt niet",
                "Controleer het wachtwoord (let op hoofdletters en streepjes) en probeer het opnieuw.",
            )
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        else:
            self._show_status("error", "Niet gecontroleerd", message)

    def show_result(self, result: Verification) -> None:
        self.result = result
        tone, headline, detail = verdict(result)
        self._show_status(tone, headline, detail)
        self.details.setVisible(result.signed)
        if not result.signed:
            return
        v = self.values
        v["signer"].setText(result.signer + (f" ({result.organisation})" if result.organisation else ""))
        v["signed_at"].setText(date_time(result.signed_at.astimezone()) if result.signed_at else "onbekend")
        v["intact"].setText("ja" if result.intact and result.valid else "NEE — gewijzigd of beschadigd")
        v["whole"].setText("ja" if result.whole_file else "NEE — er is iets toegevoegd na de handtekening")
        v["trusted"].setText(trust_text(result))
        v["trusted"].setProperty(
            "role", "okText" if result.trusted else "warnText" if result.intact and result.valid else "errorText"
        )
        for key in ("intact", "whole"):
            v[key].setProperty("role", "body" if v[key].text() == "ja" else "errorText")
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
