"""Casussen: the list of cases with a status filter; open a case (Enter / double-click) or
start a new one."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton

from ibdesk.domain.model import Case, CaseRow, CaseStatus
from ibdesk.errors import InvalidRecord
from ibdesk.services import ui_support
from ibdesk.ui import messages
from ibdesk.ui.models import CASE_COLUMNS, RECORD_ROLE, RecordTableModel, SearchProxy
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import button, panel
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, named, styled_label


class CasesPage(Page):
    title = "Casussen"
    subtitle = "Alle ondersteuningstrajecten, met wie de regie heeft. Dubbelklik of Enter opent de casus."
    case_opened = Signal(int)

    def __init__(self, context: Context):
        super().__init__(context)
        bar = QHBoxLayout()
        label = QLabel("&Status:")
        self.status = QComboBox()
        named(self.status, "Filter op status")
        self.status.addItem("Alle statussen", None)
        for status in CaseStatus:
            self.status.addItem(status.label, status)
        label.setBuddy(self.status)
        self.status.currentIndexChanged.connect(self.refresh)
        self.count = styled_label("", "hint", wrap=False)
        self.open_button = QPushButton("&Openen")
        named(self.open_button, "Geselecteerde casus openen")
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        self.new_button = QPushButton("&Nieuwe casus…")
        self.new_button.setProperty("role", "primary")
        named(self.new_button, "Nieuwe casus")
        self.new_button.clicked.connect(self.start_new)
        for widget in (label, self.status):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        self.body.addLayout(bar)
        self.body.addWidget(self._new_case_panel())
        self.model = RecordTableModel(CASE_COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, CASE_COLUMNS, "Casussen")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self.open_index)
        self.body.addWidget(self.table, 1)

    def _new_case_panel(self):
        self.new_panel, layout = panel("Nieuwe casus")
        layout.addWidget(styled_label("Begin een casus bij het eerste signaal. De routekaart van de school "
                                      "bepaalt de stappen.", "hint"))
        self.new_fields = FieldSet()
        self.new_pupil = QComboBox()
        self.new_question = line_edit("Hulpvraag", "Wat is de vraag? Bijvoorbeeld: hoe kan … weer tot leren komen?")
        self.new_lead = line_edit("Wie heeft de regie", "naam")
        self.new_role = line_edit("Functie van de regiehouder", text="intern begeleider")
        self.new_route = QComboBox()
        self.new_route.setAccessibleName("Routekaart van de casus")
        self.new_route.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_route.setMinimumContentsLength(24)  # long route titles must not squeeze the other fields
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for index, (key, caption, editor) in enumerate((
                ("leerling", "&Leerling", self.new_pupil), ("hulpvraag", "&Hulpvraag", self.new_question),
                ("regie", "&Regie bij", self.new_lead), ("functie", "&Functie", self.new_role),
                ("route", "Route&kaart", self.new_route))):
            hint = "Standaard de routekaart van uw school (Instellingen); kies zo nodig een andere versie of variant." \
                if key == "route" else ""
            box = self.new_fields.add(key, FieldBox(caption, editor, editor.accessibleName() or "Leerling", hint))
            grid.addWidget(box, index // 2, index % 2, 1, 2 if key == "route" else 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.create_button = button("Casus aanmaken en openen", "Casus aanmaken en openen", self.create_case,
                                    primary=True)
        cancel = button("Annuleren", "Nieuwe casus annuleren", lambda: self.new_panel.setVisible(False))
        line = QHBoxLayout()
        line.addWidget(self.create_button)
        line.addWidget(cancel)
        line.addStretch(1)
        layout.addLayout(line)
        self.new_panel.setVisible(False)
        return self.new_panel

    def selected_status(self) -> CaseStatus | None:
        return self.status.currentData()

    def refresh(self) -> None:
        rows = messages.attempt(self, "Casussen", lambda: self.context.records.case_rows(
            self.selected_status()), self.context.home)
        self.model.set_rows(rows or [])
        n = self.model.rowCount()
        self.count.setText("1 casus" if n == 1 else f"{n} casussen")

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            messages.show_info(self, "Casussen", "Kies eerst een casus in de lijst.")
            return
        row: CaseRow = index.data(RECORD_ROLE)
        self.case_opened.emit(row.case_id)

    # -- new case ---------------------------------------------------------------------------------
    def start_new(self) -> None:
        pupils = messages.attempt(self, "Nieuwe casus", self.context.records.pupils, self.context.home) or []
        self.new_pupil.clear()
        for pupil in pupils:
            if pupil.left_on is None:
                self.new_pupil.addItem(f"{pupil.full_name} ({pupil.group})", pupil.id)
        leads = [r.lead_name for r in self.model._rows if r.lead_name]
        if leads and not self.new_lead.text():
            self.new_lead.setText(max(set(leads), key=leads.count))
        self._user_as_lead()
        self.new_question.clear()
        self._fill_routes()
        self.new_fields.clear_errors()
        self.new_panel.setVisible(True)
        self.new_pupil.setFocus()

    def _user_as_lead(self) -> None:
        """On a new profile the user (name and role from the first-run wizard) holds regie."""
        name, role = ui_support.user_profile(self.context.store)
        if name and not self.new_lead.text():
            self.new_lead.setText(name)
            self.new_role.setText(role or self.new_role.text())

    def _fill_routes(self) -> None:
        """The school's default route first, then other routes and versions (from their metadata)."""
        routes = self.context.services.routes
        school = messages.attempt(self, "Nieuwe casus", self.context.records.school, self.context.home)
        default = routes.default_option(school)
        self.new_route.clear()
        for option in routes.choices(school):
            extra = " — standaard voor uw school" if option == default else (f" — {option.region}" if option.region
                                                                                else "")
            self.new_route.addItem(f"{option.title} (versie {option.version}){extra}", option.ref)
        self.new_route.setCurrentIndex(0)

    def create_case(self) -> int | None:
        pupil_id = self.new_pupil.currentData()
        if pupil_id is None:
            self.new_fields.show_errors({"leerling": "Kies de leerling."})
            return None
        route = self.context.services.routes.resolve(self.new_route.currentData()) if self.new_route.count() else None
        case = Case(pupil_id=pupil_id, help_question=self.new_question.text(), opened_on=date.today(),
                    lead_name=self.new_lead.text(), lead_role=self.new_role.text().strip() or "intern begeleider",
                    route_id=route.id if route else None, route_version=route.version if route else None)
        case.opened_on = self.context.records.today()
        try:
            saved = self.context.records.save_case(case)
        except InvalidRecord as exc:
            self.new_fields.show_errors(exc.errors)
            return None
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, "Casus niet aangemaakt", messages.describe(exc, self.context.home))
            return None
        self.new_panel.setVisible(False)
        self.refresh()
        self.case_opened.emit(saved.id)
        return saved.id
