"""The translation catalogs (resources/translations/*.ts, issue 16.8): every string the CLI
translates has a finished English entry and nothing stale stays behind; the Qt side builds
them into .qm files and QTranslator reads the same messages; ibdesk.i18n reads the files as a
real XML parser does."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from support.translations import (
    TRANSLATIONS,
    all_strings,
    cli_strings,
    source_files,
    tr_calls,
    translate_calls,
    ui_files,
    ui_strings,
)

from ibdesk import i18n

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def entries(name: str):
    return i18n.read_ts((TRANSLATIONS / name).read_bytes())


def test_every_string_has_a_finished_english_translation_and_none_is_stale():
    """The command line's (context `cli`) and the Qt UI's (one context per screen) alike."""
    english = {key: (forms, kind) for key, forms, kind in entries("ibdesk_en.ts")}
    used = all_strings()
    assert len(cli_strings()) > 150  # the scan found the CLI's strings
    assert {"settings", "lock", "messages"} <= {context for context, _ in ui_strings()}  # and the UI's
    missing = [key for key in used if key not in english]
    unfinished = [key for key in used if key in english and (english[key][1] or not english[key][0][0])]
    stale = [key for key in english if key not in set(used)]
    assert (missing, unfinished, stale) == ([], [], [])


def test_every_ui_translate_call_takes_literals():
    """`QCoreApplication.translate(context, text)` with a computed argument is invisible to the scan."""
    assert [bad for path in ui_files() for bad in translate_calls(path)[1]] == []


def test_every_tr_call_takes_a_literal():
    """A computed `tr(x)` would be invisible to the scan above (and to a translator)."""
    assert [bad for path in source_files() for bad in tr_calls(path)[1]] == []


def test_placeholders_survive_translation():
    import string

    def fields(text: str) -> set:
        """{name} placeholders; '{veld: waarde}' in a help text is an example, not a field."""
        return {name for _, name, spec, _ in string.Formatter().parse(text) if name and not spec}

    for (_, source), forms, _ in entries("ibdesk_en.ts"):
        assert fields(source) == fields(forms[0]), source
    for (_, source), forms, _ in entries("argparse_nl.ts"):
        assert all(form.count("%") == source.count("%") for form in forms), source


def test_the_reader_agrees_with_elementtree():
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        expected = []
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                expected.append(
                    ((context.findtext("name"), message.findtext("source")), tuple(forms), translation.get("type", ""))
                )
        assert i18n.read_ts(path.read_bytes()) == expected, path.name


def test_lrelease_builds_qm_files_that_qtranslator_reads(tmp_path, qapp):
    """The UI loads the same catalog: compiled by pyside6-lrelease, read by QTranslator."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        shutil.copy(ts, tmp_path / ts.name)
    lrelease = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease is missing (it comes with PySide6)"
    done = subprocess.run(
        [lrelease, *sorted(str(p) for p in tmp_path.glob("*.ts"))], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    translator = QTranslator()
    assert translator.load(str(tmp_path / "ibdesk_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("cli", "toon de casussen") == "show the cases"
        assert QCoreApplication.translate("cli", "uitvoer als JSON (voor scripts)") == "output as JSON (for scripts)"
        assert QCoreApplication.translate("settings", "Profiel en beveiliging") == "Profile and security"
    finally:
        QCoreApplication.removeTranslator(translator)
    dutch = QTranslator()
    assert dutch.load(str(tmp_path / "argparse_nl.qm"))
    assert dutch.translate("argparse", "usage: ") == "gebruik: "


def test_the_language_rule():
    choose = i18n.choose_language
    assert choose(None, {}) == "nl"  # nothing known: the product's language
    assert choose(None, {"LANG": "C.UTF-8"}) == "nl"
    assert choose(None, {"LANG": "nl_BE.UTF-8"}) == "nl"
    assert choose(None, {"LANG": "en_US.UTF-8"}) == "en"
    assert choose(None, {"LANG": "de_DE.UTF-8"}) == "en"  # clearly not Dutch: the second language
    assert choose(None, {"LC_ALL": "nl_NL.UTF-8", "LANG": "en_GB.UTF-8"}) == "nl"  # POSIX order
    assert choose(None, {"LC_MESSAGES": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"}) == "en"
    assert choose(None, {"IBDESK_LANG": "en", "LC_ALL": "nl_NL.UTF-8"}) == "en"
    assert choose(None, {"IBDESK_LANG": "fr", "LANG": "nl_NL"}) == "nl"  # not a language ibdesk has: ignored
    assert choose("nl", {"IBDESK_LANG": "en"}) == "nl"  # the explicit choice (Instellingen) wins
    assert choose(None, {}, windows_ui_language=0x0413) == "nl"  # nl-NL
    assert choose(None, {}, windows_ui_language=0x0813) == "nl"  # nl-BE
    assert choose(None, {}, windows_ui_language=0x0409) == "en"  # en-US


def test_dutch_needs_no_catalog_and_english_reads_it():
    i18n.set_language("nl")
    try:
        assert i18n.tr("toon de casussen") == "toon de casussen"
        i18n.set_language("en")
        assert i18n.tr("toon de casussen") == "show the cases"
        assert i18n.tr("onbekend: 'case {what}'. Gebruik:", what="x") == "unknown: 'case x'. Usage:"
        assert i18n.tr("een tekst die niet in de catalogus staat") == "een tekst die niet in de catalogus staat"
    finally:
        i18n.set_language(None)


def test_a_marked_label_stays_dutch_as_data_and_is_translated_where_shown():
    """`mark` keeps the Dutch in the table (documents state it); `tr_marked` shows it in the
    language of the screen and passes stored data that was never marked through unchanged."""
    from ibdesk.domain.doorbraak import URGENCY_REASONS, doorbraak_reason

    i18n.set_language("en")
    try:
        assert URGENCY_REASONS["crisis"] == "spoed: crisis"
        assert doorbraak_reason(True, "crisis") == "thuiszitter en spoed: crisis"  # the dossier's words
        assert i18n.tr_marked(URGENCY_REASONS["veiligheid"]) == "urgent: the child's safety"
        assert i18n.tr_marked("Bakker, Sanne") == "Bakker, Sanne"
        i18n.set_language("nl")
        assert i18n.tr_marked(URGENCY_REASONS["crisis"]) == "spoed: crisis"
    finally:
        i18n.set_language(None)
