"""Search results as a two-level tree: a row per group (Accounts, People, ...) with its hits.

A thin adapter over the planner's ``SearchResults``: group rows carry the group's
name and count, result rows the title, the account and the date. Internal ids:
0 for a group row, group row + 1 for the rows under it.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from planner.changes import Entity
from planner.services.search import ResultGroup, SearchResult, SearchResults
from ui import formatting
from ui.labels import search_group_label

ModelIndex = QModelIndex | QPersistentModelIndex

#: Result rows: the ``SearchResult``; group rows: None.
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Result rows: the ``Entity`` to open it as.
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 2

#: The order groups are listed in.
GROUP_ORDER = (ResultGroup.ACCOUNTS, ResultGroup.PEOPLE, ResultGroup.INTERACTIONS, ResultGroup.NOTES)
ENTITY_OF_GROUP = {
    ResultGroup.ACCOUNTS: Entity.ACCOUNT,
    ResultGroup.PEOPLE: Entity.PERSON,
    ResultGroup.INTERACTIONS: Entity.INTERACTION,
    ResultGroup.NOTES: Entity.INTERACTION,
}


class Column(IntEnum):
    FOUND = 0
    ACCOUNT = 1
    DATE = 2


class SearchResultsModel(QAbstractItemModel):
    """The groups of one search, in ``GROUP_ORDER``, empty groups left out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[ResultGroup, tuple[SearchResult, ...]]] = []
        self.query = ""

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        if results is None:
            self._groups, self.query = [], ""
        else:
            self.query = results.query
            self._groups = [(g, results.groups[g]) for g in GROUP_ORDER if results.groups.get(g)]
        self.endResetModel()

    @property
    def total(self) -> int:
        return sum(len(items) for _, items in self._groups)

    def first_result(self) -> QModelIndex:
        """The index of the first hit (under the first group), invalid if there is none."""
        if not self._groups:
            return QModelIndex()
        return self.index(0, 0, self.index(0, 0))

    # -- structure -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        group = index.internalId()
        if group == 0:
            return QModelIndex()
        return self.createIndex(group - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and 0 <= parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- content -------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.FOUND: self.tr("Found"),
            Column.ACCOUNT: self.tr("Account"),
            Column.DATE: self.tr("Date"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(Column):
            return None
        group = index.internalId()
        if group == 0:
            return self._group_data(index, role)
        if not 0 < group <= len(self._groups):
            return None
        kind, items = self._groups[group - 1]
        if not 0 <= index.row() < len(items):
            return None
        result = items[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.FOUND:
                    return self._title(result)
                case Column.ACCOUNT:
                    return result.account_name
                case Column.DATE:
                    return formatting.short_date(result.when) if result.when else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DATE and result.when:
                return formatting.long_datetime(result.when)
            return result.detail or self._title(result)
        if role == RESULT_ROLE:
            return result
        if role == ENTITY_ROLE:
            return ENTITY_OF_GROUP[kind]
        return None

    def _group_data(self, index: ModelIndex, role: int) -> Any:
        if not 0 <= index.row() < len(self._groups):
            return None
        kind, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.FOUND:
            return self.tr("{group} ({count})").format(
                group=search_group_label(kind), count=formatting.integer(len(items))
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == Column.FOUND:
            return self.tr("{group}: {count} found").format(
                group=search_group_label(kind), count=formatting.integer(len(items))
            )
        return None

    def _title(self, result: SearchResult) -> str:
        title = result.title or self.tr("(no subject)")
        if result.group == ResultGroup.PEOPLE and result.detail:
            return f"{title} · {result.detail}"  # the job title tells namesakes apart
        return title
