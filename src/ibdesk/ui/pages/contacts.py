"""Contacten: the organisations around the school, who to call, and who to escalate to."""
from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ibdesk.domain.model import Contact, Organisation, OrgKind
from ibdesk.ui import messages
from ibdesk.ui.models import nl_phone
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.widgets import card, styled_label

KIND_ORDER = list(OrgKind)


def describe_contact(contact: Contact | None) -> str:
    if contact is None:
        return "nog niet vastgelegd"
    parts = [contact.name + (f" ({contact.role})" if contact.role else "")]
    parts += [p for p in (nl_phone(contact.phone), contact.email) if p]
    return "  ·  ".join(parts)


def org_card(org: Organisation) -> QWidget:
    frame = card()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 12, 18, 14)
    layout.setSpacing(6)
    layout.addWidget(styled_label(org.name, "cardTitle"))
    facts = "  ·  ".join(p for p in (org.municipality and f"gemeente {org.municipality}", nl_phone(org.phone), org.email) if p)
    if facts:
        layout.addWidget(styled_label(facts, "hint"))
    grid = QGridLayout()
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(4)
    escalation = org.escalation_contact()
    rows = [("Vaste contactpersoon", describe_contact(org.primary_contact())),
            ("Opschalen naar", describe_contact(escalation))]
    if escalation is not None:
        rows.append(("Mandaat", escalation.mandate or "niet beschreven"))
    for index, (caption, value) in enumerate(rows):
        key = QLabel(caption + ":")
        key.setProperty("role", "hint")
        text = styled_label(value, "body")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(key, index, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, index, 1)
    grid.setColumnStretch(1, 1)
    layout.addLayout(grid)
    frame.setAccessibleName(org.name)
    return frame


class ContactsPage(Page):
    title = "Contacten"
    subtitle = "Per soort organisatie: wie u belt, en bij wie u terechtkunt als het vastloopt."

    def __init__(self, context: Context):
        super().__init__(context)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName("Contacten per soort organisatie")
        self.body.addWidget(self.scroll, 1)
        self.organisations: list[Organisation] = []

    def refresh(self) -> None:
        orgs = messages.attempt(self, "Contacten", self.context.records.organisations, self.context.home)
        self.organisations = sorted(orgs or [], key=lambda o: (KIND_ORDER.index(o.kind), o.name.casefold()))
        self.scroll.setWidget(self._build_list())

    def _build_list(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(10)
        if not self.organisations:
            layout.addWidget(styled_label("Er zijn nog geen organisaties vastgelegd.", "hint"))
        for kind, orgs in groupby(self.organisations, key=lambda o: o.kind):
            layout.addWidget(styled_label(kind.label, "sectionTitle", wrap=False))
            for org in orgs:
                layout.addWidget(org_card(org))
        layout.addStretch(1)
        return content
