"""The alert list as a Qt model, and the filter the alert centre puts in front of it.

Rows are planner ``Alert`` read-models in the planner's order (severity, then newest
first); the message column is worded by ``ui.alerts.wording`` from the alert's facts.
``AlertFilter`` narrows by account, kind and severity, and hides acknowledged and
snoozed alerts unless asked to show them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPalette

from planner.alerts.model import Alert, AlertStatus, Severity
from ui import formatting
from ui.alerts import wording
from ui.models.portfolio_alerts import severity_icon, severity_label

ALERT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    SEVERITY = 0
    DATE = 1
    ACCOUNT = 2
    KIND = 3
    MESSAGE = 4
    STATUS = 5


class AlertsModel(QAbstractTableModel):
    """Every alert of the portfolio (dismissed ones too); ``set_alerts`` replaces them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alerts: list[Alert] = []
        self._messages: dict[str, str] = {}

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self._messages = {}
        self.endResetModel()

    @property
    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def alert(self, row: int) -> Alert:
        return self._alerts[row]

    def row_of(self, alert_uuid: uuid.UUID) -> int | None:
        for row, alert in enumerate(self._alerts):
            if alert.uuid == alert_uuid:
                return row
        return None

    def retranslate(self) -> None:
        """Word the messages again in the current language."""
        self._messages = {}
        if self._alerts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._alerts) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def message(self, alert: Alert) -> str:
        text = self._messages.get(alert.key)
        if text is None:
            text = self._messages[alert.key] = wording.message(alert)
        return text

    # -- Qt ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alerts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.SEVERITY: self.tr("Severity"),
            Column.DATE: self.tr("Since"),
            Column.ACCOUNT: self.tr("Account"),
            Column.KIND: self.tr("Alert"),
            Column.MESSAGE: self.tr("Why"),
            Column.STATUS: self.tr("Status"),
        }[Column(section)]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._alerts):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        alert = self._alerts[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.DATE:
                return formatting.long_datetime(alert.created)
            return self._text(alert, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEVERITY:
            return severity_icon(str(alert.severity))
        if role == Qt.ItemDataRole.ForegroundRole and alert.status is not AlertStatus.OPEN:
            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        if (
            role == Qt.ItemDataRole.FontRole
            and column == Column.SEVERITY
            and alert.severity in (Severity.CRITICAL, Severity.HIGH)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == ALERT_ROLE:
            return alert
        if role == SORT_ROLE:
            return self._sort_key(alert, column, index.row())
        return None

    def _text(self, alert: Alert, column: Column) -> str:
        match column:
            case Column.SEVERITY:
                return severity_label(str(alert.severity))
            case Column.DATE:
                return formatting.short_date(alert.created)
            case Column.ACCOUNT:
                return alert.account.name
            case Column.KIND:
                return wording.kind_label(alert.kind)
            case Column.MESSAGE:
                return self.message(alert)
            case Column.STATUS:
                return wording.status_text(alert)
        return ""

    @staticmethod
    def _sort_key(alert: Alert, column: Column, row: int):
        match column:
            case Column.SEVERITY:
                return row  # the planner's order: severity, then newest first
            case Column.DATE:
                return alert.created.timestamp()
            case Column.ACCOUNT:
                return alert.account.name.casefold()
            case Column.KIND:
                return wording.kind_label(alert.kind).casefold()
            case Column.STATUS:
                return str(alert.status)
        return row


class AlertFilter(QSortFilterProxyModel):
    """Which alerts the centre lists: by account, kind, severity, and whether dismissed ones show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._account: uuid.UUID | None = None
        self._kind: str | None = None
        self._severity: Severity | None = None
        self._dismissed = False

    def set_account(self, account: uuid.UUID | None) -> None:
        self.beginFilterChange()
        self._account = account
        self.endFilterChange()

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange()

    def set_severity(self, severity: Severity | None) -> None:
        """Only alerts at least this severe (None: all)."""
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange()

    def set_show_dismissed(self, show: bool) -> None:
        self.beginFilterChange()
        self._dismissed = show
        self.endFilterChange()

    @property
    def show_dismissed(self) -> bool:
        return self._dismissed

    def accepts(self, alert: Alert) -> bool:
        if not self._dismissed and alert.status is not AlertStatus.OPEN:
            return False
        if self._account is not None and alert.account.uuid != self._account:
            return False
        if self._kind is not None and str(alert.kind) != self._kind:
            return False
        return self._severity is None or alert.severity.rank <= self._severity.rank

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if source_parent.isValid() or not isinstance(model, AlertsModel):
            return False
        return self.accepts(model.alert(source_row))

    def alert(self, row: int) -> Alert:
        return self.index(row, 0).data(ALERT_ROLE)
