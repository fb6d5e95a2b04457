"""A list of one kind of record with Add, Edit and Delete: a thin table model and its panel.

``RecordTableModel`` adapts a list of read-models to a table through ``Column``
definitions (what to show, how to sort, a colour); ``RecordsPanel`` puts it in a
sortable view with buttons and keys (Enter edits, Delete deletes, Insert adds)
and opens the editing dialogs. The Plan tab and the shared-records dialogs
(our team, exchange rates) are built from these.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from ui.editing.kinds import KINDS, Kind
from ui.workspace import WorkspaceContext

ModelIndex = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = "columns"


@dataclass(frozen=True)
class Column:
    """One column: a header (source text, context "columns") and how a record shows in it."""

    title: str
    display: Callable[[Any], str]
    #: The value sorted by (default: the text shown).
    sort: Callable[[Any], Any] | None = None
    right: bool = False
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None


class RecordTableModel(QAbstractTableModel):
    """Read-models as rows, in the order given; ``UUID_ROLE`` gives a row's record UUID."""

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._records: list[Any] = []

    def set_records(self, found: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(found)
        self.endResetModel()

    @property
    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_uuid: uuid.UUID) -> int | None:
        for row, record in enumerate(self._records):
            if record.uuid == record_uuid:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(COLUMNS, column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records) or index.column() >= len(self.columns):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == UUID_ROLE:
            return record.uuid
        if role == SORT_ROLE:
            key = column.sort(record) if column.sort is not None else column.display(record)
            return _sortable(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(record)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(record)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        return None


def _sortable(key: Any) -> Any:
    """A sort key Qt compares: numbers as floats, dates as ISO text, None first."""
    if key is None:
        return ""
    if isinstance(key, int | float):
        return float(key)
    if hasattr(key, "isoformat"):
        return key.isoformat()
    if hasattr(key, "is_finite"):  # Decimal
        return float(key)
    return str(key).casefold()


class RecordsPanel(QWidget):
    """A titled, sortable table of one kind's records with Add, Edit and Delete."""

    #: A record was saved or deleted through this panel.
    edited = Signal()

    def __init__(
        self,
        context: WorkspaceContext,
        key: str,
        columns: list[Column],
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind: Kind = KINDS[key]
        self.title_source = title
        self.parent_uuid: uuid.UUID | None = None
        #: Extra defaults for a new record (e.g. the account's currency).
        self.defaults: dict[str, Any] = {}
        self.model = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName(f"{self.kind.key}Heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setVisible(bool(self.title_source))
        self.heading.setWordWrap(True)
        self.view = QTableView()
        self.view.setObjectName(f"{self.kind.key}Table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.toolbar = QToolBar()
        self.toolbar.setObjectName(f"{self.kind.key}Toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action("Ins", self.add)
        self.edit_action = self._action("Return", self.edit_current, "Enter")
        self.delete_action = self._action("Del", self.delete_current)
        self.footer = QLabel()
        self.footer.setObjectName(f"{self.kind.key}Footer")
        self.footer.setWordWrap(True)
        self.footer.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.heading)
        column.addWidget(self.toolbar)
        column.addWidget(self.view, 1)
        column.addWidget(self.footer)
        self.retranslate()
        self._update()

    def _action(self, key: str, slot, *more_keys: str) -> QAction:
        """A toolbar action whose keys work on the table (Insert adds, Enter edits, Delete deletes)."""
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in (key, *more_keys)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.view.addAction(action)
        return action

    def add_extra(self, action: QAction, before: QAction | None = None) -> None:
        """Put another action on the toolbar (e.g. our team's New colleague…)."""
        if before is None:
            self.toolbar.addAction(action)
        else:
            self.toolbar.insertAction(before, action)

    def retranslate(self) -> None:
        from ui.editing.kinds import tr

        title = QCoreApplication.translate(COLUMNS, self.title_source) if self.title_source else ""
        self.heading.setText(title)
        self.add_action.setText(tr(self.kind.new_title) + "…")
        self.add_action.setToolTip(
            QCoreApplication.translate("editing", "{action} (Insert)").format(action=tr(self.kind.new_title))
        )
        self.edit_action.setText(QCoreApplication.translate("editing", "Edit…"))
        self.edit_action.setToolTip(QCoreApplication.translate("editing", "Edit the selected record (Enter)"))
        self.delete_action.setText(QCoreApplication.translate("editing", "Delete"))
        self.delete_action.setToolTip(
            QCoreApplication.translate("editing", "Delete the selected record (Delete); it can be undone")
        )
        self.view.setAccessibleName(title or tr(self.kind.new_title))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)

    # -- data --------------------------------------------------------------------------

    def load(self, parent_uuid: uuid.UUID | None, found: list[Any] | None = None) -> None:
        """Show the parent's records (read now unless given), keeping the selected one."""
        keep = self.current_uuid()
        self.parent_uuid = parent_uuid
        if found is None:
            found = self.kind.records.list_for(self.context.db, parent_uuid)
        self.model.set_records(found)
        if keep is not None:
            self.select(keep)
        self._update()

    def fit_columns(self) -> None:
        """Columns as wide as their contents, but none wider than about 20 characters (it elides)."""
        self.view.resizeColumnsToContents()
        widest = self.view.fontMetrics().horizontalAdvance("M" * 16)
        for column in range(self.model.columnCount()):
            if self.view.columnWidth(column) > widest:
                self.view.setColumnWidth(column, widest)

    def current_uuid(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def select(self, record_uuid: uuid.UUID) -> bool:
        row = self.model.row_of(record_uuid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _update(self) -> None:
        selected = self.current_uuid() is not None
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)

    # -- actions ---------------------------------------------------------------------------

    def add(self) -> None:
        from ui.editing import create_record

        created = create_record(
            self.context, self.kind.entity, self.parent_uuid, self, kind=self.kind.key, **self.defaults
        )
        if created is not None:  # the views have refreshed from the change bus meanwhile
            self.select(created)
            self.edited.emit()

    def edit_current(self) -> None:
        from ui.editing import edit_record

        current = self.current_uuid()
        if current is not None and edit_record(
            self.context, self.kind.entity, current, self, kind=self.kind.key
        ):
            self.edited.emit()

    def delete_current(self) -> None:
        from ui.editing import delete_record

        current = self.current_uuid()
        if current is None:
            return
        try:
            done = delete_record(self.context, self.kind.entity, current, self, kind=self.kind.key)
        except PlannerError:
            return
        if done:
            self.edited.emit()
