"""A list for the panels beside the map: a marker, a bold heading and wrapped details per entry.

Each entry names the people it is about; choosing it (click, or arrows and Enter)
emits ``people_chosen`` so the map selects and shows their cards. The display text
is heading and details together, which is what screen readers read.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
PEOPLE_ROLE = Qt.ItemDataRole.UserRole + 3
MARK = 12
GAP = 8
PAD = 6


def dot(colour: str, size: int = MARK) -> QIcon:
    """A filled circle in ``colour``: a severity or a kind of change at a glance."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class _Delegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, option.font

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(80, width - 2 * PAD - MARK - GAP)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        bold, plain = self._fonts(option)
        width = self._text_width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = (
            QFontMetrics(bold)
            .boundingRect(QRect(0, 0, width, 100_000), flags, index.data(TITLE_ROLE) or "")
            .height()
        )
        detail_text = index.data(DETAIL_ROLE) or ""
        detail = QFontMetrics(plain).boundingRect(QRect(0, 0, width, 100_000), flags, detail_text).height()
        return QSize(width, title + (detail + 2 if detail_text else 0) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        bold, plain = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left(), rect.top() + 3, MARK, MARK))
        text = QRect(rect.left() + MARK + GAP, rect.top(), rect.width() - MARK - GAP, rect.height())
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.setFont(bold)
        used = painter.boundingRect(text, flags, index.data(TITLE_ROLE) or "")
        painter.drawText(text, flags, index.data(TITLE_ROLE) or "")
        painter.setFont(plain)
        painter.drawText(text.adjusted(0, used.height() + 2, 0, 0), flags, index.data(DETAIL_ROLE) or "")
        painter.restore()


class SideList(QListWidget):
    """Entries with a heading and details; choosing one reports the people it names."""

    people_chosen = Signal(object)  # list of person UUIDs

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_Delegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placeholder = ""
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)
        self.currentItemChanged.connect(lambda item, _previous: self._choose(item))

    def add_entry(self, title: str, detail: str, people: Sequence[uuid.UUID], colour: str) -> QListWidgetItem:
        item = QListWidgetItem(f"{title}\n{detail}" if detail else title)
        item.setData(TITLE_ROLE, title)
        item.setData(DETAIL_ROLE, detail)
        item.setData(PEOPLE_ROLE, list(people))
        item.setIcon(dot(colour))
        item.setToolTip(f"{title}\n{detail}" if detail else title)
        self.addItem(item)
        return item

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(PEOPLE_ROLE):
            self.people_chosen.emit(list(item.data(PEOPLE_ROLE)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # wrapped entries change height with the width

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self.placeholder,
            )
            painter.end()
