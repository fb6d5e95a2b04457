"""Fitting text on cards without rendering it: DejaVu Sans metrics, names shortened sensibly.

Widths come from the font's glyph advances (cached per character), in scene
units, so a card's lines are cut before drawing and the PNG, the SVG and the Qt
view agree on what fits.
"""

from __future__ import annotations

#: The one font of the map: ships with matplotlib and covers Latin and Cyrillic.
FONT = "DejaVu Sans"
#: Scene units per inch at scale 1 (a unit is a pixel at 96 dpi), and per typographic point.
UNITS_PER_INCH = 96.0
PT = UNITS_PER_INCH / 72


def short_name(name: str) -> str:
    """'Anna Petrova' → 'A. Petrova', 'Анна Викторовна Сохова' → 'А. В. Сохова'."""
    parts = name.split()
    if len(parts) < 2:
        return name
    return " ".join([*(f"{p[0]}." for p in parts[:-1]), parts[-1]])


def fit_name(name: str, max_width: float, size: float, *, bold: bool = False) -> str:
    """A person's name to fit: middle names to initials first, then given names, then cut.

    'Михаил Павлович Денисов' → 'Михаил П. Денисов' → 'М. П. Денисов': the
    family name, the part people scan for, stays whole as long as possible.
    """
    parts = name.split()
    candidates = [name]
    if len(parts) > 2:
        candidates.append(" ".join([parts[0], *(f"{p[0]}." for p in parts[1:-1]), parts[-1]]))
    if len(parts) > 1:
        candidates.append(short_name(name))
    for candidate in candidates:
        if text_width(candidate, size, bold=bold) <= max_width:
            return candidate
    return fit_text(candidates[-1], max_width, size, bold=bold)


_ADVANCE: dict[tuple[str, bool], float] = {}
_FONTS: dict[bool, object] = {}


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` at ``size`` points, in scene units (DejaVu Sans metrics)."""
    if bold not in _FONTS:
        from matplotlib.font_manager import FontProperties, findfont
        from matplotlib.ft2font import FT2Font

        font = FT2Font(findfont(FontProperties(family=FONT, weight="bold" if bold else "normal")))
        font.set_size(100, 72)
        _FONTS[bold] = font
    font = _FONTS[bold]
    total = 0.0
    for char in text:
        advance = _ADVANCE.get((char, bold))
        if advance is None:
            advance = _glyph_advance(font, char)
            _ADVANCE[(char, bold)] = advance
        total += advance
    return total / 100 * size * PT


def _glyph_advance(font, char: str) -> float:
    from matplotlib.ft2font import LoadFlags

    if font.get_char_index(ord(char)) == 0:
        return 60.0
    return font.load_char(ord(char), flags=LoadFlags.NO_HINTING).linearHoriAdvance / 65536


def fit_text(text: str, max_width: float, size: float, *, bold: bool = False) -> str:
    """``text`` cut with an ellipsis to fit ``max_width`` scene units."""
    if text_width(text, size, bold=bold) <= max_width:
        return text
    cut = len(text)
    while cut > 1 and text_width(text[:cut].rstrip() + "…", size, bold=bold) > max_width:
        cut -= 1
    return text[:cut].rstrip() + "…"
