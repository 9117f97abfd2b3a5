"""Dutch numbers: a decimal comma, a count with the right noun, digits grouped for reading aloud."""

from __future__ import annotations


def decimal(value: float | int, places: int = 1) -> str:
    """'2,5'; a whole number loses its ',0' ('3'); at most `places` decimals, rounded."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace(".", ",")


def number(value: object) -> str:
    """A stored answer as a person reads it: a float with a decimal comma, anything else as is."""
    return decimal(value) if isinstance(value, float) else str(value)


def plural(amount: int, one: str, many: str) -> str:
    """'1 leerling', '2 leerlingen', '0 leerlingen'."""
    return f"{amount} {one if amount == 1 else many}"


def file_size(size: int) -> str:
    """'1,4 MB' from one megabyte up (one decimal, kept: '2,0 MB'), else whole kB, at least '1 kB'."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


def fingerprint(digest: bytes) -> str:
    """SHA-256 as 16 groups of 4 hex digits, easy to read aloud on the phone."""
    text = digest.hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
