"""One calm, consistent look on every platform: Fusion, the kit's light or dark palette
(following the OS, see `kit.palette`) and its one style sheet (`kit.style`), a visible
keyboard focus ring and elided long text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from ibdesk.ui import keyboard
from ibdesk.ui.kit import palette, style


def monospace_font(point_size: int = 11) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


TRANSLATOR = "ibdesk-translator"  # the object name of the translators install_translations installs


class Polisher(QObject):
    """Runs once for every widget before it is first drawn: the keyboard rules (`keyboard.adjust`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            keyboard.adjust(watched)
        return False


def install_translations(app: QApplication) -> str:
    """The UI's language (the machine policy's, else Instellingen's choice, else as ibdesk.i18n
    decides): Dutch needs no
    catalog of ibdesk's (its texts are Dutch) and gets Qt's own texts (OK/Annuleren, file
    dialogs) in Dutch; English loads ibdesk_en.qm (built from ibdesk_en.ts by dev.py) and Qt's
    English. A missing .qm leaves that part in Dutch. Qt's default locale stays Dutch in both
    languages: number fields keep the decimal comma that ibdesk.text.numbers writes everywhere.
    Dates follow the language shown: written by ibdesk.text.dates with `lang` (day-month-year in
    both), and the date picker's calendar takes the language's own locale (ui/forms/date_input.py:
    English month and day names in English). Replaces what an earlier call installed; returns
    the language."""
    from ibdesk import i18n, preferences
    from ibdesk.policy import fixed_language

    chosen = fixed_language() or preferences.chosen_language()
    if chosen:
        i18n.set_language(chosen)
    code = i18n.language()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    for old in app.findChildren(QTranslator, TRANSLATOR):
        app.removeTranslator(old)
        old.deleteLater()
    _install(app, f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if code == i18n.ENGLISH:
        _install(app, "ibdesk_en", str(i18n.translations_dir()))
    return code


def _install(app: QApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR)
    if translator.load(name, folder):
        return app.installTranslator(translator)
    translator.deleteLater()
    return False


def apply_theme(app: QApplication, event_filters: bool = True) -> None:
    """Once per application (re-styling live widgets is slow and has crashed Qt). `event_filters=False`:
    the app-wide event filters come later, from `install_event_filters`."""
    if app.property("ibdesk-themed"):
        return
    app.setProperty("ibdesk-themed", True)
    palette.set_scheme(palette.detect_scheme())
    app.setStyle("Fusion")
    app.setPalette(palette.application_palette())
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    style.apply(app)
    install_translations(app)
    from ibdesk.ui.focus_ring import install_focus_ring

    install_focus_ring(app, palette.FOCUS[palette.scheme()])
    if event_filters:
        install_event_filters(app)


def install_event_filters(app: QApplication) -> None:
    """The Polisher and the tooltips of cut-off text, on the whole application (once).

    The first events through a Python filter on the application make PySide wrap objects of most
    Qt classes and create their Python enums: about as long as building the main window. The
    desktop app therefore installs them after its first paint (`app.run_gui`); the widgets that
    exist by then get what the Polish event would have done."""
    if app.findChild(Polisher) is not None:
        return
    from ibdesk.ui.elide import install_item_tooltips

    for widget in app.allWidgets():
        keyboard.adjust(widget)
    app.installEventFilter(Polisher(app))
    install_item_tooltips(app)
