"""The portfolio's Qt models: consistent for Qt, sorted by values, filtered in any script."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from db.enums import LifecycleStage, Tier
from planner.errors import ErrorCode
from planner.services import accounts
from planner.services.accounts import AccountSummary, StageEntry
from ui import labels
from ui.models.portfolio import SORT_ROLE, UUID_ROLE, Column, PortfolioModel, PortfolioProxy, search_key
from ui.models.stage_history import StageHistoryModel

from .conftest import ALPENMILCH, NORDWIND, URALSTAL

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def summary(name: str, revenue_base: str | None, last_contact: datetime | None = None) -> AccountSummary:
    revenue = None if revenue_base is None else Decimal(revenue_base)
    return AccountSummary(
        uuid=uuid.uuid4(),
        name=name,
        legal_name=None,
        industry=None,
        region=None,
        tier=Tier.KEY,
        stage=LifecycleStage.GROWTH,
        currency="EUR",
        revenue=revenue,
        wallet_spend=None,
        share_of_wallet=None,
        revenue_base=revenue,
        base_currency="EUR",
        share_of_portfolio=None,
        people=0,
        last_contact=last_contact,
    )


def names(model) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_the_models_satisfy_the_item_model_tester(portfolio_db):
    model = PortfolioModel()
    QAbstractItemModelTester(model, FATAL)
    proxy = PortfolioProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, FATAL)

    model.set_accounts(accounts.list_accounts(portfolio_db))
    for column in Column:
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
    proxy.set_query("урал")
    proxy.set_query("")
    model.set_accounts([])
    assert model.rowCount() == proxy.rowCount() == 0


def test_a_row_shows_formatted_values_and_keeps_raw_ones_for_sorting(portfolio_db):
    model = PortfolioModel()
    model.set_accounts(accounts.list_accounts(portfolio_db))
    row = model.row_of(accounts.resolve(portfolio_db, URALSTAL).uuid)
    assert row is not None

    def cell(column: Column, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, column).data(role)

    assert cell(Column.NAME) == URALSTAL
    assert cell(Column.STAGE) == "Mature"
    assert cell(Column.TIER) == "Key"
    assert cell(Column.REVENUE) == "₽9,000,000"
    assert "€90,000" in cell(Column.REVENUE, Qt.ItemDataRole.ToolTipRole)
    assert cell(Column.REVENUE, SORT_ROLE) == pytest.approx(90_000)
    assert cell(Column.SHARE_OF_WALLET) == "25.0%"
    assert cell(Column.PEOPLE) == "1"
    assert cell(Column.LAST_CONTACT) != "—"
    assert cell(Column.LAST_CONTACT, SORT_ROLE) == datetime(2024, 11, 5, 9, 30, tzinfo=UTC).timestamp()
    assert cell(Column.REVENUE, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(Column.NAME, UUID_ROLE) == model.account_at(row).uuid

    alpenmilch = model.row_of(accounts.resolve(portfolio_db, ALPENMILCH).uuid)
    assert model.index(alpenmilch, Column.LAST_CONTACT).data() == "—"
    assert model.index(alpenmilch, Column.SHARE_OF_WALLET).data() == "—"


def test_sorting_compares_numbers_and_puts_unknowns_last_both_ways():
    model = PortfolioModel()
    model.set_accounts(
        [summary("a", "9000"), summary("b", None), summary("c", "120000"), summary("d", "950")]
    )
    proxy = PortfolioProxy()
    proxy.setSourceModel(model)

    proxy.sort(Column.REVENUE, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["d", "a", "c", "b"]
    proxy.sort(Column.REVENUE, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["c", "a", "d", "b"]


def test_names_sort_alphabetically_ignoring_case():
    model = PortfolioModel()
    model.set_accounts([summary(n, None) for n in ("beta", "Альфа", "Alpha", "ёлка", "Бета")])
    proxy = PortfolioProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names(proxy)[:2] == ["Alpha", "beta"]
    assert names(proxy)[2:] == ["Альфа", "Бета", "ёлка"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("урал", [URALSTAL]),
        ("УРАЛ", [URALSTAL]),
        ("металл", [URALSTAL]),  # industry
        ("dach", [NORDWIND]),  # region
        ("  nordwind  ", [NORDWIND]),
        ("zzz", []),
        ("", [NORDWIND, ALPENMILCH, URALSTAL]),
    ],
)
def test_the_filter_matches_name_industry_and_region_in_any_case(portfolio_db, query, expected):
    model = PortfolioModel()
    model.set_accounts(accounts.list_accounts(portfolio_db))
    proxy = PortfolioProxy()
    proxy.setSourceModel(model)
    proxy.set_query(query)
    assert names(proxy) == expected


def test_search_folds_case_spaces_and_yo():
    assert search_key("  Ёлкин   Трейд ") == "елкин трейд"
    assert search_key("STRASSE") == search_key("straße")


def test_every_stage_tier_and_error_code_has_a_label():
    for table, enum in ((labels.STAGES, LifecycleStage), (labels.TIERS, Tier), (labels.ERRORS, ErrorCode)):
        assert set(table) == {member.value for member in enum}
    assert labels.stage_label(LifecycleStage.AT_RISK) == "At risk"
    assert labels.tier_label(Tier.STRATEGIC) == "Strategic"


def test_the_stage_history_lists_changes_newest_first():
    model = StageHistoryModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_entries(
        (
            StageEntry(None, LifecycleStage.PROSPECT, datetime(2023, 1, 2, tzinfo=UTC), None),
            StageEntry(
                LifecycleStage.PROSPECT, LifecycleStage.GROWTH, datetime(2024, 5, 6, tzinfo=UTC), "Won"
            ),
        )
    )
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "Prospect → Growth"
    assert model.index(0, 2).data() == "Won"
    assert model.index(1, 1).data() == "Added as Prospect"
    assert model.index(0, 0, QModelIndex()).data() == "5/6/2024"
    model.set_entries(())
    assert model.rowCount() == 0
