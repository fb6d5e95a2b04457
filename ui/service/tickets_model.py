"""The account's tickets: open ones first, overdue ones marked (word, mark and tint).

"Overdue" is the alert centre's verdict (a ticket_overdue alert: past its SLA's
first-response or resolution time, or the default for its severity), so the table
and the alerts agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont

from planner.alerts.model import Alert
from planner.records import Ticket
from ui import formatting
from ui.formatting import EMPTY
from ui.service import status_style, words
from ui.service.loading import ticket_is_open
from ui.service.table_model import Column, RowsModel


class TicketsModel(RowsModel):
    """Rows of ``Ticket`` read-models; ``set_tickets`` also takes the overdue alerts by ticket."""

    OVERDUE_COLUMN = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("TicketsModel", "Number"), lambda t: t.number or EMPTY
                ),
                Column(
                    lambda: QCoreApplication.translate("TicketsModel", "Opened"),
                    lambda t: formatting.short_date(t.opened_at),
                    tooltip=lambda t: formatting.long_datetime(t.opened_at),
                ),
                Column(
                    lambda: QCoreApplication.translate("TicketsModel", "Status"),
                    lambda t: words.ticket_status_label(t.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("TicketsModel", "Overdue"),
                    self.overdue_text,
                    tooltip=self.overdue_tooltip,
                ),
                Column(
                    lambda: QCoreApplication.translate("TicketsModel", "Severity"),
                    lambda t: words.ticket_severity_label(t.severity),
                ),
                Column(lambda: QCoreApplication.translate("TicketsModel", "Subject"), lambda t: t.subject),
                Column(
                    lambda: QCoreApplication.translate("TicketsModel", "Kind"),
                    lambda t: words.ticket_kind_label(t.kind),
                ),
                Column(
                    lambda: QCoreApplication.translate("TicketsModel", "Assignee"),
                    lambda t: t.assignee_name or EMPTY,
                ),
            ],
            parent,
        )
        self._overdue: dict[uuid.UUID, Alert] = {}

    def set_tickets(self, tickets: Sequence[Ticket], overdue: Mapping[uuid.UUID, Alert]) -> None:
        self._overdue = dict(overdue)
        self.set_rows(tickets)

    def is_overdue(self, ticket: Ticket) -> bool:
        return ticket.uuid in self._overdue and ticket_is_open(ticket)

    def overdue_text(self, ticket: Ticket) -> str:
        if not self.is_overdue(ticket):
            return ""
        hours = self._overdue[ticket.uuid].facts["overdue_hours"]
        if hours >= 48:
            return self.tr("by {time}").format(time=words.days(int(hours // 24)))
        return self.tr("by {time}").format(time=words.hours(max(1, round(hours))))

    def overdue_tooltip(self, ticket: Ticket) -> str | None:
        if not self.is_overdue(ticket):
            return None
        f = self._overdue[ticket.uuid].facts
        stage = self.tr("first response") if f["stage"] == "first_response" else self.tr("resolution")
        return self.tr("Past its {stage} time of {allowed} since {due}").format(
            stage=stage,
            allowed=words.hours(round(f["allowed_hours"])),
            due=formatting.long_datetime(f["due_at"]),
        )

    def decoration(self, ticket: Ticket, column: int):
        if column == self.OVERDUE_COLUMN and self.is_overdue(ticket):
            return status_style.icon("breached")
        return None

    def background(self, ticket: Ticket, column: int):
        return status_style.tint("breached") if self.is_overdue(ticket) else None

    def font(self, ticket: Ticket, column: int):
        if not self.is_overdue(ticket):
            return None
        font = QFont()
        font.setBold(True)
        return font
