"""The timeline as a Qt list model: month headers, gaps and interactions, paged from the planner.

Pages come from ``planner.timeline.query.timeline`` by cursor (keyset paging), so the
model holds only what the user scrolled through: the view asks for more with
``canFetchMore``/``fetchMore`` when its scroll bar reaches the bottom. A page of
``PAGE_SIZE`` interactions reads in a few milliseconds, so it is read here, in the
UI thread; the expensive work of a large account (counting, charting) runs elsewhere.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner.database import Database
from planner.errors import PlannerError
from planner.timeline import query
from planner.timeline.query import MAX_PAGE, NO_FILTER, TimelineEntry, TimelineFilter
from ui import formatting
from ui.labels import interaction_kind_label
from ui.timeline.rows import EntryRow, GapRow, MonthRow, Row, RowBuilder

ModelIndex = QModelIndex | QPersistentModelIndex

#: Interactions per page: a screenful many times over, read in a few milliseconds.
PAGE_SIZE = 150

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Row object (MonthRow, GapRow, EntryRow)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the TimelineEntry of an interaction row
UUID_ROLE = Qt.ItemDataRole.UserRole + 3  # the interaction's UUID
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4  # a month header: interactions that month, if known


def month_title(month: date) -> str:
    """ "November 2026" / "Ноябрь 2026": the standalone month name, capitalised, and the year."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {month.year}"


class TimelineModel(QAbstractListModel):
    """The loaded part of one account's (filtered) timeline, newest first."""

    #: Reading a page failed (the account was deleted meanwhile, say): the PlannerError.
    failed = Signal(object)
    #: A page was appended (and how many interactions are loaded now).
    fetched = Signal(int)

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[Row] = []
        self._db: Database | None = None
        self._account: uuid.UUID | None = None
        self._filters: TimelineFilter = NO_FILTER
        self._cursor: str | None = None
        self._builder = RowBuilder()
        self._entries = 0
        self._pages = 0
        self._counts: dict[date, int] = {}

    # -- what is shown -------------------------------------------------------------------

    @property
    def filters(self) -> TimelineFilter:
        return self._filters

    @property
    def account_uuid(self) -> uuid.UUID | None:
        return self._account

    @property
    def pages_loaded(self) -> int:
        return self._pages

    @property
    def entries_loaded(self) -> int:
        return self._entries

    def set_query(
        self,
        db: Database,
        account_uuid: uuid.UUID,
        filters: TimelineFilter = NO_FILTER,
        *,
        keep: int = 0,
        now: datetime | None = None,
    ) -> None:
        """Show the account's timeline under ``filters``; read the first page now.

        ``keep`` asks for at least that many interactions at once (a refresh keeps what
        the user had scrolled through, up to the planner's largest page). Raises the
        planner's NotFound if the account is gone.
        """
        self.beginResetModel()
        self._db, self._account, self._filters = db, account_uuid, filters
        self._rows, self._entries, self._pages, self._cursor = [], 0, 0, None
        self._builder = RowBuilder(now=self._ongoing_until(filters, now))
        self.endResetModel()
        self._fetch(max(self.page_size, min(keep, MAX_PAGE)), first=True)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._entries, self._pages, self._cursor = [], 0, 0, None
        self._db = self._account = None
        self._counts = {}
        self.endResetModel()

    def set_month_counts(self, counts: dict[date, int]) -> None:
        """Interactions per month (from the chart's data) for the month headers."""
        self._counts = dict(counts)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [COUNT_ROLE])

    @staticmethod
    def _ongoing_until(filters: TimelineFilter, now: datetime | None) -> datetime | None:
        """Up to when an ongoing silence counts: now, unless the period ends in the past."""
        now = now or datetime.now(UTC)
        until = filters.until
        if until is None:
            return now
        if isinstance(until, datetime):
            return now if until.astimezone(UTC) >= now else None
        return now if until >= now.astimezone().date() else None

    # -- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None:
            return
        self._fetch(self.page_size, first=False)

    def _fetch(self, limit: int, *, first: bool) -> None:
        if self._db is None or self._account is None:
            return
        try:
            page = query.timeline(
                self._db, self._account, self._filters, limit=limit, before=None if first else self._cursor
            )
        except PlannerError as error:
            self._cursor = None
            if first:
                raise
            self.failed.emit(error)
            return
        self._cursor = page.next_cursor
        rows = self._builder.rows(page.entries)
        self._pages += 1
        self._entries += len(page.entries)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.fetched.emit(self._entries)

    def fetch_until(self, record_uuid: uuid.UUID, moment: datetime | None = None) -> int | None:
        """Read on until the interaction is loaded (a jump from the search); its row, or None.

        With ``moment`` (when it happened) it stops as soon as the pages pass that time;
        the jump reads larger pages, so a deep jump costs a handful of queries.
        """
        while True:
            row = self.row_of(record_uuid)
            if row is not None:
                return row
            if self._cursor is None:
                return None
            last = self._last_entry()
            if moment is not None and last is not None and last.occurred_at < moment:
                return None
            self._fetch(MAX_PAGE, first=False)

    def _last_entry(self) -> TimelineEntry | None:
        for row in reversed(self._rows):
            if isinstance(row, EntryRow):
                return row.entry
        return None

    # -- looking up ----------------------------------------------------------------------

    def row_of(self, record_uuid: uuid.UUID) -> int | None:
        for number, row in enumerate(self._rows):
            if isinstance(row, EntryRow) and row.entry.uuid == record_uuid:
                return number
        return None

    def row(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def entry(self, number: int) -> TimelineEntry | None:
        row = self.row(number)
        return row.entry if isinstance(row, EntryRow) else None

    def entries(self) -> list[TimelineEntry]:
        return [row.entry for row in self._rows if isinstance(row, EntryRow)]

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row)
        if isinstance(row, EntryRow):
            if role == ENTRY_ROLE:
                return row.entry
            if role == UUID_ROLE:
                return row.entry.uuid
            if role == Qt.ItemDataRole.ToolTipRole:
                return formatting.long_datetime(row.entry.occurred_at)
        if isinstance(row, MonthRow) and role == COUNT_ROLE:
            return self._counts.get(row.month)
        return None

    def _text(self, row: Row) -> str:
        if isinstance(row, MonthRow):
            return month_title(row.month)
        if isinstance(row, GapRow):
            return self.gap_text(row)
        entry = row.entry
        parts = [
            formatting.short_date(entry.occurred_at),
            interaction_kind_label(entry.kind),
            entry.subject or self.tr("(no subject)"),
        ]
        return " · ".join(parts)

    def gap_text(self, row: GapRow) -> str:
        """The words of a gap row (an ongoing silence: "… so far"); gaps last 30 days or more."""
        days = row.gap.days
        if row.gap.ongoing:
            return self.tr("No contact for %n days so far", "", days)
        return self.tr("No contact for %n days", "", days)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.row(index.row())
        if isinstance(row, EntryRow):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        # Month headers and gaps are landmarks, not records: the cursor keys skip them.
        return Qt.ItemFlag.ItemNeverHasChildren
