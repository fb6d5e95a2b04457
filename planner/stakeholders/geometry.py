"""Scene geometry shared by the map's layouts: points and card rectangles.

Scene units are about a pixel at 100 % zoom; y grows downwards, as in Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    """A card's rectangle by its centre."""

    cx: float
    cy: float
    w: float
    h: float

    @property
    def left(self) -> float:
        return self.cx - self.w / 2

    @property
    def right(self) -> float:
        return self.cx + self.w / 2

    @property
    def top(self) -> float:
        return self.cy - self.h / 2

    @property
    def bottom(self) -> float:
        return self.cy + self.h / 2

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        return (
            self.left < other.right + margin
            and other.left < self.right + margin
            and self.top < other.bottom + margin
            and other.top < self.bottom + margin
        )

    def edge_towards(self, point: Point) -> Point:
        """Where the line from the centre to ``point`` leaves the box (for link ends)."""
        dx, dy = point[0] - self.cx, point[1] - self.cy
        if dx == 0 and dy == 0:
            return self.cx, self.cy
        scale = min(
            (self.w / 2) / abs(dx) if dx else math.inf,
            (self.h / 2) / abs(dy) if dy else math.inf,
        )
        return self.cx + dx * scale, self.cy + dy * scale
