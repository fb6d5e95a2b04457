"""Layout invariants of the stakeholder map: no overlapping cards, every reporting line drawn,
forests and loners placed, saved positions honoured, and the grid's cell ↔ values mapping."""

from __future__ import annotations

import itertools
import random
import uuid
from dataclasses import replace
from datetime import date

import pytest

from db.enums import Attitude, LinkKind
from planner.stakeholders.layout import (
    CARD_H,
    CARD_W,
    Box,
    grid_cell_at,
    grid_layout,
    org_layout,
)
from planner.stakeholders.model import MapLink, MapPerson, StakeholderMap

AS_OF = date(2026, 11, 27)


def random_map(n: int = 300, seed: int = 7, *, loners: int = 6, roots: int = 3) -> StakeholderMap:
    """A random reporting forest of ``n`` people: a few trees, some loners, some links."""
    rng = random.Random(seed)
    ids = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(n)]
    people = []
    for i, person in enumerate(ids):
        if i < roots or i >= n - loners:
            manager = None
        else:  # mostly shallow and bushy like a real org, sometimes deep
            manager = ids[rng.randrange(0, max(1, min(i, roots + i // 3)))]
        people.append(
            MapPerson(
                uuid=person,
                name=f"Person {i:03d}",
                title="Head of something",
                manager=manager,
                attitude=rng.choice(list(Attitude)),
                influence=rng.randint(1, 5),
                interest=rng.randint(1, 5),
                strength=rng.randint(0, 5),
                days_since=rng.choice([None, 5, 40, 90]),
                left=rng.random() < 0.05,
            )
        )
    links = []
    for _ in range(n // 10):
        a, b = rng.sample(ids, 2)
        links.append(MapLink(uuid.UUID(int=rng.getrandbits(128)), a, b, rng.choice(list(LinkKind))))
    return StakeholderMap(uuid.UUID(int=1), "Random", AS_OF, tuple(people), tuple(links))


def assert_no_overlap(boxes: list[Box]) -> None:
    boxes = sorted(boxes, key=lambda b: b.left)
    for i, a in enumerate(boxes):  # sweep on x: only neighbours that can touch are compared
        for b in boxes[i + 1:]:
            if b.left >= a.right:
                break
            assert not a.overlaps(b), f"cards overlap: {a} and {b}"


def assert_lines_drawn(smap: StakeholderMap, layout) -> None:
    expected = set(smap.reporting_lines)
    drawn = {(c.person, c.manager) for c in layout.lines}
    assert drawn == expected
    for line in layout.lines:
        manager, report = layout.cards[line.manager], layout.cards[line.person]
        start, end = line.points[0], line.points[-1]
        assert start == (manager.cx, manager.bottom)
        assert end in ((report.cx, report.top), (report.left, report.cy))
        for (x1, y1), (x2, y2) in itertools.pairwise(line.points):
            assert x1 == x2 or y1 == y2, "reporting lines are orthogonal"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_300_people_random_forest_no_overlap_every_line_drawn(seed):
    smap = random_map(300, seed)
    layout = org_layout(smap)
    assert set(layout.cards) == {p.uuid for p in smap.people}
    assert_no_overlap(list(layout.cards.values()))
    assert_lines_drawn(smap, layout)
    x0, y0, x1, y1 = layout.bounds
    assert all(x0 <= b.left and b.right <= x1 and y0 <= b.top and b.bottom <= y1
               for b in layout.cards.values())


def test_wide_charts_are_folded_towards_a_readable_shape():
    layout = org_layout(random_map(300, 4))
    assert 0.4 < layout.width / layout.height < 3.0


def test_layout_is_deterministic_and_independent_of_input_order():
    smap = random_map(120, 9)
    shuffled = list(smap.people)
    random.Random(1).shuffle(shuffled)
    again = replace(smap, people=tuple(shuffled))
    assert org_layout(smap).cards == org_layout(again).cards
    assert grid_layout(smap).cards == grid_layout(again).cards


def test_manager_is_centred_above_and_reports_below():
    boss = MapPerson(uuid.UUID(int=1), "Boss")
    a = MapPerson(uuid.UUID(int=2), "A", manager=boss.uuid)
    b = MapPerson(uuid.UUID(int=3), "B", manager=boss.uuid)
    a1 = MapPerson(uuid.UUID(int=4), "A1", manager=a.uuid)
    b1 = MapPerson(uuid.UUID(int=5), "B1", manager=b.uuid)
    smap = StakeholderMap(uuid.UUID(int=9), "T", AS_OF, (boss, a, b, a1, b1))
    cards = org_layout(smap).cards
    assert cards[boss.uuid].cx == pytest.approx((cards[a.uuid].cx + cards[b.uuid].cx) / 2)
    assert cards[a.uuid].top >= cards[boss.uuid].bottom
    assert cards[a1.uuid].top >= cards[a.uuid].bottom
    assert cards[a.uuid].cy == cards[b.uuid].cy


def test_reports_who_manage_nobody_are_stacked_in_a_column():
    boss = MapPerson(uuid.UUID(int=1), "Boss")
    team = [MapPerson(uuid.UUID(int=10 + i), f"T{i}", manager=boss.uuid) for i in range(5)]
    layout = org_layout(StakeholderMap(uuid.UUID(int=9), "T", AS_OF, (boss, *team)))
    xs = {layout.cards[p.uuid].cx for p in team}
    assert len(xs) == 1, "one column"
    assert_lines_drawn(StakeholderMap(uuid.UUID(int=9), "T", AS_OF, (boss, *team)), layout)


def test_forest_roots_side_by_side_and_loners_grouped():
    trees = []
    for t in range(3):
        root = MapPerson(uuid.UUID(int=100 * (t + 1)), f"Root {t}")
        trees += [root, *(MapPerson(uuid.UUID(int=100 * (t + 1) + i), f"R{t}-{i}", manager=root.uuid)
                          for i in range(1, 4))]
    loners = [MapPerson(uuid.UUID(int=1000 + i), f"Loner {i}") for i in range(5)]
    smap = StakeholderMap(uuid.UUID(int=9), "T", AS_OF, (*trees, *loners))
    layout = org_layout(smap)
    roots = [layout.cards[uuid.UUID(int=100 * (t + 1))] for t in range(3)]
    assert len({r.cy for r in roots}) == 1
    assert len({r.cx for r in roots}) == 3
    assert layout.unplaced is not None
    forest_bottom = max(layout.cards[p.uuid].bottom for p in trees)
    for loner in loners:
        box = layout.cards[loner.uuid]
        assert box.top > forest_bottom
        assert layout.unplaced.left <= box.left and box.right <= layout.unplaced.right
    assert_no_overlap(list(layout.cards.values()))


def test_a_reporting_cycle_in_the_data_does_not_hang_the_layout():
    a, b, c = (uuid.UUID(int=i) for i in (1, 2, 3))
    people = (
        MapPerson(a, "A", manager=b),
        MapPerson(b, "B", manager=a),
        MapPerson(c, "C", manager=a),
    )
    layout = org_layout(StakeholderMap(uuid.UUID(int=9), "T", AS_OF, people))
    assert set(layout.cards) == {a, b, c}
    assert len(layout.lines) == 2  # one line of the cycle is cut
    assert_no_overlap(list(layout.cards.values()))


def test_saved_positions_override_and_lines_follow():
    smap = random_map(30, 3, loners=0)
    person = next(p for p in smap.people if p.manager is not None)
    moved = replace(person, org_position=(5000.0, 4000.0))
    smap2 = replace(smap, people=tuple(moved if p.uuid == person.uuid else p for p in smap.people))
    layout = org_layout(smap2)
    assert (layout.cards[person.uuid].cx, layout.cards[person.uuid].cy) == (5000.0, 4000.0)
    line = next(c for c in layout.lines if c.person == person.uuid)
    assert line.points[-1] == (5000.0, 4000.0 - CARD_H / 2)
    assert layout.bounds[2] >= 5000.0 + CARD_W / 2


def test_empty_map_lays_out():
    smap = StakeholderMap(uuid.UUID(int=9), "Empty", AS_OF, ())
    assert org_layout(smap).cards == {}
    assert grid_layout(smap).cards == {}


# --------------------------------------------------------------------------- grid


def test_grid_cell_values_round_trip():
    for influence in range(1, 6):
        for interest in range(1, 6):
            assert grid_cell_at(interest, influence) == (influence, interest)
            assert grid_cell_at(interest + 0.45, influence - 0.45) == (influence, interest)
    assert grid_cell_at(-3, 99) == (5, 1)
    assert grid_cell_at(float("nan"), 2) == (2, 3)


def test_grid_places_every_card_in_its_cell_without_overlap():
    smap = random_map(300, 11)
    layout = grid_layout(smap)
    assert_no_overlap(list(layout.cards.values()))
    for person in smap.people:
        box = layout.cards[person.uuid]
        assert layout.cell_at(box.cx, box.cy) == (person.influence, person.interest)
        cell = layout.cell_box(person.influence, person.interest)
        assert cell.left <= box.left and box.right <= cell.right
        assert cell.top <= box.top and box.bottom <= cell.bottom


def test_grid_drop_point_maps_to_values_and_back():
    layout = grid_layout(random_map(40, 2))
    cell = layout.cell_box(influence=5, interest=2)
    assert layout.cell_at(cell.cx, cell.cy) == (5, 2)
    assert layout.cell_at(cell.right - 1, cell.bottom - 1) == (5, 2)
    gx, gy = layout.to_grid_units(cell.cx, cell.cy)
    assert (gx, gy) == pytest.approx((2.0, 5.0))
    assert layout.to_scene(gx, gy) == pytest.approx((cell.cx, cell.cy))


def test_saved_grid_position_is_kept_only_inside_the_persons_cell():
    person = MapPerson(uuid.UUID(int=1), "P", influence=4, interest=2, grid_position=(2.3, 3.8))
    layout = grid_layout(StakeholderMap(uuid.UUID(int=9), "T", AS_OF, (person,)))
    assert layout.to_grid_units(layout.cards[person.uuid].cx, layout.cards[person.uuid].cy) == \
        pytest.approx((2.3, 3.8))
    stale = replace(person, influence=1)  # the values moved since: the saved spot is ignored
    layout = grid_layout(StakeholderMap(uuid.UUID(int=9), "T", AS_OF, (stale,)))
    box = layout.cards[person.uuid]
    assert layout.cell_at(box.cx, box.cy) == (1, 2)


def test_box_edge_towards_leaves_through_the_border():
    box = Box(0, 0, 200, 100)
    assert box.edge_towards((1000, 0)) == (100, 0)
    assert box.edge_towards((0, -1000)) == (0, -50)
    x, y = box.edge_towards((300, 300))
    assert y == pytest.approx(50) and x == pytest.approx(50)
