"""The portfolio's alerts, kept current: computed in a worker, refreshed on changes and every 30 minutes.

``planner.alerts.service.list_alerts`` reads most of the database (a second or two on
the 200-account demo), so it always runs in a worker; a result older than the latest
request is dropped. Every view of alerts (the alert centre, the tray, the portfolio's
Alerts column) can listen to one ``AlertFeed`` rather than compute them again.
A decision taken here (acknowledge, snooze, reopen) is ``patch``-ed into the list at
once, before the recomputation confirms it.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from planner.alerts.model import Alert, AlertStatus
from planner.alerts.service import list_alerts
from planner.changes import Changes
from planner.database import Database
from ui.models.portfolio_alerts import AlertSummary, summarize
from ui.service import clock
from ui.undo import ChangeBus
from ui.workers import Worker, WorkerPool

#: How often the alerts are computed again while the app runs (ms).
REFRESH_MS = 30 * 60 * 1000
#: Changes arriving in a burst (an import, a batch) cause one recomputation after this pause (ms).
SETTLE_MS = 400


def compute_alerts(db: Database) -> tuple[Alert, ...]:
    """Every alert of the portfolio as of the app's day, dismissed ones included (in a worker)."""
    return tuple(list_alerts(db, None, clock.as_of(), include_dismissed=True))


class AlertFeed(QObject):
    """Holds the latest alert list and says when it changes."""

    #: A new list (tuple of ``Alert``, dismissed ones included).
    updated = Signal(object)
    #: Computing failed (the exception).
    failed = Signal(object)
    #: A computation started (True) or ended (False).
    busy = Signal(bool)

    def __init__(
        self, db: Database, workers: WorkerPool, bus: ChangeBus | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workers = workers
        self.bus = bus or ChangeBus.instance()
        self._alerts: tuple[Alert, ...] = ()
        self._computed = False
        self._serial = 0
        self.worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.refresh)
        self.bus.changed.connect(self._changed)
        self._listening = True

    # -- the list ------------------------------------------------------------------

    @property
    def alerts(self) -> tuple[Alert, ...]:
        """Every alert, dismissed ones included."""
        return self._alerts

    @property
    def open_alerts(self) -> list[Alert]:
        return [a for a in self._alerts if a.status is AlertStatus.OPEN]

    @property
    def computed(self) -> bool:
        """Whether a first computation has arrived for this database."""
        return self._computed

    def open_counts(self) -> dict[uuid.UUID, AlertSummary]:
        """Open alerts per account with the worst severity: the portfolio's Alerts column."""
        return summarize(self.open_alerts)

    def find(self, alert_uuid: uuid.UUID) -> Alert | None:
        for alert in self._alerts:
            if alert.uuid == alert_uuid:
                return alert
        return None

    # -- computing -----------------------------------------------------------------

    def start(self) -> Worker:
        """Compute now and every ``REFRESH_MS`` from now on."""
        self.timer.start()
        return self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        self.settle.stop()
        self._serial += 1

    def set_database(self, db: Database) -> Worker:
        """Another database is open: forget the old alerts, compute the new ones."""
        self.db = db
        self._alerts = ()
        self._computed = False
        self.updated.emit(self._alerts)
        return self.refresh()

    def refresh(self) -> Worker:
        """Compute the alerts again in a worker; ``updated`` follows."""
        self.settle.stop()
        self._serial += 1
        serial = self._serial
        worker = Worker(compute_alerts, self.db)
        worker.context = self
        worker.signals.result.connect(lambda alerts: self._arrived(serial, alerts))
        worker.signals.error.connect(lambda error: self._failed(serial, error))
        self.busy.emit(True)
        self.worker = self.workers.start(worker)
        return self.worker

    def _arrived(self, serial: int, alerts: tuple[Alert, ...]) -> None:
        if serial != self._serial:
            return
        self._alerts = tuple(alerts)
        self._computed = True
        self.busy.emit(False)
        self.updated.emit(self._alerts)

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.busy.emit(False)
            self.failed.emit(error)

    def _changed(self, changes: Changes) -> None:
        if changes.entities or changes.accounts:  # alerts read almost every kind of record
            self.settle.start()

    def patch(self, key: str, status: AlertStatus, until: datetime | None, note: str | None) -> None:
        """Show a decision on one alert at once (the recomputation that follows confirms it)."""
        changed = False
        alerts = []
        for alert in self._alerts:
            if alert.key == key:
                alert = replace(alert, status=status, snoozed_until=until, note=note)
                changed = True
            alerts.append(alert)
        if changed:
            self._alerts = tuple(alerts)
            self.updated.emit(self._alerts)

    def detach(self) -> None:
        """Stop listening (the window closes)."""
        self.stop()
        if self._listening:
            self._listening = False
            with contextlib.suppress(RuntimeError, TypeError):
                self.bus.changed.disconnect(self._changed)
