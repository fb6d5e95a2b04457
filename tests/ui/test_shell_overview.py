"""The Overview tab's key figures, open items and recent activity; its models; window chrome."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from planner.services import accounts, overview
from ui.main_window import MainWindow
from ui.models.activity import RecentActivityModel
from ui.models.opportunities import OpenOpportunitiesModel
from ui.models.portfolio import Column

from .conftest import NORDWIND, URALSTAL

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def busy_db(portfolio_db):
    """Nordwind with an opportunity, an open ticket, an overdue plan action and 12 interactions."""
    from db.enums import InteractionKind, OpportunityStage
    from db.models import Account, Interaction, Opportunity, PlanAction, PlanGoal, PlanObjective, Ticket

    now = datetime.now(UTC)
    with portfolio_db.session.begin() as session:
        nordwind = session.query(Account).filter_by(name=NORDWIND).one()
        session.add_all(
            [
                Opportunity(
                    account_id=nordwind.id,
                    name="Baltic routes tender",
                    value=Decimal("2500000"),
                    currency="EUR",
                    stage=OpportunityStage.PROPOSAL,
                    probability=40,
                    expected_close=date(2027, 3, 1),
                ),
                Ticket(account_id=nordwind.id, subject="Late pallets", opened_at=now),
            ]
        )
        for day in range(12):
            session.add(
                Interaction(
                    account_id=nordwind.id,
                    kind=InteractionKind.CALL,
                    occurred_at=now - timedelta(days=day + 3),
                    subject=f"Call {day}",
                )
            )
        goal = PlanGoal(account_id=nordwind.id, title="Grow")
        objective = PlanObjective(title="Win the tender")
        objective.actions.append(PlanAction(title="Send references", due_on=date.today() - timedelta(days=2)))
        goal.objectives.append(objective)
        session.add(goal)
    return portfolio_db


@pytest.fixture
def window(qtbot, busy_db):
    win = MainWindow(busy_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_key_figures_open_items_and_recent_activity(window, busy_db):
    window.select_account(accounts.resolve(busy_db, NORDWIND).uuid)
    ui = window.overview.ui
    figures = {key: tile.value.text() for key, tile in ui.figures.items()}
    assert figures["revenue"] == "€12,000,000"
    assert figures["share_of_wallet"] == "40.0%"
    assert figures["pipeline"] == "€2,500,000"
    assert figures["open_tickets"] == "1"
    assert ui.figures["last_contact"].note.text() == "3 days ago"
    assert "Overdue plan actions: 1" in ui.open_items.text()
    assert "Account review overdue since 3/31/2025" in ui.open_items.text()
    assert ui.opportunities.model().index(0, 0).data() == "Baltic routes tender"
    assert ui.opportunities.model().index(0, 1).data() == "Proposal"
    activity = ui.activity.model()
    assert activity.rowCount() == overview.RECENT_LIMIT
    assert activity.index(0, 2).data() == "Call 0"
    assert activity.index(0, 1).data() == "Call"
    assert ui.activity.isVisibleTo(window) and not ui.no_activity.isVisibleTo(window)


def test_an_account_without_history_says_so(window, busy_db):
    window.select_account(accounts.resolve(busy_db, "Alpenmilch").uuid)
    ui = window.overview.ui
    assert ui.no_activity.isVisibleTo(window)
    assert ui.no_activity.text() == "No interactions recorded yet."
    assert "No open opportunities." in ui.open_items.text()
    assert ui.figures["last_contact"].note.text() == "no contact recorded"


def test_the_overview_models_satisfy_the_item_model_tester(busy_db):
    facts = overview.facts(busy_db, accounts.resolve(busy_db, NORDWIND).uuid)
    activity = RecentActivityModel()
    QAbstractItemModelTester(activity, FATAL)
    activity.set_items(facts.recent)
    assert activity.row_of(facts.recent[3].uuid) == 3
    activity.set_items(())
    opportunities = OpenOpportunitiesModel()
    QAbstractItemModelTester(opportunities, FATAL)
    opportunities.set_items(facts.open_opportunities)
    assert opportunities.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert opportunities.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Probability: 40%"
    opportunities.set_items([])


def test_a_server_database_is_named_without_its_password(qtbot, portfolio_db):
    from sqlalchemy.engine import make_url

    server = dataclasses.replace(
        portfolio_db, path=None, url=make_url("postgresql+psycopg://kam:s3cret@db.example/planner")
    )
    window = MainWindow(server)
    qtbot.addWidget(window)
    assert "s3cret" not in window.windowTitle() and "***" in window.windowTitle()
    assert window.windowTitle().endswith("— Key Account Planner")
    assert "s3cret" not in window.ui.location_label.text()
    window.close()


def test_columns_can_be_hidden_and_shown_from_the_header(window):
    from ui.layout_memory import column_menu

    header = window.ui.table.horizontalHeader()
    assert header.isSectionHidden(Column.PEOPLE)  # until asked for
    header.setSectionHidden(Column.INDUSTRY, False)  # a small window's first run hides it
    menu = column_menu(window.ui.table)
    entries = {a.text(): a for a in menu.actions()}
    entries["People"].trigger()
    assert not header.isSectionHidden(Column.PEOPLE)
    entries["Industry"].trigger()
    assert header.isSectionHidden(Column.INDUSTRY)


@pytest.mark.parametrize("narrow", [True, False])
def test_first_run_columns_keep_names_before_the_industry(window, narrow):
    """Too narrow for everything: the industry goes (the header menu brings it back) before
    the account names get short; figures are never cut. Wide enough: every column whole."""
    from ui.layout_memory import MAX_INITIAL_COLUMN_WIDTH, fit_columns

    table = window.ui.table
    header = table.horizontalHeader()
    header.setSectionHidden(Column.INDUSTRY, False)
    wanted = {c: min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)), MAX_INITIAL_COLUMN_WIDTH)
              for c in Column}
    everything = sum(wanted[c] for c in Column if not header.isSectionHidden(c))
    frame = table.width() - table.viewport().width()
    # Narrow: 40 px short of everything even with the industry cut to 110 px.
    short = wanted[Column.INDUSTRY] - 110 + 40 if narrow else -20
    table.setFixedWidth(everything - short + frame)
    fit_columns(table)
    visible = [c for c in Column if not header.isSectionHidden(c)]
    assert sum(table.columnWidth(c) for c in visible) <= table.viewport().width()
    for column in (Column.REVENUE, Column.SHARE_OF_PORTFOLIO, Column.LAST_CONTACT, Column.ALERTS):
        assert table.columnWidth(column) >= wanted[column]
    assert table.columnWidth(Column.NAME) >= wanted[Column.NAME]
    assert header.isSectionHidden(Column.INDUSTRY) is narrow
    if not narrow:
        assert all(table.columnWidth(c) >= wanted[c] for c in visible)


def test_f1_lists_the_shortcuts(window):
    from ui.shell.help import shortcut_rows

    rows = dict(shortcut_rows(window))
    assert rows["Search"] == "Ctrl+K"
    assert rows["New Database"] == "Ctrl+N"
    assert rows["Preferences"] == "Ctrl+,"
    assert rows["Undo"] == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in rows["Redo"]
    assert window.ui.shortcuts_action.shortcut().toString() == "F1"


def test_controls_have_accessible_names(window):
    assert window.ui.filter.accessibleName() == "Filter accounts"
    assert window.ui.table.accessibleName() == "Portfolio"
    assert window.overview.ui.activity.accessibleName() == "Recent activity"
    window.show_search()
    assert window.search_dialog.box.accessibleName() == "Search"
    assert window.search_dialog.tree.accessibleName() == "Search results"


def test_opening_a_record_that_is_gone_says_so(window, busy_db, monkeypatch):
    import uuid

    from planner.changes import Entity
    from ui import main_window

    shown = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, error: shown.append(error.code))
    assert not window.open_record(Entity.PERSON, uuid.uuid4())
    assert shown == ["not_found"]
    ural = accounts.resolve(busy_db, URALSTAL).uuid
    assert window.open_record(Entity.ACCOUNT, ural)
    assert window.current_account() == ural


def test_the_alerts_column_fills_in_from_a_worker(qtbot, window, busy_db):
    from ui.models.portfolio_alerts import AlertSummary

    model = window.model
    nordwind = accounts.resolve(busy_db, NORDWIND).uuid
    qtbot.waitUntil(lambda: model.alerts_of(nordwind) is not None, timeout=10_000)
    header = window.ui.table.horizontalHeader()
    assert header.visualIndex(Column.ALERTS) == 1  # right after the name, at first
    model.set_alerts({nordwind: AlertSummary(3, "high")})
    row = model.row_of(nordwind)
    cell = model.index(row, Column.ALERTS)
    assert cell.data() == "3"
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Open alerts: 3; the most severe: High"
    quiet = model.index(model.row_of(accounts.resolve(busy_db, URALSTAL).uuid), Column.ALERTS)
    assert quiet.data() == "" and quiet.data(Qt.ItemDataRole.ToolTipRole) == "No open alerts"
    window.ui.table.sortByColumn(Column.ALERTS, Qt.SortOrder.DescendingOrder)
    assert window.proxy.index(0, Column.NAME).data() == NORDWIND
    model.set_alerts(None)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "The alerts are being computed…"


def test_alert_summaries_rank_by_the_worst_then_the_count():
    from types import SimpleNamespace

    from planner.alerts.model import Severity
    from ui.models.portfolio_alerts import AlertSummary, summarize

    one, two = SimpleNamespace(uuid="a"), SimpleNamespace(uuid="b")
    alerts = [
        SimpleNamespace(account=one, severity=Severity.LOW),
        SimpleNamespace(account=one, severity=Severity.HIGH),
        SimpleNamespace(account=two, severity=Severity.MEDIUM),
    ]
    summaries = summarize(alerts)
    assert summaries == {"a": AlertSummary(2, "high"), "b": AlertSummary(1, "medium")}
    assert summaries["a"].urgency > summaries["b"].urgency > AlertSummary(0, None).urgency


def test_the_portfolio_model_with_alerts_satisfies_the_item_model_tester(busy_db):
    from ui.models.portfolio import PortfolioModel, PortfolioProxy
    from ui.models.portfolio_alerts import AlertSummary

    model = PortfolioModel()
    QAbstractItemModelTester(model, FATAL)
    proxy = PortfolioProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, FATAL)
    model.set_accounts(accounts.list_accounts(busy_db))
    model.set_alerts({accounts.resolve(busy_db, NORDWIND).uuid: AlertSummary(2, "critical")})
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(Column.ALERTS, order)
    assert proxy.index(0, Column.NAME).data() == NORDWIND
    model.set_alerts(None)
    model.set_accounts([])
