"""Shared by the UI language tests (issue 16.8): the English catalog compiled for the app, an app
started in a chosen language on a new profile, and a check that an English screen shows no Dutch.

    from support.ui_language import catalog_dir, english, start, visible_texts, dutch_left  # noqa: F401

`english` is `catalog_dir` plus the stored choice "en" (as Instellingen → Taal saves it), so the
next `start()` opens the main window in English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ibdesk import i18n, preferences
from support.translations import TRANSLATIONS

# Words that are Dutch and not English; a text on an English screen containing one is
# untranslated. Words both languages share ("is", "in", "of", "over", "school", "dossier") are not here.
_DUTCH = """
de het een van en niet voor met naar bij uit aan zijn wordt worden geen nog ook maar dan als deze
dit  wat wie waar hoe welke zonder tot om na er alle alleen kan kunt moet mag heeft hebben werd
uw u je jouw wij onze ons hier daar eerst nu al bijvoorbeeld graag leerling leerlingen casus
casussen toestemming ouders ouder verzorger opslaan nieuwe nieuw verwijderen zoeken terug volgende
vorige annuleren sluiten openen kiezen bewaren gegevens gemeente datum naam handtekening
ondertekenen ondertekend bestand bijlage bijlagen notitie notities overzicht instellingen contacten
verzuim afspraak afspraken gesprek klaar ontbreekt ontbreken gedeeld toevoegen wijzigen bewerken
afdrukken vandaag gisteren morgen maand maanden  weken dagen dag jaar ja nee geboortedatum groep
klas leerkracht stap stappen afgerond gestart openstaand besluit besluiten evaluatie volgend
wachtwoordzin herstelsleutel vergrendeld ontgrendelen leeg lege nog niets eerste laatste tonen toon
opgeslagen verstuurd ontvanger ontvangers inhoud voorbeeld controleren gecontroleerd geldig ongeldig
verlopen vervalt bewaartermijn inzage verwijderd gewijzigd aangemaakt op
"""
DUTCH_WORDS = frozenset(_DUTCH.split())

WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
# A group of a certificate's check code ("A0DE"): hex, not words ("DE" is no Dutch "de").
HEX_GROUP = re.compile(r"(?<![A-Za-z0-9])[0-9A-F]{4}(?![A-Za-z0-9])")


def visible_texts(widget: QWidget) -> set[str]:
    """Every text the widget and its children show or say: labels, buttons, group and tab titles,
    placeholders, tooltips, combo items, the column headers of lists and tables, the window title."""
    seen: set[str] = {widget.windowTitle()}
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        seen.add(child.toolTip())
        seen.add(child.accessibleName())
        if isinstance(child, QLabel | QAbstractButton):
            seen.add(child.text())
        if isinstance(child, QGroupBox):
            seen.add(child.title())
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            seen.add(child.placeholderText())
        if isinstance(child, QComboBox):
            seen |= {child.itemText(i) for i in range(child.count())}
        if isinstance(child, QTabWidget):
            seen |= {child.tabText(i) for i in range(child.count())}
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            seen |= _headers(child)
    return {text for text in seen if text}


def _headers(view: QAbstractItemView) -> set[str]:
    """The column titles of a table or tree (a list has none)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView, QTreeView

    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return set()
    model = view.model()
    role = Qt.ItemDataRole.DisplayRole
    titles = (model.headerData(i, Qt.Orientation.Horizontal, role) for i in range(header.count()))
    return {title for title in titles if isinstance(title, str)}


def dutch_left(texts: Iterable[str], allowed: Iterable[str] = ()) -> list[str]:
    """The texts that contain a Dutch word, sorted; `allowed` texts (stored data such as a pupil's
    name, or a form definition's own Dutch wording) are left out, as are substrings of them."""
    allowed = sorted((a for a in allowed if a), key=len, reverse=True)  # the longest first: it may hold a shorter one
    found = []
    for text in texts:
        rest = text
        for data in allowed:  # whole words only: an allowed "so" leaves "also" alone
            rest = re.sub(rf"(?<![A-Za-zÀ-ÿ]){re.escape(data)}(?![A-Za-zÀ-ÿ])", " ", rest)
        words = {w.lower() for w in WORD.findall(HEX_GROUP.sub(" ", rest.replace("&", "")))}
        if words & DUTCH_WORDS:
            found.append(text)
    return sorted(found)


@pytest.fixture
def catalog_dir(tmp_path, monkeypatch) -> Path:
    """ibdesk_en.ts compiled by pyside6-lrelease (as dev.py does before the tests), in a folder the
    app reads its catalogs from; and Dutch again for the tests after this one."""
    from ibdesk.app import make_application

    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TRANSLATIONS / "ibdesk_en.ts", folder)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(folder / "ibdesk_en.ts")], check=True)
    assert (folder / "ibdesk_en.qm").is_file()
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    yield folder
    preferences.preferences_path().unlink(missing_ok=True)
    i18n.set_language(None)
    make_application()  # puts the Dutch translators back


@pytest.fixture
def english(catalog_dir) -> Path:
    """English chosen, as Instellingen → Taal stores it: the next start of the app is English."""
    preferences.save_language("en")
    return catalog_dir


@pytest.fixture
def start(qtbot, make_profile, home):
    """Start ibdesk as the desktop app does (make_application, then the controller) on one new,
    empty profile; `start()` returns the main window (its `context.services` to create records)."""
    from ibdesk.app import AppController, make_application
    from ibdesk.ui.main_window import MainWindow

    made: list[AppController] = []
    make_profile()

    def start_app() -> MainWindow:
        make_application()
        controller = AppController(home, confirm_recovery=lambda key: True)
        made.append(controller)
        window = controller.start()
        assert isinstance(window, MainWindow)
        window.resize(1200, 900)
        return window

    yield start_app
    for controller in made:
        if controller.window is not None:
            controller.window.close()
        controller.close_store()
