"""Overzicht: what needs attention now and this week, each item opening its page, and the
cases per status."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ibdesk.domain.model import CaseStatus
from ibdesk.services import lists
from ibdesk.services.attention_items import AttentionItem
from ibdesk.text.dates import short_or_time
from ibdesk.ui.flow import flow_row
from ibdesk.ui.grouped import GroupedListModel, ListColumn, grouped_view
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.palette import ERROR
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated
from ibdesk.ui.models import RECORD_ROLE
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.widgets import card, named, styled_label

ITEM_ROLE = RECORD_ROLE
C = "overview"  # the translation context of this page's marked texts
# Short card captions (the full status label as tooltip); the other statuses show their label.
SHORT = {
    CaseStatus.REFERRED: QT_TRANSLATE_NOOP("overview", "Aangemeld"),
    CaseStatus.FOLLOW_UP: QT_TRANSLATE_NOOP("overview", "Opvolging"),
}
GROUPS = (
    (
        "now",
        QT_TRANSLATE_NOOP("overview", "Nu"),
        QT_TRANSLATE_NOOP("overview", "te laat, vandaag of direct op te pakken"),
    ),
    ("week", QT_TRANSLATE_NOOP("overview", "Deze week"), QT_TRANSLATE_NOOP("overview", "binnen 7 dagen")),
    ("later", QT_TRANSLATE_NOOP("overview", "Binnenkort"), QT_TRANSLATE_NOOP("overview", "termijnen die naderen")),
)


def when_text(item: AttentionItem) -> str:
    when = short_or_time(item.due_on) if item.due_on else QCoreApplication.translate("overview", "nu")
    if item.overdue:
        return QCoreApplication.translate("overview", "{when} (te laat)").format(when=when)
    return when


def _late(item: AttentionItem) -> str | None:
    return ERROR if item.overdue else None


ATTENTION_COLUMNS = [
    ListColumn(
        QT_TRANSLATE_NOOP("overview", "Wat"),
        lambda i: i.label,
        180,
        tooltip=lambda i: i.detail,
        colour=_late,
        context=C,
    ),
    ListColumn(
        QT_TRANSLATE_NOOP("overview", "Leerling"), lambda i: i.title, 150, tooltip=lambda i: i.detail, context=C
    ),
    ListColumn(QT_TRANSLATE_NOOP("overview", "Toelichting"), lambda i: i.detail, 300, context=C),
    ListColumn(
        QT_TRANSLATE_NOOP("overview", "Datum"), when_text, 140, tooltip=lambda i: i.detail, colour=_late, context=C
    ),
]


def group_of(item: AttentionItem, today: date) -> str:
    if item.overdue or item.due_on is None or item.due_on <= today:
        return "now"
    return "week" if item.due_on <= today + timedelta(days=7) else "later"


class CountCard(QWidget):
    """A number with a caption."""

    def __init__(self, caption: str, note: str = ""):
        super().__init__()
        self.caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.frame = card()
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(14, 8, 14, 10)
        inner.setSpacing(0)
        self.number = styled_label("–", "bigNumber", wrap=False)
        inner.addWidget(self.number)
        inner.addWidget(styled_label(caption, "cardTitle"))  # wraps: a narrow window never cuts a word
        self.note = styled_label(note, "caption")
        self.note.setVisible(bool(note))
        inner.addWidget(self.note)
        layout.addWidget(self.frame)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))
        self.number.setMinimumWidth(self.number.sizeHint().width())  # a count is never shown cut short
        named(self.number, f"{self.caption}: {value}")


NOTHING_NEEDS_ATTENTION = QT_TRANSLATE_NOOP("overview", "Niets dat nu aandacht vraagt.")
FIRST_STEPS = QT_TRANSLATE_NOOP(
    "overview",
    "Nog niets te doen: er staan nog geen leerlingen in ibdesk. Begin bij Leerlingen (Ctrl+2) met "
    "‘Nieuwe leerling’, en open bij het eerste signaal een casus onder Casussen (Ctrl+3). Organisaties "
    "zoals het Sociaal Team legt u vast onder Contacten (Ctrl+6).",
)


class OverviewPage(Page):
    tr_context = C
    title = QT_TRANSLATE_NOOP("overview", "Overzicht")
    subtitle = QT_TRANSLATE_NOOP(
        "overview", "Wat vandaag en deze week aandacht vraagt. Dubbelklik of druk op Enter om het te openen."
    )
    open_target = Signal(str, int)  # ("case" | "pupil" | "meeting", id)

    def __init__(self, context: Context):
        super().__init__(context)
        self.items: list[AttentionItem] = []
        self.school_label = styled_label("", "sectionTitle", wrap=False)
        self.body.addWidget(self.school_label)
        self.body.addWidget(
            styled_label(QCoreApplication.translate("overview", "Aandacht nodig"), "sectionTitle", wrap=False)
        )
        self.model = GroupedListModel(ATTENTION_COLUMNS, self)
        self.tree = grouped_view(
            self.model,
            QCoreApplication.translate("overview", "Aandachtspunten"),
            QCoreApplication.translate("overview", "Nu, deze week en binnenkort; Enter opent het onderwerp"),
            stretch=2,
            wrap=(2,),
        )
        self.tree.activated.connect(self._activated)
        self.body.addWidget(self.tree, 1)
        self.empty = styled_label(self.shown(NOTHING_NEEDS_ATTENTION), "hint")
        self.empty.setVisible(False)
        self.body.addWidget(self.empty)
        self.body.addWidget(
            styled_label(QCoreApplication.translate("overview", "Mijn casussen per status"), "sectionTitle", wrap=False)
        )
        self.pupils = CountCard(QCoreApplication.translate("overview", "Leerlingen"))
        self.open_cases = CountCard(QCoreApplication.translate("overview", "Open casussen"))
        self.by_status = {
            status: CountCard(self.shown(SHORT[status]) if status in SHORT else status.label) for status in CaseStatus
        }
        for status, widget in self.by_status.items():
            widget.setToolTip(status.label)
        # the cards wrap to a second line in a narrow window instead of being cut off
        self.body.addWidget(flow_row([self.pupils, self.open_cases] + [self.by_status[s] for s in CaseStatus]))

    def refresh(self) -> None:
        messages.attempt(self, self.shown(self.title), self._load, self.context.home)

    def _load(self) -> None:
        services = self.context.services
        records = services.records
        school = records.school()
        self.school_label.setText(school.name if school else "")
        pupil_count = records.counts()["pupils"]
        self.pupils.set_value(pupil_count)
        self.empty.setText(self.shown(NOTHING_NEEDS_ATTENTION if pupil_count else FIRST_STEPS))
        per_status = lists.status_counts(records.store)
        self.open_cases.set_value(sum(n for s, n in per_status.items() if s is not CaseStatus.CLOSED))
        for status, count in per_status.items():
            self.by_status[status].set_value(count)
        self.show_items(services.attention.compute().items, services.attention.today())

    def show_items(self, items: list[AttentionItem], today: date) -> None:
        self.items = items
        groups: dict[str, list[AttentionItem]] = {key: [] for key, _, _ in GROUPS}
        for item in items:
            groups[group_of(item, today)].append(item)
        self.model.set_groups(
            (f"{translated(C, caption)} ({len(groups[key])}) — {translated(C, hint)}", groups[key])
            for key, caption, hint in GROUPS
        )
        self.empty.setVisible(not items)
        first = self.model.row_of(lambda _item: True)
        if first is not None:
            self.tree.setCurrentIndex(self.model.index(first, 0))

    def rows(self) -> list[tuple[str, AttentionItem]]:
        """(group caption, item) in screen order."""
        return [(heading.split(" (")[0], item) for heading, item in self.model.records()]

    def index_of(self, attention: AttentionItem) -> QModelIndex:
        row = self.model.row_of(lambda item: item is attention)
        return self.model.index(row, 0) if row is not None else QModelIndex()

    def _activated(self, index: QModelIndex) -> None:
        item: AttentionItem | None = index.data(RECORD_ROLE) if index.isValid() else None
        if item is not None:
            self.open_target.emit(*item.target)
