"""What the Orders & SLA tab reads for one account, gathered in one worker call.

Plain Python (no Qt): ``load_service`` runs in a pool thread and hands back one
frozen bundle of planner read-models, so the tab fills its pages from a single
consistent read. Each part is a planner service; nothing here touches the database.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from planner import records
from planner.alerts.model import Alert, AlertKind
from planner.alerts.service import list_alerts
from planner.analytics.orders import OpenDelivery, OrdersReport, open_deliveries, order_volume
from planner.analytics.satisfaction import SatisfactionReport, account_satisfaction
from planner.database import Database
from planner.records import Ticket
from planner.sla import service as sla_service
from planner.sla.periods import Period
from planner.sla.scorecard import SlaResult
from planner.sla.service import AccountScorecard

#: Periods the SLA trend goes back (each SLA's own: months or quarters).
TREND_PERIODS = 12
#: Rows of a paged list read with the rest (the view reads more as it scrolls).
FIRST_PAGE = 100
#: Ticket states that still need work.
OPEN_TICKET_STATES = ("open", "in_progress")


@dataclass(frozen=True)
class ServiceData:
    """Everything the tab shows for one account, as of one day."""

    account_uuid: uuid.UUID
    as_of: date
    #: The period the scorecard was measured over (None: each SLA's current one).
    period: Period | None
    scorecard: AccountScorecard
    #: Each SLA's last periods, oldest first, by the SLA's UUID.
    trends: dict[uuid.UUID, list[SlaResult]]
    orders: OrdersReport
    open_deliveries: tuple[OpenDelivery, ...]
    satisfaction: SatisfactionReport
    #: Open tickets first, then the newest.
    tickets: tuple[Ticket, ...]
    #: The account's alerts, dismissed ones included (their facts mark late deliveries
    #: and overdue tickets the same way the alert centre does).
    alerts: tuple[Alert, ...] = field(default=())
    #: The first page of the orders (newest first) and how many there are.
    orders_page: tuple = ()
    orders_total: int = 0
    #: The first page of the survey answers (newest first) and how many there are.
    answers_page: tuple = ()
    answers_total: int = 0

    @property
    def late_deliveries(self) -> dict[uuid.UUID, Alert]:
        """The delivery_late alert of each delivery that has one."""
        return {a.facts["delivery_uuid"]: a for a in self.alerts if a.kind is AlertKind.DELIVERY_LATE}

    @property
    def overdue_tickets(self) -> dict[uuid.UUID, Alert]:
        """The ticket_overdue alert of each ticket that has one (the latest stage)."""
        found: dict[uuid.UUID, Alert] = {}
        for alert in self.alerts:
            if alert.kind is AlertKind.TICKET_OVERDUE:
                found.setdefault(alert.facts["ticket_uuid"], alert)
        return found


def ticket_is_open(ticket: Ticket) -> bool:
    return str(ticket.status) in OPEN_TICKET_STATES and ticket.resolved_at is None


def sorted_tickets(tickets: list[Ticket]) -> tuple[Ticket, ...]:
    """Open tickets first, each group newest first."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC)

    def key(ticket: Ticket) -> tuple:
        opened = ticket.opened_at if ticket.opened_at.tzinfo else ticket.opened_at.replace(tzinfo=UTC)
        return (not ticket_is_open(ticket), -(opened - epoch).total_seconds())

    return tuple(sorted(tickets, key=key))


def load_service(
    db: Database, account_uuid: uuid.UUID, as_of: date | None, period: Period | None = None
) -> ServiceData:
    """Read the account's service picture (call it in a worker: it reads many records)."""
    card = sla_service.scorecard(db, account_uuid, period, as_of)
    trends = sla_service.trends(db, account_uuid, TREND_PERIODS, as_of)
    report = order_volume(db, account_uuid, as_of)
    deliveries = tuple(open_deliveries(db, account_uuid, as_of))
    satisfaction = account_satisfaction(db, account_uuid, as_of)
    tickets = sorted_tickets(records.tickets.list_for(db, account_uuid))
    alerts = tuple(list_alerts(db, account_uuid, as_of, include_dismissed=True))
    orders_page = tuple(records.orders.list_for(db, account_uuid, limit=FIRST_PAGE))
    answers_page = tuple(records.surveys.list_for(db, account_uuid, limit=FIRST_PAGE))
    return ServiceData(
        account_uuid=account_uuid,
        as_of=card.as_of.date() if as_of is None else as_of,
        period=period,
        scorecard=card,
        trends=trends,
        orders=report,
        open_deliveries=deliveries,
        satisfaction=satisfaction,
        tickets=tickets,
        alerts=alerts,
        orders_page=orders_page,
        orders_total=records.orders.count_for(db, account_uuid),
        answers_page=answers_page,
        answers_total=records.surveys.count_for(db, account_uuid),
    )


def load_scorecard(
    db: Database, account_uuid: uuid.UUID, period: Period | None, as_of: date | None
) -> AccountScorecard:
    """The scorecard over another period (the period selector)."""
    return sla_service.scorecard(db, account_uuid, period, as_of)
