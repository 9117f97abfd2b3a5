"""Overzicht: a start page with the numbers that matter today."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ibdesk.domain.model import CaseStatus
from ibdesk.services import ui_support
from ibdesk.ui import messages
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.widgets import card, named, styled_label


class CountCard(QWidget):
    """A number with a caption."""

    def __init__(self, caption: str, note: str = ""):
        super().__init__()
        self.caption = caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.frame = card()
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(20, 14, 20, 14)
        inner.setSpacing(2)
        self.number = styled_label("–", "bigNumber", wrap=False)
        inner.addWidget(self.number)
        inner.addWidget(styled_label(caption, "cardTitle", wrap=False))
        self.note = styled_label(note, "hint")
        inner.addWidget(self.note)
        layout.addWidget(self.frame)

    def set_value(self, value: int) -> None:
        self.number.setText(str(value))
        named(self.number, f"{self.caption}: {value}")


class OverviewPage(Page):
    title = "Overzicht"
    subtitle = "Uw leerlingen en casussen in één oogopslag."

    def __init__(self, context: Context):
        super().__init__(context)
        self.school_label = styled_label("", "sectionTitle", wrap=False)
        self.body.addWidget(self.school_label)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.pupils = CountCard("Leerlingen", "ingeschreven in dit profiel")
        self.open_cases = CountCard("Open casussen", "alles wat niet gesloten is")
        self.by_status = {status: CountCard(status.label) for status in CaseStatus}
        cards = [self.pupils, self.open_cases] + [self.by_status[s] for s in CaseStatus]
        for index, widget in enumerate(cards):
            grid.addWidget(widget, index // 3, index % 3)
        self.body.addLayout(grid)
        self.body.addWidget(self._coming())
        self.body.addStretch(1)

    @staticmethod
    def _coming() -> QLabel:
        return styled_label("Binnenkort ziet u hier ook de MDO's van deze week, thuiszitters en "
                            "termijnen die bijna verlopen.", "hint")

    def refresh(self) -> None:
        messages.attempt(self, "Overzicht", self._load, self.context.home)

    def _load(self) -> None:
        records = self.context.records
        school = records.school()
        self.school_label.setText(school.name if school else "")
        self.pupils.set_value(records.counts()["pupils"])
        per_status = ui_support.case_status_counts(records)
        self.open_cases.set_value(sum(n for s, n in per_status.items() if s is not CaseStatus.CLOSED))
        for status, count in per_status.items():
            self.by_status[status].set_value(count)
