"""Contacten: the organisations around the school, who to call, and who to escalate to —
added, edited, deactivated and imported here."""

from __future__ import annotations

import copy
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ibdesk.domain.model import Contact, Organisation
from ibdesk.services.org_files import read_entries
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP
from ibdesk.ui.models import fold, nl_phone
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.organisation_editor import OrganisationEditor
from ibdesk.ui.pages.organisation_import import ImportPreview, import_counts
from ibdesk.ui.pages.parts import badge
from ibdesk.ui.undo import offer_undo
from ibdesk.ui.widgets import card, line_edit, named, repolish, styled_label


def file_filter() -> str:
    return QCoreApplication.translate("contacts", "Organisatiebestanden (*.yaml *.yml *.csv)")


def describe_contact(contact: Contact | None) -> str:
    if contact is None:
        return QCoreApplication.translate("contacts", "nog niet vastgelegd")
    parts = [contact.name + (f" ({contact.role})" if contact.role else "")]
    parts += [p for p in (nl_phone(contact.phone), contact.email) if p]
    return "  ·  ".join(parts)


def org_facts(org: Organisation) -> str:
    place = " ".join(p for p in (org.postcode, org.place) if p)
    address = ", ".join(p for p in (org.address, place) if p)
    parts = (
        org.municipality
        and QCoreApplication.translate("contacts", "gemeente {municipality}").format(municipality=org.municipality),
        address,
        nl_phone(org.phone),
        org.email,
        org.brin and QCoreApplication.translate("contacts", "BRIN {brin}").format(brin=org.brin),
    )
    return "  ·  ".join(p for p in parts if p)


def matches(org: Organisation, words: list[str]) -> bool:
    text = fold(
        " ".join([org.name, org.municipality or "", org.place or "", org.kind.label] + [c.name for c in org.contacts])
    )
    return all(word in text for word in words)


class ContactsPage(Page):
    tr_context = "contacts"
    title = QT_TRANSLATE_NOOP("contacts", "Contacten")
    subtitle = QT_TRANSLATE_NOOP(
        "contacts", "Per soort organisatie: wie u belt, en bij wie u terechtkunt als het vastloopt."
    )

    def __init__(
        self,
        context: Context,
        open_editor: Callable[[Organisation | None], bool] | None = None,
        open_preview: Callable[..., bool] | None = None,
    ):
        super().__init__(context)
        self._open_editor = open_editor or self._exec_editor
        self._open_preview = open_preview or self._exec_preview
        self.body.addLayout(self._build_toolbar())
        self.list_scroll = QScrollArea()
        self.list_scroll.setWidgetResizable(True)
        self.list_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.list_scroll.setAccessibleName(QCoreApplication.translate("contacts", "Contacten per soort organisatie"))
        self.body.addWidget(self.list_scroll, 1)
        self.organisations: list[Organisation] = []
        self.cards: dict[int, QWidget] = {}

    @property
    def service(self):
        return self.context.services.organisations

    def _build_toolbar(self) -> QVBoxLayout:
        """Actions on the first row, search on the second: both fit at the window's minimum width."""
        label = QLabel(QCoreApplication.translate("contacts", "&Zoeken:"))
        self.search = line_edit(
            QCoreApplication.translate("contacts", "Organisaties zoeken"),
            QCoreApplication.translate("contacts", "naam, gemeente, contactpersoon…"),
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(lambda _text: self._show())
        label.setBuddy(self.search)
        self.show_inactive = QCheckBox(QCoreApplication.translate("contacts", "Ook niet-actieve tonen"))
        named(
            self.show_inactive,
            QCoreApplication.translate("contacts", "Ook organisaties tonen die niet meer actief zijn"),
        )
        self.show_inactive.toggled.connect(lambda _on: self._show())
        self.import_button = button(
            QCoreApplication.translate("contacts", "&Importeren…"),
            QCoreApplication.translate("contacts", "Organisatiebestand importeren"),
            self.import_file,
            tooltip=QCoreApplication.translate(
                "contacts", "Het organisatiebestand (YAML of CSV) van uw regio of schoolbestuur"
            ),
        )
        self.add_button = button(
            QCoreApplication.translate("contacts", "Organisatie &toevoegen"),
            QCoreApplication.translate("contacts", "Organisatie toevoegen"),
            self.new_organisation,
            primary=True,
        )
        actions, search = QHBoxLayout(), QHBoxLayout()
        for add in (self.add_button, self.import_button):
            actions.addWidget(add)
        actions.addStretch(1)
        for widget in (label, self.search, self.show_inactive):
            search.addWidget(widget)
        search.addStretch(1)
        bar = QVBoxLayout()
        bar.setSpacing(10)
        bar.addLayout(actions)
        bar.addLayout(search)
        return bar

    def refresh(self) -> None:
        orgs = messages.attempt(
            self, QCoreApplication.translate("contacts", "Contacten"), self.service.list, self.context.home
        )
        self.organisations = orgs or []
        self._show()

    def _show(self) -> None:
        words = fold(self.search.text()).split()
        shown = [o for o in self.organisations if (o.active or self.show_inactive.isChecked()) and matches(o, words)]
        self.list_scroll.setWidget(self._build_list(shown))

    def _build_list(self, shown: list[Organisation]) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(10)
        self.cards = {}
        if not shown:
            layout.addWidget(styled_label(self._empty_text(), "hint"))
        for kind, orgs in groupby(shown, key=lambda o: o.kind):
            layout.addWidget(styled_label(kind.label, "sectionTitle", wrap=False))
            for org in orgs:
                assert org.id is not None  # listed from the store
                self.cards[org.id] = self._org_card(org)
                layout.addWidget(self.cards[org.id])
        inactive = sum(1 for o in self.organisations if not o.active)
        if inactive and not self.show_inactive.isChecked():
            layout.addWidget(
                styled_label(
                    QCoreApplication.translate(
                        "contacts",
                        "{count} organisatie(s) niet meer actief; vink 'Ook niet-actieve tonen' aan om ze te zien.",
                    ).format(count=inactive),
                    "hint",
                )
            )
        layout.addStretch(1)
        return content

    def _empty_text(self) -> str:
        if self.organisations:
            return QCoreApplication.translate("contacts", "Geen organisatie gevonden met deze zoekterm.")
        return QCoreApplication.translate(
            "contacts",
            "Er zijn nog geen organisaties vastgelegd. Voeg ze toe met 'Organisatie toevoegen', of importeer "
            "het organisatiebestand van uw regio of schoolbestuur met 'Importeren…'.",
        )

    def _org_card(self, org: Organisation) -> QWidget:
        frame = card()
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 12, 18, 14)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(styled_label(org.name, "cardTitle"), 1)
        if not org.active:
            top.addWidget(badge(QCoreApplication.translate("contacts", "niet actief"), "warn"))
        org_id = org.id
        assert org_id is not None  # a card shows a stored organisation
        edit = button(
            QCoreApplication.translate("contacts", "Bewerken…"),
            QCoreApplication.translate("contacts", "{name} bewerken").format(name=org.name),
            lambda: self.edit(org_id),
        )
        if org.active:
            text = QCoreApplication.translate("contacts", "Op non-actief zetten")
            name = QCoreApplication.translate("contacts", "{name} op non-actief zetten").format(name=org.name)
        else:
            text = QCoreApplication.translate("contacts", "Weer actief maken")
            name = QCoreApplication.translate("contacts", "{name} weer actief maken").format(name=org.name)
        switch = button(text, name, lambda: self.set_active(org_id, not org.active))
        top.addWidget(edit)
        top.addWidget(switch)
        layout.addLayout(top)
        facts = org_facts(org)
        if facts:
            layout.addWidget(styled_label(facts, "hint"))
        layout.addLayout(self._people_grid(org))
        frame.setAccessibleName(org.name)
        return frame

    @staticmethod
    def _people_grid(org: Organisation) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        escalation = org.escalation_contact()
        rows = [
            (QCoreApplication.translate("contacts", "Vaste contactpersoon:"), describe_contact(org.primary_contact())),
            (QCoreApplication.translate("contacts", "Opschalen naar:"), describe_contact(escalation)),
        ]
        if escalation is not None:
            rows.append(
                (
                    QCoreApplication.translate("contacts", "Mandaat:"),
                    escalation.mandate or QCoreApplication.translate("contacts", "niet beschreven"),
                )
            )
        for index, (caption, value) in enumerate(rows):
            key = QLabel(caption)
            key.setProperty("role", "hint")
            text = styled_label(value, "body")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(key, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, index, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # -- actions ---------------------------------------------------------------------------------
    def show_organisation(self, org_id: int) -> None:
        """Show one organisation's card (filter cleared, inactive ones shown when it is one),
        marked and scrolled into view, with the focus on its first button."""
        org = next((o for o in self.organisations if o.id == org_id), None)
        if org is None:
            messages.show_info(
                self,
                QCoreApplication.translate("contacts", "Contacten"),
                QCoreApplication.translate("contacts", "Organisatie {id} bestaat niet (meer).").format(id=org_id),
            )
            return
        self.search.clear()
        if not org.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)
        frame = self.cards.get(org_id)
        if frame is None:
            return
        frame.setProperty("marked", True)  # an accent border (ui/kit/style.py)
        repolish(frame)
        first = frame.findChild(QPushButton)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, frame, lambda: self.list_scroll.ensureWidgetVisible(frame, 0, 40))

    def new_organisation(self) -> None:
        if self._open_editor(None):
            self.refresh()

    def edit(self, org_id: int) -> None:
        org = messages.attempt(
            self,
            QCoreApplication.translate("contacts", "Organisatie openen"),
            lambda: self.service.get(org_id),
            self.context.home,
        )
        if org is not None:
            before = copy.deepcopy(org)
            if self._open_editor(org):
                self.refresh()
                self._offer_undo(before)

    def _offer_undo(self, before: Organisation) -> None:
        """Put the previous details back — only when no contact person was added or removed."""
        after = messages.attempt(
            self,
            QCoreApplication.translate("contacts", "Organisatie"),
            lambda: self.service.get(before.id),
            self.context.home,
        )
        if after is None or [c.id for c in after.contacts] != [c.id for c in before.contacts]:
            return

        def undo() -> None:
            self.service.save(copy.deepcopy(before))
            self.refresh()

        offer_undo(self, QCoreApplication.translate("contacts", "Organisatie opgeslagen."), undo)

    def set_active(self, org_id: int, active: bool) -> None:
        if (
            messages.attempt(
                self,
                QCoreApplication.translate("contacts", "Organisatie"),
                lambda: self.service.set_active(org_id, active),
                self.context.home,
            )
            is not None
        ):
            self.refresh()

            def undo() -> None:
                self.service.set_active(org_id, not active)
                self.refresh()

            done = (
                QCoreApplication.translate("contacts", "Organisatie weer actief.")
                if active
                else QCoreApplication.translate("contacts", "Organisatie op non-actief gezet.")
            )
            offer_undo(self, done, undo)

    def import_file(self) -> None:
        path = messages.ask_open_path(
            self, QCoreApplication.translate("contacts", "Organisatiebestand kiezen"), Path.home(), file_filter()
        )
        if path is None:
            return
        failed = QCoreApplication.translate("contacts", "Organisaties niet geïmporteerd")
        entries = messages.attempt(self, failed, lambda: read_entries(path), self.context.home)
        plan = entries is not None and messages.attempt(
            self, failed, lambda: self.service.plan_import(entries), self.context.home
        )
        if not plan or not self._open_preview(plan, path.name):
            return
        done = messages.attempt(self, failed, lambda: self.service.import_entries(entries), self.context.home)
        if done is not None:
            messages.show_info(
                self,
                QCoreApplication.translate("contacts", "Organisaties geïmporteerd"),
                QCoreApplication.translate("contacts", "Klaar: {summary}.").format(summary=import_counts(done)),
            )
            self.refresh()

    def _exec_editor(self, org: Organisation | None) -> bool:
        return OrganisationEditor(self.service, org, parent=self).exec() == QDialog.DialogCode.Accepted

    def _exec_preview(self, plan, file_name: str) -> bool:
        return ImportPreview(plan, file_name, self).exec() == QDialog.DialogCode.Accepted
