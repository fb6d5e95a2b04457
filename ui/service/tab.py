"""The Orders & SLA tab: SLA scorecard, orders and deliveries, satisfaction, tickets.

One worker reads everything the four pages show (``loading.load_service``: about a
tenth of a second on the demo, more on a big database) and the pages fill from that
one bundle; charts are drawn in workers of their own when their page is on show.
A record opened from elsewhere (an alert's "Go to", a search hit) waits for the data
if it is still on its way.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from planner.alerts.model import Alert, AlertKind
from planner.changes import Entity
from planner.errors import NotFound, PlannerError
from ui.messages import show_error, show_failure
from ui.service import clock, widgets
from ui.service.loading import ServiceData, load_service
from ui.service.orders_page import OrdersPage
from ui.service.satisfaction_page import SatisfactionPage
from ui.service.sla_page import SlaPage
from ui.service.tickets_page import TicketsPage
from ui.workers import Worker
from ui.workspace import AccountTab, WorkspaceContext

SECTION_KEY = "serviceTab/section"


class ServiceTab(AccountTab):
    """How we serve the selected account."""

    entities = frozenset(
        {
            Entity.ACCOUNT,
            Entity.ORDER,
            Entity.DELIVERY,
            Entity.TICKET,
            Entity.SLA,
            Entity.SURVEY,
            Entity.QUALITY,
        }
    )
    opens = frozenset({Entity.ORDER, Entity.DELIVERY, Entity.TICKET, Entity.SLA, Entity.SURVEY})

    #: The pages show this account's data now (tests and "Go to" wait for it).
    loaded = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._data: ServiceData | None = None
        self._serial = 0
        self._pending: tuple | None = None
        self.worker: Worker | None = None
        self.stack = QStackedWidget()
        self.note = widgets.note()
        self.note.setObjectName("serviceNote")
        self.stack.addWidget(self.note)
        self.sections = QTabWidget()
        self.sections.setObjectName("serviceSections")
        self.sla = SlaPage(self)
        self.orders = OrdersPage(self)
        self.satisfaction = SatisfactionPage(self)
        self.tickets = TicketsPage(self)
        for page in (self.sla, self.orders, self.satisfaction, self.tickets):
            self.sections.addTab(page, "")
        self.stack.addWidget(self.sections)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        section = QSettings().value(SECTION_KEY, 0)
        self.sections.setCurrentIndex(int(section) if str(section).isdigit() else 0)
        self.sections.currentChanged.connect(lambda index: QSettings().setValue(SECTION_KEY, index))
        self.retranslate()

    @property
    def data(self) -> ServiceData | None:
        return self._data

    @property
    def as_of(self) -> date | None:
        """The day judged (``KAP_AS_OF``), None for today."""
        return clock.as_of()

    def retranslate(self) -> None:
        for index, title in enumerate(
            (self.tr("SLA"), self.tr("Orders"), self.tr("Satisfaction"), self.tr("Tickets"))
        ):
            self.sections.setTabText(index, title)
        self.sections.setAccessibleName(self.tr("Service sections"))
        if self._data is None and self.account_uuid is not None:
            self.note.setText(self.tr("Reading the account's orders, SLAs and surveys…"))

    # -- loading -------------------------------------------------------------------

    def load(self, account_uuid: uuid.UUID) -> None:
        moved = account_uuid != self.account_uuid
        super().load(account_uuid)
        if moved:
            self._data = None
            self.note.setText(self.tr("Reading the account's orders, SLAs and surveys…"))
            self.stack.setCurrentWidget(self.note)
        self._serial += 1
        serial = self._serial
        worker = Worker(load_service, self.db, account_uuid, self.as_of, self.sla.chosen_period())
        worker.context = self
        worker.signals.result.connect(lambda data: self._arrived(serial, data))
        worker.signals.error.connect(lambda error: self._failed(serial, error))
        self.worker = self.context.workers.start(worker)

    def forget(self) -> None:
        super().forget()
        self._serial += 1
        self._data = None
        self._pending = None
        self.stack.setCurrentWidget(self.note)
        self.note.setText("")

    def _arrived(self, serial: int, data: ServiceData) -> None:
        if serial != self._serial or data.account_uuid != self.account_uuid:
            return
        self._data = data
        self.stack.setCurrentWidget(self.sections)
        for page in (self.sla, self.orders, self.satisfaction, self.tickets):
            page.show_data(data)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._open_now(*pending)
        self.loaded.emit(data)

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        if isinstance(error, NotFound):
            self.note.setText(self.tr("This account no longer exists."))
            self.stack.setCurrentWidget(self.note)
            return
        self.report_error(error)

    def report_error(self, error: BaseException) -> None:
        if not self.isVisible():
            return
        if isinstance(error, PlannerError):
            show_error(self, error)
        else:
            show_failure(self, error)

    # -- opening records -----------------------------------------------------------

    def open_record(self, entity: Entity, record_uuid: uuid.UUID, period: str | None = None) -> bool:
        if entity not in self.opens:
            return False
        if self._data is None or self._data.account_uuid != self.account_uuid:
            self._pending = (entity, record_uuid, period)
            return True
        return self._open_now(entity, record_uuid, period)

    def show_alert(self, alert: Alert) -> bool:
        """Bring forward what an alert is about: its SLA and period, delivery or ticket."""
        facts = alert.facts
        if alert.kind in (AlertKind.SLA_AT_RISK, AlertKind.SLA_BREACHED):
            return self.open_record(Entity.SLA, facts["sla_uuid"], facts.get("period"))
        if alert.kind is AlertKind.DELIVERY_LATE:
            return self.open_record(Entity.DELIVERY, facts["delivery_uuid"])
        if alert.kind is AlertKind.TICKET_OVERDUE:
            return self.open_record(Entity.TICKET, facts["ticket_uuid"])
        return False

    def _open_now(self, entity: Entity, record_uuid: uuid.UUID, period: str | None = None) -> bool:
        if entity == Entity.SLA:
            self.sections.setCurrentWidget(self.sla)
            return self.sla.show_sla(record_uuid, period)
        if entity == Entity.DELIVERY:
            self.sections.setCurrentWidget(self.orders)
            return self.orders.show_delivery(record_uuid)
        if entity == Entity.ORDER:
            self.sections.setCurrentWidget(self.orders)
            return self.orders.show_order(record_uuid)
        if entity == Entity.TICKET:
            self.sections.setCurrentWidget(self.tickets)
            return self.tickets.show_ticket(record_uuid)
        if entity == Entity.SURVEY:
            self.sections.setCurrentWidget(self.satisfaction)
            return self.satisfaction.show_answer(record_uuid)
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
