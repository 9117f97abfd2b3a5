"""Toestemming of a case: the recorded bases, who still must consent for the Sociaal Team
(in plain Dutch), recording consent with the form (and signature pad), and withdrawal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
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
from ibdesk.services import consent_forms
from ibdesk.services.consent import PER_PERSON
from ibdesk.services.guidance import CaseOverview
from ibdesk.text.dates import short_or_time
from ibdesk.text.labels import consent_method
from ibdesk.ui.forms import DateInput
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.banner import Banner
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.lists import BulletList
from ibdesk.ui.pages.base import Context
from ibdesk.ui.pages.case_signing import SignBox
from ibdesk.ui.pages.parts import panel, row
from ibdesk.ui.widgets import named, styled_label

COLUMNS = ["Ontvanger", "Doel", "Gegevens", "Gegeven door", "Wanneer en hoe", "Status"]
ALL_GIVERS = "__all__"


def categories_text(categories) -> str:
    """'alle gegevens', 'alles behalve Gezondheid' or the list — short enough for a table cell."""
    missing = [label for key, label in CATEGORIES.items() if key not in categories]
    if not missing:
        return "alle soorten gegevens"
    if len(missing) <= 2 and len(categories) > 2:
        return "alles behalve " + " en ".join(m.lower() for m in missing)
    return ", ".join(CATEGORIES.get(c, c) for c in sorted(categories))


def _signing_status(status: str, waiting, anyone: bool) -> str:
    """A consent counts only for those who signed it: say who must still sign."""
    if not waiting:
        return status
    names = ", ".join(s.name for s in waiting)
    return f"{status}; nog niet getekend door {names}" if anyone else f"wacht op handtekening van {names}"


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
        need_frame, need = panel("Wie moet nog toestemming geven voor het Sociaal Team?")
        self.rule = styled_label("", "hint")
        need.addWidget(self.rule)
        self.need = Banner()
        need.addWidget(self.need)
        layout.addWidget(need_frame)
        table_frame, inner = panel("Vastgelegde grondslagen en toestemming")
        self.table = QTableWidget(0, len(COLUMNS))
        named(self.table, "Vastgelegde grondslagen en toestemming")
        self.table.setHorizontalHeaderLabels(COLUMNS)
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
        self.empty = styled_label("Er is nog niets vastgelegd.", "hint")
        inner.addWidget(self.empty)
        self.record_button = button(
            "Toestemming vastleggen", "Toestemming vastleggen met het formulier", on_record, primary=True
        )
        self.withdraw_button = button("Intrekken…", "Geselecteerde toestemming intrekken", self.start_withdraw)
        self.withdraw_button.setEnabled(False)
        self.sign_button = button(
            "Laten tekenen…",
            "Iedereen die toestemming geeft laten tekenen",
            self.start_sign,
            tooltip="Elke ouder met gezag (of de leerling vanaf 16) tekent zelf",
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
        self.withdraw_box, box = panel("Toestemming intrekken", (14, 10, 14, 12))
        box.addWidget(
            styled_label(
                "Vanaf de datum van intrekking deelt ibdesk deze gegevens niet meer met "
                "deze ontvanger. Wat al gedeeld is, blijft in het logboek zichtbaar.",
                "hint",
            )
        )
        self.withdraw_on = DateInput(today=self.context.services.consent.today)
        named(self.withdraw_on, "Datum van intrekking")
        self.withdraw_by = QComboBox()
        named(self.withdraw_by, "Ingetrokken door")
        on_label, by_label = QLabel("Datum:"), QLabel("Ingetrokken door:")
        on_label.setBuddy(self.withdraw_on)
        by_label.setBuddy(self.withdraw_by)
        self.withdraw_confirm = button("Intrekking vastleggen", "Intrekking vastleggen", self.withdraw, primary=True)
        cancel = button("Annuleren", "Intrekken annuleren", lambda: self.withdraw_box.setVisible(False))
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
            lines.append("Toestemming gegeven door: " + ", ".join(need.given_by) + ".")
        if need.still_needed:
            lines.append("Nog nodig: toestemming van " + ", ".join(need.still_needed) + ".")
        if need.blocked_by:
            lines.append("Geweigerd of ingetrokken door: " + ", ".join(need.blocked_by) + ".")
        lines += need.decisions
        if need.covered:
            lines.append("Mag gedeeld worden: " + ", ".join(need.covered) + ".")
        if need.not_covered and (need.covered or need.given_by):
            lines.append("Niet gedekt (wordt niet gedeeld): " + ", ".join(need.not_covered) + ".")
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
            givers = ", ".join(info.name(g) for g in sorted(b.givers)) if b.kind == "consent" else "wettelijke taak"
            how = consent_method(b.method, b.heard_by)
            purpose = PURPOSES.get(b.purpose, b.purpose)
            if b.kind == "legal_task":
                purpose = LEGAL_TASKS.get(b.task or "", purpose)
            status = consent_forms.basis_status(b, today, info.name)
            if status == "geldig":
                status = f"geldig tot {short_or_time(b.valid_until)}" if b.valid_until else "geldig (geen einddatum)"
            if (
                b.signature == PER_PERSON
                and b.decision == "gegeven"
                and b.withdrawn_on is None
                and self.case_id is not None
            ):
                status = _signing_status(
                    status, self.context.services.signatures.still_needed(self.case_id, "consent", b.id), bool(b.givers)
                )
            values = [
                info.recipients.get(b.recipient_id, f"organisatie {b.recipient_id}"),
                purpose,
                categories_text(b.categories),
                givers,
                f"{short_or_time(b.given_on)}, {how}" if how else short_or_time(b.given_on),
                status,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == len(values) - 1 and not status.startswith("geldig"):
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
        self.to_sign.setText("Moet nog zelf tekenen: " + ", ".join(s.name for s in waiting) + "." if waiting else "")
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
            self.withdraw_by.addItem("Alle gevers samen", ALL_GIVERS)
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


class ViewpointsPanel(QWidget):
    """Parents' own view (zienswijze), added to the case; it travels with what is shared."""

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QPlainTextEdit

        from ibdesk.ui.widgets import line_edit

        self.context = context
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        list_frame, self.list_box = panel("Zienswijze van ouders (en leerling)")
        self.list_box.addWidget(
            styled_label(
                "Ouders mogen hun eigen kijk toevoegen aan wat de school deelt. De zienswijze gaat mee met het "
                "dossier; de school verandert er niets aan.",
                "hint",
            )
        )
        self.items = BulletList()
        self.list_box.addWidget(self.items)
        self.empty = styled_label("Nog geen zienswijze toegevoegd.", "hint")
        self.list_box.addWidget(self.empty)
        layout.addWidget(list_frame)
        add_frame, add = panel("Zienswijze toevoegen")
        self.author = line_edit("Van wie is de zienswijze", "bijvoorbeeld: moeder en vader")
        self.text = QPlainTextEdit()
        named(self.text, "Tekst van de zienswijze")
        self.text.setPlaceholderText("In de woorden van de ouders…")
        self.text.setFixedHeight(110)
        author_label, text_label = QLabel("Van wie:"), QLabel("Zienswijze:")
        author_label.setBuddy(self.author)
        text_label.setBuddy(self.text)
        add.addWidget(author_label)
        add.addWidget(self.author)
        add.addWidget(text_label)
        add.addWidget(self.text)
        self.error = styled_label("", "error")
        self.error.setVisible(False)
        add.addWidget(self.error)
        self.add_button = button("Zienswijze toevoegen", "Zienswijze toevoegen", self.add, primary=True)
        add.addLayout(row(self.add_button))
        layout.addWidget(add_frame)
        from ibdesk.ui.pages.case_zienswijze import ZienswijzePanel

        self.pupil_view = ZienswijzePanel(context)  # the pupil (12+) signs for his own words
        layout.addWidget(self.pupil_view)
        layout.addStretch(1)

    def show_case(self, case_id: int) -> None:
        self.case_id = case_id
        views = self.context.services.consent.viewpoints(case_id)
        self.items.set_lines([f"{short_or_time(on)} — {author}: “{text}”" for author, text, on in views])
        self.empty.setVisible(not views)

    def add(self) -> bool:
        if self.case_id is None:  # no case shown yet
            return False
        try:
            self.context.services.consent.add_viewpoint(self.case_id, self.author.text(), self.text.toPlainText())
        except InvalidRecord as exc:
            self.error.setText(" ".join(exc.errors.values()))
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.author.clear()
        self.text.clear()
        self.show_case(self.case_id)
        return True
