"""Toestemming of a case: the recorded bases, who still must consent for the Sociaal Team
(in plain Dutch), recording consent with the form (and signature pad), and withdrawal.

The zienswijzen tab lives in ui/pages/case_viewpoints.py (imported here for the case page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ibdesk.domain.consent import CATEGORIES, LEGAL_TASKS, PURPOSES, Basis
from ibdesk.errors import InvalidRecord
from ibdesk.i18n import tr_marked
from ibdesk.services import consent_forms
from ibdesk.services.consent import PER_PERSON
from ibdesk.services.guidance import CaseOverview
from ibdesk.text.dates import short_or_time
from ibdesk.text.labels import shown_consent_method
from ibdesk.ui.forms import DateInput
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import translated
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.case_signing import SignBox
from ibdesk.ui.pages.case_viewpoints import ViewpointsPanel
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import named, styled_label

COLUMNS = [
    QT_TRANSLATE_NOOP("case_consent", "Ontvanger"),
    QT_TRANSLATE_NOOP("case_consent", "Doel"),
    QT_TRANSLATE_NOOP("case_consent", "Gegevens"),
    QT_TRANSLATE_NOOP("case_consent", "Gegeven door"),
    QT_TRANSLATE_NOOP("case_consent", "Wanneer en hoe"),
    QT_TRANSLATE_NOOP("case_consent", "Status"),
]
ALL_GIVERS = "__all__"
__all__ = ["ConsentPanel", "ViewpointsPanel", "categories_text"]


def categories_text(categories) -> str:
    """'alle gegevens', 'alles behalve Gezondheid' or the list — short enough for a table cell."""
    missing = [tr_marked(label) for key, label in CATEGORIES.items() if key not in categories]
    if not missing:
        return QCoreApplication.translate("case_consent", "alle soorten gegevens")
    if len(missing) <= 2 and len(categories) > 2:
        joined = QCoreApplication.translate("case_consent", " en ").join(m.lower() for m in missing)
        return QCoreApplication.translate("case_consent", "alles behalve {categories}").format(categories=joined)
    return ", ".join(tr_marked(CATEGORIES.get(c, c)) for c in sorted(categories))


def _signing_status(status: str, waiting, anyone: bool) -> str:
    """A consent counts only for those who signed it: say who must still sign."""
    if not waiting:
        return status
    names = ", ".join(s.name for s in waiting)
    if anyone:
        return QCoreApplication.translate("case_consent", "{status}; nog niet getekend door {names}").format(
            status=status, names=names
        )
    return QCoreApplication.translate("case_consent", "wacht op handtekening van {names}").format(names=names)


class ConsentPanel(QWidget):
    def __init__(
        self,
        context: Context,
        on_record: Callable[[], object],
        on_changed: Callable[[], object],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self._on_changed = on_changed
        self.case_id: int | None = None
        self.bases: list[Basis] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        need_frame, need = panel(
            QCoreApplication.translate("case_consent", "Wie moet nog toestemming geven voor het Sociaal Team?")
        )
        self.rule = styled_label("", "hint")
        need.addWidget(self.rule)
        self.need = Banner()
        need.addWidget(self.need)
        layout.addWidget(need_frame)
        table_title = QCoreApplication.translate("case_consent", "Vastgelegde grondslagen en toestemming")
        table_frame, inner = panel(table_title)
        self.table = QTableWidget(0, len(COLUMNS))
        named(self.table, table_title)
        self.table.setHorizontalHeaderLabels([translated("case_consent", str(c)) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for index, width in enumerate((150, 140, 150, 150, 150)):
            self.table.setColumnWidth(index, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        inner.addWidget(self.table, 1)
        self.empty = styled_label(QCoreApplication.translate("case_consent", "Er is nog niets vastgelegd."), "hint")
        inner.addWidget(self.empty)
        self.record_button = button(
            QCoreApplication.translate("case_consent", "Toestemming vastleggen"),
            QCoreApplication.translate("case_consent", "Toestemming vastleggen met het formulier"),
            on_record,
            primary=True,
        )
        self.withdraw_button = button(
            QCoreApplication.translate("case_consent", "Intrekken…"),
            QCoreApplication.translate("case_consent", "Geselecteerde toestemming intrekken"),
            self.start_withdraw,
        )
        self.withdraw_button.setEnabled(False)
        self.sign_button = button(
            QCoreApplication.translate("case_consent", "Laten tekenen…"),
            QCoreApplication.translate("case_consent", "Iedereen die toestemming geeft laten tekenen"),
            self.start_sign,
            tooltip=QCoreApplication.translate(
                "case_consent", "Elke ouder met gezag (of de leerling vanaf 16) tekent zelf"
            ),
        )
        self.sign_button.setEnabled(False)
        inner.addLayout(row(self.record_button, self.sign_button, self.withdraw_button))
        self.to_sign = styled_label("", "hint")
        self.to_sign.setVisible(False)
        inner.addWidget(self.to_sign)
        self.notice = styled_label("", "hint")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        inner.addWidget(self.notice)
        inner.addWidget(self._withdraw_box())
        self.sign_box = SignBox(context, self._signed)
        inner.addWidget(self.sign_box)
        layout.addWidget(table_frame, 1)

    def _withdraw_box(self) -> QWidget:
        self.withdraw_box, box = panel(
            QCoreApplication.translate("case_consent", "Toestemming intrekken"), (14, 10, 14, 12)
        )
        box.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "case_consent",
                    "Vanaf de datum van intrekking deelt ibdesk deze gegevens niet meer met "
                    "deze ontvanger. Wat al gedeeld is, blijft in het logboek zichtbaar.",
                ),
                "hint",
            )
        )
        self.withdraw_on = DateInput(today=self.context.services.consent.today)
        named(self.withdraw_on, QCoreApplication.translate("case_consent", "Datum van intrekking"))
        self.withdraw_by = QComboBox()
        named(self.withdraw_by, QCoreApplication.translate("case_consent", "Ingetrokken door"))
        on_label, by_label = (
            QLabel(QCoreApplication.translate("case_consent", "Datum:")),
            QLabel(QCoreApplication.translate("case_consent", "Ingetrokken door:")),
        )
        on_label.setBuddy(self.withdraw_on)
        by_label.setBuddy(self.withdraw_by)
        confirm = QCoreApplication.translate("case_consent", "Intrekking vastleggen")
        self.withdraw_confirm = button(confirm, confirm, self.withdraw, primary=True)
        cancel = button(
            QCoreApplication.translate("case_consent", "Annuleren"),
            QCoreApplication.translate("case_consent", "Intrekken annuleren"),
            lambda: self.withdraw_box.setVisible(False),
        )
        box.addLayout(row(on_label, self.withdraw_on, by_label, self.withdraw_by, self.withdraw_confirm, cancel))
        self.withdraw_error = styled_label("", "error")
        self.withdraw_error.setVisible(False)
        box.addWidget(self.withdraw_error)
        self.withdraw_box.setVisible(False)
        return self.withdraw_box

    # -- showing ------------------------------------------------------------------------------
    def show_overview(self, ov: CaseOverview) -> None:
        case_id = ov.case.id
        assert case_id is not None  # an overview is of a stored case
        if self.case_id != case_id:
            self.notice.setVisible(False)
        self.case_id = case_id
        services = self.context.services
        team = ov.teams.residence
        need = consent_forms.consent_need(
            services.consent, case_id, team.id if team else None, team.name if team else None
        )
        self.rule.setText(need.rule)
        lines = []
        if need.given_by:
            lines.append(
                QCoreApplication.translate("case_consent", "Toestemming gegeven door: {names}.").format(
                    names=", ".join(need.given_by)
                )
            )
        if need.still_needed:
            lines.append(
                QCoreApplication.translate("case_consent", "Nog nodig: toestemming van {names}.").format(
                    names=", ".join(need.still_needed)
                )
            )
        if need.blocked_by:
            lines.append(
                QCoreApplication.translate("case_consent", "Geweigerd of ingetrokken door: {names}.").format(
                    names=", ".join(need.blocked_by)
                )
            )
        lines += need.decisions
        if need.covered:
            lines.append(
                QCoreApplication.translate("case_consent", "Mag gedeeld worden: {what}.").format(
                    what=", ".join(need.covered)
                )
            )
        if need.not_covered and (need.covered or need.given_by):
            lines.append(
                QCoreApplication.translate("case_consent", "Niet gedekt (wordt niet gedeeld): {what}.").format(
                    what=", ".join(need.not_covered)
                )
            )
        tone = (
            "ok"
            if need.allowed and not need.still_needed and not need.blocked_by
            else ("error" if need.blocked_by else "warn")
        )
        self.need.show_text(tone, need.summary, lines)
        self._fill(services.consent.case_consent(case_id))

    def _fill(self, info) -> None:
        today = self.context.services.consent.today()
        self.bases = list(reversed(info.bases))  # newest first
        self.table.setRowCount(len(self.bases))
        for r, b in enumerate(self.bases):
            givers = (
                ", ".join(info.name(g) for g in sorted(b.givers))
                if b.kind == "consent"
                else QCoreApplication.translate("case_consent", "wettelijke taak")
            )
            how = shown_consent_method(b.method, b.heard_by)
            purpose = tr_marked(PURPOSES.get(b.purpose, b.purpose))
            if b.kind == "legal_task":
                purpose = tr_marked(LEGAL_TASKS.get(b.task or "", purpose))
            status = consent_forms.basis_status(b, today, info.name)
            valid = consent_forms.basis_in_force(b, today)
            if valid:
                status = (
                    QCoreApplication.translate("case_consent", "geldig tot {date}").format(
                        date=short_or_time(b.valid_until)
                    )
                    if b.valid_until
                    else QCoreApplication.translate("case_consent", "geldig (geen einddatum)")
                )
            if (
                b.signature == PER_PERSON
                and b.decision == "gegeven"
                and b.withdrawn_on is None
                and self.case_id is not None
            ):
                waiting = self.context.services.signatures.still_needed(self.case_id, "consent", b.id)
                valid = valid and (not waiting or bool(b.givers))  # only "wacht op…" is not valid
                status = _signing_status(status, waiting, bool(b.givers))
            values = [
                info.recipients.get(b.recipient_id)
                or QCoreApplication.translate("case_consent", "organisatie {id}").format(id=b.recipient_id),
                purpose,
                categories_text(b.categories),
                givers,
                f"{short_or_time(b.given_on)}, {how}" if how else short_or_time(b.given_on),
                status,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == len(values) - 1 and not valid:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.bases)
        self.table.setVisible(bool(self.bases))
        self.withdraw_box.setVisible(False)
        self.sign_box.setVisible(False)
        self._selection_changed()

    def status_texts(self) -> list[str]:
        cells = (self.table.item(r, len(COLUMNS) - 1) for r in range(self.table.rowCount()))
        return [cell.text() for cell in cells if cell is not None]

    # -- withdrawing ----------------------------------------------------------------------------
    def selected_basis(self) -> Basis | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.bases[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        b = self.selected_basis()
        self.withdraw_button.setEnabled(
            b is not None and b.kind == "consent" and b.decision == "gegeven" and b.withdrawn_on is None
        )
        waiting = self.waiting_signers()
        self.sign_button.setEnabled(bool(waiting))
        names = ", ".join(s.name for s in waiting)
        self.to_sign.setText(
            QCoreApplication.translate("case_consent", "Moet nog zelf tekenen: {names}.").format(names=names)
            if waiting
            else ""
        )
        self.to_sign.setVisible(bool(waiting))

    # -- signing, one person at a time --------------------------------------------------------------
    def signing_basis(self) -> Basis | None:
        """The selected consent, else the newest: when it is recorded to be signed per person."""
        b = self.selected_basis() or (self.bases[0] if self.bases else None)
        ok = b is not None and b.signature == PER_PERSON and b.decision == "gegeven" and b.withdrawn_on is None
        return b if ok else None

    def waiting_signers(self):
        b = self.signing_basis()
        if b is None or self.case_id is None:
            return []
        return self.context.services.signatures.still_needed(self.case_id, "consent", b.id)

    def start_sign(self) -> None:
        b, waiting = self.signing_basis(), self.waiting_signers()
        if b is not None and b.id is not None and self.case_id is not None and waiting:
            self.withdraw_box.setVisible(False)
            self.sign_box.start(self.case_id, b.id, waiting)

    def _signed(self, message: str) -> None:
        self._on_changed()
        self.notice.setText(message)
        self.notice.setVisible(True)

    def start_withdraw(self) -> None:
        b = self.selected_basis()
        if b is None or self.case_id is None:
            return
        info = self.context.services.consent.case_consent(self.case_id)
        self.withdraw_by.clear()
        for giver in sorted(b.givers):
            self.withdraw_by.addItem(info.name(giver), giver)
        if len(b.givers) > 1:
            self.withdraw_by.addItem(QCoreApplication.translate("case_consent", "Alle gevers samen"), ALL_GIVERS)
        self.withdraw_on.set_value(self.context.services.consent.today().isoformat())
        self.withdraw_error.setVisible(False)
        self.withdraw_box.setVisible(True)
        self.withdraw_on.setFocus()

    def withdraw(self) -> bool:
        b = self.selected_basis()
        if b is None or b.id is None:
            return False
        by = self.withdraw_by.currentData()
        try:
            message = self.context.services.consent.withdraw(
                b.id, self.withdraw_on.value() or self.withdraw_on.text(), None if by == ALL_GIVERS else by
            )
        except InvalidRecord as exc:
            self._withdraw_problem(" ".join(exc.errors.values()))
            return False
        except Exception as exc:
            self._withdraw_problem(messages.describe(exc, self.context.home))
            return False
        self.withdraw_box.setVisible(False)
        self._on_changed()
        self.notice.setText(message)
        self.notice.setVisible(True)
        return True

    def _withdraw_problem(self, text: str) -> None:
        self.withdraw_error.setText(text)
        self.withdraw_error.setVisible(True)
