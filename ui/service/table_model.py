"""A thin read-only table over a list of planner read-models, and its paged variant.

Each table of the Orders & SLA tab declares its columns (a translated header and how
to word a row's cell) and, where it marks rows (an overdue ticket, a late delivery),
overrides ``decoration``, ``background`` or ``font``. The paged model reads one page
at a time through a planner call (``canFetchMore``/``fetchMore``), so an account with
thousands of orders never loads them whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

#: The row's read-model.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """``header()`` is asked for at paint time, so it follows a language switch."""

    header: Callable[[], str]
    text: Callable[[Any], str]
    numeric: bool = False
    tooltip: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of read-models shown through ``columns``; subclasses set the columns."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    # -- rows ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, record_uuid: uuid.UUID) -> int | None:
        """The row of the read-model with this ``uuid`` among those loaded."""
        for index, item in enumerate(self._rows):
            if getattr(item, "uuid", None) == record_uuid:
                return index
        return None

    def refresh_texts(self) -> None:
        """Repaint every cell and header (after a language switch)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    # -- marks subclasses may add -----------------------------------------------------

    def decoration(self, item: Any, column: int):
        return None

    def background(self, item: Any, column: int):
        return None

    def font(self, item: Any, column: int):
        return None

    # -- Qt ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
            return _RIGHT
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip is not None else column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(item, index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self.font(item, index.column())
        if role == ROW_ROLE:
            return item
        return None


class PagedRowsModel(RowsModel):
    """Rows read a page at a time: ``reset(count, fetch)`` then the view asks for more.

    ``fetch(offset, limit)`` returns the next rows (a planner ``list_for`` call);
    ``count`` is how many there are in all (``count_for``).
    """

    PAGE = 100

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._total = 0
        self._fetch: Callable[[int, int], list[Any]] | None = None
        self._fetching = False

    def reset(
        self, total: int, fetch: Callable[[int, int], list[Any]] | None, first: Sequence[Any] | None = None
    ) -> None:
        """Start over with ``total`` rows to read through ``fetch``.

        ``first`` is the first page when it was read already (in the worker that read the
        rest of the view's data); else it is read now.
        """
        # No fetching from the reset's own signals (a view or a model tester asks at once):
        # the rows inserted would land inside the reset.
        self._fetching = True
        try:
            self.beginResetModel()
            self._rows = list(first or ())
            self._total = max(total, len(self._rows)) if fetch is not None else len(self._rows)
            self._fetch = fetch
            self.endResetModel()
        finally:
            self._fetching = False
        if first is None and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex) -> None:
        # A view (or a model tester) may ask again from a slot of the insertion below.
        if self._fetching or not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        self._fetching = True
        try:
            page = self._fetch(len(self._rows), self.PAGE)
            if not page:  # fewer rows than counted (deleted meanwhile): stop asking
                self._total = len(self._rows)
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def load_until(self, predicate: Callable[[Any], bool]) -> int | None:
        """Read pages until a row matches ``predicate``; its row, or None."""
        while True:
            for index, item in enumerate(self._rows):
                if predicate(item):
                    return index
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())
