"""The alert centre on the demo portfolio (as of 2026-11-27): the same alerts as the planner and
``kap alerts``, worded from their facts, acknowledged, snoozed and reopened through undoable
commands, the client notice in the account's language, filters and notifications."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtTest import QAbstractItemModelTester

from planner.alerts import service
from planner.alerts.model import AlertKind, AlertStatus, Severity
from ui.alerts.centre import AlertCentre
from ui.alerts.feed import AlertFeed
from ui.alerts.model import Column
from ui.alerts.tray import AlertNotifier
from ui.alerts.wording import kind_label
from ui.undo import ChangeBus
from ui.workers import WorkerPool

from .test_orders_sla_tab import AS_OF, YENISEI, demo_template, dispose

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return demo_template(tmp_path_factory)


@pytest.fixture
def demo_path(demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("KAP_AS_OF", AS_OF.isoformat())
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def demo_db(demo_path):
    from planner.database import open_planner_database

    db = open_planner_database(str(demo_path))
    yield db
    db.close()


@pytest.fixture
def centre(qtbot, demo_db):
    pool = WorkerPool()
    feed = AlertFeed(demo_db, pool, ChangeBus.instance())
    widget = AlertCentre(feed, QUndoStack())
    qtbot.addWidget(widget)
    feed.start()
    qtbot.waitUntil(lambda: feed.computed, timeout=10_000)
    yield widget
    feed.detach()
    pool.shutdown()
    dispose(widget, feed, pool)


def test_the_centre_lists_what_the_planner_and_kap_alerts_list(centre, demo_db, demo_path, capsys):
    from ui.entry import main

    planner_list = service.list_alerts(demo_db, as_of=AS_OF)
    shown = centre.shown_alerts()
    assert [a.uuid for a in shown] == [a.uuid for a in planner_list]
    assert len(shown) == 23
    assert main(["--db", str(demo_path), "alerts", "--json", "--as-of", AS_OF.isoformat()]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [entry["uuid"] for entry in printed] == [str(a.uuid) for a in shown]
    ranks = [a.severity.rank for a in shown]
    assert ranks == sorted(ranks)  # by severity, then newest first
    for row, alert in enumerate(shown):
        assert centre.proxy.index(row, Column.MESSAGE).data()  # worded from its facts
        assert centre.proxy.index(row, Column.ACCOUNT).data() == alert.account.name


def test_a_late_delivery_is_predicted_for_yenisei_before_its_promised_date(centre):
    centre.set_account_filter(next(a.account.uuid for a in centre.model.alerts if a.account.name == YENISEI))
    centre.ui.kind.setCurrentIndex(centre.ui.kind.findData(AlertKind.DELIVERY_LATE.value))
    late = centre.shown_alerts()
    assert len(late) == 4
    assert all(
        a.account.name == YENISEI and not a.facts["overdue"] and a.facts["promised_on"] > AS_OF for a in late
    )
    alert = next(a for a in late if a.facts["order_number"] == "4500118083")
    assert centre.select(alert.uuid)
    assert centre.ui.message.text() == (
        "Delivery of order 4500118083 (Запчасти дробильного оборудования) promised for 12/3/2026 is likely "
        "to be late: 85% chance, about 4 days (expected 12/7/2026), from 11 late of 13 comparable "
        "deliveries (this account, last 12 months)."
    )
    assert centre.ui.notice.isVisibleTo(centre)
    assert centre.evidence_model.rowCount() == len(alert.evidence) > 0
    facts = dict(_form_rows(centre))
    assert facts["Chance of being late:"] == "85%"
    assert facts["Promised for:"] == "12/3/2026"


def _form_rows(centre):
    form = centre.ui.facts
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole).widget().text()
        value = form.itemAt(row, form.ItemRole.FieldRole).widget().text()
        yield label, value


def test_acknowledge_then_undo_and_redo(qtbot, centre, demo_db):
    first = centre.selected()
    assert first is not None and first.status is AlertStatus.OPEN
    assert centre.acknowledge()
    assert first.uuid not in [a.uuid for a in centre.shown_alerts()]  # at once, before recomputing
    assert first.uuid not in [a.uuid for a in service.list_alerts(demo_db, as_of=AS_OF)]
    stack = centre.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Acknowledge Alert"
    stack.undo()
    assert first.uuid in [a.uuid for a in centre.shown_alerts()]
    assert first.uuid in [a.uuid for a in service.list_alerts(demo_db, as_of=AS_OF)]
    stack.redo()
    qtbot.waitUntil(lambda: first.uuid not in [a.uuid for a in centre.shown_alerts()])
    dismissed = {a.uuid: a for a in service.list_alerts(demo_db, as_of=AS_OF, include_dismissed=True)}
    assert dismissed[first.uuid].status is AlertStatus.ACKNOWLEDGED


def test_snooze_hides_and_reopen_brings_it_back(qtbot, centre, demo_db):
    alert = centre.selected()
    assert centre.snooze(date(2026, 12, 4))
    assert alert.uuid not in [a.uuid for a in centre.shown_alerts()]
    centre.ui.show_dismissed.setChecked(True)
    assert centre.select(alert.uuid)
    assert centre.ui.status.text().endswith("Snoozed until 12/4/2026")
    assert centre.ui.reopen.isEnabled()
    assert centre.reopen()
    centre.ui.show_dismissed.setChecked(False)
    assert alert.uuid in [a.uuid for a in centre.shown_alerts()]
    assert alert.uuid in [a.uuid for a in service.list_alerts(demo_db, as_of=AS_OF)]
    centre.undo_stack.undo()  # the snooze again, as it was
    assert alert.uuid not in [a.uuid for a in service.list_alerts(demo_db, as_of=AS_OF)]
    qtbot.waitUntil(lambda: alert.uuid not in [a.uuid for a in centre.shown_alerts()])


def test_a_snooze_into_the_past_is_refused_and_not_stacked(centre, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.alerts.centre.show_error", lambda parent, error: shown.append(error))
    assert not centre.snooze(date(2026, 11, 1))
    assert shown and shown[0].field == "until"
    assert centre.undo_stack.count() == 0


def test_the_draft_notice_is_in_the_accounts_language(qtbot, centre):
    alert = next(
        a
        for a in centre.model.alerts
        if a.kind is AlertKind.DELIVERY_LATE and a.facts["order_number"] == "4500118083"
    )
    assert centre.select(alert.uuid)
    dialog = centre.draft_notice()
    assert dialog.subject.text() == "Перенос срока поставки по заказу №\u00a04500118083"
    assert dialog.to.text() == "Елена Ивановна Григорьева <e.grigoreva@egrk.ru>"
    body = dialog.body.toPlainText()
    assert body.startswith("Уважаемая Елена Ивановна!")
    assert "03.12.2026" in body and "07.12.2026" in body
    assert dialog.body.isReadOnly()
    dialog.copy_button.click()
    # The planner's text as it is (non-breaking spaces after № and before dashes included).
    assert QGuiApplication.clipboard().text() == f"{dialog.notice.subject}\n\n{dialog.notice.body}"
    assert "№\u00a04500118083" in QGuiApplication.clipboard().text()
    dialog.close()


def test_filters_and_models_hold_qt_s_contracts(centre):
    source_tester = QAbstractItemModelTester(centre.model, FATAL)  # noqa: F841
    proxy_tester = QAbstractItemModelTester(centre.proxy, FATAL)  # noqa: F841
    evidence_tester = QAbstractItemModelTester(centre.evidence_model, FATAL)  # noqa: F841
    centre.ui.severity.setCurrentIndex(centre.ui.severity.findData(Severity.HIGH.value))
    assert centre.shown_alerts() and all(a.severity.rank <= Severity.HIGH.rank for a in centre.shown_alerts())
    centre.ui.severity.setCurrentIndex(0)
    centre.ui.kind.setCurrentIndex(centre.ui.kind.findData(AlertKind.SLA_BREACHED.value))
    assert {a.kind for a in centre.shown_alerts()} == {AlertKind.SLA_BREACHED}
    centre.ui.kind.setCurrentIndex(centre.ui.kind.findData(AlertKind.KEY_PERSON_LEFT.value))
    assert len(centre.shown_alerts()) == 1
    assert centre.ui.message.text().startswith(
        "Champion Степан Павлович Быстров left the company on 10/18/2026"
    )
    centre.ui.kind.setCurrentIndex(0)
    centre.model.set_alerts(centre.feed.alerts)  # a reset while filtered and selected
    assert centre.ui.count.text() == "Open alerts: 23"


def test_the_notifier_announces_the_first_list_then_only_new_urgent_alerts(qtbot, centre):
    feed = centre.feed
    notifier = AlertNotifier(feed, centre)
    said = []
    notifier.notify.connect(lambda title, text: said.append(text))
    feed._arrived(feed._serial, feed.alerts)  # the first list of this notifier
    assert said and said[0].startswith("Open alerts: 23, of them high or critical: 17.")
    feed._arrived(feed._serial, feed.alerts)  # nothing new: nothing said
    assert len(said) == 1
    high = next(a for a in feed.alerts if a.severity is Severity.HIGH)
    medium = next(a for a in feed.alerts if a.severity is Severity.MEDIUM)
    news = (replace(high, key=high.key + ":new"), replace(medium, key=medium.key + ":new"))
    feed._arrived(feed._serial, feed.alerts + news)
    assert len(said) == 2
    assert said[1] == f"1 new alert: {high.account.name} — {kind_label(high.kind)}"
