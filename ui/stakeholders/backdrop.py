"""What lies under the cards: the power/interest grid, and the caption of unattached people.

The grid is five by five cells (influence up, interest right) in the quadrant
colours of the planner's palette, split where values become "high", with the
levels on the axes and the four quadrants named around it, as the renderer draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from planner.stakeholders.grid import HIGH_AT, LEVELS, GridLayout
from planner.stakeholders.palette import QUADRANT_FILL
from ui.stakeholders import words
from ui.stakeholders.card_look import PT, pixel_font

translate = QCoreApplication.translate

#: Room around the grid for level numbers, quadrant names and axis titles (scene units).
LEFT_MARGIN = 64.0
TOP_MARGIN = 40.0
BOTTOM_MARGIN = 100.0


class GridBackdrop(QGraphicsItem):
    """The cells, quadrant split, axes and quadrant names of the power/interest grid."""

    def __init__(self, layout: GridLayout, base: QFont) -> None:
        super().__init__()
        self.layout = layout
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.caption = pixel_font(base, 12 * PT, bold=True)
        self.numbers = pixel_font(base, 10 * PT)
        self.axis = pixel_font(base, 10 * PT)
        self.texts = {(hi, ii): words.quadrant(hi, ii) for hi in (True, False) for ii in (True, False)}
        self.influence_axis = translate("MapGrid", "Influence →")
        self.interest_axis = translate("MapGrid", "Interest →")

    def boundingRect(self) -> QRectF:
        return QRectF(
            -LEFT_MARGIN,
            -TOP_MARGIN,
            self.layout.width + LEFT_MARGIN + 8,
            self.layout.height + TOP_MARGIN + BOTTOM_MARGIN,
        )

    def paint(self, painter: QPainter, option, widget=None) -> None:
        layout = self.layout
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lod = max(option.levelOfDetailFromTransform(painter.worldTransform()), 1e-3)
        # far out, the words grow so they can still be read (within the margins kept for them)
        self.caption.setPixelSize(round(min(max(12 * PT, 12 / lod), TOP_MARGIN - 6)))
        self.numbers.setPixelSize(round(min(max(10 * PT, 10 / lod), 26)))
        self.axis.setPixelSize(round(min(max(10 * PT, 10 / lod), 26)))
        for influence in range(1, LEVELS + 1):
            for interest in range(1, LEVELS + 1):
                cell = layout.cell_box(influence, interest)
                fill = QUADRANT_FILL[(influence >= HIGH_AT, interest >= HIGH_AT)]
                painter.setPen(QPen(QColor("white"), 1.5 * PT))
                painter.setBrush(QColor(fill))
                painter.drawRect(QRectF(cell.left, cell.top, cell.w, cell.h))
        split_x = (HIGH_AT - 1) * layout.cell_w
        split_y = (LEVELS - HIGH_AT + 1) * layout.cell_h
        painter.setPen(QPen(QColor("#888888"), 1.6 * PT))
        painter.drawLine(QPointF(split_x, 0), QPointF(split_x, layout.height))
        painter.drawLine(QPointF(0, split_y), QPointF(layout.width, split_y))
        painter.setPen(QColor("#333333"))
        painter.setFont(self.numbers)
        for level in range(1, LEVELS + 1):
            row = layout.cell_box(level, 1)
            painter.drawText(QRectF(-30, row.top, 22, row.h), Qt.AlignmentFlag.AlignCenter, str(level))
            col = layout.cell_box(1, level)
            painter.drawText(
                QRectF(col.left, layout.height + 2, col.w, 22), Qt.AlignmentFlag.AlignCenter, str(level)
            )
        painter.setFont(self.axis)
        painter.drawText(
            QRectF(0, layout.height + 62, layout.width, 22),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.interest_axis,
        )
        painter.save()
        painter.translate(-44, layout.height / 2)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-layout.height / 2, -11, layout.height, 22),
            Qt.AlignmentFlag.AlignCenter,
            self.influence_axis,
        )
        painter.restore()
        painter.setFont(self.caption)
        painter.setPen(QColor("#444444"))
        centre = Qt.AlignmentFlag.AlignCenter
        painter.drawText(QRectF(0, -TOP_MARGIN, split_x, TOP_MARGIN - 4), centre, self.texts[(True, False)])
        painter.drawText(
            QRectF(split_x, -TOP_MARGIN, layout.width - split_x, TOP_MARGIN - 4),
            centre,
            self.texts[(True, True)],
        )
        below = QRectF(0, layout.height + 28, split_x, 34)
        painter.drawText(below, centre, self.texts[(False, False)])
        painter.drawText(
            QRectF(split_x, below.top(), layout.width - split_x, below.height()),
            centre,
            self.texts[(False, True)],
        )


class GroupCaption(QGraphicsItem):
    """A heading with a rule above a block of cards (the people with no reporting line)."""

    def __init__(self, text: str, left: float, right: float, top: float, base: QFont) -> None:
        super().__init__()
        self.text, self.left, self.right, self.top = text, left, right, top
        self.font = pixel_font(base, 11 * PT, bold=True)
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return QRectF(self.left, self.top - 56, self.right - self.left, 40)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setFont(self.font)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRectF(self.left, self.top - 56, self.right - self.left, 24),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            self.text,
        )
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
        painter.drawLine(QPointF(self.left, self.top - 24), QPointF(self.right, self.top - 24))
