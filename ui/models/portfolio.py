"""The portfolio table: one row per account, over ``AccountSummary`` read-models.

``PortfolioModel`` only adapts a list it is given (it never queries); whoever owns the
database loads ``accounts.list_accounts`` and hands the result to ``set_accounts``.
``PortfolioProxy`` sorts by raw values (``SORT_ROLE``) and filters on name, industry
and region.
"""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.services.accounts import AccountSummary
from ui import formatting
from ui.labels import stage_label, tier_label
from ui.models.portfolio_alerts import AlertSummary, severity_icon, severity_label

ModelIndex = QModelIndex | QPersistentModelIndex

#: A value to sort by (str, int or float), or None for "unknown", which always sorts last.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Column 0: the text the filter box searches, already folded (see ``search_key``).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
#: Every column: the account's UUID.
UUID_ROLE = Qt.ItemDataRole.UserRole + 3

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    NAME = 0
    STAGE = 1
    TIER = 2
    INDUSTRY = 3
    REVENUE = 4
    SHARE_OF_PORTFOLIO = 5
    SHARE_OF_WALLET = 6
    PEOPLE = 7
    LAST_CONTACT = 8
    ALERTS = 9


NUMERIC = frozenset(
    {Column.REVENUE, Column.SHARE_OF_PORTFOLIO, Column.SHARE_OF_WALLET, Column.PEOPLE, Column.ALERTS}
)


def search_key(text: str) -> str:
    """Text folded for matching: any case, and «ё» found by «е» (Russian often drops the dots)."""
    return " ".join(text.casefold().replace("ё", "е").split())


def _ordinal(value: Any) -> int:
    """The position of an enum member in its enum: stages sort in lifecycle order."""
    return list(type(value)).index(value)


class PortfolioModel(QAbstractTableModel):
    """A read-only table of the accounts, in the order given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[AccountSummary] = []
        #: Open alerts per account; None until they have been computed.
        self._alerts: dict[uuid.UUID, AlertSummary] | None = None

    # -- feeding -------------------------------------------------------------------

    def set_accounts(self, accounts: list[AccountSummary]) -> None:
        """Replace the rows (a fresh ``list_accounts``); views keep their own selection by UUID."""
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def set_alerts(self, alerts: dict[uuid.UUID, AlertSummary] | None) -> None:
        """Fill the Alerts column (None: not computed yet, the column stays empty)."""
        self._alerts = alerts
        if self._accounts:
            self.dataChanged.emit(
                self.index(0, Column.ALERTS), self.index(len(self._accounts) - 1, Column.ALERTS)
            )

    def alerts_of(self, account_uuid: uuid.UUID) -> AlertSummary | None:
        if self._alerts is None:
            return None
        return self._alerts.get(account_uuid, AlertSummary(0, None))

    def account_at(self, row: int) -> AccountSummary:
        return self._accounts[row]

    def row_of(self, account_uuid: uuid.UUID) -> int | None:
        for row, account in enumerate(self._accounts):
            if account.uuid == account_uuid:
                return row
        return None

    # -- QAbstractItemModel --------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC else _LEFT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._accounts) and 0 <= column < len(Column)):
            return None
        account = self._accounts[row]
        column = Column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(account, column)
        if role == SORT_ROLE:
            return self._sort_value(account, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(account, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ALERTS:
            alerts = self.alerts_of(account.uuid)
            return severity_icon(alerts.worst) if alerts is not None and alerts.count else None
        if role == UUID_ROLE:
            return account.uuid
        if role == SEARCH_ROLE and column == Column.NAME:
            return search_key(" ".join(filter(None, (account.name, account.industry, account.region))))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- columns -------------------------------------------------------------------

    def _header(self, column: Column) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.STAGE: self.tr("Stage"),
            Column.TIER: self.tr("Tier"),
            Column.INDUSTRY: self.tr("Industry"),
            Column.REVENUE: self.tr("Revenue"),
            Column.SHARE_OF_PORTFOLIO: self.tr("Portfolio %"),
            Column.SHARE_OF_WALLET: self.tr("Wallet %"),
            Column.PEOPLE: self.tr("People"),
            Column.LAST_CONTACT: self.tr("Last contact"),
            Column.ALERTS: self.tr("Alerts"),
        }[column]

    def _header_tip(self, column: Column) -> str | None:
        return {
            Column.REVENUE: self.tr("Annual revenue with the account, in its own currency"),
            Column.SHARE_OF_PORTFOLIO: self.tr(
                "Share of portfolio: the account's part of the whole portfolio's revenue"
            ),
            Column.SHARE_OF_WALLET: self.tr(
                "Share of wallet: our revenue as a part of what the client spends in our categories"
            ),
            Column.PEOPLE: self.tr("Stakeholders currently at the account"),
            Column.LAST_CONTACT: self.tr("The most recent recorded interaction"),
            Column.ALERTS: self.tr("Open alerts; the dot's colour is the most severe one's"),
        }.get(column)

    def _display(self, account: AccountSummary, column: Column) -> str:
        match column:
            case Column.NAME:
                return account.name
            case Column.STAGE:
                return stage_label(account.stage)
            case Column.TIER:
                return tier_label(account.tier)
            case Column.INDUSTRY:
                return account.industry or ""
            case Column.REVENUE:
                return formatting.money(account.revenue, account.currency, decimals=0)
            case Column.SHARE_OF_PORTFOLIO:
                return formatting.percent(account.share_of_portfolio)
            case Column.SHARE_OF_WALLET:
                return formatting.percent(account.share_of_wallet)
            case Column.PEOPLE:
                return formatting.integer(account.people)
            case Column.LAST_CONTACT:
                return formatting.short_date(account.last_contact)
            case Column.ALERTS:
                alerts = self.alerts_of(account.uuid)
                return formatting.integer(alerts.count) if alerts is not None and alerts.count else ""

    def _sort_value(self, account: AccountSummary, column: Column) -> str | int | float | None:
        match column:
            case Column.NAME:
                return account.name
            case Column.STAGE:
                return _ordinal(account.stage)
            case Column.TIER:
                return _ordinal(account.tier)
            case Column.INDUSTRY:
                return account.industry or None
            case Column.REVENUE:
                # Amounts in different currencies compare only in the portfolio's base currency.
                return None if account.revenue_base is None else float(account.revenue_base)
            case Column.SHARE_OF_PORTFOLIO:
                return account.share_of_portfolio
            case Column.SHARE_OF_WALLET:
                return account.share_of_wallet
            case Column.PEOPLE:
                return account.people
            case Column.LAST_CONTACT:
                return None if account.last_contact is None else account.last_contact.timestamp()
            case Column.ALERTS:
                alerts = self.alerts_of(account.uuid)
                return None if alerts is None else alerts.urgency

    def _tooltip(self, account: AccountSummary, column: Column) -> str | None:
        match column:
            case Column.NAME:
                return account.legal_name or account.name
            case Column.STAGE | Column.TIER | Column.INDUSTRY:
                return self._display(account, column) or None  # whole, when the column elides it
            case Column.REVENUE if account.revenue is not None and account.revenue_base is None:
                return self.tr(
                    "Not in the portfolio totals: there is no exchange rate for {currency}"
                ).format(currency=account.currency)
            case Column.REVENUE if account.revenue_base is not None and (
                account.currency != account.base_currency
            ):
                return self.tr("{amount} at the latest exchange rate").format(
                    amount=formatting.money(account.revenue_base, account.base_currency, decimals=0)
                )
            case Column.LAST_CONTACT if account.last_contact is not None:
                return formatting.long_datetime(account.last_contact)
            case Column.ALERTS:
                alerts = self.alerts_of(account.uuid)
                if alerts is None:
                    return self.tr("The alerts are being computed…")
                if not alerts.count:
                    return self.tr("No open alerts")
                return self.tr("Open alerts: {count}; the most severe: {severity}").format(
                    count=formatting.integer(alerts.count), severity=severity_label(alerts.worst)
                )
        return None


class PortfolioProxy(QSortFilterProxyModel):
    """Sorts the portfolio by raw values, unknowns last either way; filters by a search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(Column.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator = _collator()

    def follow_locale(self) -> None:
        """Sort names as the (new) default locale does, e.g. after a language switch."""
        self._collator = _collator()
        self.invalidate()

    def set_query(self, text: str) -> None:
        """Show only accounts whose name, industry or region contains ``text``."""
        self.setFilterFixedString(search_key(text))

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            # Unknown values go to the bottom whichever way the column is sorted.
            if a is None and b is None:
                return False
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is None) == descending
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return a < b


def _collator() -> QCollator:
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator
