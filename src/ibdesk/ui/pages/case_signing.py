"""Signing a consent, one person at a time (issue 11.3): the person reads in plain Dutch what
they agree to, then signs on the screen; or the IB'er records a signature on paper (with the
scan, kept inside the store) or an oral agreement in a meeting (with who heard it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ibdesk.domain.signatures import ORAL, PAPER, SCREEN, Signature, Signer
from ibdesk.errors import InvalidRecord
from ibdesk.i18n import tr_marked
from ibdesk.text.labels import CONSENT_METHODS
from ibdesk.ui.forms import DateInput, SignatureBox
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import line_edit, named, styled_label

PAPER_NAMES = {
    "consent": "toestemming-op-papier.pdf",
    "opp": "instemming-opp-op-papier.pdf",
    "hoorrecht": "leerling-gehoord-op-papier.pdf",
    "zienswijze": "zienswijze-op-papier.pdf",
}
PRINT_TIPS = {
    "consent": QT_TRANSLATE_NOOP("case_signing", "Toestemming als PDF om af te drukken"),
    "opp": QT_TRANSLATE_NOOP("case_signing", "Instemming met het OPP als PDF om af te drukken"),
    "hoorrecht": QT_TRANSLATE_NOOP("case_signing", "Verklaring 'leerling gehoord' als PDF om af te drukken"),
    "zienswijze": QT_TRANSLATE_NOOP("case_signing", "Zienswijze van de leerling als PDF om af te drukken"),
}


class SignBox(QWidget):
    """Inline box under the consent table: who signs, the statement, how, and the signature."""

    def __init__(self, context: Context, on_signed: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._on_signed = on_signed
        self.case_id: int | None = None
        self.basis_id: int | None = None
        self.scan: Path | None = None
        self.signers: list[Signer] = []
        self.subject = "consent"
        self.statement_for: Callable[[Signer], str] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, box = panel(
            QCoreApplication.translate("case_signing", "Laten tekenen: ieder voor zich"), (14, 10, 14, 12)
        )
        outer.addWidget(frame)
        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        named(self.person, QCoreApplication.translate("case_signing", "Wie tekent"))
        self.person.currentIndexChanged.connect(self._show_statement)
        self.method = QComboBox()
        named(self.method, QCoreApplication.translate("case_signing", "Hoe wordt getekend"))
        for key, label in CONSENT_METHODS.items():
            shown = tr_marked(label)
            self.method.addItem(shown[:1].upper() + shown[1:], key)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.day = DateInput(today=context.services.signatures.today)
        named(self.day, QCoreApplication.translate("case_signing", "Datum van tekenen"))
        self.decision = QComboBox()  # only for the OPP: a parent may also refuse (WPO art. 40a)
        named(self.decision, QCoreApplication.translate("case_signing", "Beslissing"))
        self.decision.addItem(QCoreApplication.translate("case_signing", "Gaat akkoord"), "gegeven")
        self.decision.addItem(QCoreApplication.translate("case_signing", "Gaat niet akkoord"), "geweigerd")
        self.decision.currentIndexChanged.connect(self._show_statement)
        self.decision_label = QLabel(QCoreApplication.translate("case_signing", "Beslissing:"))
        labels = [
            QLabel(QCoreApplication.translate("case_signing", "Wie tekent:")),
            QLabel(QCoreApplication.translate("case_signing", "Hoe:")),
            QLabel(QCoreApplication.translate("case_signing", "Datum:")),
            self.decision_label,
        ]
        for caption, widget in zip(labels, (self.person, self.method, self.day, self.decision)):
            caption.setBuddy(widget)
        box.addLayout(
            row(labels[0], self.person, labels[1], self.method, labels[2], self.day, labels[3], self.decision)
        )
        box.addWidget(
            styled_label(
                QCoreApplication.translate("case_signing", "Wat de persoon leest voordat hij of zij tekent:"), "hint"
            )
        )
        self.statement = styled_label("", "body")
        self.statement.setAccessibleName(QCoreApplication.translate("case_signing", "Verklaring in gewone woorden"))
        box.addWidget(self.statement)
        self.pad = SignatureBox()
        self.pad.setAccessibleName(QCoreApplication.translate("case_signing", "Handtekening"))
        box.addWidget(self.pad)
        self.print_button = button(
            QCoreApplication.translate("case_signing", "Afdrukken om op papier te tekenen…"),
            QCoreApplication.translate("case_signing", "Toestemming als PDF om af te drukken"),
            self.print_paper,
        )
        self.scan_button = button(
            QCoreApplication.translate("case_signing", "Scan kiezen…"),
            QCoreApplication.translate("case_signing", "Scan of foto van het getekende papier kiezen"),
            self.choose_scan,
        )
        self.scan_label = styled_label(QCoreApplication.translate("case_signing", "Nog geen scan gekozen."), "hint")
        self.scan_row = QWidget()
        self.scan_row.setLayout(row(self.print_button, self.scan_button, self.scan_label))
        box.addWidget(self.scan_row)
        self.heard_by = line_edit(
            QCoreApplication.translate("case_signing", "Gehoord door"),
            QCoreApplication.translate("case_signing", "wie van de school heeft het gehoord"),
        )
        box.addWidget(self.heard_by)
        self.error = styled_label("", "error")
        self.error.setVisible(False)
        box.addWidget(self.error)
        self.commit_button = button(
            QCoreApplication.translate("case_signing", "Handtekening vastleggen"),
            QCoreApplication.translate("case_signing", "Handtekening vastleggen"),
            self.commit,
            primary=True,
        )
        cancel = button(
            QCoreApplication.translate("case_signing", "Annuleren"),
            QCoreApplication.translate("case_signing", "Tekenen annuleren"),
            lambda: self.setVisible(False),
        )
        box.addLayout(row(self.commit_button, cancel))
        self._method_changed()
        self.setVisible(False)

    # -- showing ------------------------------------------------------------------------------
    def start(
        self,
        case_id: int,
        basis_id: int,
        signers: list[Signer],
        subject: str = "consent",
        statement_for: Callable[[Signer], str] | None = None,
    ) -> None:
        """`subject` consent (basis_id: the consent record) or opp/hoorrecht (basis_id: the saved OPP)."""
        self.case_id, self.basis_id, self.signers, self.scan = case_id, basis_id, signers, None
        self.subject, self.statement_for = subject, statement_for
        self.print_button.setToolTip(
            translated("case_signing", str(PRINT_TIPS[subject])) if subject in PRINT_TIPS else ""
        )
        self.decision.blockSignals(True)
        self.decision.setCurrentIndex(0)
        self.decision.blockSignals(False)
        self.decision.setVisible(subject == "opp")
        self.decision_label.setVisible(subject == "opp")
        self.person.blockSignals(True)
        self.person.clear()
        for s in signers:
            self.person.addItem(f"{s.name} ({s.role})", s.key)
        self.person.blockSignals(False)
        self.day.set_value(self.context.services.signatures.today().isoformat())
        self.pad.set_value(None)
        self.heard_by.clear()
        self.scan_label.setText(QCoreApplication.translate("case_signing", "Nog geen scan gekozen."))
        self.error.setVisible(False)
        self._show_statement()
        self.setVisible(True)
        self.person.setFocus()

    def signer(self) -> Signer | None:
        index = self.person.currentIndex()
        return self.signers[index] if 0 <= index < len(self.signers) else None

    def _show_statement(self) -> None:
        signer = self.signer()
        if signer is None or self.case_id is None or self.basis_id is None:
            text = ""
        elif self.statement_for is not None:
            text = self.statement_for(signer)
        else:
            text = self.context.services.signatures.consent_statement(self.case_id, self.basis_id, signer)
        self.statement.setText(text)

    def _method_changed(self) -> None:
        method = self.method.currentData()
        self.pad.setVisible(method == SCREEN)
        self.scan_row.setVisible(method == PAPER)
        self.heard_by.setVisible(method == ORAL)

    def print_paper(self) -> Path | None:
        """The statement of everyone who must still sign, with signature lines, where the user chooses."""
        from ibdesk.services.paper_forms import on_paper

        services, subject, case_id, basis_id = self.context.services, self.subject, self.case_id, self.basis_id
        if case_id is None or basis_id is None:  # nothing started to sign
            return None
        statement = self.statement_for or (lambda s: services.signatures.consent_statement(case_id, basis_id, s))
        target = messages.ask_save_path(
            self,
            QCoreApplication.translate("case_signing", "Om af te drukken"),
            Path.home() / PAPER_NAMES[subject],
            "PDF (*.pdf)",
        )
        if target is None:
            return None
        return messages.attempt(
            self,
            QCoreApplication.translate("case_signing", "Afdrukken"),
            lambda: on_paper(services, case_id, subject, basis_id, target, statement),
            self.context.home,
        )

    def choose_scan(self) -> None:
        scan_filter = QCoreApplication.translate(
            "case_signing", "Scan of foto (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)"
        )
        chosen = messages.ask_open_path(
            self, QCoreApplication.translate("case_signing", "Scan van het getekende papier"), Path.home(), scan_filter
        )
        if chosen:
            self.scan = Path(chosen)
            self.scan_label.setText(
                QCoreApplication.translate("case_signing", "Gekozen: {name} (wordt versleuteld bewaard)").format(
                    name=self.scan.name
                )
            )

    # -- recording ----------------------------------------------------------------------------
    def commit(self) -> bool:
        signer, method = self.signer(), self.method.currentData()
        if signer is None or self.case_id is None:
            return False
        try:
            signed_on = date.fromisoformat(self.day.value() or "")
        except ValueError:
            return self._problem(QCoreApplication.translate("case_signing", "Vul een geldige datum in (dd-mm-jjjj)."))
        decision = (
            "gehoord"
            if self.subject in ("hoorrecht", "zienswijze")
            else (self.decision.currentData() if self.subject == "opp" else "gegeven")
        )
        signature = Signature(
            self.subject,
            self.basis_id,
            signer.key,
            signer.name,
            signer.role,
            signed_on,
            method,
            statement=self.statement.text() if method == SCREEN else None,
            strokes=self.pad.value() if method == SCREEN else None,
            decision=decision,
            heard_by=self.heard_by.text().strip() if method == ORAL else None,
        )
        service = self.context.services.signatures
        try:
            if method == PAPER and self.scan is not None:
                service.record_paper(self.case_id, signature, self.scan)
            else:
                service.record(self.case_id, signature)
        except InvalidRecord as exc:
            return self._problem(" ".join(exc.errors.values()))
        except Exception as exc:
            return self._problem(messages.describe(exc, self.context.home))
        self.setVisible(False)
        done = {
            "gehoord": QCoreApplication.translate("case_signing", "{name} is gehoord ({how})."),
            "geweigerd": QCoreApplication.translate("case_signing", "{name} gaat niet akkoord ({how})."),
        }.get(decision) or QCoreApplication.translate("case_signing", "{name} heeft getekend ({how}).")
        self._on_signed(done.format(name=signer.name, how=tr_marked(CONSENT_METHODS[method])))
        return True

    def _problem(self, text: str) -> bool:
        self.error.setText(text)
        self.error.setVisible(True)
        return False
