"""Reading the portfolio and its alerts for the main window, without freezing it.

The portfolio is read on the UI thread while that is quick (under ``SLOW_SECONDS``,
as on the 1× demo); once a read has taken longer, refreshes after a change run in
a worker. Alerts always come from a worker: computing them reads much of the
database. A result older than the latest request is dropped.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from planner.database import Database
from planner.services import accounts
from ui.models.portfolio import PortfolioModel
from ui.models.portfolio_alerts import load_alert_summaries
from ui.workers import Worker, WorkerPool

#: A portfolio that took longer than this to read is refreshed in a worker from then on.
SLOW_SECONDS = 0.1


class PortfolioLoader(QObject):
    """Feeds ``model``; ``loaded`` hands a fresh account list to the window to show."""

    #: A new list of ``AccountSummary``: the window puts it in the model, keeping its selection.
    loaded = Signal(object)
    #: A refresh in a worker started (True) or ended (False), for a status message.
    busy = Signal(bool)
    #: A PlannerError or other exception from a worker.
    failed = Signal(object)

    def __init__(self, model: PortfolioModel, workers: WorkerPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.workers = workers
        self._serial = 0
        self._alerts_serial = 0
        self.last_seconds = 0.0

    def load_now(self, db: Database) -> list:
        """Read the portfolio here and now (at start, after switching databases)."""
        self._serial += 1
        started = time.perf_counter()
        summaries = accounts.list_accounts(db)
        self.last_seconds = time.perf_counter() - started
        return summaries

    def refresh(self, db: Database) -> Worker | None:
        """After a change: read at once if that has been quick, else in a worker (``loaded`` later)."""
        if self.last_seconds <= SLOW_SECONDS:
            self.loaded.emit(self.load_now(db))
            return None
        self._serial += 1
        serial = self._serial
        worker = Worker(accounts.list_accounts, db)
        worker.signals.result.connect(lambda summaries: self._arrived(serial, summaries))
        worker.signals.error.connect(self._failed)
        self.busy.emit(True)
        return self.workers.start(worker)

    def refresh_alerts(self, db: Database) -> Worker:
        """Compute the open alerts in a worker and fill the model's Alerts column."""
        self._alerts_serial += 1
        serial = self._alerts_serial
        worker = Worker(load_alert_summaries, db)
        worker.signals.result.connect(lambda summaries: self._alerts_arrived(serial, summaries))
        worker.signals.error.connect(lambda error: self._alerts_failed(serial, error))
        return self.workers.start(worker)

    def forget(self) -> None:
        """Another database: drop whatever is still on its way, empty the Alerts column."""
        self._serial += 1
        self._alerts_serial += 1
        self.last_seconds = 0.0
        self.model.set_alerts(None)

    def _arrived(self, serial: int, summaries: list) -> None:
        if serial == self._serial:
            self.busy.emit(False)
            self.loaded.emit(summaries)

    def _failed(self, error: BaseException) -> None:
        self.busy.emit(False)
        self.failed.emit(error)

    def _alerts_arrived(self, serial: int, summaries: dict) -> None:
        if serial == self._alerts_serial:
            self.model.set_alerts(summaries)

    def _alerts_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._alerts_serial:
            self.model.set_alerts({})  # no alerts rather than "being computed" forever
            self.failed.emit(error)
