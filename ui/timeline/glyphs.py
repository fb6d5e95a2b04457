"""Channel icons and direction arrows, drawn with QPainter: no icon files to ship or theme.

Each channel gets a rounded square in its colour (``planner.timeline.channels``) with
a simple white pictogram; pixmaps are cached per channel, size and device pixel ratio.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from planner.enums import Direction, InteractionKind
from planner.timeline import channels


def colour(kind: InteractionKind) -> QColor:
    return QColor(channels.COLOURS.get(kind, "#9aa3ad"))


def paint_channel(painter: QPainter, rect: QRectF, kind: InteractionKind) -> None:
    """The channel's badge in ``rect`` (a square): its colour, and a white pictogram."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(kind))
    radius = rect.width() * 0.22
    painter.drawRoundedRect(rect, radius, radius)
    s = rect.width()
    painter.translate(rect.topLeft())
    painter.scale(s, s)  # draw in a unit square from here on
    pen = QPen(QColor("white"), 0.075)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _PICTOGRAMS.get(kind, _note)(painter)
    painter.restore()


def _white(painter: QPainter) -> None:
    painter.setBrush(QBrush(QColor("white")))


def _email(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(0.2, 0.3, 0.6, 0.42), 0.05, 0.05)
    p.drawPolyline([QPointF(0.22, 0.33), QPointF(0.5, 0.53), QPointF(0.78, 0.33)])


def _call(p: QPainter) -> None:
    path = QPainterPath()
    path.moveTo(0.3, 0.22)
    path.cubicTo(0.18, 0.3, 0.22, 0.55, 0.4, 0.68)
    path.cubicTo(0.55, 0.8, 0.72, 0.84, 0.78, 0.72)
    p.drawPath(path)
    _white(p)
    p.drawRoundedRect(QRectF(0.24, 0.18, 0.16, 0.12), 0.04, 0.04)
    p.drawRoundedRect(QRectF(0.68, 0.62, 0.14, 0.14), 0.04, 0.04)


def _video(p: QPainter) -> None:
    _white(p)
    p.drawRoundedRect(QRectF(0.16, 0.32, 0.46, 0.36), 0.06, 0.06)
    p.drawPolygon([QPointF(0.66, 0.5), QPointF(0.84, 0.34), QPointF(0.84, 0.66)])


def _meeting(p: QPainter) -> None:
    _white(p)
    p.drawEllipse(QPointF(0.36, 0.36), 0.09, 0.09)
    p.drawEllipse(QPointF(0.64, 0.36), 0.09, 0.09)
    p.drawChord(QRectF(0.2, 0.52, 0.32, 0.36), 0, 180 * 16)
    p.drawChord(QRectF(0.48, 0.52, 0.32, 0.36), 0, 180 * 16)


def _site(p: QPainter) -> None:
    p.drawPolygon(
        [
            QPointF(0.5, 0.2),
            QPointF(0.8, 0.46),
            QPointF(0.72, 0.46),
            QPointF(0.72, 0.78),
            QPointF(0.28, 0.78),
            QPointF(0.28, 0.46),
            QPointF(0.2, 0.46),
        ]
    )
    _white(p)
    p.drawRect(QRectF(0.44, 0.58, 0.12, 0.2))


def _web(p: QPainter) -> None:
    p.drawEllipse(QPointF(0.5, 0.5), 0.3, 0.3)
    p.drawEllipse(QPointF(0.5, 0.5), 0.12, 0.3)
    p.drawLine(QPointF(0.21, 0.5), QPointF(0.79, 0.5))


def _conference(p: QPainter) -> None:
    p.drawRect(QRectF(0.2, 0.22, 0.6, 0.38))
    p.drawPolyline([QPointF(0.3, 0.5), QPointF(0.42, 0.4), QPointF(0.52, 0.46), QPointF(0.68, 0.32)])
    p.drawLine(QPointF(0.5, 0.6), QPointF(0.5, 0.72))
    p.drawLine(QPointF(0.5, 0.66), QPointF(0.36, 0.8))
    p.drawLine(QPointF(0.5, 0.66), QPointF(0.64, 0.8))


def _message(p: QPainter) -> None:
    _white(p)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0.18, 0.24, 0.64, 0.4), 0.1, 0.1)
    tail = QPainterPath()
    tail.moveTo(0.3, 0.6)
    tail.lineTo(0.28, 0.8)
    tail.lineTo(0.46, 0.62)
    tail.closeSubpath()
    p.drawPath(path.united(tail))


def _note(p: QPainter) -> None:
    p.drawPolygon(
        [
            QPointF(0.26, 0.18),
            QPointF(0.62, 0.18),
            QPointF(0.74, 0.3),
            QPointF(0.74, 0.82),
            QPointF(0.26, 0.82),
        ]
    )
    for y in (0.42, 0.56, 0.7):
        p.drawLine(QPointF(0.36, y), QPointF(0.64, y))


_PICTOGRAMS = {
    InteractionKind.EMAIL: _email,
    InteractionKind.CALL: _call,
    InteractionKind.VIDEO_CALL: _video,
    InteractionKind.MEETING: _meeting,
    InteractionKind.SITE_VISIT: _site,
    InteractionKind.WEB_VISIT: _web,
    InteractionKind.CONFERENCE: _conference,
    InteractionKind.MESSAGE: _message,
    InteractionKind.NOTE: _note,
}


@cache
def channel_pixmap(kind: InteractionKind, size: int, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_channel(painter, QRectF(0, 0, size, size), kind)
    painter.end()
    return pixmap


def channel_icon(kind: InteractionKind) -> QIcon:
    """The badge as an icon for menus and combo boxes (16 and 32 px, sharp at 2x)."""
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(channel_pixmap(kind, size, 2.0))
    return icon


def paint_direction(painter: QPainter, rect: QRectF, direction: Direction, colour_: QColor) -> None:
    """An arrow: → to the client, ← from the client, ↔ both ways, a dot for internal notes."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour_, max(1.2, rect.height() * 0.11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    y = rect.center().y()
    left, right = rect.left() + rect.width() * 0.15, rect.right() - rect.width() * 0.15
    head = rect.height() * 0.28
    if direction == Direction.INTERNAL:
        painter.setBrush(colour_)
        painter.drawEllipse(rect.center(), head * 0.45, head * 0.45)
        painter.restore()
        return
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    if direction in (Direction.OUTBOUND, Direction.MUTUAL):
        painter.drawPolyline(
            [QPointF(right - head, y - head), QPointF(right, y), QPointF(right - head, y + head)]
        )
    if direction in (Direction.INBOUND, Direction.MUTUAL):
        painter.drawPolyline(
            [QPointF(left + head, y - head), QPointF(left, y), QPointF(left + head, y + head)]
        )
    painter.restore()
