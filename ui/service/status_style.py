"""How an SLA status looks: a colour *and* a shape, always beside its word.

Colour alone would leave a colour-blind reader guessing, so each status has its own
mark (a tick, an exclamation triangle, a cross, an empty ring) drawn in the colour
the charts use for it (``planner.charts.style.STATUS_COLOURS``, repeated here so a
table never imports matplotlib).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

STATUS_COLOURS = {"met": "#3a9a5b", "at_risk": "#e0a21a", "breached": "#c23b3b", "no_data": "#9aa3ad"}
#: The tint behind a status cell: the colour, faint enough for the text to stay readable.
TINT_ALPHA = 46
#: How loud each status is, for sorting and emphasis (larger is worse).
URGENCY = {"no_data": 0, "met": 1, "at_risk": 2, "breached": 3}

_SIZE = 16


def colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(str(status), STATUS_COLOURS["no_data"]))


def tint(status: str) -> QBrush | None:
    """A faint background for at-risk and breached cells (none for met and no data)."""
    if str(status) not in ("at_risk", "breached"):
        return None
    faint = colour(status)
    faint.setAlpha(TINT_ALPHA)
    return QBrush(faint)


@cache
def icon(status: str) -> QIcon:
    """The status's mark in its colour, drawn at two resolutions for sharp HiDPI."""
    result = QIcon()
    for scale in (1, 2):
        result.addPixmap(_pixmap(str(status), scale))
    return result


def _pixmap(status: str, scale: int) -> QPixmap:
    size = _SIZE * scale
    pixmap = QPixmap(size, size)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = colour(status)
    white = QPen(
        QColor("white"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    box = QRectF(1.5, 1.5, _SIZE - 3, _SIZE - 3)
    if status == "at_risk":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15.2, 14.5), QPointF(0.8, 14.5)]))
        painter.setPen(white)
        painter.drawLine(QPointF(8, 5.5), QPointF(8, 9.5))
        painter.drawPoint(QPointF(8, 12.2))
    elif status == "breached":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(box)
        painter.setPen(white)
        painter.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8))
        painter.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8))
    elif status == "met":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(box)
        painter.setPen(white)
        tick = QPainterPath(QPointF(4.6, 8.2))
        tick.lineTo(7.0, 10.6)
        tick.lineTo(11.4, 5.6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        painter.setPen(QPen(fill, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(1, 1, -1, -1))
    painter.end()
    return pixmap
