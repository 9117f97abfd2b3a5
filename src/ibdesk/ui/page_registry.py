"""The main window's pages: which rows the navigation has, in which order, and a factory per
page that imports the page's module the first time it is shown (issue 14: start-up only pays
for what the first paint needs; the dossier and signing code behind Instellingen and a case
waits). The window itself is in main_window.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ibdesk.ui.kit.translate import QT_TRANSLATE_NOOP, translated

if TYPE_CHECKING:
    from ibdesk.ui.pages.base import Page

PUPILS_ROW, CASES_ROW, SETTINGS_ROW, THUISZITTERS_ROW, MDO_ROW, CONTACTS_ROW = 1, 2, 6, 4, 3, 5

# (navigation label, attribute) in navigation order; then the pages reached from another page.
# The labels are marked for translation in the context NAV_CONTEXT and shown with nav_label().
NAV_CONTEXT = "page_registry"
NAV_PAGES = (
    (QT_TRANSLATE_NOOP("page_registry", "Overzicht"), "overview_page"),
    (QT_TRANSLATE_NOOP("page_registry", "Leerlingen"), "pupils_page"),
    (QT_TRANSLATE_NOOP("page_registry", "Casussen"), "cases_page"),
    (QT_TRANSLATE_NOOP("page_registry", "MDO"), "mdo_page"),
    (QT_TRANSLATE_NOOP("page_registry", "Thuiszitters"), "thuiszitters_page"),
    (QT_TRANSLATE_NOOP("page_registry", "Contacten"), "contacts_page"),
    (QT_TRANSLATE_NOOP("page_registry", "Instellingen"), "settings_page"),
)


def nav_label(label: str) -> str:
    """A NAV_PAGES label in the UI's language."""
    return translated(NAV_CONTEXT, label)


# Each page is built (and its module imported) the first time it is shown, so start-up only
# pays for the Overzicht: the dossier and signing code behind Instellingen and a case waits.
def _overview_page() -> type[Page]:
    from ibdesk.ui.pages.overview import OverviewPage

    return OverviewPage


def _pupils_page() -> type[Page]:
    from ibdesk.ui.pages.pupils import PupilsPage

    return PupilsPage


def _cases_page() -> type[Page]:
    from ibdesk.ui.pages.cases import CasesPage

    return CasesPage


def _mdo_page() -> type[Page]:
    from ibdesk.ui.pages.mdo_page import MdoPage

    return MdoPage


def _thuiszitters_page() -> type[Page]:
    from ibdesk.ui.pages.thuiszitters_page import ThuiszittersPage

    return ThuiszittersPage


def _contacts_page() -> type[Page]:
    from ibdesk.ui.pages.contacts import ContactsPage

    return ContactsPage


def _settings_page() -> type[Page]:
    from ibdesk.ui.pages.settings import SettingsPage

    return SettingsPage


def _case_page() -> type[Page]:
    from ibdesk.ui.pages.case_page import CasePage

    return CasePage


def _retention_page() -> type[Page]:
    from ibdesk.ui.privacy.retention_page import RetentionPage

    return RetentionPage


def _inzage_page() -> type[Page]:
    from ibdesk.ui.privacy.inzage_page import InzagePage

    return InzagePage


PAGE_CLASSES = {  # attribute -> factory that imports the page's module on first use
    "overview_page": _overview_page,
    "pupils_page": _pupils_page,
    "cases_page": _cases_page,
    "mdo_page": _mdo_page,
    "thuiszitters_page": _thuiszitters_page,
    "contacts_page": _contacts_page,
    "settings_page": _settings_page,
    "case_page": _case_page,
    "retention_page": _retention_page,
    "inzage_page": _inzage_page,
}


def lazy_page(name: str) -> property:
    return property(lambda self: self.page(name), doc=f"The {name.replace('_', ' ')}, built on first use.")
