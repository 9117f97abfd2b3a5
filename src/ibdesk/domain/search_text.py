"""Text as search sees it: folded (no case, no accents), split into words, and a snippet of
the original text around the first match. Plain Python, shared by the index and the lists.

Two forms of folding. `fold` is complete (Python compares with it: lists, snippets, order).
`index_form` is what the FTS5 index and its queries get: the unicode61 tokenizer already
drops case and accents (remove_diacritics 2) on both sides, so only the letters it keeps are
replaced here (ø, ı, æ, ß, ĳ …) — C-speed work for megabytes of form text."""

from __future__ import annotations

import re
import unicodedata

# Letters Unicode does not decompose into a base letter and an accent.
_BASE_LETTERS = str.maketrans(
    {"ø": "o", "ı": "i", "đ": "d", "ð": "d", "ł": "l", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe", "þ": "th"}
)
# The same for the tokenizer, both cases, and the letters it keeps that casefold or NFKD would split.
_TOKENIZER_KEEPS = str.maketrans(
    {
        **{chr(k): v for k, v in _BASE_LETTERS.items()},
        "Ø": "o",
        "Đ": "d",
        "Ð": "d",
        "Ł": "l",
        "Ħ": "h",
        "Ŧ": "t",
        "Æ": "ae",
        "Œ": "oe",
        "Þ": "th",
        "ß": "ss",
        "ẞ": "ss",
        "ĳ": "ij",
        "Ĳ": "ij",
    }
)
# The FTS5 unicode61 tokenizer's idea of a word: letters and digits (an underscore separates).
_WORD = re.compile(r"[^\W_]+")
MAX_WORDS = 8
MAX_WORD_LENGTH = 40


def fold(text: str) -> str:
    """Lower case without accents, so 'celik' finds 'Çelik', 'nguyen' 'Nguyễn', 'yilmaz'
    'Yılmaz' and 'odegaard' 'Ødegaard'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold()).translate(_BASE_LETTERS)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of what the user typed, at most MAX_WORDS, each at most MAX_WORD_LENGTH."""
    found: list[str] = []
    for word in _WORD.findall(fold(text)):
        word = word[:MAX_WORD_LENGTH]
        if word not in found:
            found.append(word)
    return found[:MAX_WORDS]


def index_form(text: str) -> str:
    """`text` as it goes into the FTS5 index (see the module's docstring)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text).translate(_TOKENIZER_KEEPS)


def terms(text: str) -> list[str]:
    """What the user typed as FTS5 terms: whole tokens of the unicode61 tokenizer, in index
    form, at most MAX_WORDS, each at most MAX_WORD_LENGTH characters."""
    found: list[str] = []
    for word in _WORD.findall(index_form(text)):
        word = word[:MAX_WORD_LENGTH]
        if word.lower() not in (f.lower() for f in found):
            found.append(word)
    return found[:MAX_WORDS]


def first_match(text: str, terms: list[str]) -> tuple[int, int] | None:
    """(start, end) in `text` of the first word that begins with one of `terms` (folded words)."""
    for found in _WORD.finditer(text):
        word = fold(found.group())
        if any(word.startswith(term) for term in terms):
            return found.start(), found.end()
    return None


def snippet(text: str, terms: list[str], width: int = 70) -> str:
    """One line of the original text: the start, or when the first match lies further on, from
    a few words before it, so the match shows even in a narrow list."""
    line = " ".join(text.split())
    match = first_match(line, terms)
    start = 0
    if match is not None and match[1] > width * 2 // 3:
        start = max(0, match[0] - width // 5)
        space = line.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and start - space < 12 else start
    end = min(len(line), start + width)
    if end < len(line):
        space = line.rfind(" ", start + width // 2, end)
        end = space if space > 0 else end
    return ("…" if start else "") + line[start:end].strip() + ("…" if end < len(line) else "")
