"""Pages whose content comes in a later version: say what will be there."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.widgets import card, styled_label


class PlaceholderPage(Page):
    def __init__(self, context: Context, title: str, subtitle: str, coming: list[str]):
        self.title, self.subtitle = title, subtitle
        super().__init__(context)
        box = card()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(styled_label("Komt in een volgende versie", "cardTitle"))
        layout.addWidget(styled_label("Op deze pagina kunt u straks:", "body"))
        for line in coming:
            layout.addWidget(styled_label(f"•  {line}", "body"))
        self.body.addWidget(box)
        self.body.addStretch(1)


MDO_COMING = [
    "een MDO plannen met de juiste deelnemers: ouders, de leerling waar het kan, leerkracht of "
    "mentor, en deskundigen van SWV, jeugdhulp, JGZ en leerplicht;",
    "vooraf een agenda en de vragen voor het overleg klaarzetten;",
    "tijdens het overleg afspraken vastleggen: wie doet wat, vóór wanneer;",
    "het verslag met ouders delen en de afspraken opvolgen in de casus.",
]
THUISZITTERS_COMING = [
    "zien welke leerlingen (dreigend) thuiszitten en sinds wanneer;",
    "het verzuim en de stappen met leerplicht bijhouden;",
    "per leerling het plan voor terugkeer naar school volgen;",
    "op tijd een seintje krijgen als een termijn verloopt.",
]
