"""Casussen: the list of cases, searchable and filtered by status, group and who holds the
regie; open a case (Enter / double-click) or start a new one for a pupil found by typing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ibdesk.domain.model import Case, CaseRow, CaseStatus
from ibdesk.errors import InvalidRecord
from ibdesk.services import profile
from ibdesk.ui.empty_state import show_when_empty
from ibdesk.ui.kit import messages
from ibdesk.ui.kit.buttons import button
from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP
from ibdesk.ui.models import CASE_COLUMNS, RECORD_ROLE, RecordTableModel, SearchProxy, natural_key
from ibdesk.ui.pages.base import Context, Page
from ibdesk.ui.pages.parts import panel
from ibdesk.ui.pages.table import make_table
from ibdesk.ui.pickers import pupil_picker
from ibdesk.ui.widgets import FieldBox, FieldSet, line_edit, named, styled_label


def filter_combo(name: str, everything: str) -> QComboBox:
    combo = QComboBox()
    named(combo, name)
    combo.addItem(everything, None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def fill_choices(combo: QComboBox, values: list[str]) -> None:
    """The combo's choices after its first ('all') item; the chosen value stays when it still exists."""
    keep = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for value in values:
        combo.addItem(value, value)
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
    combo.blockSignals(False)


class CasesPage(Page):
    tr_context = "cases"
    title = QT_TRANSLATE_NOOP("cases", "Casussen")
    subtitle = QT_TRANSLATE_NOOP(
        "cases", "Alle ondersteuningstrajecten, met wie de regie heeft. Dubbelklik of Enter opent de casus."
    )
    case_opened = Signal(int)

    def __init__(self, context: Context):
        super().__init__(context)
        self.body.addLayout(self._build_toolbar())
        self.filters_row = QWidget()
        self.filters_row.setLayout(self._build_filters())
        self.body.addWidget(self.filters_row)
        self.body.addWidget(self._new_case_panel())
        self.model = RecordTableModel(CASE_COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, CASE_COLUMNS, QCoreApplication.translate("cases", "Casussen"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self.open_index)
        show_when_empty(self.table, self._empty_text)
        self.body.addWidget(self.table, 1)
        self.body.addStretch(0)  # takes the free height only while the list is hidden

    def _empty_text(self) -> str:
        if self.model.rowCount():
            return QCoreApplication.translate(
                "cases", "Geen casus past bij de zoekterm of de filters. ‘Wissen’ (Alt+W) toont weer alle casussen."
            )
        return QCoreApplication.translate(
            "cases",
            "Nog geen casussen. Begin een casus bij het eerste signaal met ‘Nieuwe casus…’ (Alt+N). Staat de "
            "leerling nog niet in ibdesk, voeg die dan eerst toe onder Leerlingen (Ctrl+2).",
        )

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search_label = label = QLabel(QCoreApplication.translate("cases", "&Zoeken:"))
        self.search = line_edit(
            QCoreApplication.translate("cases", "Casussen zoeken"),
            QCoreApplication.translate("cases", "naam, groep, casusnummer, regie…"),
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._search)
        label.setBuddy(self.search)
        self.count = styled_label("", "hint", wrap=False)
        self.open_button = QPushButton(QCoreApplication.translate("cases", "&Openen"))
        named(self.open_button, QCoreApplication.translate("cases", "Geselecteerde casus openen"))
        self.open_button.clicked.connect(lambda: self.open_index(self.table.currentIndex()))
        self.new_button = QPushButton(QCoreApplication.translate("cases", "&Nieuwe casus…"))
        self.new_button.setProperty("role", "primary")
        named(self.new_button, QCoreApplication.translate("cases", "Nieuwe casus"))
        self.new_button.clicked.connect(self.start_new)
        for widget in (label, self.search):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        return bar

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.status = filter_combo(
            QCoreApplication.translate("cases", "Filter op status"),
            QCoreApplication.translate("cases", "Alle statussen"),
        )
        for status in CaseStatus:
            self.status.addItem(status.label, status)
        self.group = filter_combo(
            QCoreApplication.translate("cases", "Filter op groep of klas"),
            QCoreApplication.translate("cases", "Alle groepen"),
        )
        self.lead = filter_combo(
            QCoreApplication.translate("cases", "Filter op regiehouder"),
            QCoreApplication.translate("cases", "Iedereen"),
        )
        for caption, combo in (
            (QCoreApplication.translate("cases", "&Status:"), self.status),
            (QCoreApplication.translate("cases", "&Groep:"), self.group),
            (QCoreApplication.translate("cases", "R&egie:"), self.lead),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._apply_filters)
            bar.addWidget(label)
            bar.addWidget(combo)
        self.clear_button = button(
            QCoreApplication.translate("cases", "&Wissen"),
            QCoreApplication.translate("cases", "Zoeken en filters wissen"),
            self.clear_filters,
        )
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        return bar

    def _new_case_panel(self):
        self.new_panel, layout = panel(QCoreApplication.translate("cases", "Nieuwe casus"))
        layout.addWidget(
            styled_label(
                QCoreApplication.translate(
                    "cases", "Begin een casus bij het eerste signaal. De routekaart van de school bepaalt de stappen."
                ),
                "hint",
            )
        )
        self.new_fields = FieldSet()
        self.new_pupil = pupil_picker()
        self.new_question = line_edit(
            QCoreApplication.translate("cases", "Hulpvraag"),
            QCoreApplication.translate("cases", "Wat is de vraag? Bijvoorbeeld: hoe kan … weer tot leren komen?"),
        )
        self.new_lead = line_edit(
            QCoreApplication.translate("cases", "Wie heeft de regie"), QCoreApplication.translate("cases", "naam")
        )
        self.new_role = line_edit(
            QCoreApplication.translate("cases", "Functie van de regiehouder"), text="intern begeleider"
        )
        self.new_route = QComboBox()
        self.new_route.setAccessibleName(QCoreApplication.translate("cases", "Routekaart van de casus"))
        self.new_route.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_route.setMinimumContentsLength(24)  # long route titles must not squeeze the other fields
        line = QHBoxLayout()
        line.setSpacing(14)
        right = QVBoxLayout()
        route_hint = QCoreApplication.translate(
            "cases", "Standaard de routekaart van uw school (Instellingen); kies zo nodig een andere versie of variant."
        )
        for key, caption, editor in (
            ("leerling", QCoreApplication.translate("cases", "&Leerling"), self.new_pupil),
            ("hulpvraag", QCoreApplication.translate("cases", "&Hulpvraag"), self.new_question),
            ("regie", QCoreApplication.translate("cases", "&Regie bij"), self.new_lead),
            ("functie", QCoreApplication.translate("cases", "&Functie"), self.new_role),
            ("route", QCoreApplication.translate("cases", "Route&kaart"), self.new_route),
        ):
            box = self.new_fields.add(
                key,
                FieldBox(
                    caption,
                    editor,
                    editor.accessibleName() or QCoreApplication.translate("cases", "Leerling"),
                    route_hint if key == "route" else "",
                ),
            )
            if key == "leerling":
                line.addWidget(box, 3, Qt.AlignmentFlag.AlignTop)
            else:
                right.addWidget(box)
        right.addStretch(1)
        line.addLayout(right, 2)
        layout.addLayout(line)
        self.create_button = button(
            QCoreApplication.translate("cases", "Casus aanmaken en openen"),
            QCoreApplication.translate("cases", "Casus aanmaken en openen"),
            self.create_case,
            primary=True,
        )
        cancel = button(
            QCoreApplication.translate("cases", "Annuleren"),
            QCoreApplication.translate("cases", "Nieuwe casus annuleren"),
            lambda: self.show_new_panel(False),
        )
        line = QHBoxLayout()
        line.addWidget(self.create_button)
        line.addWidget(cancel)
        line.addStretch(1)
        layout.addLayout(line)
        self.new_panel.setVisible(False)
        self.new_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return self.new_panel

    def show_new_panel(self, on: bool) -> None:
        """While a new case is being started the list and its search make room for the panel."""
        self.new_panel.setVisible(on)
        for widget in (self.table, self.filters_row, self.search_label, self.search, self.count):
            widget.setVisible(not on)

    def selected_status(self) -> CaseStatus | None:
        return self.status.currentData()

    def refresh(self) -> None:
        rows = messages.attempt(
            self, QCoreApplication.translate("cases", "Casussen"), self.context.records.case_rows, self.context.home
        )
        self.model.set_rows(rows or [])
        fill_choices(self.group, sorted({r.group for r in self.model.rows}, key=natural_key))
        fill_choices(self.lead, sorted({r.lead_name for r in self.model.rows if r.lead_name}, key=natural_key))
        self._apply_filters()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _apply_filters(self) -> None:
        status, group, lead = self.status.currentData(), self.group.currentData(), self.lead.currentData()
        self.proxy.set_filters(
            {
                "status": None if status is None else lambda r: r.status == status,
                "group": None if group is None else lambda r: r.group == group,
                "lead": None if lead is None else lambda r: r.lead_name == lead,
            }
        )
        self._update_count()

    def clear_filters(self) -> None:
        for combo in (self.status, self.group, self.lead):
            combo.setCurrentIndex(0)
        self.search.clear()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        counted = (
            QCoreApplication.translate("cases", "{n} casus")
            if total == 1
            else QCoreApplication.translate("cases", "{n} casussen")
        ).format(n=total)
        self.count.setText(
            counted
            if shown == total
            else QCoreApplication.translate("cases", "{shown} van {counted}").format(shown=shown, counted=counted)
        )

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            messages.show_info(
                self,
                QCoreApplication.translate("cases", "Casussen"),
                QCoreApplication.translate("cases", "Kies eerst een casus in de lijst."),
            )
            return
        row: CaseRow = index.data(RECORD_ROLE)
        self.case_opened.emit(row.case_id)

    # -- new case ---------------------------------------------------------------------------------
    def start_new(self) -> None:
        pupils = (
            messages.attempt(
                self,
                QCoreApplication.translate("cases", "Nieuwe casus"),
                self.context.records.pupil_list,
                self.context.home,
            )
            or []
        )
        self.new_pupil.set_records([p for p in pupils if p.left_on is None])
        leads = [r.lead_name for r in self.model.rows if r.lead_name]
        if leads and not self.new_lead.text():
            self.new_lead.setText(max(set(leads), key=leads.count))
        self._user_as_lead()
        self.new_question.clear()
        self._fill_routes()
        self.new_fields.clear_errors()
        self.show_new_panel(True)
        self.new_pupil.setFocus()

    def _user_as_lead(self) -> None:
        """On a new profile the user (name and role from the first-run wizard) holds regie."""
        name, role = profile.user_profile(self.context.store)
        if name and not self.new_lead.text():
            self.new_lead.setText(name)
            self.new_role.setText(role or self.new_role.text())

    def _fill_routes(self) -> None:
        """The school's default route first, then other routes and versions (from their metadata)."""
        routes = self.context.services.routes
        school = messages.attempt(
            self, QCoreApplication.translate("cases", "Nieuwe casus"), self.context.records.school, self.context.home
        )
        default = routes.default_option(school)
        self.new_route.clear()
        for option in routes.choices(school):
            extra = (
                QCoreApplication.translate("cases", " — standaard voor uw school")
                if option == default
                else (f" — {option.region}" if option.region else "")
            )
            shown = QCoreApplication.translate("cases", "{title} (versie {version})").format(
                title=option.title, version=option.version
            )
            self.new_route.addItem(shown + extra, option.ref)
        self.new_route.setCurrentIndex(0)

    def create_case(self) -> int | None:
        pupil = self.new_pupil.current()
        if pupil is None:
            self.new_fields.show_errors(
                {"leerling": QCoreApplication.translate("cases", "Zoek en kies de leerling in de lijst.")}
            )
            return None
        pupil_id = pupil.id
        route = self.context.services.routes.resolve(self.new_route.currentData()) if self.new_route.count() else None
        case = Case(
            pupil_id=pupil_id,
            help_question=self.new_question.text(),
            opened_on=date.today(),
            lead_name=self.new_lead.text(),
            lead_role=self.new_role.text().strip() or "intern begeleider",
            route_id=route.id if route else None,
            route_version=route.version if route else None,
        )
        case.opened_on = self.context.records.today()
        try:
            saved = self.context.records.save_case(case)
        except InvalidRecord as exc:
            self.new_fields.show_errors(exc.errors)
            return None
        except Exception as exc:
            messages.show_error(
                self,
                QCoreApplication.translate("cases", "Casus niet aangemaakt"),
                messages.describe(exc, self.context.home),
            )
            return None
        self.show_new_panel(False)
        self.refresh()
        self.case_opened.emit(saved.id)
        return saved.id
