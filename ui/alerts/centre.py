"""The alert centre: every account's alerts by severity then date, why each fired, and what to do.

It shows an ``AlertFeed``'s list (computed in a worker, refreshed on changes and every
half hour) through a filter (account, kind, severity, dismissed ones or not).
Acknowledge, Snooze and Reopen are undoable commands on the window's undo stack;
"Go to Account" asks the window to select the account and bring forward what the
alert is about; a late delivery's alert drafts the client notice.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from planner.alerts import service
from planner.alerts.model import Alert, AlertKind, AlertStatus, Severity
from planner.errors import PlannerError
from ui import formatting
from ui.alerts import details, wording
from ui.alerts.centre_view import AlertCentreView
from ui.alerts.commands import AlertDecision
from ui.alerts.feed import AlertFeed
from ui.alerts.model import ALERT_ROLE, AlertFilter, AlertsModel, Column
from ui.messages import show_error
from ui.models.portfolio_alerts import severity_label
from ui.service import clock, widgets
from ui.service.evidence_model import EvidenceModel
from ui.undo import perform


class AlertCentre(QWidget):
    """Lists the feed's alerts and acts on the selected one."""

    #: "Go to Account" on this alert.
    go_to = Signal(object)

    def __init__(self, feed: AlertFeed, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.undo_stack = undo_stack
        self.ui = AlertCentreView()
        self.ui.setup(self)
        self.model = AlertsModel(self)
        self.proxy = AlertFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)
        # The planner's order (severity, then newest first) until a header is clicked.
        self.ui.table.sortByColumn(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
        self.evidence_model = EvidenceModel(self)
        self.ui.evidence.setModel(self.evidence_model)
        self._fill_filters()
        self.ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.ui.account.currentIndexChanged.connect(self._filters_changed)
        self.ui.kind.currentIndexChanged.connect(self._filters_changed)
        self.ui.severity.currentIndexChanged.connect(self._filters_changed)
        self.ui.show_dismissed.toggled.connect(self._filters_changed)
        self.ui.refresh.clicked.connect(self.feed.refresh)
        self.ui.acknowledge.clicked.connect(self.acknowledge)
        self.ui.reopen.clicked.connect(self.reopen)
        self.ui.snooze_day.triggered.connect(lambda: self.snooze(self.today() + timedelta(days=1)))
        self.ui.snooze_week.triggered.connect(lambda: self.snooze(self.today() + timedelta(days=7)))
        self.ui.snooze_until.triggered.connect(self.snooze_until)
        self.ui.go_to.clicked.connect(self._go_to)
        self.ui.notice.clicked.connect(self.draft_notice)
        self.feed.updated.connect(self.set_alerts)
        self.feed.busy.connect(self._busy)
        self.set_alerts(self.feed.alerts)

    def sizeHint(self) -> QSize:
        return QSize(1100, 420)

    @staticmethod
    def today() -> date:
        return clock.today()

    # -- the list ------------------------------------------------------------------

    def set_alerts(self, alerts) -> None:
        """Show a new list, keeping the selected alert selected if it is still there."""
        keep = self.selected()
        self.model.set_alerts(alerts)
        self._fill_accounts()
        self.ui.table.resizeColumnsToContents()
        header = self.ui.table.horizontalHeader()
        header.resizeSection(Column.MESSAGE, min(max(header.sectionSize(Column.MESSAGE), 240), 520))
        if keep is not None:
            self.select(keep.uuid)
        if self.selected() is None and self.proxy.rowCount():
            self._select_row(0)
        self._update_count()
        self._show_selected()

    def select(self, alert_uuid) -> bool:
        """Make an alert current (clearing filters that hide it)."""
        row = self.model.row_of(alert_uuid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._select_row(index.row())
        return True

    def _select_row(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        index = self.proxy.index(row, 0)
        self.ui.table.selectionModel().setCurrentIndex(index, flags)
        self.ui.table.scrollTo(index)

    def selected(self) -> Alert | None:
        index = self.ui.table.currentIndex()
        return index.data(ALERT_ROLE) if index.isValid() else None

    def shown_alerts(self) -> list[Alert]:
        """The alerts the list shows now, in its order."""
        return [self.proxy.alert(row) for row in range(self.proxy.rowCount())]

    # -- filters -------------------------------------------------------------------

    def _fill_filters(self) -> None:
        kind, severity = self.ui.kind.currentData(), self.ui.severity.currentData()
        for combo in (self.ui.kind, self.ui.severity):
            combo.blockSignals(True)
            combo.clear()
        self.ui.kind.addItem(self.tr("All kinds"), None)
        for value in AlertKind:
            self.ui.kind.addItem(wording.kind_label(value), value.value)
        self.ui.severity.addItem(self.tr("All severities"), None)
        for value in (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM):
            text = self.tr("{severity} or worse").format(severity=severity_label(value.value))
            if value is Severity.CRITICAL:
                text = severity_label(value.value)
            self.ui.severity.addItem(text, value.value)
        self.ui.kind.setCurrentIndex(max(0, self.ui.kind.findData(kind)))
        self.ui.severity.setCurrentIndex(max(0, self.ui.severity.findData(severity)))
        for combo in (self.ui.kind, self.ui.severity):
            combo.blockSignals(False)
        self._fill_accounts()

    def _fill_accounts(self) -> None:
        combo = self.ui.account
        keep = combo.currentData()
        accounts = {a.account.uuid: a.account.name for a in self.model.alerts}
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All accounts"), None)
        for account_uuid, name in sorted(accounts.items(), key=lambda item: item[1].casefold()):
            combo.addItem(name, account_uuid)
        found = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        if keep is not None and found < 0:
            self._filters_changed()

    def set_account_filter(self, account_uuid) -> None:
        index = self.ui.account.findData(account_uuid)
        self.ui.account.setCurrentIndex(max(0, index))

    def _filters_changed(self, *_args) -> None:
        self.proxy.set_account(self.ui.account.currentData())
        self.proxy.set_kind(self.ui.kind.currentData())
        severity = self.ui.severity.currentData()
        self.proxy.set_severity(Severity(severity) if severity else None)
        self.proxy.set_show_dismissed(self.ui.show_dismissed.isChecked())
        if self.selected() is None and self.proxy.rowCount():
            self._select_row(0)
        self._update_count()
        self._show_selected()

    def _update_count(self) -> None:
        opened = len(self.feed.open_alerts) if self.feed.alerts else 0
        shown = self.proxy.rowCount()
        if not self.feed.computed:
            text = self.tr("Computing the alerts…")
        elif shown == opened and not self.proxy.show_dismissed:
            text = self.tr("Open alerts: {count}").format(count=opened)
        else:
            text = self.tr("Shown: {shown}; open alerts: {count}").format(shown=shown, count=opened)
        self.ui.count.setText(text)

    def _busy(self, busy: bool) -> None:
        self.ui.refresh.setEnabled(not busy)
        self._update_count()

    # -- the detail ----------------------------------------------------------------

    def _show_selected(self) -> None:
        alert = self.selected()
        ui = self.ui
        ui.detail_scroll.setVisible(alert is not None)
        ui.empty.setVisible(alert is None)
        if alert is None:
            if not self.feed.computed:
                ui.empty.setText(self.tr("Computing the alerts…"))
            elif self.model.rowCount():
                ui.empty.setText(self.tr("No alert matches the filters."))
            else:
                ui.empty.setText(self.tr("No alerts: nothing needs your attention."))
            return
        ui.heading.setText(
            self.tr("{kind} · {account}").format(
                kind=wording.kind_label(alert.kind), account=alert.account.name
            )
        )
        ui.message.setText(self.model.message(alert))
        ui.status.setText(
            self.tr("{severity} · since {date} · {status}").format(
                severity=severity_label(str(alert.severity)),
                date=formatting.short_date(alert.created),
                status=wording.status_text(alert),
            )
        )
        while ui.facts.rowCount():
            ui.facts.removeRow(0)
        for label, value in details.fact_rows(alert):
            shown = widgets.value_label()
            shown.setText(value)
            ui.facts.addRow(QLabel(self.tr("{label}:").format(label=label)), shown)
        ui.evidence_heading.setText(details.evidence_heading(alert))
        self.evidence_model.set_evidence(alert.evidence)
        ui.evidence.setVisible(bool(alert.evidence))
        widgets.fit_columns(ui.evidence)
        ui.acknowledge.setEnabled(alert.status is not AlertStatus.ACKNOWLEDGED)
        ui.snooze.setEnabled(alert.status is not AlertStatus.ACKNOWLEDGED)
        ui.reopen.setEnabled(alert.status is not AlertStatus.OPEN)
        ui.notice.setVisible(alert.kind is AlertKind.DELIVERY_LATE)

    # -- acting --------------------------------------------------------------------

    def _decide(self, status: AlertStatus, until: date | None = None) -> bool:
        alert = self.selected()
        if alert is None:
            return False
        command = AlertDecision(self.feed.db, alert, status, until=until, as_of=clock.as_of(), feed=self.feed)
        try:
            perform(self.undo_stack, command)
        except PlannerError as error:
            show_error(self, error)
            return False
        return True

    def acknowledge(self) -> bool:
        return self._decide(AlertStatus.ACKNOWLEDGED)

    def reopen(self) -> bool:
        return self._decide(AlertStatus.OPEN)

    def snooze(self, until: date) -> bool:
        """Hide the selected alert until the start of ``until`` (UTC)."""
        return self._decide(AlertStatus.SNOOZED, until)

    def snooze_until(self) -> bool:
        from ui.alerts.snooze_dialog import ask_snooze_end

        until = ask_snooze_end(self, self.today())
        return until is not None and self.snooze(until)

    def _go_to(self) -> None:
        alert = self.selected()
        if alert is not None:
            self.go_to.emit(alert)

    def draft_notice(self):
        """Show the client notice of the selected late delivery (the dialog, for tests)."""
        alert = self.selected()
        if alert is None or alert.kind is not AlertKind.DELIVERY_LATE:
            return None
        from ui.alerts.notice import NoticeDialog

        try:
            notice = service.draft_notice(self.feed.db, alert, clock.as_of())
        except PlannerError as error:
            show_error(self, error)
            return None
        dialog = NoticeDialog(notice, alert.account.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            self._fill_filters()
            self.model.retranslate()
            self._update_count()
            self._show_selected()
        super().changeEvent(event)
