"""What every card of one build shares: fonts in scene units, their metrics, the card's words.

Fonts are sized in pixels of the scene (a unit is a pixel at 96 dpi, as the
planner's renderer counts), so cards look the same at any screen scale; fitting a
name tries initials before cutting, the way the renderer does it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from planner.stakeholders.text import short_name
from ui import formatting

translate = QCoreApplication.translate

#: Scene units per typographic point (a unit is a pixel at 96 dpi), as the renderer counts.
PT = 96 / 72
#: Below this zoom the card's small print cannot be read: the card shows its name alone ...
DETAIL_ZOOM = 0.5
#: ... then the name alone is drawn this tall on screen (pixels), if at least MIN_READABLE_PX.
OVERVIEW_PX = 11.0
MIN_READABLE_PX = 6.5
#: Room around the card for the selection and change outlines (scene units).
MARGIN = 24.0
SELECTION = QColor("#1a73e8")
FRESH = QColor("#2b6b3a")
OWNER = QColor("#23509b")
NO_OWNER = QColor("#b85c00")
INK = QColor("#1d1d1f")
INK_LEFT = QColor("#8a8a8a")
MUTED = QColor("#4a4a4a")


def pixel_font(base: QFont, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The application's font family at a size in scene units, so cards look alike at any DPI."""
    font = QFont(base)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


class CardLook:
    """Fonts, metrics and words shared by every card of one build."""

    def __init__(self, base: QFont) -> None:
        self.name = pixel_font(base, 10 * PT, bold=True)
        self.grid_name = pixel_font(base, 8.5 * PT, bold=True)
        self.title = pixel_font(base, 8 * PT)
        self.small = pixel_font(base, 7.5 * PT)
        self.small_italic = pixel_font(base, 7.5 * PT, italic=True)
        self.small_bold = pixel_font(base, 7.5 * PT, bold=True)
        self.badge = pixel_font(base, 7 * PT, bold=True)
        self.metrics = {
            id(f): QFontMetricsF(f)
            for f in (
                self.name,
                self.grid_name,
                self.title,
                self.small,
                self.small_italic,
                self.small_bold,
                self.badge,
            )
        }
        self.infl = translate("MapCard", "infl")
        self.rel = translate("MapCard", "rel")
        self.no_owner = translate("MapCard", "no owner")
        self.never = translate("MapCard", "never")
        self.left = translate("MapCard", "LEFT")
        self._widths: dict[tuple[int, str], float] = {}

    def width(self, font: QFont, text: str) -> float:
        """Advance of ``text``; many cards share their badges, pips and days, so it is cached."""
        key = (id(font), text)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self.metrics[id(font)].horizontalAdvance(text)
        return width

    def elide(self, font: QFont, text: str, width: float) -> str:
        return self.metrics[id(font)].elidedText(text, Qt.TextElideMode.ElideRight, width)

    def fit_name(self, font: QFont, name: str, width: float) -> str:
        """Middle names to initials first, then given names, then cut: the family name stays."""
        parts = name.split()
        candidates = [name]
        if len(parts) > 2:
            candidates.append(" ".join([parts[0], *(f"{p[0]}." for p in parts[1:-1]), parts[-1]]))
        if len(parts) > 1:
            candidates.append(short_name(name))
        for candidate in candidates:
            if self.width(font, candidate) <= width:
                return candidate
        return self.elide(font, candidates[-1], width)

    def days(self, days: int | None) -> str:
        if days is None:
            return self.never
        return translate("MapCard", "{days} d").format(days=formatting.integer(days))
