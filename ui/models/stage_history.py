"""An account's lifecycle history as a small table: when, which stage to which, and why."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.services.accounts import StageEntry
from ui import formatting
from ui.labels import stage_label

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    CHANGE = 1
    REASON = 2


class StageHistoryModel(QAbstractTableModel):
    """The stage changes given, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[StageEntry] = []

    def set_entries(self, entries: tuple[StageEntry, ...] | list[StageEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.changed_at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

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
            Column.CHANGE: self.tr("Stage"),
            Column.REASON: self.tr("Reason"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.DATE:
                    return formatting.short_date(entry.changed_at)
                case Column.CHANGE:
                    if entry.from_stage is None:
                        return self.tr("Added as {stage}").format(stage=stage_label(entry.to_stage))
                    return f"{stage_label(entry.from_stage)} → {stage_label(entry.to_stage)}"
                case Column.REASON:
                    return entry.reason or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DATE:
                return formatting.long_datetime(entry.changed_at)
            if column == Column.REASON and entry.reason:
                return entry.reason
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
