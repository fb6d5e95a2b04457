"""Writing spreadsheet records that are not interactions or people: orders with their
lines, deliveries, tickets and survey answers, in batches with Core inserts.

Orders are keyed by account and order number, so a re-exported order list adds
only new orders; an order already in the database keeps its lines as they are.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from db.enums import OrderStatus, TicketKind, TicketSeverity, TicketStatus
from db.models import Delivery, Order, OrderLine, SurveyResponse, Ticket
from planner.importers.bulk import bulk_insert
from planner.importers.records import (
    Address,
    DeliveryRecord,
    OrderLineRecord,
    SurveyRecord,
    TicketRecord,
)
from planner.importers.report import Rejection
from planner.importers.writer import Writer

ORDER = Order.__table__
LINE = OrderLine.__table__
DELIVERY = Delivery.__table__
TICKET = Ticket.__table__
SURVEY = SurveyResponse.__table__
#: An order without a status older than this is taken as closed, a newer one as open.
OPEN_ORDER_DAYS = 30
_DUPLICATE = -1


class SheetWriter(Writer):
    """The Writer, plus orders, deliveries, tickets and surveys."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._orders: dict[str, int] = {}
        self._order_prefixes: dict[int, str] = {}

    def _account_of(self, record) -> object:
        if self.forced is not None:
            return self.forced
        email = getattr(record, "person_email", None)
        return self.account_for(record.account_name, [Address(email)] if email else [], record.row)

    def order_lines(self, records: list[OrderLineRecord]) -> None:
        """Order rows: each new order (account + number) inserted once, then all the lines."""
        keyed = []
        prefixes = self._order_prefixes
        for record in records:
            account = self._account_of(record)
            if isinstance(account, Rejection):
                self.tally.reject(account)
                continue
            prefix = prefixes.get(account.id)
            if prefix is None:
                prefix = prefixes[account.id] = f"order:{account.uuid}:"
            keyed.append((prefix + record.number, account, record))
        fresh = {key for key, _, _ in keyed if key not in self._orders}
        if fresh:
            for key in self.session.connection().scalars(
                select(ORDER.c.source_key).where(ORDER.c.source_key.in_(fresh))
            ):
                self._orders[key] = _DUPLICATE
        new_orders: dict[str, dict] = {}
        closed_before = date.today() - timedelta(days=OPEN_ORDER_DAYS)
        for key, account, record in keyed:
            if key not in self._orders and key not in new_orders:
                status = record.status or (
                    OrderStatus.CLOSED if record.ordered_on < closed_before else OrderStatus.OPEN
                )
                new_orders[key] = {
                    "account_id": account.id,
                    "number": record.number,
                    "ordered_on": record.ordered_on,
                    "currency": record.currency or account.currency,
                    "status": status,
                    "source_key": key,
                }
        if new_orders:
            bulk_insert(self.session, ORDER, list(new_orders.values()))
            self._orders.update(
                self.session.connection()
                .execute(
                    select(ORDER.c.source_key, ORDER.c.id).where(ORDER.c.source_key.in_(list(new_orders)))
                )
                .all()
            )
        lines = []
        touched = set()
        for key, account, record in keyed:
            order_id = self._orders[key]
            if order_id == _DUPLICATE:
                self.tally.duplicates += 1
                continue
            touched.add(account)
            lines.append(
                {
                    "order_id": order_id,
                    "product_line": record.product_line,
                    "product": record.product,
                    "quantity": record.quantity,
                    "unit": record.unit,
                    "amount": record.amount,
                }
            )
        for account in touched:
            self.tally.touch(account)
        if lines:
            bulk_insert(self.session, LINE, lines)
            self.tally.added += len(lines)

    def _existing_keys(self, table, keys: list[str]) -> set[str]:
        return set(
            self.session.connection().scalars(select(table.c.source_key).where(table.c.source_key.in_(keys)))
        )

    def _insert_keyed(self, table, records: list, build) -> None:
        existing = self._existing_keys(table, [r.key for r in records])
        rows = []
        for record in records:
            if record.key in existing or record.key in self._seen_keys:
                self.tally.duplicates += 1
                continue
            account = self._account_of(record)
            if isinstance(account, Rejection):
                self.tally.reject(account)
                continue
            self._seen_keys.add(record.key)
            self.tally.touch(account)
            rows.append({"account_id": account.id, "source_key": record.key, **build(record, account)})
        if rows:
            bulk_insert(self.session, table, rows)
            self.tally.added += len(rows)

    def deliveries(self, records: list[DeliveryRecord]) -> None:
        def build(record: DeliveryRecord, account) -> dict:
            order_id = None
            if record.order_number:
                key = f"order:{account.uuid}:{record.order_number}"
                order_id = self._orders.get(key)
                if order_id is None or order_id == _DUPLICATE:
                    order_id = self.session.connection().scalar(
                        select(ORDER.c.id).where(ORDER.c.source_key == key)
                    )
            return {
                "order_id": order_id,
                "product_line": record.product_line,
                "quantity": record.quantity,
                "promised_on": record.promised_on,
                "delivered_on": record.delivered_on,
                "status": record.status,
                "carrier": record.carrier,
                "delay_reason": record.delay_reason,
            }

        self._insert_keyed(DELIVERY, records, build)

    def tickets(self, records: list[TicketRecord]) -> None:
        def build(record: TicketRecord, account) -> dict:
            status = record.status or (TicketStatus.RESOLVED if record.resolved_at else TicketStatus.OPEN)
            return {
                "number": record.number,
                "kind": record.kind or TicketKind.REQUEST,
                "subject": record.subject,
                "description": record.description,
                "severity": record.severity or TicketSeverity.MEDIUM,
                "category": record.category,
                "product_line": record.product_line,
                "status": status,
                "opened_at": record.opened_at,
                "first_response_at": record.first_response_at,
                "resolved_at": record.resolved_at,
                "resolution": record.resolution,
            }

        self._insert_keyed(TICKET, records, build)

    def surveys(self, records: list[SurveyRecord]) -> None:
        def build(record: SurveyRecord, account) -> dict:
            person_id = None
            if record.person_email:
                found = self.people.by_email(record.person_email)
                person_id = found[0] if found and found[1] == account.id else None
            if person_id is None and record.person_name:
                person_id = self.people.by_name(account.id, record.person_name)
            return {
                "person_id": person_id,
                "kind": record.kind,
                "score": record.score,
                "scale_max": record.scale_max,
                "comment": record.comment,
                "survey_name": record.survey_name,
                "responded_at": record.responded_at,
            }

        self._insert_keyed(SURVEY, records, build)
