"""The key to the map's colours and lines, in a strip that wraps to its width.

Attitudes as card swatches, people who left, reporting lines and the three kinds
of link, the stale marker and the baseline highlight: the same palette as the cards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.enums import Attitude, LinkKind
from planner.stakeholders.model import STALE_AFTER_DAYS
from planner.stakeholders.palette import (
    ATTITUDE_COLOURS,
    HIGHLIGHT,
    LEFT_COLOURS,
    LINK_STYLES,
    REPORTING,
    STALE,
)
from ui.stakeholders import words
from ui.stakeholders.connectors import DASHES

translate = QCoreApplication.translate

SWATCH = 22
SPACING = 14
ROW_GAP = 4


class MapLegend(QWidget):
    """Draws the legend entries left to right, wrapping into as many rows as the width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderLegend")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.entries: list[tuple[str, object, str]] = []
        #: On the grid there are no lines to explain.
        self.lines = True
        self.retranslate()

    def set_lines(self, shown: bool) -> None:
        if shown != self.lines:
            self.lines = shown
            self.retranslate()

    def retranslate(self) -> None:
        self.entries = [("attitude", a, words.attitude(a)) for a in Attitude]
        self.entries.append(("left", None, translate("MapLegend", "Left the company")))
        if self.lines:
            self.entries.append(("reporting", None, translate("MapLegend", "Reports to")))
            self.entries += [("link", k, words.link_kind(k)) for k in LinkKind]
        stale = translate("MapLegend", "No contact > {days} d").format(days=STALE_AFTER_DAYS)
        self.entries.append(("stale", None, stale))
        self.entries.append(("changed", None, translate("MapLegend", "Changed since the baseline")))
        if self.lines:
            self.entries.append(("weight", None, translate("MapLegend", "Thicker border: more influence")))
        self.setAccessibleName(translate("MapLegend", "Legend"))
        self.setAccessibleDescription(", ".join(text for _kind, _value, text in self.entries))
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- geometry -------------------------------------------------------------------------------

    def _places(self, width: float) -> list[QRectF]:
        metrics = QFontMetricsF(self.font())
        row_h = max(metrics.height(), 14) + ROW_GAP
        x = y = 0.0
        places = []
        for _kind, _value, text in self.entries:
            w = SWATCH + 6 + metrics.horizontalAdvance(text)
            if x > 0 and x + w > width:
                x, y = 0.0, y + row_h
            places.append(QRectF(x, y, w, row_h - ROW_GAP))
            x += w + SPACING
        return places

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(max(1, width - 8))
        return int(max((p.bottom() for p in places), default=0)) + 8

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(self.width() or 600))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(self.width()))

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(4, 4)
        text_colour = self.palette().color(self.palette().ColorRole.WindowText)
        for (kind, value, text), place in zip(self.entries, self._places(self.width() - 8), strict=True):
            mid = place.center().y()
            swatch = QRectF(place.left(), mid - 7, SWATCH, 14)
            self._swatch(painter, kind, value, swatch)
            painter.setPen(text_colour)
            label = QRectF(swatch.right() + 6, place.top(), place.width() - SWATCH - 6, place.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

    def _swatch(self, painter: QPainter, kind: str, value, box: QRectF) -> None:
        mid = box.center().y()
        if kind in ("attitude", "left", "weight"):
            edge, fill = (
                ATTITUDE_COLOURS[value]
                if kind == "attitude"
                else (LEFT_COLOURS if kind == "left" else ATTITUDE_COLOURS[Attitude.NEUTRAL])
            )
            pen = QPen(QColor(edge), 3.5 if kind == "weight" else 1.8)
            if kind == "left":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
        elif kind == "reporting":
            painter.setPen(QPen(QColor(REPORTING), 1.6))
            painter.drawPolyline(
                QPolygonF(
                    [
                        QPointF(box.left() + 4, box.top()),
                        QPointF(box.left() + 4, mid),
                        QPointF(box.right(), mid),
                    ]
                )
            )
        elif kind == "link":
            colour = QColor(LINK_STYLES[value][0])
            pen = QPen(colour, 2)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if value in DASHES:
                pen.setDashPattern(DASHES[value])
            painter.setPen(pen)
            painter.drawLine(QPointF(box.left(), mid), QPointF(box.right() - 4, mid))
            if value == LinkKind.INFLUENCE:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(box.right(), mid),
                            QPointF(box.right() - 7, mid - 4),
                            QPointF(box.right() - 7, mid + 4),
                        ]
                    )
                )
        elif kind == "stale":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STALE))
            painter.drawRoundedRect(box, 7, 7)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "⚠")
        elif kind == "changed":
            painter.setPen(QPen(QColor(HIGHLIGHT), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4)
