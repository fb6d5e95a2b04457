"""The alert centre in the main window: View ▸ Alerts (Ctrl+Shift+A), "Go to Account" on the
record behind an alert, the portfolio's counts from the same feed, a database switch."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from planner.alerts.model import AlertKind
from planner.changes import Entity
from planner.services import accounts
from ui import alerts
from ui.main_window import MainWindow
from ui.service.scorecard_model import Column

from .test_orders_sla_tab import AS_OF, STAROURALSKAYA, demo_template, dispose


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return demo_template(tmp_path_factory)


@pytest.fixture
def window(qtbot, demo_file, tmp_path, monkeypatch):
    from planner.database import open_planner_database

    monkeypatch.setenv("KAP_AS_OF", AS_OF.isoformat())
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_planner_database(str(path))
    main = MainWindow(db, owns_database=True)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    installation = alerts.install(main)
    qtbot.waitUntil(lambda: installation.feed.computed, timeout=10_000)
    yield main
    main.close()
    dispose(main)


def test_view_alerts_toggles_the_dock(window):
    installation = window.alert_centre
    menu = window.findChild(QMenu, "viewMenu")
    assert menu is not None and installation.action in menu.actions()
    assert installation.action.text() == "&Alerts"
    assert installation.action.shortcut() == QKeySequence("Ctrl+Shift+A")
    window.show()
    assert installation.dock.isHidden()
    installation.action.trigger()
    assert installation.dock.isVisible()
    assert QSettings().value(alerts.VISIBLE_KEY) in (True, "true")  # open again at the next start
    assert installation.centre.ui.count.text() == "Open alerts: 23"
    installation.action.trigger()
    assert installation.dock.isHidden()


def test_go_to_an_sla_breach_opens_its_period_and_late_deliveries(qtbot, window):
    installation = window.alert_centre
    breach = next(
        a
        for a in installation.feed.alerts
        if a.kind is AlertKind.SLA_BREACHED and a.facts["period"] == "2026-10"
    )
    assert installation.centre.select(breach.uuid)
    installation.centre.ui.go_to.click()
    assert window.current_account() == accounts.resolve(window.database, STAROURALSKAYA).uuid
    assert window.workspace.current_key() == "orders_sla"
    tab = window.workspace.tab("orders_sla")
    qtbot.waitUntil(
        lambda: tab.sla.selected() is not None and tab.sla.selected().period.label == "2026-10",
        timeout=10_000,
    )
    row = tab.sla.scorecard.currentIndex().row()
    assert tab.sla.model.index(row, Column.STATUS).data() == "Breached"
    assert tab.sla.evidence_model.rowCount() == 6
    tabs = window.workspace.tabs
    assert tabs.tabText(tabs.currentIndex()) == "Orders && SLA"  # shown as "Orders & SLA"


def test_go_to_a_late_delivery_selects_it_among_the_open_deliveries(qtbot, window):
    installation = window.alert_centre
    late = next(a for a in installation.feed.alerts if a.kind is AlertKind.DELIVERY_LATE)
    installation.go_to(late)
    tab = window.workspace.tab("orders_sla")
    qtbot.waitUntil(
        lambda: tab.data is not None and tab.data.account_uuid == late.account.uuid, timeout=10_000
    )
    index = tab.orders.deliveries.currentIndex()
    assert index.isValid()
    assert tab.orders.deliveries_model.row(index.row()).uuid == late.facts["delivery_uuid"]
    assert tab.sections.currentWidget() is tab.orders


def test_the_portfolio_can_take_its_counts_from_the_feed(qtbot, window):
    installation = window.alert_centre
    installation.feed_portfolio(window.model)
    installation.feed.refresh()
    qtbot.waitUntil(lambda: installation.feed.worker.is_done(), timeout=10_000)
    qtbot.waitUntil(lambda: window.model.alerts_of(installation.feed.alerts[0].account.uuid) is not None)
    ural = accounts.resolve(window.database, STAROURALSKAYA).uuid
    summary = window.model.alerts_of(ural)
    assert summary.count == len([a for a in installation.feed.open_alerts if a.account.uuid == ural])
    assert summary.worst == "high"


def test_the_alert_records_open_in_the_tab(window):
    tab = window.workspace.tab("orders_sla")
    assert {Entity.SLA, Entity.DELIVERY, Entity.TICKET, Entity.ORDER, Entity.SURVEY} <= tab.opens



@pytest.fixture
def fresh_window(demo_file, tmp_path, monkeypatch):
    """A main window on a copy of the demo, not shown; deleted (not just closed) afterwards."""
    from planner.database import open_planner_database

    monkeypatch.setenv("KAP_AS_OF", AS_OF.isoformat())
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    made = []

    def make():
        made.append(MainWindow(open_planner_database(str(path)), owns_database=True))
        return made[-1]

    yield make
    for main in made:
        main.close()
    dispose(*made)


def test_alerts_are_computed_once_the_window_shows(qtbot, fresh_window, monkeypatch):
    """The first computation would hold up the first paint of a large portfolio: it waits."""
    monkeypatch.setattr(alerts, "UNSHOWN_MS", 60_000)
    main = fresh_window()
    feed = main.alert_centre.feed
    qtbot.wait(alerts.AFTER_SHOW_MS + 100)
    assert feed.worker is None and not feed.computed
    main.show()
    assert feed.worker is None  # not before the window has had its chance to paint
    qtbot.waitUntil(lambda: feed.computed, timeout=10_000)
    assert feed.timer.isActive()  # and every 30 minutes from then on
    assert main.model.alerts_of(accounts.resolve(main.database, STAROURALSKAYA).uuid) is not None


def test_a_window_closed_before_showing_computes_nothing(qtbot, fresh_window, monkeypatch):
    monkeypatch.setattr(alerts, "UNSHOWN_MS", 50)
    main = fresh_window()
    main.close()
    qtbot.wait(200)
    assert main.alert_centre.feed.worker is None


def test_a_window_never_shown_still_gets_its_alerts(qtbot, fresh_window, monkeypatch):
    monkeypatch.setattr(alerts, "UNSHOWN_MS", 50)
    main = fresh_window()
    qtbot.waitUntil(lambda: main.alert_centre.feed.computed, timeout=10_000)
