"""The map as a QGraphicsScene: one card per person, one connector per reporting line, the links.

``show_map`` lays the map out with the planner (org chart or power/interest grid)
and builds the items; it is rebuilt whole after every change, which for 300
people takes a few tens of milliseconds. Cards dragged and released are reported
once, all together, by ``cards_dropped``; on the grid, ``grid_drop`` finds the
free slot of the cell under a card, so a dropped card never covers another.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsScene

from planner.stakeholders.geometry import Box, Point
from planner.stakeholders.grid import CELL_PAD, GRID_CARD_H, GRID_CARD_W, SLOT_GAP, GridLayout, grid_layout
from planner.stakeholders.layout import OrgLayout, org_layout
from planner.stakeholders.model import MapPerson, StakeholderMap, View
from ui import formatting
from ui.stakeholders import words
from ui.stakeholders.backdrop import GridBackdrop, GroupCaption
from ui.stakeholders.card_look import CardLook
from ui.stakeholders.cards import CardItem
from ui.stakeholders.connectors import ConnectorItem, LinkItem, card_box

translate = QCoreApplication.translate

#: Empty space around the map, so cards at the edge can be dragged and are not glued to it.
MARGIN = 48.0
#: A card released this close to where it was pressed did not move (scene units).
JITTER = 2.0


class MapScene(QGraphicsScene):
    """Cards, lines and links of one map in one view."""

    #: Cards the user dragged and released: {person uuid: (position before, position after)}.
    cards_dropped = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cards: dict[uuid.UUID, CardItem] = {}
        self.connectors: list[ConnectorItem] = []
        self.links: list[LinkItem] = []
        self.layout: OrgLayout | GridLayout | None = None
        self.view = View.ORG
        self.map: StakeholderMap | None = None
        self._drag_start: dict[uuid.UUID, QPointF] = {}

    # -- building -------------------------------------------------------------------------

    def show_map(
        self,
        smap: StakeholderMap,
        view: View,
        font: QFont,
        *,
        changes: Mapping[uuid.UUID, tuple[str, ...]] | None = None,
    ) -> None:
        """Lay out ``smap`` for ``view`` and (re)build every item."""
        changes = changes or {}
        self._drag_start = {}
        self.clear()
        self.cards, self.connectors, self.links = {}, [], []
        self.map, self.view = smap, view
        look = CardLook(font)
        grid = view == View.GRID
        layout = grid_layout(smap) if grid else org_layout(smap)
        self.layout = layout
        for person in smap.people:
            card = CardItem(
                person, layout.cards[person.uuid], look, grid=grid, changes=changes.get(person.uuid, ())
            )
            card.setToolTip(person_tooltip(person))
            self.addItem(card)
            self.cards[person.uuid] = card
        if grid:
            self.addItem(GridBackdrop(layout, font))
            bounds = QRectF(-90, -60, layout.width + 110, layout.height + 170)
        else:
            self._add_lines(smap, layout, font)
            x0, y0, x1, y1 = layout.bounds
            bounds = QRectF(x0, y0, x1 - x0, y1 - y0)
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _add_lines(self, smap: StakeholderMap, layout: OrgLayout, font: QFont) -> None:
        for line in layout.lines:
            report, manager = self.cards.get(line.person), self.cards.get(line.manager)
            if report is None or manager is None:
                continue
            item = ConnectorItem(report, manager, line.points)
            self.addItem(item)
            self.connectors.append(item)
            report.edges.append(item)
            manager.edges.append(item)
        for link in smap.links:
            source, target = self.cards.get(link.source), self.cards.get(link.target)
            if source is None or target is None:
                continue
            item = LinkItem(link, source, target)
            self.addItem(item)
            self.links.append(item)
            source.edges.append(item)
            target.edges.append(item)
        if layout.unplaced is not None:
            box = layout.unplaced
            text = translate("MapScene", "No reporting line")
            self.addItem(GroupCaption(text, box.left, box.right, box.top + 20, font))

    # -- selection ------------------------------------------------------------------------

    def card_at(self, point: QPointF, *, besides: CardItem | None = None) -> CardItem | None:
        for item in self.items(point):
            if isinstance(item, CardItem) and item is not besides:
                return item
        return None

    def selected_people(self) -> list[uuid.UUID]:
        return [item.uuid for item in self.selectedItems() if isinstance(item, CardItem)]

    def select_people(self, people: Iterable[uuid.UUID]) -> QRectF:
        """Select these cards (those shown); returns the rectangle they cover (empty if none)."""
        self.clearSelection()
        area = QRectF()
        for person in people:
            card = self.cards.get(person)
            if card is not None:
                card.setSelected(True)
                area = area.united(card.sceneBoundingRect())
        return area

    # -- dragging -------------------------------------------------------------------------

    def drag_started(self) -> None:
        """A card was pressed: remember where every selected card is."""
        self._drag_start = {
            item.uuid: item.pos() for item in self.selectedItems() if isinstance(item, CardItem)
        }

    def drag_finished(self) -> None:
        """A card was released: report the cards that moved, if any."""
        moved = {}
        for person, before in self._drag_start.items():
            card = self.cards.get(person)
            if card is None:
                continue
            after = card.pos()
            if abs(after.x() - before.x()) + abs(after.y() - before.y()) > JITTER:
                moved[person] = (before, after)
        self._drag_start = {}
        if moved:
            self.cards_dropped.emit(moved)

    def grid_drop(self, moved: Iterable[uuid.UUID]) -> dict[uuid.UUID, Point]:
        """Where each moved card lands on the grid, in grid units: the free slot of the cell under
        it nearest to where it was dropped (or the drop point itself when the cell is full)."""
        layout = self.layout
        assert isinstance(layout, GridLayout)
        moving = set(moved)
        taken = [card_box(c) for u, c in self.cards.items() if u not in moving]
        landed: dict[uuid.UUID, Point] = {}
        for person in moving:
            pos = self.cards[person].pos()
            influence, interest = layout.cell_at(pos.x(), pos.y())
            cell = layout.cell_box(influence, interest)
            free = [s for s in _slots(cell) if not any(s.overlaps(t) for t in taken)]
            if free:
                spot = min(free, key=lambda s: (s.cx - pos.x()) ** 2 + (s.cy - pos.y()) ** 2)
            else:  # a full cell: keep the drop point, inside the cell
                x = min(max(pos.x(), cell.left + GRID_CARD_W / 2), cell.right - GRID_CARD_W / 2)
                y = min(max(pos.y(), cell.top + GRID_CARD_H / 2), cell.bottom - GRID_CARD_H / 2)
                spot = Box(x, y, GRID_CARD_W, GRID_CARD_H)
            taken.append(spot)
            landed[person] = layout.to_grid_units(spot.cx, spot.cy)
        return landed


def _slots(cell: Box) -> list[Box]:
    """The card slots of a grid cell, in the planner's arrangement."""
    step_x, step_y = GRID_CARD_W + SLOT_GAP, GRID_CARD_H + SLOT_GAP
    cols = max(1, int((cell.w - 2 * CELL_PAD + SLOT_GAP) / step_x + 1e-6))
    rows = max(1, int((cell.h - 2 * CELL_PAD + SLOT_GAP) / step_y + 1e-6))
    return [
        Box(
            cell.left + CELL_PAD + c * step_x + GRID_CARD_W / 2,
            cell.top + CELL_PAD + r * step_y + GRID_CARD_H / 2,
            GRID_CARD_W,
            GRID_CARD_H,
        )
        for r in range(rows)
        for c in range(cols)
    ]


def person_tooltip(person: MapPerson) -> str:
    """Everything the card abbreviates, in full: for the tooltip and for screen readers."""
    lines = [person.name]
    lines += [text for text in (person.title, person.department, person.site_name) if text]
    values = translate("MapScene", "Attitude: {attitude} · influence {influence}/5 · interest {interest}/5")
    lines.append(
        values.format(
            attitude=words.attitude(person.attitude), influence=person.influence, interest=person.interest
        )
    )
    if person.roles:
        lines.append(
            translate("MapScene", "Roles: {roles}").format(
                roles=", ".join(words.role_name(r.role) for r in person.roles)
            )
        )
    if person.left:
        when = formatting.short_date(person.left_on) if person.left_on else ""
        text = translate("MapScene", "Left the company {date}").format(date=when).strip()
        if person.left_to:
            text += f" → {person.left_to}"
        lines.append(text)
        return "\n".join(lines)
    owner = person.owner_name or translate("MapScene", "nobody")
    lines.append(
        translate("MapScene", "Relationship {strength}/5, owned by {owner}").format(
            strength=person.strength, owner=owner
        )
    )
    if person.last_interaction is None:
        lines.append(translate("MapScene", "Never contacted"))
    else:
        lines.append(
            translate("MapScene", "Last contact {date} ({days} d ago)").format(
                date=formatting.short_date(person.last_interaction),
                days=formatting.integer(person.days_since or 0),
            )
        )
    return "\n".join(lines)
