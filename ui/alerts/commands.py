"""Acknowledge, snooze and reopen as undoable commands (``ui.undo.ServiceCommand``).

Each captures the alert's decision as it stood when the command was built (open,
acknowledged, or snoozed until a day, with its note) and undo puts exactly that back
through the same planner service (``planner.alerts.service``), which returns Changes
with ``Entity.ALERT``. A snooze whose end has passed meanwhile cannot be put back:
the alert is then simply reopened, which is what the lapsed snooze would mean anyway.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication

from planner.alerts import service
from planner.alerts.model import Alert, AlertStatus
from planner.changes import Changes
from planner.database import Database
from planner.errors import ValidationError
from ui.undo import ChangeBus, ServiceCommand


def start_of(day: date | datetime) -> datetime:
    """A snooze "until a day" ends as that UTC day begins (as ``kap alerts --until`` does)."""
    if isinstance(day, datetime):
        return day if day.tzinfo is not None else day.replace(tzinfo=UTC)
    return datetime.combine(day, time(0), tzinfo=UTC)


class AlertDecision(ServiceCommand):
    """Set one alert's state to ``status`` (``until`` for a snooze); undo restores the previous one."""

    def __init__(
        self,
        db: Database,
        alert: Alert,
        status: AlertStatus,
        *,
        until: date | datetime | None = None,
        note: str | None = None,
        as_of: date | None = None,
        feed=None,
        bus: ChangeBus | None = None,
    ) -> None:
        if status is AlertStatus.SNOOZED and until is None:
            raise ValueError("a snooze needs its end")
        super().__init__(_text(status), bus=bus)
        self.db = db
        self.alert = alert
        self.status = status
        self.until = start_of(until) if until is not None else None
        self.note = note if note is not None else alert.note
        self.as_of = as_of
        self.feed = feed
        #: The decision before this command: status, snooze end, note.
        self.before = (alert.status, alert.snoozed_until, alert.note)

    def apply(self) -> Changes:
        return self._set(self.status, self.until, self.note)

    def revert(self) -> Changes:
        status, until, note = self.before
        if status is AlertStatus.SNOOZED:
            try:
                return self._set(status, until, note)
            except ValidationError:  # the snooze is over by now: the alert is open again
                return self._set(AlertStatus.OPEN, None, None)
        return self._set(status, until, note)

    def _set(self, status: AlertStatus, until: datetime | None, note: str | None) -> Changes:
        if status is AlertStatus.ACKNOWLEDGED:
            changes = service.acknowledge(self.db, self.alert, note, self.as_of)
        elif status is AlertStatus.SNOOZED:
            changes = service.snooze(self.db, self.alert, until, note, self.as_of)
        else:
            changes = service.reopen(self.db, self.alert, self.as_of)
            note = None
        if self.feed is not None:
            self.feed.patch(self.alert.key, status, until if status is AlertStatus.SNOOZED else None, note)
        return changes


def _text(status: AlertStatus) -> str:
    """The Edit menu's name of the command ("Undo Acknowledge Alert")."""
    if status is AlertStatus.ACKNOWLEDGED:
        return QCoreApplication.translate("AlertCommands", "Acknowledge Alert")
    if status is AlertStatus.SNOOZED:
        return QCoreApplication.translate("AlertCommands", "Snooze Alert")
    return QCoreApplication.translate("AlertCommands", "Reopen Alert")
