"""The Tickets page: the account's requests, incidents and complaints, open ones first and
overdue ones marked, with New / Edit / Delete."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.changes import Entity
from ui.service import widgets, words
from ui.service.loading import ServiceData, ticket_is_open
from ui.service.record_actions import RecordActions
from ui.service.tickets_model import TicketsModel


class TicketsPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketsPage")
        self.tab = tab
        self._data: ServiceData | None = None
        column = QVBoxLayout(self)
        self.summary = widgets.heading()
        self.summary.setObjectName("ticketsSummary")
        column.addWidget(self.summary)
        self.table = widgets.table("tickets")
        self.model = TicketsModel(self)
        self.table.setModel(self.model)
        self.actions = RecordActions(self.tab, Entity.TICKET, self.table, lambda: self.tab.account_uuid)
        self.actions.watch_selection()
        column.addWidget(self.table, 1)
        column.addWidget(self.actions.bar)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Tickets"))
        self.actions.retranslate()
        self._fill_summary()
        self.model.refresh_texts()

    def show_data(self, data: ServiceData) -> None:
        self._data = data
        self.model.set_tickets(data.tickets, data.overdue_tickets)
        widgets.fit_columns(self.table)
        self._fill_summary()

    def _fill_summary(self) -> None:
        if self._data is None:
            self.summary.setText("")
            return
        tickets = self._data.tickets
        open_count = sum(1 for t in tickets if ticket_is_open(t))
        overdue = sum(1 for t in tickets if self.model.is_overdue(t))
        self.summary.setText(
            self.tr("Open: {open} of {total}; overdue: {overdue}").format(
                open=words.number(open_count, 0),
                total=words.number(len(tickets), 0),
                overdue=words.number(overdue, 0),
            )
        )

    def show_ticket(self, ticket_uuid: uuid.UUID) -> bool:
        row = self.model.row_of(ticket_uuid)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
