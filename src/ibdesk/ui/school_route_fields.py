"""The school type, the region and the routekaart they lead to, shared by the first-run wizard
and Instellingen. What the machine policy fixes is shown read-only; the route is never named
in code: it comes from the routes' `level` and `region` (services/school_route.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from ibdesk.domain.model import School
from ibdesk.domain.route_choice import SchoolType, school_type
from ibdesk.errors import UserError
from ibdesk.ui.widgets import named, styled_label


def policy_note() -> str:
    return QCoreApplication.translate("school_route", "Vastgelegd door de ICT-beheerder (beleid van deze computer).")


class SchoolRouteFields:
    """`type_combo`, the given `region` edit (with suggestions) and `route_label`, kept in step."""

    def __init__(self, routes, region: QLineEdit):
        self.routes = routes
        self.region = region
        self.type_combo = QComboBox()
        named(self.type_combo, QCoreApplication.translate("school_route", "Soort school"))
        for kind in SchoolType:
            self.type_combo.addItem(kind.label, str(kind))
        self.regions = QStringListModel()
        completer = QCompleter(self.regions, region)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        region.setCompleter(completer)
        self.route_label = styled_label("", "body")
        self.route_label.setAccessibleName(
            QCoreApplication.translate("school_route", "Routekaart voor nieuwe casussen")
        )
        self.regions_hint = styled_label("", "hint")
        locked = routes.locked()
        if "schooltype" in locked:
            self.set_school_type(locked["schooltype"])
            self.type_combo.setEnabled(False)
            self.type_combo.setToolTip(policy_note())
        if "regio" in locked:
            region.setText(locked["regio"])
            region.setReadOnly(True)
            region.setToolTip(policy_note())
        self.type_combo.currentIndexChanged.connect(self.update)
        region.textChanged.connect(self.update)
        self.update()

    def school_type(self) -> str:
        return self.type_combo.currentData()

    def set_school_type(self, value: str | None) -> None:
        if self.type_combo.isEnabled():
            try:
                kind = school_type(value) or SchoolType.PO
            except UserError:
                kind = SchoolType.PO
            self.type_combo.setCurrentIndex(self.type_combo.findData(str(kind)))

    def set_region(self, value: str | None) -> None:
        if not self.region.isReadOnly():
            self.region.setText(value or "")

    def update(self) -> None:
        """The route new cases will start on, and the regions that ship a route of their own."""
        probe = School(
            name="", municipality="", region=self.region.text().strip() or None, school_type=self.school_type()
        )
        option = self.routes.default_option(probe)
        self.route_label.setText(
            QCoreApplication.translate("school_route", "Nieuwe casussen volgen: {title} (versie {version}).").format(
                title=option.title, version=option.version
            )
            if option
            else QCoreApplication.translate(
                "school_route",
                "Er is geen routekaart voor deze soort school; vraag de ICT-beheerder om de routekaart van uw regio.",
            )
        )
        known = self.routes.known_regions(school_type(probe.school_type))
        self.regions.setStringList(known)
        self.regions_hint.setText(
            QCoreApplication.translate(
                "school_route", "De regio mag leeg blijven. Regio's met een eigen routekaart: {regions}."
            ).format(regions=", ".join(known))
            if known
            else QCoreApplication.translate("school_route", "De regio mag leeg blijven.")
        )
        if self.routes.locked():
            self.route_label.setToolTip(policy_note())
