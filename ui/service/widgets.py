"""Small building blocks shared by the service pages: tables, headings, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QWidget,
)

#: How many rows a column's width is measured on.
SIZE_ROWS = 40


def table(name: str, *, wrap: bool = False) -> QTableView:
    """A read-only table: whole rows selected one at a time, columns sized to their contents."""
    view = QTableView()
    view.setObjectName(name)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Widths from the rows in sight and a few more, not from every row of a long list.
    header.setResizeContentsPrecision(SIZE_ROWS)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


def fit_columns(
    view: QTableView, *, cap: int = 360, stretch: int | None = None, stretch_last: bool = True
) -> None:
    """Size the columns to their contents (each at most ``cap`` pixels); ``stretch`` (else the
    last column, unless ``stretch_last`` is False) takes the width left over."""
    header = view.horizontalHeader()
    if stretch is not None or not stretch_last:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)
    if stretch is not None and 0 <= stretch < header.count():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class AdaptiveSplitter(QSplitter):
    """Side by side when there is room (``wide`` pixels or more), else one above the other."""

    def __init__(self, wide: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.wide = wide
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event) -> None:
        wanted = Qt.Orientation.Horizontal if event.size().width() >= self.wide else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
        super().resizeEvent(event)


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    font.setPointSizeF(font.pointSizeF() * 1.05)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def note(text: str = "") -> QLabel:
    """Secondary text: muted, wrapping, selectable."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
