"""A person's card on the map, painted the way the planner's renderer draws it.

Org-chart cards show name, title, buying-role badges, influence (pips and border
weight), our relationship strength and its owner, and freshness (days since the
last contact, a red pill when stale). Attitude is the colour; people who left are
grey, dashed and struck through, with a strip in the colour they had. Cards on the
power/interest grid are smaller: name, roles, freshness. A card changed since the
compared baseline wears an orange halo and a tag saying what changed.

Every text is fitted once when the card is made (``CardLook`` holds the fonts and
the translated words of one build), so painting 300 cards is drawing only; far
out, a card shows its name alone, large enough to read, or just its coloured frame.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from planner.stakeholders.geometry import Box
from planner.stakeholders.model import MapPerson
from planner.stakeholders.palette import (
    ATTITUDE_COLOURS,
    BADGE,
    HIGHLIGHT,
    INFLUENCE_WIDTH,
    LEFT_COLOURS,
    STALE,
)
from planner.stakeholders.text import short_name
from ui import formatting
from ui.stakeholders import words
from ui.stakeholders.card_look import (
    DETAIL_ZOOM,
    FRESH,
    INK,
    INK_LEFT,
    MARGIN,
    MIN_READABLE_PX,
    MUTED,
    NO_OWNER,
    OVERVIEW_PX,
    OWNER,
    PT,
    SELECTION,
    CardLook,
    pixel_font,
)


@dataclass(frozen=True)
class _Badge:
    text: str
    colour: QColor
    width: float


class CardItem(QGraphicsObject):
    """One person on the map; movable and selectable. ``grid`` cards are the small kind."""

    PAD = 10.0

    def __init__(
        self,
        person: MapPerson,
        box: Box,
        look: CardLook,
        *,
        grid: bool = False,
        changes: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.person = person
        self.grid = grid
        self.rect = QRectF(-box.w / 2, -box.h / 2, box.w, box.h)
        self.edges: list = []  # connector and link items that follow the card when dragged
        self.setPos(box.cx, box.cy)
        self.setZValue(2)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)
        edge, fill = LEFT_COLOURS if person.left else ATTITUDE_COLOURS[person.attitude]
        self.edge, self.fill = QColor(edge), QColor(fill)
        self.was = QColor(ATTITUDE_COLOURS[person.attitude][0])
        self.border = (1.6 if grid else INFLUENCE_WIDTH.get(person.influence, 1.9)) * PT
        self.look = look
        self.tag = " · ".join(dict.fromkeys(words.change_tag(k) for k in changes))
        self._fit()

    @property
    def uuid(self) -> uuid.UUID:
        return self.person.uuid

    # -- text, fitted once ----------------------------------------------------------------

    def _fit(self) -> None:
        look, p = self.look, self.person
        inner = self.rect.width() - 2 * self.PAD
        self.name_font = look.grid_name if self.grid else look.name
        self.name_text = look.fit_name(self.name_font, p.name, inner)
        self.fresh_text = look.days(p.days_since)
        if p.stale:
            self.fresh_text = f"⚠ {self.fresh_text}"
        fresh_font = look.small_bold if p.stale else look.small
        self.fresh_w = 0.0 if p.left else look.width(fresh_font, self.fresh_text) + (8 if p.stale else 0)
        if self.grid:
            tag = look.left if p.left else ""
            right = look.width(look.small_bold, tag) if p.left else self.fresh_w
            roles = " ".join(words.role_badge(r.role) for r in p.roles)
            self.roles_text = look.elide(look.small_bold, roles, inner - right - 6)
            self.left_text = tag
            return
        self.title_text = look.elide(look.title, p.title or "", inner)
        self.pips = f"{look.infl} " + "●" * p.influence + "○" * (5 - p.influence)
        pips_w = look.width(look.small, self.pips)
        self.badges: list[_Badge] = []
        x, limit = 0.0, inner - pips_w - 6
        for role in p.roles:
            text = words.role_badge(role.role)
            width = look.width(look.badge, text) + 8
            if x + width > limit:
                self.badges.append(_Badge("…", QColor(MUTED), look.width(look.badge, "…")))
                break
            self.badges.append(_Badge(text, QColor(BADGE[role.framework]), width))
            x += width + 5
        if p.left:
            when = formatting.short_date(p.left_on) if p.left_on else ""
            tag = f"{look.left} {when}".strip() + (f" → {p.left_to}" if p.left_to else "")
            self.left_text = look.elide(look.small_bold, tag, inner)
            return
        self.left_text = ""
        strength = f"{look.rel} " + "●" * p.strength + "○" * (5 - p.strength)
        owner = short_name(p.owner_name) if p.owner_name else look.no_owner
        font = look.small if p.owner_name else look.small_italic
        self.owner_text = look.elide(font, f"{strength}  {owner}", inner - self.fresh_w - 8)

    # -- QGraphicsItem ----------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect, 8, 8)
        return path

    def follow(self) -> None:
        """Re-route this card's lines and links to where it is now."""
        for edge in self.edges:
            edge.reroute()

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        scene = self.scene()
        if scene is not None and hasattr(scene, "drag_started"):
            scene.drag_started()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)  # moves every selected card
        scene = self.scene()
        if scene is not None:
            for item in scene.selectedItems():
                if isinstance(item, CardItem):
                    item.follow()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if scene is not None and hasattr(scene, "drag_finished"):
            scene.drag_finished()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rounding = min(10.0, self.rect.height() / 4)
        lod = max(option.levelOfDetailFromTransform(painter.worldTransform()), 1e-3)
        if self.tag:  # far out, outlines keep a few pixels on screen
            painter.setPen(QPen(QColor(HIGHLIGHT), min(max(4.5 * PT, 4 / lod), 2 * (MARGIN - 5))))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect.adjusted(-5, -5, 5, 5), rounding + 4, rounding + 4)
        if self.isSelected():
            painter.setPen(QPen(SELECTION, min(max(3.0, 3 / lod), 2 * (MARGIN - 9))))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect.adjusted(-9, -9, 9, 9), rounding + 6, rounding + 6)
        pen = QPen(self.edge, self.border)
        if self.person.left:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.fill)
        painter.drawRoundedRect(self.rect, rounding, rounding)
        if self.person.left:  # what they were to us stays visible as a strip in their old colour
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.was)
            strip = QRectF(self.rect.left() + 2.5, self.rect.top() + 8, 4, self.rect.height() - 16)
            painter.drawRoundedRect(strip, 2, 2)
        if lod < DETAIL_ZOOM:
            self._paint_overview(painter, lod)
            return
        if self.grid:
            self._paint_grid(painter)
        else:
            self._paint_org(painter)
        if self.tag:
            self._paint_tag(painter)

    # -- painting ---------------------------------------------------------------------------

    def _text(
        self,
        painter: QPainter,
        font: QFont,
        colour: QColor,
        x: float,
        y: float,
        w: float,
        text: str,
        align=Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(x, y - 10, w, 20), align | Qt.AlignmentFlag.AlignVCenter, text)

    def _name(self, painter: QPainter, x: float, y: float, inner: float) -> None:
        ink = INK_LEFT if self.person.left else INK
        self._text(painter, self.name_font, ink, x, y, inner, self.name_text)
        if self.person.left:
            width = self.look.width(self.name_font, self.name_text)
            painter.setPen(QPen(QColor("#666666"), 1.4))
            painter.drawLine(QPointF(x, y + 0.5), QPointF(x + width, y + 0.5))

    def _paint_overview(self, painter: QPainter, lod: float) -> None:
        """Far out: the name alone, as large as reads well, if it can be read at all."""
        r = self.rect
        room = r.width() - 12
        size = min(r.height() * 0.42, room / 6.5, OVERVIEW_PX / lod)  # one size for most names
        font = pixel_font(self.name_font, size, bold=True)
        metrics = QFontMetricsF(font)
        parts = self.person.name.split() or [self.person.name]
        candidates = (self.person.name, short_name(self.person.name), parts[-1])
        text = next((c for c in candidates if metrics.horizontalAdvance(c) <= room), parts[-1])
        width = metrics.horizontalAdvance(text)
        if width > room:  # a long family name gets a smaller font rather than an ellipsis
            size = math.floor(size * room / width)
            font = pixel_font(self.name_font, size, bold=True)
            text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
        if size * lod < MIN_READABLE_PX:
            return
        painter.setFont(font)
        painter.setPen(INK_LEFT if self.person.left else INK)
        painter.drawText(r.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_org(self, painter: QPainter) -> None:
        look, r, pad = self.look, self.rect, self.PAD
        x, inner = r.left() + pad, r.width() - 2 * pad
        self._name(painter, x, r.top() + 17, inner)
        if self.title_text:
            self._text(painter, look.title, MUTED, x, r.top() + 37, inner, self.title_text)
        row = r.top() + 60
        self._text(painter, look.small, self.edge, x, row, inner, self.pips, Qt.AlignmentFlag.AlignRight)
        bx = x
        for badge in self.badges:
            if badge.text == "…":
                self._text(painter, look.badge, badge.colour, bx, row, badge.width + 4, badge.text)
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge.colour)
            painter.drawRoundedRect(QRectF(bx, row - 8, badge.width, 16), 4, 4)
            self._text(
                painter,
                look.badge,
                QColor("white"),
                bx,
                row,
                badge.width,
                badge.text,
                Qt.AlignmentFlag.AlignHCenter,
            )
            bx += badge.width + 5
        bottom = r.bottom() - 16
        if self.person.left:
            self._text(painter, look.small_bold, QColor("#555555"), x, bottom, inner, self.left_text)
            return
        self._freshness(painter, r.right() - pad, bottom)
        owned = bool(self.person.owner_name)
        self._text(
            painter,
            look.small if owned else look.small_italic,
            OWNER if owned else NO_OWNER,
            x,
            bottom,
            inner - self.fresh_w - 8,
            self.owner_text,
        )

    def _paint_grid(self, painter: QPainter) -> None:
        look, r, pad = self.look, self.rect, 8.0
        x, inner = r.left() + pad, r.width() - 2 * pad
        self._name(painter, x, r.top() + 15, inner)
        y = r.bottom() - 14
        if self.person.left:
            self._text(
                painter,
                look.small_bold,
                QColor("#555555"),
                x,
                y,
                inner,
                self.left_text,
                Qt.AlignmentFlag.AlignRight,
            )
        else:
            self._freshness(painter, r.right() - pad, y)
        if self.roles_text:
            self._text(
                painter, look.small_bold, QColor(BADGE[next(iter(BADGE))]), x, y, inner, self.roles_text
            )

    def _freshness(self, painter: QPainter, right: float, y: float) -> None:
        look = self.look
        if self.person.stale:
            pill = QRectF(right - self.fresh_w, y - 8, self.fresh_w, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STALE))
            painter.drawRoundedRect(pill, 8, 8)
            self._text(
                painter,
                look.small_bold,
                QColor("white"),
                pill.left(),
                y,
                pill.width(),
                self.fresh_text,
                Qt.AlignmentFlag.AlignHCenter,
            )
            return
        self._text(
            painter,
            look.small,
            FRESH,
            right - self.fresh_w,
            y,
            self.fresh_w,
            self.fresh_text,
            Qt.AlignmentFlag.AlignRight,
        )

    def _paint_tag(self, painter: QPainter) -> None:
        look, r = self.look, self.rect
        width = min(look.width(look.badge, self.tag) + 12, r.width() - 12)
        pill = QRectF(r.right() - 6 - width, r.top() - 8, width, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(HIGHLIGHT)))
        painter.drawRoundedRect(pill, 8, 8)
        text = look.elide(look.badge, self.tag, width - 10)
        self._text(
            painter,
            look.badge,
            QColor("white"),
            pill.left(),
            pill.center().y(),
            width,
            text,
            Qt.AlignmentFlag.AlignHCenter,
        )
