"""The Orders & SLA tab on the demo portfolio (as of 2026-11-27): the planted slipping SLA,
the late deliveries behind the breach, the late-delivery forecast, tickets, satisfaction,
charts embedded without pyplot, and the editing actions."""

from __future__ import annotations

import gc
import shutil
import sys
import types
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester

from planner.alerts.model import AlertKind
from planner.changes import Changes, Entity
from planner.services import accounts
from ui.service import editing
from ui.service.scorecard_model import STATUS_ROLE, Column
from ui.service.tab import ServiceTab
from ui.undo import ChangeBus
from ui.workers import WorkerPool
from ui.workspace import WorkspaceContext

AS_OF = date(2026, 11, 27)
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
STAROURALSKAYA = "Староуральская сталь"
YENISEI = "Енисейская горнорудная компания"


def dispose(*objects) -> None:
    """Delete a test's Qt objects now, in the UI thread, and collect what referred to them.

    Left to the garbage collector, a widget in a reference cycle could be deleted later
    from whichever thread happens to run a collection: a worker's, which Qt forbids.
    """
    for obj in objects:
        if shiboken6.isValid(obj):
            shiboken6.delete(obj)
    gc.collect()


def demo_template(tmp_path_factory) -> Path:
    """The demo portfolio, built once per test session for the service and alert tests (~2 s)."""
    from db.store import open_database
    from planner.demo import build_demo

    path = tmp_path_factory.getbasetemp() / "service_demo" / "demo.sqlite"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        db = open_database(path)
        build_demo(db, scale=1, seed=7, as_of=AS_OF)
        db.close()
    return path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    return demo_template(tmp_path_factory)


@pytest.fixture
def demo_db(demo_file, tmp_path, monkeypatch):
    """A copy of the demo of this test's own, judged as of the demo's day."""
    from planner.database import open_planner_database

    monkeypatch.setenv("KAP_AS_OF", AS_OF.isoformat())
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_planner_database(str(path))
    yield db
    db.close()


@pytest.fixture
def make_tab(qtbot, demo_db):
    pools, made = [], []

    def make(account: str, *, shown: bool = False) -> ServiceTab:
        """The tab on ``account``; ``shown`` puts it on screen (charts are drawn only then)."""
        host_pool = WorkerPool()
        pools.append(host_pool)
        context = WorkspaceContext(demo_db, QUndoStack(), ChangeBus.instance(), host_pool)
        tab = ServiceTab(context)
        made.append(tab)
        qtbot.addWidget(tab)
        tab.resize(1300, 900)
        if shown:
            tab.show()
        tab.load(accounts.resolve(demo_db, account).uuid)
        qtbot.waitUntil(lambda: tab.data is not None, timeout=10_000)
        return tab

    yield make
    for pool in pools:
        pool.shutdown()
    dispose(*made, *pools)


def scorecard_over(qtbot, tab: ServiceTab, label: str):
    tab.sla.choose_period(label)
    qtbot.waitUntil(
        lambda: tab.sla.model.rowCount() > 0 and tab.sla.model.result(0).period.label == label, timeout=5000
    )
    return {str(r.metric): (row, r) for row, r in enumerate(tab.sla.model.results)}


def test_the_slipping_sla_is_at_risk_then_breached_with_the_late_deliveries_behind_it(qtbot, make_tab):
    tab = make_tab(STAROURALSKAYA)
    model = tab.sla.model
    tester = QAbstractItemModelTester(model, FATAL)  # noqa: F841 - checks every later reset
    evidence_tester = QAbstractItemModelTester(tab.sla.evidence_model, FATAL)  # noqa: F841
    for label in ("2026-08", "2026-09"):
        row, result = scorecard_over(qtbot, tab, label)["on_time_delivery"]
        assert model.index(row, Column.STATUS).data(STATUS_ROLE) == "at_risk"
        assert model.index(row, Column.STATUS).data() == "At risk"
        assert model.index(row, Column.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    row, result = scorecard_over(qtbot, tab, "2026-10")["on_time_delivery"]
    assert model.index(row, Column.STATUS).data() == "Breached"
    assert model.index(row, Column.VALUE).data() == "90.9%"
    assert model.index(row, Column.TARGET).data() == "≥\u00a095%"
    tab.sla.select_row(row)
    shown = tab.sla.evidence_model
    assert shown.rowCount() == 6 == len(result.evidence)
    headers = [shown.headerData(c, Qt.Orientation.Horizontal) for c in range(shown.columnCount())]
    assert headers == ["Order", "Product line", "Promised", "Delivered", "Days late"]
    first = [shown.index(0, c).data() for c in range(shown.columnCount())]
    assert first[0] == "4500337116" and first[1] == "Гидравлика" and first[-1] == "20 days"
    assert first[2] == "10/21/2026" and first[3] == "11/10/2026"
    assert tab.sla.evidence_heading.text() == "On-time delivery, October 2026: 6 of 66 deliveries late"


def test_the_current_period_and_the_trend_chart_embed_without_pyplot(qtbot, make_tab):
    tab = make_tab(STAROURALSKAYA, shown=True)
    row = next(i for i, r in enumerate(tab.sla.model.results) if str(r.metric) == "on_time_delivery")
    assert tab.sla.model.index(row, Column.PERIOD).data() == "November 2026, to date"
    tab.sla.select_row(row)
    qtbot.waitUntil(lambda: tab.sla.chart.canvas is not None, timeout=10_000)
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    assert isinstance(tab.sla.chart.canvas, FigureCanvasQTAgg)
    assert tab.sla.chart.figure.axes[0].get_title(loc="left") == "On-time delivery: trend"
    assert "matplotlib.pyplot" not in sys.modules
    tab.sections.setCurrentWidget(tab.orders)
    qtbot.waitUntil(
        lambda: tab.orders.yoy_chart.canvas is not None and tab.orders.lines_chart.canvas is not None,
        timeout=10_000,
    )
    tab.sections.setCurrentWidget(tab.satisfaction)
    qtbot.waitUntil(lambda: tab.satisfaction.chart.canvas is not None, timeout=10_000)
    assert "matplotlib.pyplot" not in sys.modules


def test_a_late_delivery_is_predicted_before_its_promised_date(qtbot, make_tab):
    tab = make_tab(YENISEI)
    model = tab.orders.deliveries_model
    tester = QAbstractItemModelTester(model, FATAL)  # noqa: F841
    late = [a for a in tab.data.alerts if a.kind is AlertKind.DELIVERY_LATE]
    assert late and all(a.facts["promised_on"] > AS_OF and not a.facts["overdue"] for a in late)
    first = late[0].facts["delivery_uuid"]
    assert tab.open_record(Entity.DELIVERY, first)
    assert tab.sections.currentWidget() is tab.orders
    row = tab.orders.deliveries.currentIndex().row()
    assert model.index(row, 4).data() == "Likely late"
    assert model.index(row, 5).data().startswith("about 4 days (85% chance)")
    assert model.index(row, 4).data(Qt.ItemDataRole.DecorationRole) is not None


def test_orders_page_and_tickets(qtbot, make_tab):
    tab = make_tab(STAROURALSKAYA)
    orders = tab.orders.orders_model
    tester = QAbstractItemModelTester(orders, FATAL)  # noqa: F841
    loaded = orders.rowCount()
    assert orders.total == 849 and loaded % orders.PAGE == 0 and loaded < orders.total  # paged
    assert orders.canFetchMore(QModelIndex())
    orders.fetchMore(QModelIndex())
    assert orders.rowCount() == loaded + orders.PAGE
    assert tab.orders.headline.text().startswith("Orders in 2026 to date: ")
    assert tab.orders.lists.tabText(0) == "Open deliveries (76)"

    tickets = tab.tickets.model
    ticket_tester = QAbstractItemModelTester(tickets, FATAL)  # noqa: F841
    rows = tickets.rows
    open_rows = [t for t in rows if str(t.status) in ("open", "in_progress")]
    assert rows[: len(open_rows)] == open_rows  # open first
    overdue = [row for row in range(tickets.rowCount()) if tickets.is_overdue(tickets.row(row))]
    assert len(overdue) == 2
    assert tickets.index(overdue[0], tickets.OVERDUE_COLUMN).data().startswith("by ")
    assert tickets.index(overdue[0], 0).data(Qt.ItemDataRole.FontRole).bold()
    assert tab.tickets.summary.text() == "Open: 3 of 166; overdue: 2"


def test_satisfaction_shows_nps_as_promoters_minus_detractors(qtbot, make_tab):
    tab = make_tab(STAROURALSKAYA)
    page = tab.satisfaction
    models = (page.periods_model, page.people_model, page.comments_model, page.answers_model)
    testers = [QAbstractItemModelTester(model, FATAL) for model in models]  # noqa: F841
    tab.refresh()  # a second load resets every model under the testers' eyes
    before = tab.data
    qtbot.waitUntil(lambda: tab.data is not before, timeout=10_000)
    report = tab.data.satisfaction
    expected = round(100 * (report.nps.promoters - report.nps.detractors) / report.nps.responses, 1)
    assert report.nps.nps == expected
    assert page.score_values["nps"].text().startswith(f"{expected:g} = ")
    assert "promoters − " in page.score_values["nps"].text()
    newest = page.periods_model.index(0, 0).data()
    assert newest == "Q4 2026"
    assert page.comments_model.rowCount() == len(report.verbatims) > 0
    assert page.comments_model.index(0, 0).data().startswith("“")
    assert page.answers_model.total == 105


def test_a_change_elsewhere_reloads_the_tab(qtbot, make_tab, demo_db):
    tab = make_tab(STAROURALSKAYA)
    assert tab.affected_by(Changes(frozenset({Entity.DELIVERY}), frozenset({tab.account_uuid})))
    assert not tab.affected_by(Changes(frozenset({Entity.PERSON}), frozenset({tab.account_uuid})))
    before = tab.data
    tab.refresh()
    qtbot.waitUntil(lambda: tab.data is not before, timeout=10_000)
    assert tab.stack.currentWidget() is tab.sections


def test_editing_actions_follow_ui_editing(qtbot, make_tab, monkeypatch):
    calls = []
    fake = types.ModuleType("ui.editing")
    fake.create_record = lambda _context, entity, parent, _widget: calls.append(("create", entity, parent))
    fake.edit_record = lambda _context, entity, record, _widget: calls.append(("edit", entity, record))
    fake.delete_record = lambda _context, entity, record, _widget: calls.append(("delete", entity, record))
    monkeypatch.setitem(sys.modules, "ui.editing", fake)
    tab = make_tab(STAROURALSKAYA)
    assert editing.available()
    actions = tab.sla.actions
    assert not actions.bar.isHidden()
    tab.sla.select_row(0)
    sla_uuid = tab.sla.model.result(0).sla_uuid
    actions.edit_button.click()
    actions.delete_button.click()
    actions.new_button.click()
    assert calls == [
        ("edit", Entity.SLA, sla_uuid),
        ("delete", Entity.SLA, sla_uuid),
        ("create", Entity.SLA, tab.account_uuid),
    ]
    assert tab.satisfaction.answer_actions.edit_button.isHidden()  # answers are never rewritten

    monkeypatch.setitem(sys.modules, "ui.editing", None)  # the module is missing from this build
    assert not editing.available()
    hidden = make_tab(STAROURALSKAYA)
    assert hidden.sla.actions.bar.isHidden() and hidden.tickets.actions.bar.isHidden()
