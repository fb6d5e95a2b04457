"""The overview's open opportunities: name, stage, value and expected close, soonest first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.services.overview import OpenOpportunity
from ui import formatting
from ui.labels import opportunity_stage_label

ModelIndex = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    NAME = 0
    STAGE = 1
    VALUE = 2
    CLOSE = 3


class OpenOpportunitiesModel(QAbstractTableModel):
    """The opportunities given, in the order given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[OpenOpportunity] = []

    def set_items(self, items: tuple[OpenOpportunity, ...] | list[OpenOpportunity]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: self.tr("Opportunity"),
                Column.STAGE: self.tr("Stage"),
                Column.VALUE: self.tr("Value"),
                Column.CLOSE: self.tr("Expected close"),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VALUE:
            return _RIGHT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.NAME:
                    return item.name
                case Column.STAGE:
                    return opportunity_stage_label(item.stage)
                case Column.VALUE:
                    return formatting.money(item.value, item.currency, decimals=0)
                case Column.CLOSE:
                    return formatting.short_date(item.expected_close)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STAGE:
                return self.tr("Probability: {percent}").format(
                    percent=formatting.percent(item.probability / 100, decimals=0)
                )
            if column == Column.NAME:
                return item.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VALUE:
            return _RIGHT
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
