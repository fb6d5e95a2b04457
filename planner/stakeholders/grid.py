"""The power/interest grid (Mendelow): where each card sits, and what a drop there means.

Influence runs in rows (5 at the top), interest in columns (5 at the right),
one cell per value pair; values of HIGH_AT and more are "high", which splits
the grid into the four quadrants. Cards in one cell fill slots in a fixed order,
so they never overlap and never jump between renders.

Saved grid positions are kept in *grid units* (x = interest, y = influence,
cell centres on whole numbers), so they survive any cell size; one is honoured
only while it lies in the cell of the person's current values.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass

from planner.stakeholders.geometry import Box, Point
from planner.stakeholders.model import ATTITUDE_ORDER, MapPerson, StakeholderMap

GRID_CARD_W = 176.0
GRID_CARD_H = 48.0
SLOT_GAP = 8.0
CELL_PAD = 14.0
#: Wanted width:height of a grid cell; the slot columns per cell are picked to approach it.
CELL_ASPECT = 1.5
#: A value of 4 or 5 is "high" influence or interest (the quadrant boundary lies between 3 and 4).
HIGH_AT = 4
LEVELS = 5


def grid_cell_at(x: float, y: float) -> tuple[int, int]:
    """(influence, interest) of the cell holding a point in grid units (x interest, y influence)."""
    return _level(y), _level(x)


def _level(value: float) -> int:
    if not math.isfinite(value):
        return 3
    return max(1, min(LEVELS, math.floor(value + 0.5)))


def is_high(value: int) -> bool:
    return value >= HIGH_AT


@dataclass(frozen=True)
class GridLayout:
    """Cards on the power/interest grid, with the conversion between scene and grid units."""

    cards: dict[uuid.UUID, Box]
    cell_w: float
    cell_h: float

    @property
    def width(self) -> float:
        return LEVELS * self.cell_w

    @property
    def height(self) -> float:
        return LEVELS * self.cell_h

    def cell_box(self, influence: int, interest: int) -> Box:
        return Box(
            (interest - 0.5) * self.cell_w,
            (LEVELS - influence + 0.5) * self.cell_h,
            self.cell_w,
            self.cell_h,
        )

    def to_grid_units(self, x: float, y: float) -> Point:
        """Scene point → (interest, influence) as continuous values, cell centres whole."""
        return x / self.cell_w + 0.5, LEVELS + 0.5 - y / self.cell_h

    def to_scene(self, gx: float, gy: float) -> Point:
        return (gx - 0.5) * self.cell_w, (LEVELS + 0.5 - gy) * self.cell_h

    def cell_at(self, x: float, y: float) -> tuple[int, int]:
        """(influence, interest) under a scene point: what a drop there sets."""
        return grid_cell_at(*self.to_grid_units(x, y))


def grid_layout(smap: StakeholderMap) -> GridLayout:
    """Every person in the cell of their influence and interest, in fixed slots."""
    cells: dict[tuple[int, int], list[MapPerson]] = {}
    for person in smap.people:
        cells.setdefault((_clamp(person.influence), _clamp(person.interest)), []).append(person)
    most = max((len(v) for v in cells.values()), default=1)
    cols = _slot_columns(max(most, 2))
    rows = max(1, math.ceil(most / cols))
    cell_w = cols * (GRID_CARD_W + SLOT_GAP) - SLOT_GAP + 2 * CELL_PAD
    cell_h = rows * (GRID_CARD_H + SLOT_GAP) - SLOT_GAP + 2 * CELL_PAD
    layout = GridLayout({}, cell_w, cell_h)
    rank = {a: i for i, a in enumerate(ATTITUDE_ORDER)}
    for (influence, interest), members in cells.items():
        cell = layout.cell_box(influence, interest)
        members.sort(key=lambda p: (p.left, rank.get(p.attitude, 9), p.name.casefold(), str(p.uuid)))
        for i, person in enumerate(members):
            row, col = divmod(i, cols)
            cx = cell.left + CELL_PAD + col * (GRID_CARD_W + SLOT_GAP) + GRID_CARD_W / 2
            cy = cell.top + CELL_PAD + row * (GRID_CARD_H + SLOT_GAP) + GRID_CARD_H / 2
            saved = person.grid_position
            if saved is not None and grid_cell_at(*saved) == (influence, interest):
                cx, cy = layout.to_scene(*saved)
            layout.cards[person.uuid] = Box(cx, cy, GRID_CARD_W, GRID_CARD_H)
    return layout


def _slot_columns(count: int) -> int:
    def misfit(cols: int) -> float:
        rows = math.ceil(count / cols)
        w = cols * (GRID_CARD_W + SLOT_GAP) + 2 * CELL_PAD
        h = rows * (GRID_CARD_H + SLOT_GAP) + 2 * CELL_PAD
        return abs(math.log(w / h / CELL_ASPECT))

    return min(range(1, count + 1), key=misfit)


def _clamp(value: int) -> int:
    return max(1, min(LEVELS, int(value)))
