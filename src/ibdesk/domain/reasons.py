"""One rule for every reason a user must give (closing or reopening a case, a step that is
'niet van toepassing', a decision 'anders'): a reader must be able to use it.

A reason has at least a few letters (not only punctuation, digits or one character) and is
not a placeholder such as "nvt" or "geen" that says nothing about why.
"""

from __future__ import annotations

import re

MIN_REASON_LETTERS = 4  # "x" or "..." is no reason
NOT_A_REASON = frozenset({"nvt", "geen", "niet", "niets", "nee", "idem", "zieboven", "onbekend", "test", "xxxx"})


def meaningful(text: str | None) -> bool:
    """A reason a reader can use: a few letters, not only punctuation or one character."""
    letters = re.findall(r"[^\W\d_]", text or "")
    return len(letters) >= MIN_REASON_LETTERS and "".join(letters).casefold() not in NOT_A_REASON
