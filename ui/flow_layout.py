"""A layout that places widgets left to right and wraps them into rows (Qt's flow layout example).

Tool and filter bars use it so that nothing is hidden behind an overflow arrow and
no tab grows wider than the window gives it when the workspace is narrow, the
language wordier (Russian) or the scaling 150 %: the bar simply takes another row.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items in reading order, as many per row as fit; ``spacing`` between items and rows."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def place_row() -> None:
            for item, point, size in row:  # centred vertically in their row
                item.setGeometry(QRect(point + QPoint(0, (row_height - size.height()) // 2), size))

        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint()
            if x > area.x() and x + size.width() > area.right() + 1:
                if apply:
                    place_row()
                row = []
                x, y = area.x(), y + row_height + self._gap
                row_height = 0
            row.append((item, QPoint(x, y), size))
            x += size.width() + self._gap
            row_height = max(row_height, size.height())
        if apply:
            place_row()
        return y + row_height - rect.y() + margins.bottom()


def flow_widget(parent: QWidget | None = None) -> tuple[QWidget, FlowLayout]:
    """A widget holding a FlowLayout, sized by its height for the width it gets."""
    widget = QWidget(parent)
    layout = FlowLayout(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
    return widget, layout
