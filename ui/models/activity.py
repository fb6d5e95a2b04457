"""The overview's recent activity: the newest interactions, one row each (date, kind, subject)."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.services.overview import Activity
from ui import formatting
from ui.labels import direction_label, interaction_kind_label

ModelIndex = QModelIndex | QPersistentModelIndex

#: Every column: the interaction's UUID.
UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    DATE = 0
    KIND = 1
    SUBJECT = 2


class RecentActivityModel(QAbstractTableModel):
    """The interactions given, in the order given (newest first from the planner)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Activity] = []

    def set_items(self, items: tuple[Activity, ...] | list[Activity]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def row_of(self, record_uuid: uuid.UUID) -> int | None:
        for row, item in enumerate(self._items):
            if item.uuid == record_uuid:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.DATE: self.tr("Date"),
            Column.KIND: self.tr("Kind"),
            Column.SUBJECT: self.tr("Subject"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.DATE:
                    return formatting.short_date(item.occurred_at)
                case Column.KIND:
                    return interaction_kind_label(item.kind)
                case Column.SUBJECT:
                    return item.subject or self.tr("(no subject)")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DATE:
                return formatting.long_datetime(item.occurred_at)
            if column == Column.KIND:
                return direction_label(item.direction)
            return item.excerpt or item.subject
        if role == UUID_ROLE:
            return item.uuid
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
