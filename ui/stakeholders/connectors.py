"""Lines between cards: reporting lines (orthogonal, from the layout) and informal links.

A reporting line keeps the planner's route until one of its cards is dragged;
then it becomes a simple elbow (down, across, down, or from the side), as the
planner draws lines to hand-placed cards. Links are gentle arcs between card
edges: influence a dashed blue arrow, ally solid green, conflict dotted red, with
the weight of the link's strength.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from planner.enums import LinkKind
from planner.stakeholders.geometry import Box, Point
from planner.stakeholders.model import MapLink
from planner.stakeholders.palette import LINK_STYLES, REPORTING
from ui.stakeholders import words

translate = QCoreApplication.translate

PT = 96 / 72
#: How far a link bows away from the straight line, as a share of its length (matplotlib's arc3).
BOW = 0.18
ARROW = 11.0
#: Dash patterns in pen widths, as the renderer's (offset, (on, off)) in points.
DASHES = {LinkKind.INFLUENCE: [5.0, 3.0], LinkKind.CONFLICT: [1.0, 1.6]}


def card_box(card) -> Box:
    """Where a card is now (it may have been dragged since the layout)."""
    pos = card.pos()
    return Box(pos.x(), pos.y(), card.rect.width(), card.rect.height())


def elbow(top: Box, low: Box) -> list[Point]:
    """A reporting line between cards placed by hand: down, across, down (or from the side)."""
    if low.top >= top.bottom:
        mid = (top.bottom + low.top) / 2
        return [(top.cx, top.bottom), (top.cx, mid), (low.cx, mid), (low.cx, low.top)]
    side = top.right if low.cx >= top.cx else top.left
    end = low.left if low.cx >= top.cx else low.right
    middle = (side + end) / 2
    return [(side, top.cy), (middle, top.cy), (middle, low.cy), (end, low.cy)]


def polyline(points) -> QPainterPath:
    path = QPainterPath()
    first, *rest = points
    path.moveTo(*first)
    for point in rest:
        path.lineTo(*point)
    return path


class ConnectorItem(QGraphicsPathItem):
    """One reporting line, from the manager's card down to the report's."""

    def __init__(self, report, manager, points: tuple[Point, ...]) -> None:
        super().__init__(polyline(points))
        self.report, self.manager = report, manager
        self.setPen(
            QPen(
                QColor(REPORTING),
                1.2 * PT,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.FlatCap,
                Qt.PenJoinStyle.MiterJoin,
            )
        )
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    def reroute(self) -> None:
        self.setPath(polyline(elbow(card_box(self.manager), card_box(self.report))))


class LinkItem(QGraphicsPathItem):
    """An informal link: influence (directed), ally or conflict; right-click removes it."""

    def __init__(self, link: MapLink, source, target) -> None:
        super().__init__()
        self.link, self.source, self.target = link, source, target
        colour, _style, _arrow = LINK_STYLES[link.kind]
        self.colour = QColor(colour)
        pen = QPen(self.colour, (0.8 + 0.35 * link.strength) * PT)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if link.kind in DASHES:
            pen.setDashPattern(DASHES[link.kind])
        self.setPen(pen)
        self.setZValue(1)
        self.setOpacity(0.9)
        self.setAcceptedMouseButtons(Qt.MouseButton.RightButton)
        self.directed = link.kind == LinkKind.INFLUENCE
        self.head = QPolygonF()
        self.setToolTip(
            translate("MapLink", "{source} — {kind} — {target}").format(
                source=source.person.name, kind=words.link_kind(link.kind), target=target.person.name
            )
        )
        self.reroute()

    def reroute(self) -> None:
        a, b = card_box(self.source), card_box(self.target)
        start = a.edge_towards((b.cx, b.cy))
        end = b.edge_towards((a.cx, a.cy))
        dx, dy = end[0] - start[0], end[1] - start[1]
        control = ((start[0] + end[0]) / 2 - BOW * dy, (start[1] + end[1]) / 2 + BOW * dx)
        path = QPainterPath(QPointF(*start))
        path.quadTo(QPointF(*control), QPointF(*end))
        self.head = QPolygonF()
        if self.directed and (dx or dy):
            angle = math.atan2(end[1] - control[1], end[0] - control[0])
            tip = QPointF(*end)
            spread = math.radians(22)
            self.head = QPolygonF(
                [
                    tip,
                    tip - QPointF(ARROW * math.cos(angle - spread), ARROW * math.sin(angle - spread)),
                    tip - QPointF(ARROW * math.cos(angle + spread), ARROW * math.sin(angle + spread)),
                ]
            )
        self.setPath(path)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-ARROW, -ARROW, ARROW, ARROW)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        if not self.head.isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawPolygon(self.head)


class LinkPreview(QGraphicsPathItem):
    """The line that follows the mouse while a link is being drawn."""

    def __init__(self, start: QPointF) -> None:
        super().__init__()
        self.start = start
        pen = QPen(QColor("#1a73e8"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def follow(self, point: QPointF) -> None:
        path = QPainterPath(self.start)
        path.lineTo(point)
        self.setPath(path)
