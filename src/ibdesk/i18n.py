"""ibdesk's languages without Qt: which one to show, and the catalog that translates into it.

Dutch is the product's language and the source language of every ibdesk string; English is
the one translation. The catalogs are Qt Linguist `.ts` files in `resources/translations/`
(the single source: the Qt UI loads the same messages as `.qm` files through QTranslator,
built by `pyside6-lrelease`; see dev.py):

* `ibdesk_en.ts`: ibdesk's own strings, Dutch source → English (context `cli` for the
  command line and for what services and domain code say to the user — validation and error
  messages, status labels — which the CLI and the UI both show; the UI adds its own contexts).
  Texts written into a PDF, the audit log or any stored record never go through `tr`: they stay
  Dutch (a label used in both places has a `document_label` beside its `label`);
* `argparse_nl.ts`: the English strings of Python's argparse ("usage: ", "options", …)
  → Dutch, context `argparse`.

Which language (`choose_language`), first match wins:
1. an explicit choice (`set_language`, e.g. from Instellingen), then `IBDESK_LANG` (nl|en);
2. the locale: the first set of LC_ALL, LC_MESSAGES, LANG ("nl…" → Dutch; "C"/"POSIX" say
   nothing; any other language → English), on Windows the user's UI language;
3. otherwise Dutch: the product is Dutch, so only a locale that is clearly not Dutch
   switches to English.

The catalogs are read with expat (a real XML parser that costs a fraction of a millisecond
to import, unlike ElementTree), once per process, only when a translation is needed.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

DUTCH, ENGLISH = "nl", "en"
LANGUAGES = (DUTCH, ENGLISH)
CLI = "cli"  # the context of the command line's strings in ibdesk_en.ts
ARGPARSE = "argparse"
LANGUAGE_ENV = "IBDESK_LANG"
LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")
WINDOWS_DUTCH = 0x13  # PRIMARYLANGID of a Windows LANGID for Dutch (nl-NL 0x0413, nl-BE 0x0813)

_chosen: str | None = None


# -- which language -----------------------------------------------------------------------------------
def choose_language(
    explicit: str | None, environ: dict[str, str] | os._Environ[str], windows_ui_language: int | None = None
) -> str:
    """The language by the rule in the module docstring (pure, for tests and callers)."""
    for wanted in (explicit, environ.get(LANGUAGE_ENV)):
        code = _code(wanted)
        if code in LANGUAGES:
            return code
    for name in LOCALE_ENV:
        value = environ.get(name, "")
        if value:
            return _from_locale(value)
    if windows_ui_language is not None:
        return DUTCH if windows_ui_language & 0x3FF == WINDOWS_DUTCH else ENGLISH
    return DUTCH


def _code(value: str | None) -> str:
    return (value or "").strip().lower()[:2]


def _from_locale(value: str) -> str:
    """A POSIX locale name ("nl_NL.UTF-8", "en_US", "C.UTF-8") to nl or en."""
    name = value.split(":")[0].strip()
    if name.split(".")[0].upper() in ("C", "POSIX", ""):
        return DUTCH
    return DUTCH if _code(name) == DUTCH else ENGLISH


def _windows_ui_language() -> int | None:
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
    except (AttributeError, OSError):
        return None


def language() -> str:
    """The language of this process (decided once; `set_language` changes it)."""
    global _chosen
    if _chosen is None:
        _chosen = choose_language(None, os.environ, _windows_ui_language())
    return _chosen


def set_language(code: str | None) -> str:
    """Choose nl or en explicitly (None: decide again from the environment); returns the result."""
    global _chosen
    _chosen = None if code is None else choose_language(code, {})
    return language()


# -- translating ---------------------------------------------------------------------------------------
def tr(source: str, /, **fields: object) -> str:
    """A string of the command line or of services/domain code (Dutch source) in the current
    language, `fields` filled in with str.format. Every call takes a literal, so the consistency
    test can find them all. Call it where the text is made, never at import time."""
    text = translate(CLI, source) if language() != DUTCH else source
    return text.format(**fields) if fields else text


def mark(source: str, /) -> str:
    """Mark a Dutch text kept as data (a table of labels, a constant) for the catalog, and return
    it unchanged: documents and stored records keep the Dutch. Where a screen or the command line
    shows it, `tr_marked` translates it. The catalog tool collects `mark("literal")` like `tr`."""
    return source


def tr_marked(source: str, /, **fields: object) -> str:
    """A text marked with `mark` (held in a variable) in the current language; a text that was
    never marked, such as stored data, comes back unchanged."""
    text = translate(CLI, source) if language() != DUTCH else source
    return text.format(**fields) if fields else text


def in_language(source: str, lang: str, /, **fields: object) -> str:
    """A marked text for a document (`lang` Dutch: the source as written, whatever the language
    shown) or for a screen or the command line (`lang=language()`: as `tr_marked`). One marked
    text serves both, so the dossier's Dutch and the screen's wording cannot drift apart."""
    if lang != DUTCH:
        return tr_marked(source, **fields)
    return source.format(**fields) if fields else source


def translate(context: str, source: str, count: int | None = None) -> str:
    """`source` in the current language from the catalog for it; the source itself when it has
    no finished translation there."""
    entry = catalog(catalog_name(language(), context)).get((context, source))
    if entry is None:
        return source
    if count is None or len(entry) == 1:
        return entry[0]
    return entry[0] if count == 1 else entry[-1]  # Dutch and English: singular, plural


def catalog_name(lang: str, context: str) -> str:
    return f"{ARGPARSE}_{lang}" if context == ARGPARSE else f"ibdesk_{lang}"


def translations_dir() -> Path:
    from ibdesk.paths import bundled_data

    return bundled_data("resources") / "translations"


@cache
def catalog(name: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The finished translations of `<name>.ts` by (context, source); empty if there is none."""
    path = translations_dir() / f"{name}.ts"
    if not path.is_file():
        return {}
    return {key: forms for key, forms, state in read_ts(path.read_bytes()) if not state and any(forms)}


def read_ts(data: bytes) -> list[tuple[tuple[str, str], tuple[str, ...], str]]:
    """Every message of a Qt Linguist file: ((context, source), translations, type), where
    translations has one entry, or one per numerus form, and type is "" when finished (else
    "unfinished", "obsolete" or "vanished", as Linguist writes it)."""
    from xml.parsers import expat

    messages: list[tuple[tuple[str, str], tuple[str, ...], str]] = []
    path: list[str] = []
    text: list[str] = []
    now: dict = {"context": "", "source": "", "forms": [], "type": ""}

    def start(tag: str, attrs: dict[str, str]) -> None:
        path.append(tag)
        text.clear()
        if tag == "message":
            now.update(source="", forms=[], type="")
        elif tag == "translation":
            now["type"] = attrs.get("type", "")

    def end(tag: str) -> None:
        path.pop()
        value = "".join(text)
        parent = path[-1] if path else ""
        if tag == "name" and parent == "context":
            now["context"] = value
        elif tag == "source" and parent == "message":
            now["source"] = value
        elif tag == "numerusform" or (tag == "translation" and not now["forms"]):
            now["forms"].append(value)
        elif tag == "message":
            messages.append(((now["context"], now["source"]), tuple(now["forms"]), now["type"]))
        text.clear()

    parser = expat.ParserCreate("utf-8")
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = text.append
    parser.Parse(data, True)
    return messages


# -- argparse ------------------------------------------------------------------------------------------
def argparse_in_language() -> None:
    """Let argparse's own strings ("usage: ", "options", "invalid choice: …") follow the
    language. argparse looks them up through the names `_` and `ngettext` it imported from
    gettext (Lib/argparse.py, 3.11–3.13); these are replaced by lookups in argparse_<lang>.ts,
    falling back to gettext. Safe to call more than once."""
    import argparse
    import gettext

    def underscore(message: str) -> str:
        found = _argparse_lookup(message)
        return gettext.gettext(message) if found is None else found

    def plural(singular: str, plural_: str, count: int) -> str:
        found = _argparse_lookup(singular, count)
        return gettext.ngettext(singular, plural_, count) if found is None else found

    argparse._ = underscore  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]


def _argparse_lookup(message: str, count: int | None = None) -> str | None:
    if not message or language() == ENGLISH:
        return None
    found = translate(ARGPARSE, message, count)
    return found if found != message else None
