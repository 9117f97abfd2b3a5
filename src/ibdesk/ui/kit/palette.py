"""The one colour set of the UI (ui/kit): named colours, the application QPalette, the focus
ring's colour, and light and dark — which scheme the app uses and how a light colour becomes
its dark twin.

The style sheet (ui/kit/style.py) is written once, in light colours. In the dark scheme
`themed()` rewrites each colour by what it is used for: a light background becomes a dark one
of the same hue, dark text becomes light text, and colours in between (the accent behind white
text, traffic lights) stay. So every screen stays readable in the OS dark mode without a
second copy of the sheet; colours painted by hand go through `for_background`/`for_foreground`.
The scheme follows the OS (Qt's colour-scheme hint) unless
IBDESK_THEME says `licht` or `donker`.
"""

from __future__ import annotations

import colorsys
import functools
import os
import re
from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette

LIGHT, DARK = "licht", "donker"
_scheme = LIGHT

# -- the named colours (light; `themed`/`for_*` give the dark twins) -------------------------
ACCENT = "#1f5f99"
ERROR = "#b00020"
WARN = "#8a4b00"
OK = "#1b6b34"
MUTED = "#5b6570"
BORDER = "#d5dbe2"
WINDOW = "#f5f7fa"
TEXT = "#1d2733"
INK = "#111111"  # secrets and fingerprints on white
SOFT = "#f7f9fb"  # a quiet surface: group items, read-only inputs, banners without a tone
NAVIGATION = "#e9eef4"  # the navigation column, badges, group headings
HOVER = "#eef3f8"  # an item under the mouse
SELECTED_DETAIL = "#e8eef5"  # the second line of a selected search hit, on the accent
DISABLED = "#98a2ad"  # disabled button text
ICON = "#44505c"  # line icons drawn by hand (the date field's calendar)
# The focus ring (focus_ring.py): 3:1 or more against every surface it is drawn on (WCAG 2.2).
FOCUS = {LIGHT: "#0b4f8c", DARK: "#9ccbff"}
# Traffic lights (OPP, thuiszitters): the same hues in the PDF (dossier/document.py).
TRAFFIC_LIGHTS = {"rood": "#c62828", "oranje": "#ef8f00", "groen": "#43a047", "donkergroen": "#1b5e20"}
NO_LIGHT = "#9aa5b1"
# The signature pad: ink on paper, a baseline and a hint.
SIGNATURE = {"ink": "#10233f", "paper": "#ffffff", "line": "#c9d1da", "hint": "#8a949e"}


def detect_scheme() -> str:
    """IBDESK_THEME (licht/donker, light/dark) or else the OS's hint; light when unknown."""
    wanted = os.environ.get("IBDESK_THEME", "").strip().lower()
    if wanted in ("donker", "dark"):
        return DARK
    if wanted in ("licht", "light"):
        return LIGHT
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def set_scheme(scheme: str) -> None:
    global _scheme
    _scheme = scheme
    themed.cache_clear()


def scheme() -> str:
    return _scheme


def is_dark() -> bool:
    return _scheme == DARK


# -- contrast (WCAG 2.2 definitions) ----------------------------------------------------------
def luminance(color: QColor | str) -> float:
    """Relative luminance, WCAG 2.2."""
    c = QColor(color)

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """Contrast ratio, 1 to 21 (text needs 4.5, large text and focus indicators 3)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# -- light colour -> dark twin ----------------------------------------------------------------
def _hls(color: str) -> tuple[float, float, float]:
    c = QColor(color)
    return colorsys.rgb_to_hls(c.redF(), c.greenF(), c.blueF())


def _hex(h: float, light: float, s: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, max(0.0, light)), min(1.0, max(0.0, s)))
    return QColor.fromRgbF(r, g, b).name()


def dark_background(color: str) -> str:
    """A light surface (white, a tinted banner, a border) as a dark one of the same hue."""
    h, light, s = _hls(color)
    if light < 0.6:
        return QColor(color).name()
    return _hex(h, 0.11 + (1 - light) * 1.25, s * 0.45)


def dark_foreground(color: str) -> str:
    """Dark text or a dark line as light text of the same hue; light text stays."""
    h, light, s = _hls(color)
    if light >= 0.5:
        return QColor(color).name()
    return _hex(h, max(0.74, 1 - light * 0.55), min(s, 0.75))


def for_background(color: str) -> str:
    return dark_background(color) if is_dark() else QColor(color).name()


def for_foreground(color: str) -> str:
    return dark_foreground(color) if is_dark() else QColor(color).name()


_DECLARATION = re.compile(r"(?P<prop>[a-z-]+)\s*:\s*(?P<value>[^;{}]+)")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\bwhite\b")
_BACKGROUNDS = (
    "background",
    "background-color",
    "alternate-background-color",
    "gridline-color",
    "selection-background-color",
)


def _dark_border(c: str) -> str:
    """Light lines darken, dark (error, accent) lines lighten."""
    return dark_background(c) if _hls(c)[1] >= 0.6 else dark_foreground(c)


def _rewrite(match: re.Match) -> str:
    prop, value = match.group("prop"), match.group("value")
    convert: Callable[[str], str]
    if prop in _BACKGROUNDS:
        convert = dark_background
    elif prop == "color" or prop == "selection-color":
        convert = dark_foreground
    elif prop.startswith("border"):
        convert = _dark_border
    else:
        return match.group(0)
    return f"{prop}: {_COLOR.sub(lambda m: convert(m.group(0)), value)}"


@functools.lru_cache(maxsize=64)
def themed(style_sheet: str) -> str:
    """The style sheet for the current scheme (unchanged in the light one)."""
    if not is_dark():
        return style_sheet
    return _DECLARATION.sub(_rewrite, style_sheet)


def html_color(color: str) -> str:
    """A text colour inside rich text, for the current scheme."""
    return for_foreground(color)


def application_palette() -> QPalette:
    """The Fusion palette for the current scheme (the style sheet, ui/kit/style.py, does the rest)."""
    palette = QPalette()
    background, foreground = for_background, for_foreground
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, background(WINDOW)),
        (roles.Base, background("#ffffff")),
        (roles.AlternateBase, background("#f3f6f9")),
        (roles.Highlight, ACCENT),
        (roles.HighlightedText, "#ffffff"),
        (roles.Text, foreground(TEXT)),
        (roles.WindowText, foreground(TEXT)),
        (roles.ButtonText, foreground(TEXT)),
        (roles.PlaceholderText, "#8a949e" if is_dark() else "#6b757f"),
        (roles.ToolTipBase, background("#fffbe6")),
        (roles.ToolTipText, foreground(TEXT)),
        (roles.Link, foreground(ACCENT)),
        (roles.BrightText, "#ffffff"),
    ):
        palette.setColor(role, QColor(value))
    if is_dark():
        for role, value in (
            (roles.Button, "#2b3138"),
            (roles.Light, "#3a424b"),
            (roles.Midlight, "#333a42"),
            (roles.Mid, "#23282e"),
            (roles.Dark, "#15181c"),
            (roles.Shadow, "#000000"),
        ):
            palette.setColor(role, QColor(value))
        disabled = QPalette.ColorGroup.Disabled
        for role in (roles.Text, roles.WindowText, roles.ButtonText):
            palette.setColor(disabled, role, QColor("#7d8791"))
    return palette
