"""Writing spreadsheet records that are not interactions or people: orders with their
lines, deliveries, tickets and survey answers, in batches with Core inserts.

Orders are keyed by account and order number, so a re-exported order list adds
only new orders; an order already in the database keeps its lines as they are.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import bindparam, select

from db.enums import OrderStatus, TicketKind, TicketSeverity, TicketStatus
from db.models import Delivery, Order, OrderLine, SurveyResponse, Ticket
from planner.importers.bulk import bulk_insert, insert_columns, insert_rows, returns_rows
from planner.importers.matching import AccountRef
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
_ORDER_COLUMNS = ("account_id", "number", "ordered_on", "currency", "status", "source_key")
_KEYS = ORDER.c.source_key.in_(bindparam("keys", expanding=True))
#: Built once: a batch's orders already stored, and the ids of the ones just inserted.
_EXISTING_ORDERS = select(ORDER.c.source_key).where(_KEYS)
_ORDER_IDS = select(ORDER.c.source_key, ORDER.c.id).where(_KEYS)


class SheetWriter(Writer):
    """The Writer, plus orders, deliveries, tickets and surveys."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._orders: dict[str, int] = {}
        self._empty_prefixes: dict[str, bool] = {}

    def _account_of(self, record) -> object:
        if self.forced is not None:
            return self.forced
        email = getattr(record, "person_email", None)
        return self.account_for(record.account_name, [Address(email)] if email else [], record.row)

    def order_lines(self, records: list[OrderLineRecord]) -> None:
        """Order rows: each new order (account + number) inserted once, then all the lines.

        One query for the batch's orders already in the database, one INSERT for its new
        orders and one to read their ids back, one INSERT for the lines (built column by
        column, which costs less than a tuple per line)."""
        by_name: dict[str | None, tuple[AccountRef, str]] = {}
        names = {record.account_name for record in records}
        if len(names) == 1:  # the usual export: one account (or --account) for the whole batch
            account = self._account_of(records[0])
            if not isinstance(account, Rejection):
                by_name[records[0].account_name] = (account, f"order:{account.uuid}:")
        if len(by_name) == 1:
            (account, prefix), kept = by_name[records[0].account_name], records
            keys = [prefix + record.number for record in records]
            owners = [account] * len(records)
        else:
            keys, owners, kept = self._keyed_by_account(records, by_name)
        if not kept:
            return
        orders = self._orders
        fresh = set(keys).difference(orders)
        if fresh and not all(self._no_stored_orders(prefix) for _, prefix in by_name.values()):
            for key in self.session.connection().scalars(_EXISTING_ORDERS, {"keys": list(fresh)}):
                orders[key] = _DUPLICATE
                fresh.discard(key)
        if fresh:
            self._new_orders(fresh, keys, owners, kept)
        ids = [orders[key] for key in keys]
        if _DUPLICATE in ids:
            wanted = [i for i, order_id in enumerate(ids) if order_id != _DUPLICATE]
            self.tally.duplicates += len(ids) - len(wanted)
            ids = [ids[i] for i in wanted]
            owners = [owners[i] for i in wanted]
            kept = [kept[i] for i in wanted]
            touched = {account.id: account for account in owners}.values()
        else:
            touched = [account for account, _ in by_name.values()]
        for account in touched:
            self.tally.touch(account)
        if ids:
            columns = {
                "order_id": ids,
                "product_line": [r.product_line for r in kept],
                "product": [r.product for r in kept],
                "quantity": [r.quantity for r in kept],
                "unit": [r.unit for r in kept],
                "amount": [r.amount for r in kept],
            }
            insert_columns(self.session, LINE, columns, self.uuids)
            self.tally.added += len(ids)

    def _keyed_by_account(self, records: list[OrderLineRecord], by_name: dict) -> tuple[list, list, list]:
        """(order keys, accounts, records) of the records whose account is found; the others are
        rejected, in row order."""
        keys: list[str] = []
        owners: list[AccountRef] = []
        kept: list[OrderLineRecord] = []
        for record in records:
            known = by_name.get(record.account_name)
            if known is None:
                account = self._account_of(record)
                if isinstance(account, Rejection):
                    self.tally.reject(account)
                    continue
                known = by_name[record.account_name] = (account, f"order:{account.uuid}:")
            keys.append(known[1] + record.number)
            owners.append(known[0])
            kept.append(record)
        return keys, owners, kept

    def _no_stored_orders(self, prefix: str) -> bool:
        """Whether the database held no order of this account when the file began: then only the
        file's own orders can repeat a number, and batches need not look the others up."""
        known = self._empty_prefixes.get(prefix)
        if known is None:
            column = ORDER.c.source_key
            if self.session.connection().dialect.name == "sqlite":
                # Binary collation: the index answers a range ("order:<uuid>:" up to "order:<uuid>;").
                found = (column >= prefix) & (column < prefix[:-1] + ";")
            else:
                found = column.startswith(prefix, autoescape=True)
            stored = self.session.connection().execute(select(column).where(found).limit(1)).first()
            known = self._empty_prefixes[prefix] = stored is None
        return known

    def _new_orders(self, fresh: set[str], keys: list[str], owners: list, kept: list) -> None:
        """Insert the orders whose keys are ``fresh`` (from their first line) and learn their ids."""
        closed_before = date.today() - timedelta(days=OPEN_ORDER_DAYS)
        new_orders: dict[str, tuple] = {}
        for key, account, record in zip(keys, owners, kept, strict=True):
            if key in fresh and key not in new_orders:
                status = record.status or (
                    OrderStatus.CLOSED if record.ordered_on < closed_before else OrderStatus.OPEN
                )
                currency = record.currency or account.currency
                new_orders[key] = (account.id, record.number, record.ordered_on, currency, status, key)
        rows = list(new_orders.values())
        if returns_rows(self.session):
            ids = insert_rows(self.session, ORDER, _ORDER_COLUMNS, rows, self.uuids, ("source_key", "id"))
        else:
            insert_rows(self.session, ORDER, _ORDER_COLUMNS, rows, self.uuids)
            ids = self.session.connection().execute(_ORDER_IDS, {"keys": list(new_orders)}).tuples().all()
        self._orders.update(ids)

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
            bulk_insert(self.session, table, rows, self.uuids)
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
