"""Where the cards go on the org chart: a tidy layout of the reporting forest.

Scene units (about a pixel at 100 % zoom, y growing downwards, positions are
card centres), so the Qt view and the matplotlib renderer draw the same picture.

A layered tidy tree built from subtree blocks: a manager sits centred above the
span of their reports; reports who manage nobody are stacked in columns under a
trunk, the way printed org charts do it. Blocks never overlap by construction,
so neither do cards. A chart that would still be a ribbon is folded, step by
step, until it is not: the trees of a forest into rows, then the deepest teams
into columns, level by level upwards, so the top of the chart stays a row as
long as it can. People with neither manager nor reports are grouped in a block
below. Saved positions override a card's automatic place; its lines become
simple elbows.

Blocks keep their parts at offsets instead of copying coordinates at every
level, so trying a few folds of a 300-person chart costs a few milliseconds.
The grid view lives in ``grid``; its API is re-exported here.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from planner.stakeholders.geometry import Box, Point
from planner.stakeholders.grid import (  # noqa: F401 - the layout API in one place
    HIGH_AT,
    LEVELS,
    GridLayout,
    grid_cell_at,
    grid_layout,
)
from planner.stakeholders.model import MapPerson, StakeholderMap

CARD_W = 220.0
CARD_H = 104.0
H_GAP = 28.0
V_GAP = 64.0
ROOT_GAP = 56.0
#: Reports who manage nobody are stacked under a trunk, at most this many per column.
STACK_ROWS = 6
STACK_INDENT = 28.0
STACK_V_GAP = 14.0
#: Space between rows of trees and above the people with no reporting line (room for a caption).
GROUP_GAP = 90.0
#: Widths tried when folding the last level of a wide chart.
WRAP_WIDTHS = tuple(n * CARD_W for n in (24, 16, 11, 7, 4))
#: A chart wider than MAX_ASPECT × its height is folded; among folds, nearest TARGET_ASPECT wins.
TARGET_ASPECT = 1.6
MAX_ASPECT = 2.6


@dataclass(frozen=True)
class Connector:
    """One reporting line as an orthogonal polyline from the manager down to the report."""

    person: uuid.UUID
    manager: uuid.UUID
    points: tuple[Point, ...]


@dataclass(frozen=True)
class OrgLayout:
    cards: dict[uuid.UUID, Box]
    lines: tuple[Connector, ...]
    #: The block of people with no reporting line (None if there are none), for its caption.
    unplaced: Box | None
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1

    @property
    def width(self) -> float:
        return self.bounds[2] - self.bounds[0]

    @property
    def height(self) -> float:
        return self.bounds[3] - self.bounds[1]


def org_layout(smap: StakeholderMap) -> OrgLayout:
    """The org chart of the map's people; saved positions override the automatic places."""
    people = {p.uuid: p for p in smap.people}
    parent = {p.uuid: p.manager for p in smap.people if p.manager in people}
    order = _sort_key(people)
    roots = _roots(people, parent, order)
    for root in roots:  # cut the line that closes a cycle, so a bad record cannot hang the layout
        parent.pop(root, None)
    children: dict[uuid.UUID, list[uuid.UUID]] = {u: [] for u in people}
    for child, manager in parent.items():
        children[manager].append(child)
    for kids in children.values():
        kids.sort(key=order)
    chart = _Chart([r for r in roots if children[r]], [r for r in roots if not children[r]], children)

    forest = len(chart.trees) > 1
    result = chart.attempt(_Fold())
    if result.aspect > MAX_ASPECT and forest:
        result = chart.attempt(_Fold(rows=True))
    if result.aspect > MAX_ASPECT:
        result = _fold_levels(chart, result, rows=forest)

    cards: dict[uuid.UUID, Box] = {}
    lines: list[Connector] = []
    result.block.place(0.0, 0.0, cards, lines)
    moved = {p.uuid for p in smap.people if p.org_position is not None}
    for person in moved:
        px, py = people[person].org_position  # type: ignore[misc]
        cards[person] = Box(px, py, CARD_W, CARD_H)
    if moved:
        lines = [_elbow(c.person, c.manager, cards) if {c.person, c.manager} & moved else c
                 for c in lines]
    return OrgLayout(cards, tuple(lines), result.unplaced, _bounds(cards.values(), result.unplaced))


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class _Head:
    """Where the line from a manager's bus enters a direct report inside a block."""

    person: uuid.UUID
    #: x at which the line leaves the bus (or trunk) above the block.
    bus_x: float
    #: The rest of the line, down to the report's card.
    tail: tuple[Point, ...]
    #: The report's card centre.
    centre: Point

    def moved(self, dx: float, dy: float) -> _Head:
        return _Head(self.person, self.bus_x + dx, tuple((x + dx, y + dy) for x, y in self.tail),
                     (self.centre[0] + dx, self.centre[1] + dy))


@dataclass
class _Block:
    """A laid-out piece of the chart, relative to its top-left corner: own cards and lines,
    plus nested blocks at offsets (placed only once, at the end)."""

    width: float
    height: float
    heads: list[_Head]
    cards: list[tuple[uuid.UUID, Point]] = field(default_factory=list)
    lines: list[Connector] = field(default_factory=list)
    parts: list[tuple[_Block, float, float]] = field(default_factory=list)
    size: int = 0

    def place(self, dx: float, dy: float, cards: dict[uuid.UUID, Box], lines: list[Connector]) -> None:
        todo = [(self, dx, dy)]
        while todo:
            block, ox, oy = todo.pop()
            for person, (x, y) in block.cards:
                cards[person] = Box(x + ox, y + oy, CARD_W, CARD_H)
            lines += [Connector(c.person, c.manager, tuple((x + ox, y + oy) for x, y in c.points))
                      for c in block.lines]
            todo += [(part, ox + px, oy + py) for part, px, py in block.parts]


def _card(person: uuid.UUID) -> _Block:
    centre = (CARD_W / 2, CARD_H / 2)
    return _Block(CARD_W, CARD_H, [_Head(person, CARD_W / 2, ((CARD_W / 2, 0.0),), centre)],
                  [(person, centre)], size=1)


def _over(root: uuid.UUID, items: list[_Block]) -> _Block:
    """``root``'s card centred above ``items`` set side by side, with a line to each report."""
    top = CARD_H + V_GAP
    offsets = []
    heads: list[_Head] = []
    x = 0.0
    for item in items:
        offsets.append(x)
        heads += [h.moved(x, top) for h in item.heads]
        x += item.width + H_GAP
    span = x - H_GAP
    entries = [h.bus_x for h in heads]
    centre = (min(entries) + max(entries)) / 2
    shift = -min(0.0, centre - CARD_W / 2)
    width = max(span, centre + CARD_W / 2) + shift
    centre += shift
    bus_y = CARD_H + V_GAP / 2
    lines = [
        Connector(h.person, root, _dedupe([(centre, CARD_H), (centre, bus_y), (h.bus_x + shift, bus_y),
                                           *((px + shift, py) for px, py in h.tail)]))
        for h in heads
    ]
    height = top + max(item.height for item in items)
    return _Block(
        width, height, [_Head(root, centre, ((centre, 0.0),), (centre, CARD_H / 2))],
        [(root, (centre, CARD_H / 2))], lines,
        [(item, off + shift, top) for item, off in zip(items, offsets, strict=True)],
        size=1 + sum(item.size for item in items),
    )


def _stack(items: list[_Block], max_width: float = math.inf) -> _Block:
    """Blocks one under another in columns, each column hanging from its own trunk.

    Single cards go STACK_ROWS to a column; a folded team takes as many columns
    as fit in ``max_width`` (at least one), in order and balanced by height. A
    block with one head gets a stub from the trunk to its top card; a nested
    stack is reached through the gap above it.
    """
    if not math.isfinite(max_width):
        columns = _balanced(items, math.ceil(len(items) / STACK_ROWS))
    else:
        for cols in range(math.ceil(len(items) / 2), 0, -1):
            columns = _balanced(items, cols)
            width = sum(STACK_INDENT + max(b.width for b in c) + H_GAP for c in columns) - H_GAP
            if width <= max_width:
                break
    heads: list[_Head] = []
    parts: list[tuple[_Block, float, float]] = []
    left = height = 0.0
    for column in columns:
        trunk = left + STACK_INDENT / 2
        y = col_w = 0.0
        for block in column:
            parts.append((block, left + STACK_INDENT, y))
            placed = [h.moved(left + STACK_INDENT, y) for h in block.heads]
            if len(placed) == 1:
                cx, cy = placed[0].centre
                heads.append(_Head(placed[0].person, trunk, ((trunk, cy), (cx - CARD_W / 2, cy)),
                                   placed[0].centre))
            else:
                gap = y - STACK_V_GAP / 2
                heads += [_Head(h.person, trunk, ((trunk, gap), (h.bus_x, gap), *h.tail), h.centre)
                          for h in placed]
            y += block.height + STACK_V_GAP
            col_w = max(col_w, block.width)
        height = max(height, y - STACK_V_GAP)
        left += STACK_INDENT + col_w + H_GAP
    return _Block(left - H_GAP, height, heads, parts=parts, size=sum(b.size for b in items))


def _balanced(items: list[_Block], cols: int) -> list[list[_Block]]:
    """Split ``items`` in order into ``cols`` runs of about equal height."""
    target = sum(b.height + STACK_V_GAP for b in items) / cols
    columns: list[list[_Block]] = [[]]
    filled = 0.0
    for i, block in enumerate(items):
        remaining = len(items) - i
        if columns[-1] and len(columns) < cols and (
            filled + block.height / 2 > target or remaining <= cols - len(columns)
        ):
            columns.append([])
            filled = 0.0
        columns[-1].append(block)
        filled += block.height + STACK_V_GAP
    return columns


def _row_width(items: list[_Block]) -> float:
    return sum(b.width for b in items) + H_GAP * (len(items) - 1)


# --------------------------------------------------------------------------- folding


@dataclass(frozen=True)
class _Fold:
    """How far to fold: teams at depth >= ``level`` hang in one column; the team level
    just above is folded to fit ``wrap``; ``rows`` puts the trees of a forest in rows."""

    level: float = math.inf
    wrap: float = math.inf
    rows: bool = False


@dataclass(frozen=True)
class _Result:
    block: _Block
    unplaced: Box | None
    aspect: float

    @property
    def misfit(self) -> float:
        return abs(math.log(self.aspect / TARGET_ASPECT))


def _fold_levels(chart: _Chart, wide: _Result, rows: bool) -> _Result:
    """Fold whole levels from the deepest up; then unfold the last one as far as it can."""
    level = chart.deepest_team() + 1
    previous = result = wide
    while level > 0 and result.aspect > MAX_ASPECT:
        level -= 1
        previous, result = result, chart.attempt(_Fold(level=level, rows=rows))
    if result.aspect > MAX_ASPECT:
        return min((previous, result), key=lambda r: r.misfit)
    for wrap in WRAP_WIDTHS:
        partial = chart.attempt(_Fold(level=level + 1, wrap=wrap, rows=rows))
        if partial.aspect <= MAX_ASPECT:
            return min((partial, result), key=lambda r: r.misfit)
    return result


@dataclass
class _Chart:
    trees: list[uuid.UUID]
    loners: list[uuid.UUID]
    children: dict[uuid.UUID, list[uuid.UUID]]
    #: Subtrees laid out the same in several attempts, by (person, how folded).
    cache: dict[tuple, _Block] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # How many levels of teams hang below each manager (0: only people who manage nobody).
        self.reach: dict[uuid.UUID, int] = {}
        todo = [(r, False) for r in self.trees]
        while todo:
            node, done = todo.pop()
            kids = [k for k in self.children[node] if self.children[k]]
            if done or not kids:
                self.reach[node] = 1 + max((self.reach[k] for k in kids), default=-1)
            else:
                todo += [(node, True), *((k, False) for k in kids)]

    def deepest_team(self) -> int:
        return max((self.reach[r] for r in self.trees), default=0)

    def attempt(self, fold: _Fold) -> _Result:
        """The whole chart folded one way: trees, then the people with no reporting line."""
        blocks = sorted((self.subtree(r, fold, 0) for r in self.trees), key=lambda b: -b.size)
        row_limit = math.inf
        if fold.rows and blocks:
            area = sum((b.width + ROOT_GAP) * (b.height + GROUP_GAP) for b in blocks)
            row_limit = max(max(b.width for b in blocks), math.sqrt(area * TARGET_ASPECT))
        parts: list[tuple[_Block, float, float]] = []
        x = y = row_h = forest_w = 0.0
        for block in blocks:
            if x > 0 and x + block.width > row_limit:
                x, y, row_h = 0.0, y + row_h + GROUP_GAP, 0.0
            parts.append((block, x, y))
            forest_w = max(forest_w, x + block.width)
            x += block.width + ROOT_GAP
            row_h = max(row_h, block.height)
        forest_h = y + row_h
        cards: list[tuple[uuid.UUID, Point]] = []
        unplaced = None
        width, height = forest_w, forest_h
        if self.loners:
            step_x, step_y = CARD_W + H_GAP, CARD_H + STACK_V_GAP
            cols = max(math.ceil(math.sqrt(len(self.loners) * 1.5)), int((forest_w + H_GAP) // step_x))
            cols = max(1, min(cols, len(self.loners)))
            top = forest_h + GROUP_GAP if blocks else 0.0
            for i, person in enumerate(self.loners):
                row, col = divmod(i, cols)
                cards.append((person, (col * step_x + CARD_W / 2, top + row * step_y + CARD_H / 2)))
            group_w = cols * step_x - H_GAP
            group_h = math.ceil(len(self.loners) / cols) * step_y - STACK_V_GAP
            unplaced = Box(group_w / 2, top + group_h / 2, group_w, group_h)
            width, height = max(width, group_w), top + group_h
        block = _Block(width, height, [], cards, parts=parts)
        return _Result(block, unplaced, width / max(height, 1.0))

    def subtree(self, root: uuid.UUID, fold: _Fold, depth: int) -> _Block:
        if depth >= fold.level:
            key: tuple | None = (root, "column")
        elif depth == fold.level - 1:
            key = (root, "wrap", fold.wrap)
        elif depth + self.reach.get(root, 0) < fold.level - 1:
            key = (root, "open")  # nothing below is folded
        else:
            key = None
        if key is not None and key in self.cache:
            return self.cache[key]
        block = self.team(root, fold, depth)
        if key is not None:
            self.cache[key] = block
        return block

    def team(self, root: uuid.UUID, fold: _Fold, depth: int) -> _Block:
        """A manager centred over their reports, or over the columns they were folded into."""
        kids = self.children[root]
        if not kids:
            return _card(root)
        managers = [self.subtree(k, fold, depth + 1) for k in kids if self.children[k]]
        leaves = [_card(k) for k in kids if not self.children[k]]
        items = managers + ([_stack(leaves)] if len(leaves) >= 2 else leaves)
        if len(items) > 1:
            if depth >= fold.level:
                items = [_stack(items, max_width=0.0)]
            elif depth == fold.level - 1 and _row_width(items) > fold.wrap:
                items = [_stack(items, max_width=fold.wrap)]
        return _over(root, items)


# --------------------------------------------------------------------------- helpers


def _sort_key(people: dict[uuid.UUID, MapPerson]):
    def key(person: uuid.UUID) -> tuple:
        p = people[person]
        return (p.left, -p.influence, p.name.casefold(), str(p.uuid))

    return key


def _roots(people: dict[uuid.UUID, MapPerson], parent: dict, order) -> list[uuid.UUID]:
    """People without a manager on the map, plus one person per reporting cycle."""
    roots = sorted((u for u in people if u not in parent), key=order)
    kids: dict[uuid.UUID, list[uuid.UUID]] = {}
    for child, manager in parent.items():
        kids.setdefault(manager, []).append(child)
    reached: set[uuid.UUID] = set()

    def reach(start: uuid.UUID) -> None:
        todo = [start]
        while todo:
            node = todo.pop()
            if node not in reached:
                reached.add(node)
                todo += [k for k in kids.get(node, ()) if k != start]

    for root in roots:
        reach(root)
    for person in sorted(people, key=order):
        if person in reached:
            continue
        walked: set[uuid.UUID] = set()
        cut = person
        while cut not in walked:  # climb until the walk repeats: that person is on the cycle
            walked.add(cut)
            cut = parent[cut]
        roots.append(cut)
        reach(cut)
    return roots


def _elbow(person: uuid.UUID, manager: uuid.UUID, boxes: dict[uuid.UUID, Box]) -> Connector:
    """A reporting line between cards the user placed by hand: down, across, down."""
    top, low = boxes[manager], boxes[person]
    if low.top >= top.bottom:
        mid = (top.bottom + low.top) / 2
        points = [(top.cx, top.bottom), (top.cx, mid), (low.cx, mid), (low.cx, low.top)]
    else:  # the report sits beside or above the manager: leave from the side
        side = top.right if low.cx >= top.cx else top.left
        end = low.left if low.cx >= top.cx else low.right
        points = [(side, top.cy), ((side + end) / 2, top.cy), ((side + end) / 2, low.cy), (end, low.cy)]
    return Connector(person, manager, _dedupe(points))


def _dedupe(points: Iterable[Point]) -> tuple[Point, ...]:
    out: list[Point] = []
    for point in points:
        if not out or out[-1] != point:
            out.append(point)
    return tuple(out)


def _bounds(boxes: Iterable[Box], extra: Box | None) -> tuple[float, float, float, float]:
    items = [*boxes, *([extra] if extra else [])]
    if not items:
        return (0.0, 0.0, CARD_W, CARD_H)
    return (
        min(b.left for b in items),
        min(b.top for b in items),
        max(b.right for b in items),
        max(b.bottom for b in items),
    )
