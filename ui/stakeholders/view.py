"""The map's view: wheel zoom, panning, fit to view, and drawing a link from card to card.

Pan with the middle button, or hold Space and drag; drag on empty space selects
with a rubber band. In link mode (or with Shift held) a drag from one card to
another draws a link: ``link_drawn`` then asks which kind. Menus and
double-clicks are reported by signal, queued by the tab, so an edit that rebuilds
the scene never pulls an item from under a running event handler.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.stakeholders.cards import CardItem
from ui.stakeholders.connectors import LinkItem, LinkPreview
from ui.stakeholders.scene import MapScene

MIN_ZOOM = 0.05
MAX_ZOOM = 3.0
#: Fit to view never magnifies past this: a small map stays at a natural size.
FIT_MAX = 1.0
WHEEL_STEP = 1.15
#: Showing chosen people zooms in at least this far, where every card's text can be read.
READABLE_ZOOM = 0.7


class MapView(QGraphicsView):
    """Shows a MapScene; reports link drawing, menus and activation by signal."""

    #: A link drawn from one card to another: (source uuid, target uuid, global position).
    link_drawn = Signal(object, object, QPoint)
    #: Right-click on a card (uuid, global position) or on a link (MapLink, global position).
    card_menu_requested = Signal(object, QPoint)
    link_menu_requested = Signal(object, QPoint)
    #: Double-click on a card.
    card_activated = Signal(object)
    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("stakeholderMapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.link_mode = False
        self._space = False
        self._pan_from: QPoint | None = None
        self._link_from: CardItem | None = None
        self._preview: LinkPreview | None = None

    @property
    def map_scene(self) -> MapScene:
        return self.scene()

    # -- zoom -------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, *, anchor: QGraphicsView.ViewportAnchor | None = None) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        factor = zoom / self.zoom
        if abs(factor - 1) < 1e-9:
            return
        previous = self.transformationAnchor()
        if anchor is not None:
            self.setTransformationAnchor(anchor)
        self.scale(factor, factor)
        self.setTransformationAnchor(previous)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * WHEEL_STEP**2, anchor=QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / WHEEL_STEP**2, anchor=QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def actual_size(self) -> None:
        self.set_zoom(1.0, anchor=QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def fit(self) -> None:
        """The whole map in sight (never magnified past 100 %)."""
        area = self.map_scene.sceneRect()
        if area.isEmpty():
            return
        for _ in range(2):  # again once the scroll bars have come or gone
            self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > FIT_MAX:
            self.set_zoom(FIT_MAX, anchor=QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.centerOn(area.center())
        self.zoom_changed.emit(self.zoom)

    def reveal(self, area: QRectF) -> None:
        """Bring ``area`` into sight (chosen people): zoomed in to a readable size if the view is
        far out, zoomed out if they do not fit."""
        if area.isEmpty():
            return
        area = area.adjusted(-60, -60, 60, 60)
        port = self.viewport().rect()
        fits = min(port.width() / area.width(), port.height() / area.height())
        zoom = min(max(self.zoom, READABLE_ZOOM), fits, FIT_MAX)
        self.set_zoom(zoom, anchor=QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.centerOn(area.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * WHEEL_STEP**steps)
        event.accept()

    # -- mouse ------------------------------------------------------------------------------

    def _card_at(self, pos: QPoint) -> CardItem | None:
        return self.map_scene.card_at(self.mapToScene(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.button() == Qt.MouseButton.LeftButton and (self.link_mode or shift):
            card = self._card_at(pos)
            if card is not None:
                self._link_from = card
                self._preview = LinkPreview(card.pos())
                self.map_scene.addItem(self._preview)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._preview is not None:
            self._preview.follow(self.mapToScene(pos))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            self._pan_from = None
            hand = Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(hand)
            event.accept()
            return
        if self._link_from is not None:
            source = self._link_from
            target = self.map_scene.card_at(self.mapToScene(pos), besides=source)
            self._cancel_link()
            if target is not None:
                self.link_drawn.emit(source.uuid, target.uuid, self.viewport().mapToGlobal(pos))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        card = self._card_at(event.position().toPoint())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self.card_activated.emit(card.uuid)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        point = self.mapToScene(event.pos())
        for item in self.map_scene.items(point):
            if isinstance(item, CardItem):
                if not item.isSelected():
                    self.map_scene.clearSelection()
                    item.setSelected(True)
                self.card_menu_requested.emit(item.uuid, event.globalPos())
                event.accept()
                return
            if isinstance(item, LinkItem):
                self.link_menu_requested.emit(item.link, event.globalPos())
                event.accept()
                return
        super().contextMenuEvent(event)

    def _cancel_link(self) -> None:
        if self._preview is not None and self._preview.scene() is not None:
            self._preview.scene().removeItem(self._preview)
        self._preview = None
        self._link_from = None

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._link_from is not None:
            self._cancel_link()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def set_link_mode(self, on: bool) -> None:
        self.link_mode = on
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
